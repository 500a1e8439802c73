import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  block,
  type Cell,
  Client,
  computed,
  names,
  nn,
  rule,
  type SqlFamily,
  sumOf,
  type Table,
} from './sqlq-text.js'

// Aggregates and grouping as PostgreSQL documents them (postgresql.org/docs/current/
// functions-aggregate.html): count(*) counts rows, count(expr) and every other aggregate skip
// nulls, sum and avg of no non-null input are null while count is 0; avg of integers is numeric;
// integer / integer truncates (functions-math.html). GROUP BY puts all nulls in one group and
// HAVING filters groups after WHERE has filtered rows (queries-table-expressions.html#QUERIES-GROUP).

const count = (q: string) => `SELECT count(*) FROM (${q}) q`

interface Sales {
  readonly t: Table
  readonly reps: readonly string[]
  readonly rep: readonly string[]
  readonly region: readonly (string | null)[]
  readonly amount: readonly (number | null)[]
}

/** Sales rows by rep and region, some amounts and regions unknown. */
function sales(rng: Rng, opts: { nulls?: number } = {}): Sales {
  const reps = names(rng, 3)
  const n = rng.int(7, 9)
  const rep: string[] = [],
    region: (string | null)[] = [],
    amount: (number | null)[] = []
  for (let i = 0; i < n; i++) {
    rep.push(i < 3 ? reps[i]! : rng.pick(reps))
    region.push(rng.pick(['North', 'South', 'East', null]))
    amount.push(rng.int(1, 20) * 10)
  }
  const k = opts.nulls ?? rng.int(1, 3)
  for (const i of rng.shuffle(rep.map((_, i) => i)).slice(0, k)) amount[i] = null
  const order = rng.shuffle(rep.map((_, i) => i))
  const pick = <T>(xs: T[]) => order.map((i) => xs[i]!)
  const r = pick(rep),
    g = pick(region),
    a = pick(amount)
  return {
    t: {
      name: 'sales',
      cols: ['rep text', 'region text', 'amount int'],
      rows: r.map((x, i) => [x, g[i]!, a[i]!]),
    },
    reps,
    rep: r,
    region: g,
    amount: a,
  }
}

const stemOf = (rng: Rng, s: Sales, q: string, ask: string) =>
  `${Client(rng)}’s PostgreSQL table:\n\n${block([s.t], q)}\n\n${ask}`
const by = (s: Sales, rep: string) => s.amount.filter((_, i) => s.rep[i] === rep)

