import { PEOPLE, queryModel, valuesCte } from './query-model.js'

/** NULL in aggregates, and RANK versus DENSE_RANK versus ROW_NUMBER over ties. */
export const nullsRankingModel = queryModel({
  id: 'sql-nulls-ranking',
  title: 'SQL NULL semantics and window ranking',
  build: (rng) => {
    const names = rng.shuffle(PEOPLE).slice(0, 5)
    if (rng.next() < 0.5) {
      const staff = names.map((n) => [n, rng.next() < 0.4 ? null : rng.int(1, 20) * 10])
      staff[0]![1] = null
      staff[1]![1] = rng.int(1, 20) * 10
      const cte = valuesCte('staff', ['name', 'bonus'], staff)
      const q = (expr: string) =>
        `WITH ${cte}\nSELECT COUNT(*) AS people, COUNT(${expr}) AS with_bonus, ROUND(AVG(${expr}), 2) AS average\nFROM staff`
      return {
        query: q('bonus'),
        mistakes: [
          q('COALESCE(bonus, 0)'),
          `WITH ${cte}\nSELECT COUNT(*), COUNT(*), ROUND(SUM(bonus)::numeric / COUNT(*), 2)\nFROM staff`,
          `WITH ${cte}\nSELECT COUNT(bonus), COUNT(bonus), ROUND(AVG(bonus), 2)\nFROM staff`,
          // AVG taken to divide by every row, while COUNT(column) is read right.
          `WITH ${cte}\nSELECT COUNT(*), COUNT(bonus), ROUND(SUM(bonus)::numeric / COUNT(*), 2)\nFROM staff`,
          // COUNT(column) taken to count every row, while AVG is read right.
          `WITH ${cte}\nSELECT COUNT(*), COUNT(*), ROUND(AVG(bonus), 2)\nFROM staff`,
        ],
      }
    }
    const base = rng.int(50, 90)
    const scores = names.map((n, i) => [n, base + [0, 0, rng.int(1, 5), rng.int(1, 5), 6][i]!])
    const cte = valuesCte('results', ['name', 'score'], scores)
    // ROW_NUMBER over ties is not deterministic, so it only appears as a mistake.
    const fn = rng.pick(['RANK()', 'DENSE_RANK()'])
    const q = (f: string) =>
      `WITH ${cte}\nSELECT name, ${f} OVER (ORDER BY score DESC, name) AS position\nFROM results\nORDER BY position, name`
    const qTies = (f: string) =>
      `WITH ${cte}\nSELECT name, ${f} OVER (ORDER BY score DESC) AS position\nFROM results\nORDER BY position, name`
    return {
      query: qTies(fn),
      mistakes: [
        ...['RANK()', 'DENSE_RANK()', 'ROW_NUMBER()'].filter((f) => f !== fn).map(qTies),
        q(fn),
        // DESC misread: the lowest score ranked first.
        qTies(fn).replace('ORDER BY score DESC', 'ORDER BY score'),
        q(fn === 'RANK()' ? 'DENSE_RANK()' : 'RANK()'),
      ],
    }
  },
})
