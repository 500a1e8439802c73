import { PEOPLE, queryModel, valuesCte } from './query-model.js'

/** GROUP BY with HAVING versus WHERE, and the choice of aggregate. */
export const groupHavingModel = queryModel({
  id: 'sql-group-having',
  title: 'SQL aggregation with GROUP BY and HAVING',
  build: (rng) => {
    const names = rng.shuffle(PEOPLE).slice(0, rng.int(3, 4))
    const orders = Array.from({ length: rng.int(6, 8) }, (_, i) => [
      i + 1,
      rng.pick(names),
      rng.int(2, 30) * 5,
    ])
    const agg = rng.pick(['SUM(amount)', 'COUNT(*)', 'MAX(amount)'])
    const threshold = agg === 'COUNT(*)' ? rng.int(1, 2) : rng.int(6, 20) * 5
    const cte = valuesCte('orders', ['id', 'customer', 'amount'], orders)
    const q = (select: string, filter: string, order = 'DESC') =>
      `WITH ${cte}\nSELECT customer, ${select} AS total\nFROM orders\n${filter}\nORDER BY total ${order}, customer`
    const having = `GROUP BY customer\nHAVING ${agg} > ${threshold}`
    const other = agg === 'SUM(amount)' ? 'COUNT(*)' : 'SUM(amount)'
    return {
      query: q(agg, having),
      mistakes: [
        `WITH ${cte}\nSELECT customer, ${agg} AS total\nFROM orders\nWHERE amount > ${threshold}\nGROUP BY customer\nORDER BY total DESC, customer`,
        q(agg, `GROUP BY customer\nHAVING ${agg} >= ${threshold}`),
        q(agg, 'GROUP BY customer'),
        q(other, `GROUP BY customer\nHAVING ${other} > ${threshold}`),
        q(agg, having, 'ASC'),
      ],
    }
  },
})