export const AGGREGATE_FAMILIES: readonly SqlFamily[] = [
  computed('sqlq-count-star-vs-count-column', (rng) => {
    const s = sales(rng, { nulls: rng.int(2, 4) })
    const q = 'SELECT count(*) - count(amount) FROM sales'
    const k = s.amount.filter((v) => v === null).length
    const n = s.amount.length
    const d = new Set(nn(s.amount)).size
    if (d === n - k) throw new VariantError('no repeated amount in the drawn table')
    return {
      stem: stemOf(rng, s, q, 'What does the query return?'),
      tables: [s.t],
      key: k,
      keySql: q,
      wrong: [
        [0, 'thinks count(amount) counts NULLs too', 'SELECT count(*) - count(*) FROM sales'],
        [
          n - 2 * k,
          'thinks count(*) skips NULLs and count(amount) counts only them',
          'SELECT count(amount) - count(*) FILTER (WHERE amount IS NULL) FROM sales',
        ],
        [
          n - d,
          'thinks count(amount) counts each distinct amount once',
          'SELECT count(*) - count(DISTINCT amount) FROM sales',
        ],
        [n - k, 'reads the expression as count(amount)', 'SELECT count(amount) FROM sales'],
        [n, 'reads the expression as count(*)', 'SELECT count(*) FROM sales'],
        [
          -k,
          'thinks count(*) skips NULL rows and count(amount) keeps them',
          'SELECT count(amount) - count(*) FROM sales',
        ],
      ],
    }
  }),
  computed('sqlq-avg-skips-nulls', (rng) => {
    const s = sales(rng)
    const q = 'SELECT round(avg(amount), 1) FROM sales'
    const v = nn(s.amount)
    const r1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1)
    return {
      stem: stemOf(rng, s, q, 'What does the query return?'),
      tables: [s.t],
      key: r1(sumOf(v)! / v.length),
      keySql: q,
      wrong: [
        [
          r1(sumOf(v)! / s.amount.length),
          'counts NULL amounts as 0 in the average',
          'SELECT round(avg(COALESCE(amount, 0)), 1) FROM sales',
        ],
        [
          r1((Math.min(...v) + Math.max(...v)) / 2),
          'takes the midpoint of the smallest and largest',
          'SELECT round((min(amount) + max(amount)) / 2.0, 1) FROM sales',
        ],
        [
          null,
          'thinks any NULL makes avg NULL',
          'SELECT CASE WHEN count(*) = count(amount) THEN round(avg(amount), 1) END FROM sales',
        ],
        [
          r1(sumOf([...new Set(v)])! / new Set(v).size),
          'thinks avg counts a repeated amount once',
          'SELECT round(avg(DISTINCT amount), 1) FROM sales',
        ],
      ],
    }
  }),
  computed('sqlq-integer-division-average', (rng) => {
    const s = sales(rng)
    const q = 'SELECT sum(amount) / count(*) FROM sales'
    const v = nn(s.amount)
    const sum = sumOf(v)!
    const n = s.amount.length
    const r1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1)
    if (sum % n === 0 || sum % v.length === 0) throw new VariantError('an exact division')
    return {
      stem: stemOf(rng, s, q, 'What does the query return?'),
      tables: [s.t],
      key: Math.trunc(sum / n),
      keySql: q,
      wrong: [
        [
          r1(sum / n),
          'expects a fraction from dividing two integers',
          'SELECT round(sum(amount)::numeric / count(*), 1) FROM sales',
        ],
        [
          Math.trunc(sum / v.length),
          'thinks count(*) skips the NULL amounts',
          'SELECT sum(amount) / count(amount) FROM sales',
        ],
        [
          Math.round(sum / n) === Math.trunc(sum / n)
            ? Math.trunc(sum / n) + 1
            : Math.round(sum / n),
          'expects integer division to round up',
          'SELECT ceil(sum(amount)::numeric / count(*))::int FROM sales',
        ],
        [
          r1(sum / v.length),
          'computes avg(amount), which skips NULLs and keeps fractions',
          'SELECT round(avg(amount), 1) FROM sales',
        ],
      ],
    }
  }),
  computed('sqlq-sum-of-only-nulls-is-null', (rng) => {
    const s = sales(rng)
    const who = rng.pick(s.reps)
    const rows = s.t.rows.map((r) => (r[0] === who ? [r[0]!, r[1]!, null] : r))
    const t: Table = { ...s.t, rows }
    const q = `SELECT sum(amount), count(amount) FROM sales WHERE rep = '${who}'`
    const k = rows.filter((r) => r[0] === who).length
    return {
      stem: `${Client(rng)}’s PostgreSQL table:\n\n${block([t], q)}\n\nWhat does the query return?`,
      tables: [t],
      key: 'NULL, 0',
      keySql: `SELECT concat_ws(', ', COALESCE(sum(amount)::text, 'NULL'), count(amount)::text) FROM sales WHERE rep = '${who}'`,
      wrong: [
        [
          '0, 0',
          'thinks SUM of only NULLs is 0',
          `SELECT concat_ws(', ', COALESCE(sum(amount), 0)::text, count(amount)::text) FROM sales WHERE rep = '${who}'`,
        ],
        [
          'NULL, NULL',
          'thinks count of only NULLs is NULL too',
          `SELECT concat_ws(', ', COALESCE(sum(amount)::text, 'NULL'), COALESCE(NULLIF(count(amount), 0)::text, 'NULL')) FROM sales WHERE rep = '${who}'`,
        ],
        [
          `0, ${k}`,
          'treats NULLs as zero amounts that count',
          `SELECT concat_ws(', ', COALESCE(sum(COALESCE(amount, 0)), 0)::text, count(*)::text) FROM sales WHERE rep = '${who}'`,
        ],
        [
          `NULL, ${k}`,
          'thinks count(amount) counts rows, as count(*) does',
          `SELECT concat_ws(', ', COALESCE(sum(amount)::text, 'NULL'), count(*)::text) FROM sales WHERE rep = '${who}'`,
        ],
      ],
    }
  }),
  computed('sqlq-aggregate-of-no-rows', (rng) => {
    const s = sales(rng)
    const regions: Table = {
      name: 'regions',
      cols: ['name text'],
      rows: rng.shuffle(['North', 'South', 'East', 'West']).map((r) => [r]),
    }
    const named = ['North', 'South', 'East']
    const totals = named.map((r) => sumOf(s.amount.filter((_, i) => s.region[i] === r)))
    const known = nn(totals)
    if (known.length < 2 || known.length < totals.length)
      throw new VariantError('a region with no known amount in the drawn table')
    const q =
      'SELECT round(avg(total))\nFROM (\n  SELECT r.name,\n         (SELECT sum(s.amount) FROM sales s WHERE s.region = r.name) AS total\n  FROM regions r\n) q'
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
    const half = (x: number) => Math.round(x)
    const rows = nn(s.amount.filter((_, i) => s.region[i] !== null))
    const over = (inner: string) => `SELECT round(avg(total)) FROM (${inner}) q`
    const inner =
      'SELECT r.name, (SELECT sum(s.amount) FROM sales s WHERE s.region = r.name) AS total FROM regions r'
    const groups = nn(
      [...new Set(s.region)].map((g) => sumOf(s.amount.filter((_, i) => s.region[i] === g))),
    )
    return {
      stem: `${Client(rng)}’s PostgreSQL tables (no sale is in the West):\n\n${block([s.t, regions], q)}\n\nWhat does the query return?`,
      tables: [s.t, regions],
      key: half(sum(known) / known.length),
      keySql: over(inner),
      wrong: [
        [
          half(sum(known) / 4),
          'thinks SUM over no rows is 0, so the West counts in the average',
          over(
            'SELECT r.name, (SELECT COALESCE(sum(s.amount), 0) FROM sales s WHERE s.region = r.name) AS total FROM regions r',
          ),
        ],
        [
          half(sum(rows) / rows.length),
          'averages the single sales, not the region totals',
          'SELECT round(avg(amount)) FROM sales WHERE region IS NOT NULL',
        ],
        [
          sum(known),
          'adds the region totals instead of averaging them',
          `SELECT sum(total) FROM (${inner}) q`,
        ],
        [
          half(sumOf(s.amount)!),
          'thinks the subquery totals the whole table for every region',
          over('SELECT r.name, (SELECT sum(amount) FROM sales) AS total FROM regions r'),
        ],
        [
          half(sum(groups) / groups.length),
          'groups the sales by region instead, which has a group for the NULL region and none for the West',
          over('SELECT region, sum(amount) AS total FROM sales GROUP BY region'),
        ],
      ],
    }
  }),
  computed('sqlq-group-by-null-one-group', (rng) => {
    const s = sales(rng)
    const nullRows = s.region.flatMap((r, i) => (r === null ? [s.amount[i]!] : []))
    if (nn(nullRows).length < 2)
      throw new VariantError('a tie or a missing case in the drawn table')
    const q = 'SELECT region, max(amount) AS top\nFROM sales\nGROUP BY region'
    const regions = [...new Set(s.region)]
    const top = (rs: readonly (string | null)[]) =>
      rs.map((g) => {
        const v = nn(s.amount.filter((_, i) => s.region[i] === g))
        return v.length === 0 ? 0 : Math.max(...v)
      })
    const tops = top(regions)
    const known = top(regions.filter((g) => g !== null))
    const whole = (g: string | null) => s.amount.filter((_, i) => s.region[i] === g)
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
    const sub = (inner: string) => `SELECT sum(top) FROM (${inner}) g`
    return {
      stem: stemOf(rng, s, q, 'What is the sum of the top column over the rows the query returns?'),
      tables: [s.t],
      key: sum(tops),
      keySql: sub(q.replaceAll('\n', ' ')),
      wrong: [
        [
          sum(known),
          'thinks GROUP BY drops rows whose key is NULL',
          sub(
            'SELECT region, max(amount) AS top FROM sales WHERE region IS NOT NULL GROUP BY region',
          ),
        ],
        [
          sum(known) + sum(nn(nullRows)),
          'puts each NULL region in a group of its own',
          sub(
            'SELECT max(amount) AS top FROM sales WHERE region IS NOT NULL GROUP BY region UNION ALL SELECT amount FROM sales WHERE region IS NULL',
          ),
        ],
        [sumOf(s.amount), 'thinks GROUP BY keeps every row', 'SELECT sum(amount) FROM sales'],
        [
          sum(s.region.map((g) => tops[regions.indexOf(g)]!)),
          'thinks the query returns a row per sale, each showing its region’s top, as a window would',
          'SELECT sum(top) FROM (SELECT region, max(amount) OVER (PARTITION BY region) AS top FROM sales) w',
        ],
        [
          sum(regions.flatMap((g, i) => (g === null || whole(g).includes(null) ? [] : [tops[i]!]))),
          'drops the NULL region and thinks max is NULL in a group holding a NULL amount',
          sub(
            'SELECT region, CASE WHEN count(*) = count(amount) THEN max(amount) END AS top FROM sales WHERE region IS NOT NULL GROUP BY region',
          ),
        ],
        [
          sum(regions.map((g, i) => (whole(g).includes(null) ? 0 : tops[i]!))),
          'thinks max is NULL in a group holding a NULL amount',
          sub(
            'SELECT region, CASE WHEN count(*) = count(amount) THEN max(amount) END AS top FROM sales GROUP BY region',
          ),
        ],
      ].filter(([v]) => v !== 0) as [number, string, string][],
    }
  }),
  computed('sqlq-having-counts-groups', (rng) => {
    const s = sales(rng, { nulls: 0 })
    const lim = rng.pick([150, 200, 250])
    const q = `SELECT rep, sum(amount) AS total\nFROM sales\nGROUP BY rep\nHAVING sum(amount) > ${lim}`
    const totals = s.reps.map((r) => sumOf(by(s, r))!)
    if (totals.every((x) => x > lim) || totals.every((x) => x <= lim))
      throw new VariantError('a missing case in the drawn table')
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
    const a = s.amount as readonly number[]
    const big = s.reps.filter((r) => by(s, r).some((x) => x! > lim))
    const wrongs: [number, string, string][] = [
      [
        sum(a.filter((x) => x > lim)),
        'applies the test to single sales, as WHERE would',
        `SELECT sum(amount) FROM sales WHERE amount > ${lim}`,
      ],
      [
        sum(s.reps.filter((r) => big.includes(r)).map((r) => sumOf(by(s, r))!)),
        'keeps reps with any single sale over the limit',
        `SELECT sum(amount) FROM sales WHERE rep IN (SELECT rep FROM sales WHERE amount > ${lim})`,
      ],
      [sum(a), 'thinks HAVING does not remove groups', 'SELECT sum(amount) FROM sales'],
      [
        sum(
          s.reps
            .map((r) => sum(by(s, r).filter((x) => x! > lim) as number[]))
            .filter((x) => x > lim),
        ),
        'filters the single sales with WHERE first, thinking it changes nothing, then tests the totals',
        `SELECT sum(total) FROM (SELECT rep, sum(amount) AS total FROM sales WHERE amount > ${lim} GROUP BY rep HAVING sum(amount) > ${lim}) g`,
      ],
      [
        sum(s.rep.map((r) => sumOf(by(s, r))!).filter((x) => x > lim)),
        'thinks the query returns a row per sale, each showing its rep’s total, as a window would',
        `SELECT sum(total) FROM (SELECT rep, sum(amount) OVER (PARTITION BY rep) AS total FROM sales) w WHERE total > ${lim}`,
      ],
      [
        sum(totals.filter((x) => x <= lim)),
        'adds up the groups HAVING removes',
        `SELECT sum(total) FROM (SELECT rep, sum(amount) AS total FROM sales GROUP BY rep HAVING sum(amount) <= ${lim}) g`,
      ],
      [
        Math.max(...totals),
        'thinks the query keeps only the top rep',
        'SELECT max(total) FROM (SELECT rep, sum(amount) AS total FROM sales GROUP BY rep) g',
      ],
    ]
    return {
      stem: stemOf(
        rng,
        s,
        q,
        'What is the sum of the total column over the rows the query returns?',
      ),
      tables: [s.t],
      key: sum(totals.filter((x) => x > lim)),
      keySql: `SELECT sum(total) FROM (${q.replaceAll('\n', ' ')}) g`,
      wrong: wrongs.filter(([v]) => v > 0),
    }
  }),
  computed('sqlq-where-before-having', (rng) => {
    const s = sales(rng, { nulls: 0 })
    const lim = rng.pick([50, 70, 90])
    const q = `SELECT rep, count(*)\nFROM sales\nWHERE amount >= ${lim}\nGROUP BY rep\nHAVING count(*) >= 2`
    const cnt = (f: (i: number) => boolean) =>
      s.reps.map((r) => s.rep.filter((x, i) => x === r && f(i)).length)
    const big = cnt((i) => s.amount[i]! >= lim)
    const all = cnt(() => true)
    return {
      stem: stemOf(rng, s, q, 'How many rows does the query return?'),
      tables: [s.t],
      key: big.filter((c) => c >= 2).length,
      keySql: count(q.replaceAll('\n', ' ')),
      wrong: [
        [
          all.filter((c) => c >= 2).length,
          'applies HAVING to the counts before WHERE filters the rows',
          count('SELECT rep FROM sales GROUP BY rep HAVING count(*) >= 2'),
        ],
        [
          big.filter((c) => c >= 1).length,
          'ignores HAVING',
          count(`SELECT rep FROM sales WHERE amount >= ${lim} GROUP BY rep`),
        ],
        [
          s.amount.filter((x) => x! >= lim).length,
          'counts the rows WHERE keeps',
          count(`SELECT 1 FROM sales WHERE amount >= ${lim}`),
        ],
        [
          big.filter((c) => c > 2).length,
          'reads at least 2 as more than 2',
          count(`SELECT rep FROM sales WHERE amount >= ${lim} GROUP BY rep HAVING count(*) > 2`),
        ],
      ],
    }
  }),
  computed('sqlq-top-group-by-sum', (rng) => {
    const s = sales(rng, { nulls: 0 })
    const q =
      "SELECT rep || ': ' || sum(amount) FROM sales\nGROUP BY rep\nORDER BY sum(amount) DESC\nLIMIT 1"
    const top = (f: (r: string) => number, asc = false) => {
      const xs = s.reps.map(f)
      const m = asc ? Math.min(...xs) : Math.max(...xs)
      return xs.filter((x) => x === m).length === 1 ? s.reps[xs.indexOf(m)]! : null
    }
    const tot = (r: string) => sumOf(by(s, r))!
    const rows = (r: string) => by(s, r).length
    const big = (r: string) => Math.max(...nn(by(s, r)))
    const key = top(tot)
    if (key === null) throw new VariantError('a tie for the top total')
    const wrong: [Cell, string, string][] = []
    const add = (who: string | null, v: (r: string) => number, mistake: string, order: string) => {
      if (who !== null)
        wrong.push([
          `${who}: ${v(who)}`,
          mistake,
          `SELECT rep || ': ' || ${order.replace(' DESC', '').replace(' ASC', '')} FROM sales GROUP BY rep ORDER BY ${order} LIMIT 1`,
        ])
    }
    add(
      top(rows),
      rows,
      'ranks reps by their number of sales, count(*) in place of sum',
      'count(*) DESC',
    )
    add(
      top(big),
      big,
      'ranks reps by their single largest sale, max in place of sum',
      'max(amount) DESC',
    )
    add(top(tot, true), tot, 'reads DESC as ascending', 'sum(amount) ASC')
    return {
      stem: stemOf(rng, s, q, 'What does the query return?'),
      tables: [s.t],
      key: `${key}: ${tot(key)}`,
      keySql: q.replaceAll('\n', ' '),
      wrong,
    }
  }),
  computed('sqlq-count-distinct-skips-null', (rng) => {
    const s = sales(rng)
    const q = 'SELECT count(DISTINCT region) FROM sales'
    const known = new Set(s.region.filter((r) => r !== null)).size
    if (!s.region.includes(null))
      throw new VariantError('a tie or a missing case in the drawn table')
    return {
      stem: stemOf(rng, s, q, 'What does the query return?'),
      tables: [s.t],
      key: known,
      keySql: q,
      wrong: [
        [
          known + 1,
          'counts NULL as one more distinct region',
          count('SELECT DISTINCT region FROM sales'),
        ],
        [
          s.region.filter((r) => r !== null).length,
          'ignores DISTINCT',
          'SELECT count(region) FROM sales',
        ],
        [s.region.length, 'counts every row', 'SELECT count(*) FROM sales'],
        [
          [...new Set(s.region)].filter(
            (g) => g !== null && s.region.filter((x) => x === g).length === 1,
          ).length,
          'thinks DISTINCT drops every region that occurs more than once',
          count(
            'SELECT region FROM sales WHERE region IS NOT NULL GROUP BY region HAVING count(*) = 1',
          ),
        ],
      ],
    }
  }),
  computed('sqlq-filter-clause-counts', (rng) => {
    const s = sales(rng)
    const lim = rng.pick([60, 80, 100])
    const q = `SELECT count(*) FILTER (WHERE amount > ${lim}) FROM sales`
    const a = s.amount
    return {
      stem: stemOf(rng, s, q, 'What does the query return?'),
      tables: [s.t],
      key: a.filter((x) => x !== null && x > lim).length,
      keySql: q,
      wrong: [
        [
          a.filter((x) => x === null || x > lim).length,
          'counts NULL amounts as passing the filter',
          `SELECT count(*) FILTER (WHERE amount > ${lim} OR amount IS NULL) FROM sales`,
        ],
        [
          a.filter((x) => x !== null && x <= lim).length,
          'counts the rows the filter excludes',
          `SELECT count(*) FILTER (WHERE amount <= ${lim}) FROM sales`,
        ],
        [a.length, 'thinks FILTER does not change count(*)', 'SELECT count(*) FROM sales'],
        [
          a.filter((x) => x !== null && x >= lim).length,
          'counts values equal to the limit as passing a strict greater-than',
          `SELECT count(*) FILTER (WHERE amount >= ${lim}) FROM sales`,
        ],
      ],
    }
  }),
  computed('sqlq-min-skips-null', (rng) => {
    const s = sales(rng)
    const q = 'SELECT min(amount) FROM sales'
    const v = nn(s.amount)
    return {
      stem: stemOf(rng, s, q, 'What does the query return?'),
      tables: [s.t],
      key: Math.min(...v),
      keySql: q,
      wrong: [
        [
          null,
          'thinks NULL is the smallest value',
          'SELECT amount FROM sales ORDER BY amount NULLS FIRST LIMIT 1',
        ],
        [0, 'treats NULL as 0', 'SELECT min(COALESCE(amount, 0)) FROM sales'],
        [Math.max(...v), 'reads min as max', 'SELECT max(amount) FROM sales'],
        [
          s.amount.find((x) => x !== null)!,
          'takes the first stored amount',
          'SELECT amount FROM sales WHERE amount IS NOT NULL LIMIT 1',
        ],
      ],
    }
  }),
  computed('sqlq-duplicates-having-count', (rng) => {
    const ns = names(rng, rng.int(5, 7)).map((n) => `${n.toLowerCase()}@mail.test`)
    const dup = rng.int(2, 3)
    const copies = ns.map((_, i) => (i < dup ? rng.int(2, 4) : 1))
    const emails = ns.flatMap((e, i) => Array.from({ length: copies[i]! }, () => e))
    const t: Table = {
      name: 'signups',
      cols: ['email text'],
      rows: rng.shuffle(emails).map((e) => [e]),
    }
    const q = 'SELECT email, count(*) AS n\nFROM signups\nGROUP BY email\nHAVING count(*) > 1'
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
    const rows = sum(copies.filter((c) => c > 1))
    if (copies.filter((c) => c > 2).length === 0) throw new VariantError('no email in three copies')
    const over = (having: string) =>
      `SELECT sum(n) FROM (SELECT email, count(*) AS n FROM signups GROUP BY email HAVING ${having}) g`
    return {
      stem: `${Client(rng)} asks which sign-up emails are duplicated. PostgreSQL:\n\n${block([t], q)}\n\nWhat is the sum of the n column over the rows the query returns?`,
      tables: [t],
      key: rows,
      keySql: over('count(*) > 1'),
      wrong: [
        [
          rows - dup,
          'counts the extra copies, not every copy of a duplicated email',
          'SELECT count(*) - count(DISTINCT email) FROM signups',
        ],
        [emails.length, 'thinks HAVING keeps every group', 'SELECT count(*) FROM signups'],
        [
          sum(copies.filter((c) => c > 1).map((c) => c * c)),
          'thinks the query returns a row per copy, each showing the count, as a window would',
          'SELECT sum(n) FROM (SELECT email, count(*) OVER (PARTITION BY email) AS n FROM signups) w WHERE n > 1',
        ],
        [
          sum(copies.filter((c) => c > 2)),
          'reads count(*) > 1 as more than one extra copy',
          over('count(*) > 2'),
        ],
        [
          sum(copies.filter((c) => c > 1).map((c) => c * (c - 1))),
          'counts the pairs of rows a self-join on email matches',
          'SELECT count(*) FROM signups a JOIN signups b ON a.email = b.email AND a.ctid <> b.ctid',
        ],
        [
          dup,
          'counts the duplicated emails, not their copies',
          `SELECT count(*) FROM (${q.replaceAll('\n', ' ')}) g`,
        ],
      ],
    }
  }),
  computed('sqlq-sum-per-group-with-null', (rng) => {
    const s = sales(rng)
    const who = rng.pick(
      s.reps.filter((r) => by(s, r).includes(null) && nn(by(s, r)).length > 0).concat(s.reps[0]!),
    )
    const mine = by(s, who)
    if (!mine.includes(null)) throw new VariantError('no rep with a NULL and a known amount')
    const q = `SELECT rep, sum(amount) FROM sales GROUP BY rep`
    return {
      stem: stemOf(rng, s, q, `What total does the query show for ${who}?`),
      tables: [s.t],
      key: sumOf(mine),
      keySql: `SELECT sum FROM (${q}) q WHERE rep = '${who}'`,
      wrong: [
        [
          null,
          'thinks one NULL makes the group’s SUM NULL',
          `SELECT CASE WHEN count(*) = count(amount) THEN sum(amount) END FROM sales WHERE rep = '${who}'`,
        ],
        [
          sumOf(s.amount),
          'sums the whole table, ignoring GROUP BY',
          'SELECT sum(amount) FROM sales',
        ],
        [
          mine.length,
          'counts the rep’s rows instead of adding amounts',
          `SELECT count(*) FROM sales WHERE rep = '${who}'`,
        ],
        [
          Math.max(...nn(mine), 0),
          'takes the rep’s largest sale',
          `SELECT COALESCE(max(amount), 0) FROM sales WHERE rep = '${who}'`,
        ],
      ],
    }
  }),
  rule('sqlq-ungrouped-column-error', {
    source:
      'postgresql.org/docs/current/queries-table-expressions.html#QUERIES-GROUP (ungrouped columns may appear only in aggregates, unless the primary key is grouped)',
    answer: 'error',
    stem: () =>
      'In PostgreSQL, sales(rep, region, amount) has no primary key. What happens with SELECT rep, region, sum(amount) FROM sales GROUP BY rep?',
    keys: [
      'An error, as region is not grouped or aggregated',
      'PostgreSQL rejects it with an error',
    ],
    wrong: [
      ['Each rep once, with any one of its regions', 'expects MySQL’s old permissive behaviour'],
      ['A row for each rep and region pair', 'thinks listed columns are added to the grouping'],
      ['Rows per rep, with region shown as NULL', 'thinks ungrouped columns come back NULL'],
      ['The first region stored for each rep', 'thinks PostgreSQL picks the first row’s value'],
      ['Every sale, with the rep’s total repeated', 'mixes GROUP BY with a window sum'],
    ],
  }),
  rule('sqlq-aggregate-in-where-error', {
    source:
      'postgresql.org/docs/current/sql-select.html#SQL-HAVING (aggregates are not allowed in WHERE; HAVING filters groups)',
    answer: 'having',
    stem: () =>
      'A PostgreSQL query must list customers whose orders total more than 1000. Which clause holds the test on sum(amount)?',
    keys: [
      'HAVING sum(amount) > 1000',
      'HAVING, after GROUP BY customer_id',
      'HAVING sum(amount) > 1000, after GROUP BY customer_id',
    ],
    wrong: [
      [
        'WHERE sum(amount) > 1000, before GROUP BY',
        'puts an aggregate in WHERE, which PostgreSQL rejects',
      ],
      ['ON sum(amount) > 1000 in the join', 'puts an aggregate in a join condition'],
      ['GROUP BY customer_id, sum(amount) > 1000', 'writes the test into the grouping'],
      ['ORDER BY sum(amount) > 1000', 'sorts by the test instead of filtering'],
      ['WHERE amount > 1000, before GROUP BY', 'tests single orders, not the total'],
      [
        'HAVING amount > 1000, after GROUP BY customer_id',
        'tests the ungrouped column in HAVING, which PostgreSQL rejects',
      ],
      [
        'HAVING count(*) > 1000, after GROUP BY customer_id',
        'tests the number of orders, not their total',
      ],
    ],
    code: true,
  }),
  rule('sqlq-string-agg-order', {
    source:
      'postgresql.org/docs/current/sql-expressions.html#SYNTAX-AGGREGATES (ORDER BY inside the aggregate call orders its input)',
    answer: 'order-in-call',
    stem: () =>
      'A PostgreSQL report needs each order’s product names as one comma-separated string in alphabetical order. Which expression gives that?',
    keys: ["string_agg(name, ', ' ORDER BY name)", "string_agg(p.name, ', ' ORDER BY p.name ASC)"],
    wrong: [
      [
        "string_agg(name, ', ') ORDER BY name",
        'thinks the query’s ORDER BY orders the aggregate’s input',
      ],
      ['string_agg(DISTINCT name ORDER BY name)', 'leaves out the separator argument'],
      ["string_agg(name ORDER BY name, ', ')", 'puts ORDER BY before the last argument'],
      ["array_agg(name, ', ' ORDER BY name)", 'gives array_agg a separator it does not take'],
      ["string_agg(sort(name), ', ')", 'invents a sort() function for text'],
    ],
    code: true,
  }),
  rule('sqlq-count-star-null-rows', {
    source:
      'postgresql.org/docs/current/functions-aggregate.html (count(*) computes the number of input rows; count(expression) counts rows where it is not null)',
    answer: 'count-star',
    stem: () =>
      'A PostgreSQL table events may have rows whose every column is NULL. Which expression counts all rows, those included?',
    keys: ['count(*)', 'count(1)'],
    wrong: [
      ['count(id)', 'thinks count(column) counts rows whose column is NULL'],
      ['count(DISTINCT *)', 'writes a form PostgreSQL rejects'],
      ['sum(id)', 'adds the ids instead of counting rows'],
      ['max(ctid)', 'takes a physical row address for a count'],
    ],
    code: true,
  }),
]
