import { VariantError } from '../assemble-variant.js'
import {
  block,
  type Cell,
  Client,
  computed,
  names,
  rule,
  type SqlFamily,
  type Table,
} from './sqlq-text.js'

// Window functions, subqueries, CTEs and set operations as PostgreSQL documents them:
// functions-window.html (row_number, rank with gaps, dense_rank without, lag's null default,
// last_value and the default frame RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW, which takes
// in the current row's peers), tutorial-window.html and sql-select.html#SQL-WINDOW (windows are
// computed after WHERE and GROUP BY), queries-with.html (WITH RECURSIVE), functions-subquery.html
// (ALL over no rows is true; a NULL makes NOT IN and ALL unknown), queries-union.html (UNION,
// INTERSECT and EXCEPT remove duplicates unless ALL; rows are compared with nulls as equal, as
// DISTINCT does, queries-select-lists.html#QUERIES-DISTINCT).

const count = (q: string) => `SELECT count(*) FROM (${q}) q`
const flat = (q: string) => q.replaceAll('\n', ' ')

export const WINDOW_FAMILIES: readonly SqlFamily[] = [
  computed('sqlq-running-sum-peers', (rng) => {
    const days = [1, 2, 2, 3, 4, 5].map((d) => `2025-03-0${d}`)
    const amt = days.map(() => rng.int(1, 9) * 10)
    const t: Table = {
      name: 'payments',
      cols: ['paid_on date', 'amount int'],
      rows: rng.shuffle(days.map((d, i) => [d, amt[i]!])),
    }
    const rows = t.rows.map((r) => [r[0] as string, r[1] as number] as const)
    const q = 'SELECT paid_on, sum(amount) OVER (ORDER BY paid_on) AS running\nFROM payments'
    const day = '2025-03-02'
    const upTo = rows.filter(([d]) => d <= day).reduce((a, [, v]) => a + v, 0)
    const before = rows.filter(([d]) => d < day).reduce((a, [, v]) => a + v, 0)
    const first = Math.min(...rows.filter(([d]) => d === day).map(([, v]) => v))
    return {
      stem: `${Client(rng)}’s PostgreSQL payments:\n\n${block([t], q)}\n\nWhat is running on the rows for ${day}?`,
      tables: [t],
      key: upTo,
      keySql: `SELECT DISTINCT running FROM (${flat(q)}) q WHERE paid_on = '${day}'`,
      wrong: [
        [
          before + first,
          'thinks the default frame stops at the current row, not its peers, so the day’s first row (the smaller payment) leaves the other out',
          `SELECT min(running) FROM (SELECT paid_on, sum(amount) OVER (ORDER BY paid_on, amount ROWS UNBOUNDED PRECEDING) AS running FROM payments) q WHERE paid_on = '${day}'`,
        ],
        [
          rows.filter(([d]) => d === day).reduce((a, [, v]) => a + v, 0),
          'sums only that day, as PARTITION BY paid_on would',
          `SELECT sum(amount) FROM payments WHERE paid_on = '${day}'`,
        ],
        [
          rows.reduce((a, [, v]) => a + v, 0),
          'thinks the window covers the whole table',
          'SELECT sum(amount) FROM payments',
        ],
        [
          before,
          'leaves the current day’s rows out',
          `SELECT sum(amount) FROM payments WHERE paid_on < '${day}'`,
        ],
        [
          rows.filter(([d]) => d >= day).reduce((a, [, v]) => a + v, 0),
          'runs the sum from the latest day back, as ORDER BY paid_on DESC would',
          `SELECT sum(amount) FROM payments WHERE paid_on >= '${day}'`,
        ],
        [
          rows.filter(([d]) => d > day).reduce((a, [, v]) => a + v, 0) + first,
          'runs the sum from the latest day back and stops at the current row, so the day’s first row in that order (the smaller payment) leaves the other out',
          `SELECT min(running) FROM (SELECT paid_on, sum(amount) OVER (ORDER BY paid_on DESC, amount ROWS UNBOUNDED PRECEDING) AS running FROM payments) q WHERE paid_on = '${day}'`,
        ],
      ],
    }
  }),
  computed('sqlq-partition-sum-per-row', (rng) => {
    const ns = names(rng, 3)
    const rows: Cell[][] = []
    for (let i = 0; i < 7; i++) rows.push([i < 3 ? ns[i]! : rng.pick(ns), rng.int(1, 9) * 10])
    const t: Table = { name: 'hours', cols: ['dev text', 'billed int'], rows: rng.shuffle(rows) }
    const who = rng.pick(ns)
    const mine = t.rows.filter((r) => r[0] === who).map((r) => r[1] as number)
    const q = 'SELECT dev, billed, sum(billed) OVER (PARTITION BY dev) AS dev_total\nFROM hours'
    const all = t.rows.reduce((a, r) => a + (r[1] as number), 0)
    return {
      stem: `${Client(rng)} bills developers’ hours. PostgreSQL:\n\n${block([t], q)}\n\nHow many rows does it return, and what is dev_total on ${who}’s rows?`,
      tables: [t],
      key: `${t.rows.length} rows, ${mine.reduce((a, b) => a + b, 0)}`,
      keySql: `SELECT (SELECT count(*) FROM hours) || ' rows, ' || (SELECT DISTINCT dev_total FROM (${flat(q)}) q WHERE dev = '${who}')`,
      wrong: [
        [
          `3 rows, ${mine.reduce((a, b) => a + b, 0)}`,
          'thinks a window function collapses rows, as GROUP BY does',
          `SELECT count(*) || ' rows, ' || (SELECT sum(billed) FROM hours WHERE dev = '${who}') FROM (SELECT dev FROM hours GROUP BY dev) g`,
        ],
        [
          `${t.rows.length} rows, ${all}`,
          'thinks the window ignores PARTITION BY',
          `SELECT count(*) || ' rows, ' || sum(billed) FROM hours`,
        ],
        [
          `3 rows, ${all}`,
          'collapses rows and ignores the partition',
          `SELECT count(*) || ' rows, ' || (SELECT sum(billed) FROM hours) FROM (SELECT dev FROM hours GROUP BY dev) g`,
        ],
        [
          `${t.rows.length} rows, ${mine[0]!}`,
          'reads the window sum as the row’s own value',
          `SELECT count(*) || ' rows, ' || (SELECT billed FROM hours WHERE dev = '${who}' LIMIT 1) FROM hours`,
        ],
      ],
    }
  }),
  computed('sqlq-lag-first-row-null', (rng) => {
    const vals = rng.shuffle([1100, 1250, 1400, 900, 1600, 750]).slice(0, 4)
    const t: Table = {
      name: 'monthly',
      cols: ['month int', 'revenue int'],
      rows: vals.map((v, i) => [i + 1, v]),
    }
    const q = 'SELECT month, revenue - lag(revenue) OVER (ORDER BY month) AS change\nFROM monthly'
    const m = rng.int(1, 3)
    const key = m === 1 ? null : vals[m - 1]! - vals[m - 2]!
    return {
      stem: `${Client(rng)}’s PostgreSQL report:\n\n${block([t], q)}\n\nWhat is change for month ${m}?`,
      tables: [t],
      key,
      keySql: `SELECT change FROM (${flat(q)}) q WHERE month = ${m}`,
      wrong: [
        m === 1
          ? [
              vals[0]!,
              'thinks lag() gives 0 before the first row',
              'SELECT revenue FROM monthly WHERE month = 1',
            ]
          : [
              vals[m - 2]! - vals[m - 1]!,
              'subtracts the other way round',
              `SELECT lag(revenue) OVER (ORDER BY month) - revenue FROM monthly ORDER BY month OFFSET ${m - 1} LIMIT 1`,
            ],
        [
          vals[m]! - vals[m - 1]!,
          'takes the next month, as lead() does',
          `SELECT lead(revenue) OVER (ORDER BY month) - revenue FROM monthly ORDER BY month OFFSET ${m - 1} LIMIT 1`,
        ],
        m === 1
          ? [
              vals[0]! - vals[vals.length - 1]!,
              'thinks lag() wraps round to the last row',
              `SELECT (SELECT revenue FROM monthly WHERE month = 1) - (SELECT revenue FROM monthly WHERE month = ${vals.length})`,
            ]
          : [
              vals[m - 1]! - vals[0]!,
              'takes the first month, as first_value() does',
              `SELECT revenue - first_value(revenue) OVER (ORDER BY month) FROM monthly ORDER BY month OFFSET ${m - 1} LIMIT 1`,
            ],
        [
          0,
          'thinks lag() defaults to an offset of 0, the row itself',
          `SELECT revenue - lag(revenue, 0) OVER (ORDER BY month) FROM monthly ORDER BY month OFFSET ${m - 1} LIMIT 1`,
        ],
      ],
    }
  }),
  computed('sqlq-last-value-default-frame', (rng) => {
    const ns = names(rng, 4)
    const vals = rng.shuffle([15, 25, 35, 45, 55]).slice(0, 4)
    const t: Table = {
      name: 'bids',
      cols: ['bidder text', 'placed int', 'amount int'],
      rows: ns.map((n, i) => [n, i + 1, vals[i]!]),
    }
    const k = rng.int(1, 3)
    const q = 'SELECT bidder, last_value(amount) OVER (ORDER BY placed) AS latest\nFROM bids'
    return {
      stem: `An auction client’s PostgreSQL table:\n\n${block([t], q)}\n\nWhat is latest on ${ns[k - 1]}’s row?`,
      tables: [t],
      key: vals[k - 1]!,
      keySql: `SELECT latest FROM (${flat(q)}) q WHERE bidder = '${ns[k - 1]}'`,
      wrong: [
        [
          vals[3]!,
          'thinks the default frame reaches the last row of the partition',
          `SELECT latest FROM (SELECT bidder, last_value(amount) OVER (ORDER BY placed ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS latest FROM bids) q WHERE bidder = '${ns[k - 1]}'`,
        ],
        [
          vals[0]!,
          'reads last_value as first_value',
          `SELECT v FROM (SELECT bidder, first_value(amount) OVER (ORDER BY placed) AS v FROM bids) q WHERE bidder = '${ns[k - 1]}'`,
        ],
        [
          Math.max(...vals),
          'reads last_value as the largest amount',
          'SELECT max(amount) FROM bids',
        ],
        [
          k > 1 ? vals[k - 2]! : vals[1]!,
          k > 1 ? 'takes the row before, as lag() would' : 'takes the row after, as lead() would',
          `SELECT v FROM (SELECT bidder, ${k > 1 ? 'lag' : 'lead'}(amount) OVER (ORDER BY placed) AS v FROM bids) q WHERE bidder = '${ns[k - 1]}'`,
        ],
      ],
    }
  }),
  computed('sqlq-top-n-per-group-row-number', (rng) => {
    const ns = names(rng, 3)
    const rows: Cell[][] = []
    let id = 1
    const per = ns.map(() => rng.int(1, 4))
    ns.forEach((n, i) => {
      for (let k = 0; k < per[i]!; k++) rows.push([id++, n, rng.int(1, 30) * 10])
    })
    const t: Table = {
      name: 'orders',
      cols: ['id int', 'customer text', 'amount int'],
      rows: rng.shuffle(rows),
    }
    const top = rng.pick([2, 3])
    const win = (order: string) =>
      `SELECT o.*, row_number() OVER (PARTITION BY customer ORDER BY ${order}) AS rn FROM orders o`
    const q = `SELECT * FROM (\n  ${win('amount DESC, id').replace(' FROM', '\n  FROM')}\n) x\nWHERE rn <= ${top}`
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
    const sorted = (f: (x: number, y: number) => number, c?: string) =>
      rows
        .filter((r) => c === undefined || r[1] === c)
        .sort((x, y) => f(x[2] as number, y[2] as number) || (x[0] as number) - (y[0] as number))
        .map((r) => r[2] as number)
    const perTop = (n: number, f = (x: number, y: number) => y - x) =>
      sum(ns.flatMap((c) => sorted(f, c).slice(0, n)))
    const over = (order: string, where: string) =>
      `SELECT sum(amount) FROM (${win(order)}) x WHERE ${where}`
    return {
      stem: `${Client(rng)} wants each customer’s ${top} largest orders. PostgreSQL:\n\n${block([t], q)}\n\nWhat is the sum of amount over the rows it returns?`,
      tables: [t],
      key: perTop(top),
      keySql: over('amount DESC, id', `rn <= ${top}`),
      wrong: [
        [
          sum(sorted((x, y) => y - x).slice(0, top)),
          'applies the limit to the whole table, as LIMIT would',
          `SELECT sum(amount) FROM (SELECT amount FROM orders ORDER BY amount DESC, id LIMIT ${top}) x`,
        ],
        [
          sum(rows.map((r) => r[2] as number)),
          'thinks the filter on rn removes nothing',
          'SELECT sum(amount) FROM orders',
        ],
        [perTop(1), 'keeps only each customer’s first row', over('amount DESC, id', 'rn = 1')],
        [
          perTop(top + 1),
          'thinks row_number() counts from 0, so the filter keeps one more row per customer',
          over('amount DESC, id', `rn - 1 <= ${top}`),
        ],
        [
          perTop(top, (x, y) => x - y),
          'reads ORDER BY amount DESC as smallest first',
          over('amount, id', `rn <= ${top}`),
        ],
      ],
    }
  }),
  computed('sqlq-window-after-where', (rng) => {
    const n = rng.int(6, 8)
    const ns = names(rng, n)
    const lim = rng.pick([30, 40, 50])
    const t: Table = {
      name: 'leads',
      cols: ['name text', 'score int'],
      rows: ns.map((x) => [x, rng.int(1, 9) * 10]),
    }
    const q = `SELECT name, count(*) OVER () AS shown\nFROM leads\nWHERE score >= ${lim}`
    const kept = t.rows.filter((r) => (r[1] as number) >= lim).length
    if (kept === 0) throw new VariantError('no row kept')
    return {
      stem: `In PostgreSQL:\n\n${block([t], q)}\n\nWhat is shown on each returned row?`,
      tables: [t],
      key: kept,
      keySql: `SELECT DISTINCT shown FROM (${flat(q)}) q`,
      wrong: [
        [n, 'thinks window functions see the rows before WHERE', 'SELECT count(*) FROM leads'],
        [
          1,
          'thinks count(*) OVER () counts the current row only',
          `SELECT DISTINCT count(*) OVER (ROWS BETWEEN CURRENT ROW AND CURRENT ROW) FROM leads WHERE score >= ${lim}`,
        ],
        [
          n - kept,
          'counts the rows WHERE removes',
          `SELECT count(*) FROM leads WHERE score < ${lim}`,
        ],
        [
          t.rows.filter((r) => (r[1] as number) > lim).length,
          'leaves out rows exactly at the limit',
          `SELECT count(*) FROM leads WHERE score > ${lim}`,
        ],
        [
          new Set(t.rows.filter((r) => (r[1] as number) >= lim).map((r) => r[1])).size,
          'thinks count(*) OVER () counts distinct values',
          `SELECT count(DISTINCT score) FROM leads WHERE score >= ${lim}`,
        ],
      ],
    }
  }),
  computed('sqlq-recursive-cte-count', (rng) => {
    const step = rng.pick([2, 3, 5])
    const lim = rng.pick([10, 12, 14, 20])
    const q = `WITH RECURSIVE t(n) AS (\n  SELECT 1\n  UNION ALL\n  SELECT n + ${step} FROM t WHERE n < ${lim}\n)\nSELECT count(*) FROM t`
    let c = 0
    for (let n = 1; ; n += step) {
      c++
      if (!(n < lim)) break
    }
    const below = Math.floor((lim - 1 - 1) / step) + 1
    return {
      stem: `A freelancer generates a series in PostgreSQL:\n\n\`\`\`sql\n${q}\n\`\`\`\n\nWhat does it return?`,
      tables: [],
      key: c,
      keySql: flat(q),
      wrong: [
        [
          below,
          'stops before the row that first fails the test, though it was already produced',
          `SELECT count(*) FROM generate_series(1, ${lim - 1}, ${step})`,
        ],
        [
          c + 1,
          'thinks the WHERE tests the row before, so the series runs one step further',
          `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + ${step} FROM t WHERE n - ${step} < ${lim}) SELECT count(*) FROM t`,
        ],
        [
          lim,
          'counts up to the limit in steps of one',
          `WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < ${lim}) SELECT count(*) FROM t`,
        ],
        [
          2,
          'thinks the recursive part runs once, as a plain UNION ALL would',
          `SELECT count(*) FROM (SELECT 1 AS n UNION ALL SELECT 1 + ${step}) t`,
        ],
        [
          1,
          'thinks only the anchor row comes back',
          'WITH t(n) AS (SELECT 1) SELECT count(*) FROM t',
        ],
      ],
      code: false,
    }
  }),
  computed('sqlq-scalar-subquery-average', (rng) => {
    const n = rng.int(6, 8)
    const vals = Array.from({ length: n }, () => rng.int(1, 20) * 5)
    const t: Table = {
      name: 'invoices',
      cols: ['id int', 'total int'],
      rows: vals.map((v, i) => [i + 1, v]),
    }
    const q = 'SELECT id FROM invoices\nWHERE total > (SELECT avg(total) FROM invoices)'
    const avg = vals.reduce((a, b) => a + b, 0) / n
    // percentile_disc(0.5): the first value whose share of the sorted values reaches a half.
    const med = [...vals].sort((a, b) => a - b)[Math.ceil(n / 2) - 1]!
    return {
      stem: `${Client(rng)}’s PostgreSQL invoices:\n\n${block([t], q)}\n\nHow many rows does it return?`,
      tables: [t],
      key: vals.filter((v) => v > avg).length,
      keySql: count(flat(q)),
      wrong: [
        [
          vals.filter((v) => v < avg).length,
          'reads > as below the average',
          count('SELECT 1 FROM invoices WHERE total < (SELECT avg(total) FROM invoices)'),
        ],
        [
          vals.filter((v) => v > med).length,
          'compares with the median, not the mean',
          count(
            'SELECT 1 FROM invoices WHERE total > (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY total) FROM invoices)',
          ),
        ],
        [
          0,
          'thinks the subquery is compared per row with that row’s own total',
          count(
            'SELECT 1 FROM invoices i WHERE total > (SELECT avg(total) FROM invoices j WHERE j.id = i.id)',
          ),
        ],
        [
          vals.filter((v) => v > [...new Set(vals)].reduce((a, b) => a + b, 0) / new Set(vals).size)
            .length,
          'thinks avg counts a repeated total once',
          count('SELECT 1 FROM invoices WHERE total > (SELECT avg(DISTINCT total) FROM invoices)'),
        ],
        [n, 'thinks the filter keeps every invoice', 'SELECT count(*) FROM invoices'],
        [
          vals.filter((v) => v >= avg).length,
          'counts values equal to the limit as passing a strict greater-than',
          count('SELECT 1 FROM invoices WHERE total >= (SELECT avg(total) FROM invoices)'),
        ],
      ],
    }
  }),
  computed('sqlq-all-over-empty-subquery', (rng) => {
    const n = rng.int(4, 6)
    const t: Table = {
      name: 'products',
      cols: ['id int', 'price int', 'category text'],
      rows: Array.from({ length: n }, (_, i) => [
        i + 1,
        rng.int(2, 20) * 5,
        rng.pick(['books', 'games']),
      ]),
    }
    const q =
      "SELECT id FROM products\nWHERE price > ALL (SELECT price FROM products WHERE category = 'toys')"
    return {
      stem: `No product is in the toys category. PostgreSQL:\n\n${block([t], q)}\n\nHow many rows does it return?`,
      tables: [t],
      key: n,
      keySql: count(flat(q)),
      wrong: [
        [
          0,
          'thinks ALL over no rows is false',
          count(
            "SELECT 1 FROM products WHERE price > ANY (SELECT price FROM products WHERE category = 'toys')",
          ),
        ],
        [
          t.rows.filter((r) => r[1] === Math.max(...t.rows.map((x) => x[1] as number))).length,
          'reads the subquery as every product’s price, keeping only the most expensive',
          count('SELECT 1 FROM products WHERE price >= ALL (SELECT price FROM products)'),
        ],
        [
          t.rows.filter((r) => r[2] === 'books').length,
          'compares only within the first category listed',
          "SELECT count(*) FROM products WHERE category = 'books'",
        ],
      ],
    }
  }),
  computed('sqlq-union-removes-duplicates', (rng) => {
    const ns = names(rng, 7)
    const a = ns.slice(0, rng.int(3, 5)),
      b = ns.slice(rng.int(1, 3), 7)
    const dupA = a[0]!
    const ta: Table = {
      name: 'newsletter',
      cols: ['name text'],
      rows: [...a, dupA].map((x) => [x]),
    }
    const tb: Table = { name: 'customers', cols: ['name text'], rows: b.map((x) => [x]) }
    const q = 'SELECT name FROM newsletter\nUNION\nSELECT name FROM customers'
    const u = new Set([...a, ...b]).size
    const both = a.filter((x) => b.includes(x)).length
    return {
      stem: `${Client(rng)} merges two PostgreSQL lists:\n\n${block([ta, tb], q)}\n\nHow many rows does it return?`,
      tables: [ta, tb],
      key: u,
      keySql: count(flat(q)),
      wrong: [
        [
          a.length + 1 + b.length,
          'thinks UNION keeps duplicates, as UNION ALL does',
          count('SELECT name FROM newsletter UNION ALL SELECT name FROM customers'),
        ],
        [
          both,
          'takes only the names in both lists, as INTERSECT does',
          count('SELECT name FROM newsletter INTERSECT SELECT name FROM customers'),
        ],
        [
          a.length,
          'counts the first list’s distinct names only',
          'SELECT count(DISTINCT name) FROM newsletter',
        ],
        [
          u - both,
          'drops the names found in both lists',
          count(
            '(SELECT name FROM newsletter EXCEPT SELECT name FROM customers) UNION (SELECT name FROM customers EXCEPT SELECT name FROM newsletter)',
          ),
        ],
        [
          a.length + 1 + b.length - both,
          'removes the repeats between the lists but not within one',
          count(
            'SELECT name FROM newsletter UNION ALL (SELECT name FROM customers EXCEPT SELECT name FROM newsletter)',
          ),
        ],
      ],
    }
  }),
  computed('sqlq-except-distinct-with-nulls', (rng) => {
    const k = rng.int(1, 2)
    const ns = names(rng, 5)
    const ta: Table = {
      name: 'invited',
      cols: ['email text'],
      rows: [
        ...ns.map((n) => [`${n.toLowerCase()}@x.io`] as Cell[]),
        [null],
        [`${ns[0]!.toLowerCase()}@x.io`],
      ],
    }
    const came = ns.slice(0, k + 1)
    const tb: Table = {
      name: 'attended',
      cols: ['email text'],
      rows: [...came.map((n) => [`${n.toLowerCase()}@x.io`] as Cell[]), [null]],
    }
    const q = 'SELECT email FROM invited\nEXCEPT\nSELECT email FROM attended'
    const key = ns.length - came.length
    return {
      stem: `${Client(rng)} lists invitees who did not attend, in PostgreSQL:\n\n${block([ta, tb], q)}\n\nHow many rows does it return?`,
      tables: [ta, tb],
      key,
      keySql: count(flat(q)),
      wrong: [
        [
          key + 1,
          'thinks a NULL is never equal to another NULL in EXCEPT',
          'SELECT count(*) FROM (SELECT DISTINCT email FROM invited) i WHERE NOT EXISTS (SELECT 1 FROM attended a WHERE a.email = i.email)',
        ],
        [
          0,
          'expects NOT IN’s behaviour with a NULL in the second list',
          count('SELECT email FROM invited WHERE email NOT IN (SELECT email FROM attended)'),
        ],
        [
          came.length,
          'counts the invitees who did attend, as INTERSECT does',
          count(
            'SELECT email FROM invited INTERSECT SELECT email FROM attended WHERE email IS NOT NULL',
          ),
        ],
        [
          ns.length + 1,
          'reads EXCEPT as UNION',
          count('SELECT email FROM invited UNION SELECT email FROM attended'),
        ],
      ],
    }
  }),
  computed('sqlq-intersect-count', (rng) => {
    const ns = names(rng, 8)
    const a = ns.slice(0, 5),
      b = ns.slice(rng.int(2, 4), 8)
    const ta: Table = {
      name: 'spring',
      cols: ['student text'],
      rows: [...a, a[4]!].map((x) => [x]),
    }
    const tb: Table = { name: 'autumn', cols: ['student text'], rows: b.map((x) => [x]) }
    const q = 'SELECT student FROM spring\nINTERSECT\nSELECT student FROM autumn'
    const both = a.filter((x) => b.includes(x)).length
    return {
      stem: `${Client(rng)} finds students enrolled in both terms. PostgreSQL:\n\n${block([ta, tb], q)}\n\nHow many rows does it return?`,
      tables: [ta, tb],
      key: both,
      keySql: count(flat(q)),
      wrong: [
        [
          new Set([...a, ...b]).size,
          'reads INTERSECT as UNION',
          count('SELECT student FROM spring UNION SELECT student FROM autumn'),
        ],
        [
          a.filter((x) => !b.includes(x)).length,
          'reads INTERSECT as EXCEPT',
          count('SELECT student FROM spring EXCEPT SELECT student FROM autumn'),
        ],
        [
          both + 1,
          'keeps the repeated row, as a semi-join with IN does',
          count('SELECT student FROM spring WHERE student IN (SELECT student FROM autumn)'),
        ],
        [
          a.length + 1 + b.length,
          'counts every row in both terms, as UNION ALL would',
          count('SELECT student FROM spring UNION ALL SELECT student FROM autumn'),
        ],
        [
          both - 1,
          'thinks a student listed twice in one term no longer matches',
          count(
            'SELECT student FROM spring GROUP BY student HAVING count(*) = 1 INTERSECT SELECT student FROM autumn',
          ),
        ],
      ],
    }
  }),
  rule('sqlq-window-in-where-error', {
    source:
      'postgresql.org/docs/current/tutorial-window.html (window functions are permitted only in the SELECT list and ORDER BY; they run after WHERE)',
    answer: 'subquery',
    stem: () =>
      'In PostgreSQL, SELECT *, row_number() OVER (ORDER BY created_at) AS rn FROM posts WHERE rn <= 10 fails. What runs?',
    keys: [
      'Filter rn in an outer query over a subquery',
      'Put the window query in a CTE, filter outside',
    ],
    wrong: [
      ['Move the test to HAVING rn <= 10', 'thinks HAVING runs after window functions'],
      [
        'Write WHERE row_number() OVER (ORDER BY created_at) <= 10',
        'thinks a window call is allowed in WHERE',
      ],
      ['Add GROUP BY rn', 'thinks grouping exposes the alias to WHERE'],
      ['Quote the alias as "rn" in WHERE', 'thinks quoting makes an output alias visible to WHERE'],
      ['Use QUALIFY rn <= 10', 'uses another engine’s QUALIFY clause, which PostgreSQL lacks'],
    ],
  }),
  rule('sqlq-row-number-ties-unordered', {
    source:
      'postgresql.org/docs/current/sql-select.html#SQL-ORDERBY (rows equal by every ORDER BY expression come in an implementation-dependent order) and functions-window.html (row_number numbers the rows from 1)',
    answer: 'distinct-numbers-unspecified-order',
    stem: () =>
      'In PostgreSQL, SELECT player, row_number() OVER (ORDER BY score DESC) AS n FROM scores runs on a table where Ana and Ben tie for the top score. What n do the two get?',
    keys: [
      'Different numbers, in an order PostgreSQL does not promise',
      'Two consecutive numbers; which one gets which is unspecified',
      '1 and 2, either way round',
    ],
    wrong: [
      ['Each gets 1, as rank() would give them', 'thinks row_number() gives tied rows one number'],
      ['The same number each, with no gap after them', 'mixes row_number() up with dense_rank()'],
      [
        'Consecutive numbers in the order the rows were inserted',
        'thinks ties are always broken by insertion order',
      ],
      ['1 for Ana and 2 for Ben, alphabetically', 'thinks ties are broken by the other columns'],
      [
        'None: an error, as the ORDER BY does not make the rows unique',
        'thinks an ORDER BY with ties is rejected',
      ],
    ],
  }),
  rule('sqlq-exists-select-list-ignored', {
    source:
      'postgresql.org/docs/current/functions-subquery.html#FUNCTIONS-SUBQUERY-EXISTS (the result depends only on whether any rows are returned, not on their contents)',
    answer: 'customers-with-orders',
    stem: () =>
      'In PostgreSQL, SELECT name FROM customers c WHERE EXISTS (SELECT NULL FROM orders o WHERE o.customer_id = c.id). Which customers does it list?',
    keys: [
      'Customers with at least one order',
      'Every customer who has an order; the NULL selected does not matter',
      'Those that have an order',
    ],
    wrong: [
      [
        'No customer: the subquery only returns NULLs',
        'thinks EXISTS tests the values the subquery selects',
      ],
      ['Every customer, orders or not', 'thinks EXISTS ignores the correlated WHERE'],
      ['Customers without any order', 'reads EXISTS as NOT EXISTS'],
      [
        'None: an error, EXISTS needs SELECT * or SELECT 1',
        'thinks EXISTS requires SELECT * or SELECT 1',
      ],
      ['Customers with exactly one order', 'thinks EXISTS demands a single row'],
    ],
  }),
  rule('sqlq-scalar-subquery-one-row', {
    source:
      'postgresql.org/docs/current/sql-expressions.html#SQL-SYNTAX-SCALAR-SUBQUERIES (it is an error for a scalar subquery to return more than one row)',
    answer: 'error-more-than-one-row',
    stem: () =>
      'In PostgreSQL, SELECT name, (SELECT amount FROM orders o WHERE o.customer_id = c.id) FROM customers c runs for a customer with two orders. What happens?',
    keys: [
      'An error: the subquery returns more than one row',
      'It fails: a scalar subquery allows one row',
      'An error: more than one row came back',
    ],
    wrong: [
      [
        'The first order’s amount is shown and the second is ignored',
        'thinks a scalar subquery takes its first row',
      ],
      ['The customer appears twice, once per order', 'thinks a scalar subquery joins'],
      [
        'NULL is shown for that customer, as when there are no orders',
        'thinks too many rows give NULL, as no rows do',
      ],
      ['The two amounts are summed', 'thinks a scalar subquery aggregates'],
      ['An array of both amounts is shown', 'expects ARRAY(subquery) behaviour'],
    ],
  }),
  rule('sqlq-order-by-applies-to-union', {
    source:
      'postgresql.org/docs/current/queries-union.html and sql-select.html#SQL-UNION (ORDER BY and LIMIT after the last branch apply to the whole result)',
    answer: 'whole-result',
    stem: () =>
      'In PostgreSQL, SELECT name FROM a UNION ALL SELECT name FROM b ORDER BY name LIMIT 5. What do ORDER BY and LIMIT apply to?',
    keys: [
      'The combined result of the UNION ALL',
      'The whole union, after both branches are combined',
    ],
    wrong: [
      ['Only the second SELECT, from b', 'thinks the clauses bind to the nearest SELECT'],
      [
        'Each SELECT separately, five rows from each',
        'thinks the clauses are copied into each branch',
      ],
      ['Only the first SELECT, from a', 'thinks clauses bind to the first branch'],
      ['Nothing: PostgreSQL rejects ORDER BY in a union', 'thinks a union cannot be ordered'],
      [
        'The branches, sorted separately, then appended',
        'thinks each branch is sorted before appending',
      ],
    ],
  }),
  rule('sqlq-union-column-count', {
    source:
      'postgresql.org/docs/current/queries-union.html (the queries must return the same number of columns with compatible types)',
    answer: 'same-columns',
    stem: () =>
      'In PostgreSQL, SELECT id, email FROM customers UNION SELECT email FROM leads fails. Why?',
    keys: [
      'The queries return different numbers of columns',
      'UNION needs the same number of columns',
    ],
    wrong: [
      [
        'UNION matches columns by name, and leads has no id',
        'thinks UNION matches columns by name',
      ],
      ['UNION needs the two tables to have the same columns', 'thinks the whole tables must match'],
      [
        'email must be the first column in both queries',
        'thinks only column positions of the same name matter',
      ],
      [
        'UNION ALL must be used with tables of different sizes',
        'thinks UNION depends on row counts',
      ],
      ['UNION needs an ORDER BY to align the rows', 'thinks the rows must be aligned'],
    ],
  }),
  rule('sqlq-cte-not-visible-outside', {
    source:
      'postgresql.org/docs/current/queries-with.html (WITH provides auxiliary statements for use in a larger query)',
    answer: 'one-statement',
    stem: () =>
      'A PostgreSQL script defines WITH active AS (SELECT * FROM users WHERE active) SELECT count(*) FROM active; and on the next statement runs SELECT * FROM active. What happens?',
    keys: ['It fails: a CTE lasts one statement', 'An error: active does not exist there'],
    wrong: [
      [
        'It reads the CTE again, which lasts for the session',
        'thinks a CTE lasts like a temporary table',
      ],
      ['It reads the rows materialised by the first statement', 'thinks a CTE is stored'],
      ['It reruns the CTE’s query, as a view would', 'thinks a CTE is a view'],
      ['It works only inside a transaction block', 'thinks a transaction keeps the CTE'],
      ['It returns no rows', 'thinks the CTE name exists but is emptied'],
    ],
  }),
]
