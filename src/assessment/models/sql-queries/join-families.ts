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
  type Table,
} from './sqlq-text.js'

// Joins as PostgreSQL documents them (postgresql.org/docs/current/queries-table-expressions.html
// #QUERIES-JOIN): an inner join keeps each pair of rows meeting the condition, so a row matching
// n rows appears n times; LEFT JOIN adds each unmatched left row once with NULLs on the right; a
// condition on the right table in WHERE runs after the join, one in ON before it (the same page,
// "the placement of the restriction in the ON or WHERE clause"); EXISTS and NOT EXISTS
// (functions-subquery.html) test for any row and never duplicate.

const count = (q: string) => `SELECT count(*) FROM (${q}) q`

interface Shop {
  readonly customers: Table
  readonly orders: Table
  /** customer id of each order, NULL for guest orders. */
  readonly cids: readonly (number | null)[]
  readonly amounts: readonly number[]
  readonly ids: readonly number[]
}

/** Customers 1..n and orders, some customers with several orders, some with none, a guest order. */
function shop(rng: Rng, opts: { guest?: boolean } = {}): Shop {
  const n = rng.int(4, 6)
  const ns = names(rng, n)
  const ids = ns.map((_, i) => i + 1)
  const buyers = rng.shuffle(ids).slice(0, rng.int(2, n - 1))
  const cids: (number | null)[] = []
  for (const b of buyers) for (let k = rng.int(1, 3); k > 0; k--) cids.push(b)
  if (opts.guest ?? rng.next() < 0.6) cids.push(null)
  const order = rng.shuffle(cids)
  const amounts = order.map(() => rng.int(2, 12) * 5)
  return {
    customers: {
      name: 'customers',
      cols: ['id int', 'name text'],
      rows: ids.map((id, i) => [id, ns[i]!]),
    },
    orders: {
      name: 'orders',
      cols: ['id int', 'customer_id int', 'amount int'],
      rows: order.map((c, i) => [100 + i, c, amounts[i]!]),
    },
    cids: order,
    amounts,
    ids,
  }
}

const times = (s: Shop, id: number) => s.cids.filter((c) => c === id).length
const matched = (s: Shop) => s.cids.filter((c) => c !== null).length
const buyersOf = (s: Shop) => new Set(nn(s.cids)).size
const stemOf = (rng: Rng, s: Shop, q: string, ask: string) =>
  `${Client(rng)}’s PostgreSQL tables:\n\n${block([s.customers, s.orders], q)}\n\n${ask}`

export const JOIN_FAMILIES: readonly SqlFamily[] = [
  computed('sqlq-inner-join-row-count', (rng) => {
    const s = shop(rng)
    const q = 'SELECT c.name, o.amount\nFROM customers c JOIN orders o ON o.customer_id = c.id'
    return {
      stem: stemOf(rng, s, q, 'How many rows does the query return?'),
      tables: [s.customers, s.orders],
      key: matched(s),
      keySql: count(q),
      wrong: [
        [
          buyersOf(s),
          'thinks a join returns each customer once',
          count('SELECT DISTINCT c.id FROM customers c JOIN orders o ON o.customer_id = c.id'),
        ],
        [s.ids.length, 'counts the customers, the left table', 'SELECT count(*) FROM customers'],
        [s.cids.length, 'keeps the guest order with no customer', 'SELECT count(*) FROM orders'],
        [
          matched(s) + s.ids.length - buyersOf(s),
          'adds customers without orders, as a LEFT JOIN does',
          count('SELECT 1 FROM customers c LEFT JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          s.ids.length * s.cids.length,
          'multiplies the tables, as a join with no condition does',
          count('SELECT 1 FROM customers, orders'),
        ],
      ],
    }
  }),
  computed('sqlq-left-join-row-count', (rng) => {
    const s = shop(rng)
    const q = 'SELECT c.name, o.amount\nFROM customers c LEFT JOIN orders o ON o.customer_id = c.id'
    const none = s.ids.length - buyersOf(s)
    return {
      stem: stemOf(rng, s, q, 'How many rows does the query return?'),
      tables: [s.customers, s.orders],
      key: matched(s) + none,
      keySql: count(q),
      wrong: [
        [
          s.ids.length,
          'thinks LEFT JOIN returns each left row once',
          'SELECT count(*) FROM customers',
        ],
        [
          matched(s),
          'drops customers without orders, as an inner join does',
          count('SELECT 1 FROM customers c JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          s.cids.length + none,
          'keeps the guest order as well, as a FULL JOIN does',
          count('SELECT 1 FROM customers c FULL JOIN orders o ON o.customer_id = c.id'),
        ],
        [s.cids.length, 'counts the orders, the right table', 'SELECT count(*) FROM orders'],
        [
          s.ids.length + s.cids.length,
          'lists every customer and then every order, as UNION ALL does',
          'SELECT count(*) FROM (SELECT id FROM customers UNION ALL SELECT id FROM orders) q',
        ],
        [
          s.ids.length * s.cids.length,
          'pairs every customer with every order, as a join with no condition does',
          count('SELECT 1 FROM customers, orders'),
        ],
        [
          buyersOf(s),
          'thinks a join returns each customer with orders once',
          count('SELECT DISTINCT c.id FROM customers c JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          none,
          'counts only the customers without orders, the rows LEFT JOIN adds',
          count(
            'SELECT 1 FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.id IS NULL',
          ),
        ],
      ],
    }
  }),
  computed('sqlq-left-join-where-on-right', (rng) => {
    const s = shop(rng)
    const lim = rng.pick([20, 25, 30])
    const q = `SELECT c.name, o.amount\nFROM customers c LEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.amount > ${lim}`
    const big = s.cids.filter((c, i) => c !== null && s.amounts[i]! > lim)
    const withBig = new Set(big)
    return {
      stem: stemOf(rng, s, q, 'How many rows does the query return?'),
      tables: [s.customers, s.orders],
      key: big.length,
      keySql: count(q.replaceAll('\n', ' ')),
      wrong: [
        [
          big.length + s.ids.length - withBig.size,
          'thinks the WHERE filter keeps every customer, as a condition in ON would',
          count(
            `SELECT 1 FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.amount > ${lim}`,
          ),
        ],
        [
          s.ids.length,
          'thinks LEFT JOIN returns every customer once whatever WHERE says',
          'SELECT count(*) FROM customers',
        ],
        [
          matched(s) + s.ids.length - buyersOf(s),
          'ignores the WHERE clause',
          count('SELECT 1 FROM customers c LEFT JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          withBig.size,
          'counts customers, not their qualifying orders',
          count(
            `SELECT DISTINCT c.id FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.amount > ${lim}`,
          ),
        ],
        [
          s.ids.length * s.cids.length,
          'returns every customer once per order in the table, ignoring the match',
          count('SELECT 1 FROM customers, orders'),
        ],
      ],
    }
  }),
  computed('sqlq-left-join-condition-in-on', (rng) => {
    const s = shop(rng)
    const lim = rng.pick([20, 25, 30])
    const q = `SELECT c.name, o.amount\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id AND o.amount > ${lim}`
    const big = s.cids.filter((c, i) => c !== null && s.amounts[i]! > lim)
    const withBig = new Set(big)
    return {
      stem: stemOf(rng, s, q, 'How many rows does the query return?'),
      tables: [s.customers, s.orders],
      key: big.length + s.ids.length - withBig.size,
      keySql: count(q.replaceAll('\n', ' ')),
      wrong: [
        [
          big.length,
          'treats the ON condition as a WHERE filter that drops customers',
          count(
            `SELECT 1 FROM customers c JOIN orders o ON o.customer_id = c.id AND o.amount > ${lim}`,
          ),
        ],
        [
          matched(s) + s.ids.length - buyersOf(s),
          'thinks the amount test in ON is ignored by a LEFT JOIN',
          count('SELECT 1 FROM customers c LEFT JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          s.ids.length,
          'thinks LEFT JOIN returns each customer once',
          'SELECT count(*) FROM customers',
        ],
        [
          s.cids.length + s.ids.length - withBig.size,
          'keeps the orders the condition rejects as well, as a FULL JOIN does',
          count(
            `SELECT 1 FROM customers c FULL JOIN orders o ON o.customer_id = c.id AND o.amount > ${lim}`,
          ),
        ],
        [
          big.length + s.ids.length,
          'thinks LEFT JOIN adds every customer once on top of the matching pairs',
          count(
            `SELECT c.id FROM customers c JOIN orders o ON o.customer_id = c.id AND o.amount > ${lim} UNION ALL SELECT id FROM customers`,
          ),
        ],
        [
          s.ids.length - withBig.size,
          'counts only the customers left without a match',
          count(
            `SELECT 1 FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.amount > ${lim})`,
          ),
        ],
        [
          s.ids.length * s.cids.length,
          'returns every customer once per order in the table, ignoring the match',
          count('SELECT 1 FROM customers, orders'),
        ],
      ],
    }
  }),
  computed('sqlq-anti-join-left-is-null', (rng) => {
    const s = shop(rng)
    const q =
      'SELECT c.name FROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.id IS NULL'
    const none = s.ids.length - buyersOf(s)
    return {
      stem: stemOf(rng, s, q, 'How many rows does the query return?'),
      tables: [s.customers, s.orders],
      key: none,
      keySql: count(q.replaceAll('\n', ' ')),
      wrong: [
        [
          buyersOf(s),
          'reads the query as customers who have orders',
          count('SELECT DISTINCT c.id FROM customers c JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          s.cids.length - matched(s),
          'counts the orders with no customer instead',
          'SELECT count(*) FROM orders WHERE customer_id IS NULL',
        ],
        [
          s.ids.length,
          'thinks IS NULL on the joined id drops nothing',
          'SELECT count(*) FROM customers',
        ],
        [
          matched(s),
          'counts the joined order rows',
          count('SELECT 1 FROM customers c JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          s.ids.length * s.cids.length,
          'returns every customer once per order in the table, ignoring the match',
          count('SELECT 1 FROM customers, orders'),
        ],
      ],
    }
  }),
  computed('sqlq-not-in-subquery-null', (rng) => {
    const s = shop(rng, { guest: rng.next() < 0.5 })
    const q = 'SELECT name FROM customers\nWHERE id NOT IN (SELECT customer_id FROM orders)'
    const none = s.ids.length - buyersOf(s)
    const guest = s.cids.includes(null)
    return {
      stem: stemOf(rng, s, q, 'How many rows does the query return?'),
      tables: [s.customers, s.orders],
      key: guest ? 0 : none,
      keySql: count(q.replaceAll('\n', ' ')),
      wrong: [
        guest
          ? [
              none,
              'thinks NOT IN ignores the NULL customer_id, as NOT EXISTS does',
              count(
                'SELECT 1 FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)',
              ),
            ]
          : [
              0,
              'thinks NOT IN returns nothing whenever the subquery has rows',
              count('SELECT 1 FROM customers WHERE NOT EXISTS (SELECT customer_id FROM orders)'),
            ],
        [
          buyersOf(s),
          'reads NOT IN as IN',
          count('SELECT 1 FROM customers WHERE id IN (SELECT customer_id FROM orders)'),
        ],
        [s.ids.length, 'thinks the subquery filters nothing', 'SELECT count(*) FROM customers'],
        [s.cids.length, 'counts the orders the subquery lists', 'SELECT count(*) FROM orders'],
        [
          s.ids.length * s.cids.length,
          'returns every customer once per order in the table, ignoring the match',
          count('SELECT 1 FROM customers, orders'),
        ],
      ],
    }
  }),
  computed('sqlq-exists-semi-join-no-duplicates', (rng) => {
    const s = shop(rng)
    const q =
      'SELECT name FROM customers c\nWHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)'
    return {
      stem: stemOf(rng, s, q, 'How many rows does the query return?'),
      tables: [s.customers, s.orders],
      key: buyersOf(s),
      keySql: count(q.replaceAll('\n', ' ')),
      wrong: [
        [
          matched(s),
          'thinks EXISTS returns a customer once per matching order, like a join',
          count('SELECT 1 FROM customers c JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          s.ids.length,
          'thinks EXISTS is true for every row once the subquery has any rows',
          'SELECT count(*) FROM customers',
        ],
        [
          s.ids.length - buyersOf(s),
          'reads EXISTS as NOT EXISTS',
          count(
            'SELECT 1 FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)',
          ),
        ],
        [s.cids.length, 'counts the orders', 'SELECT count(*) FROM orders'],
        [
          s.ids.length * s.cids.length,
          'returns every customer once per order in the table, ignoring the match',
          count('SELECT 1 FROM customers, orders'),
        ],
      ],
    }
  }),
  computed('sqlq-join-inflates-sum', (rng) => {
    const s = shop(rng, { guest: false })
    const TAGS = ['vip', 'newsletter', 'wholesale']
    const per = new Map(s.ids.map((c) => [c, rng.int(0, 3)]))
    const buyers = [...new Set(nn(s.cids))]
    if (!buyers.some((c) => per.get(c)! >= 2) || !buyers.some((c) => per.get(c) === 0))
      throw new VariantError('no buyer with several tags and none without')
    const tags: Table = {
      name: 'tags',
      cols: ['customer_id int', 'tag text'],
      rows: rng.shuffle(s.ids.flatMap((c) => TAGS.slice(0, per.get(c)!).map((t) => [c, t]))),
    }
    const q = 'SELECT sum(o.amount)\nFROM orders o\nJOIN tags t ON t.customer_id = o.customer_id'
    const nt = (c: number | null) => (c === null ? 0 : per.get(c)!)
    const over = (f: (amount: number, tagCount: number) => number) =>
      s.amounts.reduce((a, x, i) => a + f(x, nt(s.cids[i]!)), 0)
    const biggest = buyers.map(
      (c) => Math.max(...s.amounts.filter((_, i) => s.cids[i] === c)) * nt(c),
    )
    return {
      stem: `${Client(rng)}’s PostgreSQL tables:\n\n${block([s.orders, tags], q)}\n\nWhat does the query return?`,
      tables: [s.orders, tags],
      key: over((x, k) => x * k),
      keySql: q.replaceAll('\n', ' '),
      wrong: [
        [
          over((x, k) => (k > 0 ? x : 0)),
          'forgets that each order row repeats once per tag',
          'SELECT sum(amount) FROM orders WHERE customer_id IN (SELECT customer_id FROM tags)',
        ],
        [
          over((x) => x),
          'thinks the join neither repeats nor drops an order',
          'SELECT sum(amount) FROM orders',
        ],
        [
          over((x, k) => x * Math.max(k, 1)),
          'keeps the orders of customers without a tag, as a LEFT JOIN would',
          'SELECT sum(o.amount) FROM orders o LEFT JOIN tags t ON t.customer_id = o.customer_id',
        ],
        [
          over((x) => x) * tags.rows.length,
          'pairs every order with every tag row, as a join with no condition does',
          'SELECT sum(o.amount) FROM orders o CROSS JOIN tags t',
        ],
        [
          over((_, k) => k),
          'counts the joined rows instead of adding amounts',
          'SELECT count(*) FROM orders o JOIN tags t ON t.customer_id = o.customer_id',
        ],
        [
          biggest.reduce((a, b) => a + b, 0),
          'thinks the join keeps one order per tag, the largest',
          'SELECT sum(m) FROM (SELECT t.customer_id, t.tag, max(o.amount) AS m FROM orders o JOIN tags t ON t.customer_id = o.customer_id GROUP BY t.customer_id, t.tag) g',
        ],
      ],
    }
  }),
  computed('sqlq-count-with-left-join-count-star', (rng) => {
    const s = shop(rng)
    const id = rng.pick(s.ids.filter((i) => times(s, i) === 0).concat(s.ids.slice(0, 1)))
    const name = s.customers.rows[id - 1]![1] as string
    const q =
      'SELECT c.name, count(*) AS orders\nFROM customers c LEFT JOIN orders o ON o.customer_id = c.id\nGROUP BY c.name'
    const n = times(s, id)
    return {
      stem: stemOf(rng, s, q, `What does the query show as orders for ${name}?`),
      tables: [s.customers, s.orders],
      key: Math.max(n, 1),
      keySql: `SELECT orders FROM (${q.replaceAll('\n', ' ')}) q WHERE name = '${name}'`,
      wrong: [
        [
          n === 0 ? 0 : n + 1,
          n === 0
            ? 'thinks count(*) skips the NULL-extended row, as count(o.id) does'
            : 'counts the customer’s own row as well as each order',
          n === 0
            ? `SELECT count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE c.id = ${id}`
            : `SELECT count(*) FROM (SELECT id FROM customers WHERE id = ${id} UNION ALL SELECT id FROM orders WHERE customer_id = ${id}) u`,
        ],
        [null, 'expects NULL for a customer without a match', 'SELECT NULL::int'],
        [s.cids.length, 'counts every order, ignoring the grouping', 'SELECT count(*) FROM orders'],
        [
          matched(s) + s.ids.length - buyersOf(s),
          'counts every joined row',
          count('SELECT 1 FROM customers c LEFT JOIN orders o ON o.customer_id = c.id'),
        ],
      ],
    }
  }),
  computed('sqlq-count-column-after-left-join', (rng) => {
    const s = shop(rng)
    const none = s.ids.filter((i) => times(s, i) === 0)
    const id = rng.pick(none.length ? none : s.ids)
    const name = s.customers.rows[id - 1]![1] as string
    const q =
      'SELECT c.name, count(o.id) AS orders\nFROM customers c LEFT JOIN orders o ON o.customer_id = c.id\nGROUP BY c.name'
    const n = times(s, id)
    return {
      stem: stemOf(rng, s, q, `What does the query show as orders for ${name}?`),
      tables: [s.customers, s.orders],
      key: n,
      keySql: `SELECT orders FROM (${q.replaceAll('\n', ' ')}) q WHERE name = '${name}'`,
      wrong: [
        n === 0
          ? [
              1,
              'thinks count(o.id) counts the NULL-extended row, as count(*) does',
              `SELECT count(*) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE c.id = ${id}`,
            ]
          : [
              n + 1,
              'counts the customer’s own row as well',
              `SELECT count(*) FROM (SELECT id FROM customers WHERE id = ${id} UNION ALL SELECT id FROM orders WHERE customer_id = ${id}) u`,
            ],
        [null, 'expects NULL for a customer without a match', 'SELECT NULL::int'],
        [s.cids.length, 'counts every order, ignoring the grouping', 'SELECT count(*) FROM orders'],
        [matched(s), 'counts every matched order', 'SELECT count(customer_id) FROM orders'],
      ],
    }
  }),
  computed('sqlq-cross-join-count', (rng) => {
    const a = rng.int(5, 8),
      b = rng.int(4, 7)
    const sizes: Table = {
      name: 'sizes',
      cols: ['size text'],
      rows: ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL'].slice(0, a).map((x) => [x]),
    }
    const colours: Table = {
      name: 'colours',
      cols: ['colour text'],
      rows: ['red', 'blue', 'green', 'black', 'white', 'grey', 'navy'].slice(0, b).map((x) => [x]),
    }
    const q = 'SELECT size, colour FROM sizes CROSS JOIN colours'
    return {
      stem: `A T-shirt shop lists every variant in PostgreSQL:\n\n${block([sizes, colours], q)}\n\nHow many rows does it return?`,
      tables: [sizes, colours],
      key: a * b,
      keySql: count(q),
      wrong: [
        [
          a + b,
          'adds the tables’ row counts',
          'SELECT (SELECT count(*) FROM sizes) + (SELECT count(*) FROM colours)',
        ],
        [
          Math.max(a, b),
          'pairs rows side by side, padding the shorter table',
          'SELECT greatest((SELECT count(*) FROM sizes), (SELECT count(*) FROM colours))',
        ],
        [
          Math.min(a, b),
          'stops at the shorter table',
          'SELECT least((SELECT count(*) FROM sizes), (SELECT count(*) FROM colours))',
        ],
        [
          0,
          'thinks a join with no matching condition pairs no rows',
          'SELECT count(*) FROM sizes JOIN colours ON false',
        ],
        [
          2 * a * b,
          'counts the values shown, a size and a colour in every row',
          'SELECT count(size) + count(colour) FROM sizes CROSS JOIN colours',
        ],
        [
          a * b + a + b,
          'thinks each size and each colour also comes back alone, as a FULL JOIN keeps unmatched rows',
          'SELECT count(*) FROM (SELECT size, colour FROM sizes CROSS JOIN colours UNION ALL SELECT size, NULL FROM sizes UNION ALL SELECT NULL, colour FROM colours) u',
        ],
        [
          ((a + b) * (a + b - 1)) / 2,
          'pairs any two values of the two lists taken as one list',
          'SELECT count(*) FROM (SELECT size AS v FROM sizes UNION ALL SELECT colour FROM colours) x JOIN (SELECT size AS v FROM sizes UNION ALL SELECT colour FROM colours) y ON x.v < y.v',
        ],
      ],
    }
  }),
  computed('sqlq-full-join-count', (rng) => {
    const s = shop(rng, { guest: true })
    const q = 'SELECT c.name, o.id\nFROM customers c FULL JOIN orders o ON o.customer_id = c.id'
    const none = s.ids.length - buyersOf(s)
    const guests = s.cids.filter((c) => c === null).length
    return {
      stem: stemOf(rng, s, q, 'How many rows does the query return?'),
      tables: [s.customers, s.orders],
      key: matched(s) + none + guests,
      keySql: count(q.replaceAll('\n', ' ')),
      wrong: [
        [
          matched(s) + none,
          'drops the unmatched orders, as a LEFT JOIN does',
          count('SELECT 1 FROM customers c LEFT JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          s.cids.length,
          'drops customers without orders, as a RIGHT JOIN does',
          count('SELECT 1 FROM customers c RIGHT JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          s.ids.length + s.cids.length,
          'lists every customer and then every order, as UNION ALL does',
          'SELECT count(*) FROM (SELECT id FROM customers UNION ALL SELECT id FROM orders) q',
        ],
        [
          matched(s) + none + s.cids.length,
          'thinks a FULL JOIN is a LEFT JOIN’s rows plus a RIGHT JOIN’s, matched pairs twice',
          count(
            'SELECT 1 FROM customers c LEFT JOIN orders o ON o.customer_id = c.id UNION ALL SELECT 1 FROM customers c RIGHT JOIN orders o ON o.customer_id = c.id',
          ),
        ],
        [
          matched(s),
          'keeps only matching pairs, as an inner join does',
          count('SELECT 1 FROM customers c JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          s.ids.length * s.cids.length,
          'pairs every customer with every order, as a join with no condition does',
          count('SELECT 1 FROM customers, orders'),
        ],
      ],
    }
  }),
  computed('sqlq-join-on-null-keys', (rng) => {
    const k = rng.int(1, 3),
      m = rng.int(1, 2)
    const a: Table = {
      name: 'leads',
      cols: ['email text'],
      rows: [['ana@x.io'], ['ben@x.io'], ...Array.from({ length: k }, () => [null] as Cell[])],
    }
    const b: Table = {
      name: 'signups',
      cols: ['email text'],
      rows: [['ana@x.io'], ['eva@x.io'], ...Array.from({ length: m }, () => [null] as Cell[])],
    }
    const q = 'SELECT * FROM leads l JOIN signups s ON s.email = l.email'
    return {
      stem: `A freelancer matches a client’s leads to sign-ups in PostgreSQL:\n\n${block([a, b], q)}\n\nHow many rows does the query return?`,
      tables: [a, b],
      key: 1,
      keySql: count(q),
      wrong: [
        [
          1 + k * m,
          'thinks NULL emails match each other',
          count('SELECT 1 FROM leads l JOIN signups s ON s.email IS NOT DISTINCT FROM l.email'),
        ],
        [
          1 + Math.min(k, m),
          'pairs NULLs one to one',
          count(
            'SELECT 1 FROM (SELECT email, row_number() OVER (PARTITION BY email) AS rn FROM leads) l JOIN (SELECT email, row_number() OVER (PARTITION BY email) AS rn FROM signups) s ON s.email IS NOT DISTINCT FROM l.email AND s.rn = l.rn',
          ),
        ],
        [2 + k, 'counts every lead', 'SELECT count(*) FROM leads'],
        [
          0,
          'thinks one NULL key makes the whole join empty',
          count(
            'SELECT 1 FROM leads l JOIN signups s ON s.email = l.email WHERE NOT EXISTS (SELECT 1 FROM leads WHERE email IS NULL)',
          ),
        ],
      ],
    }
  }),
  computed('sqlq-self-join-pairs', (rng) => {
    const n = rng.int(3, 6)
    const ns = names(rng, n)
    const t: Table = {
      name: 'players',
      cols: ['id int', 'name text'],
      rows: ns.map((x, i) => [i + 1, x]),
    }
    const q = 'SELECT a.name, b.name\nFROM players a JOIN players b ON a.id < b.id'
    return {
      stem: `A chess club’s PostgreSQL table lists ${n} players; this query lists the games of a round robin:\n\n${block([t], q)}\n\nHow many rows does it return?`,
      tables: [t],
      key: (n * (n - 1)) / 2,
      keySql: count(q.replaceAll('\n', ' ')),
      wrong: [
        [
          n * (n - 1),
          'counts each pair in both orders, as a <> condition would',
          count('SELECT 1 FROM players a JOIN players b ON a.id <> b.id'),
        ],
        [
          n * n,
          'includes each player paired with themselves and both orders',
          count('SELECT 1 FROM players a CROSS JOIN players b'),
        ],
        [
          (n * (n + 1)) / 2,
          'includes each player paired with themselves, as a less-or-equal test would',
          count('SELECT 1 FROM players a JOIN players b ON a.id <= b.id'),
        ],
        [
          n - 1,
          'counts one player’s opponents only',
          count('SELECT 1 FROM players a JOIN players b ON a.id < b.id WHERE a.id = 1'),
        ],
      ],
    }
  }),
  computed('sqlq-right-join-row-count', (rng) => {
    const s = shop(rng, { guest: true })
    const q = 'SELECT c.name, o.id\nFROM customers c RIGHT JOIN orders o ON o.customer_id = c.id'
    const none = s.ids.length - buyersOf(s)
    return {
      stem: stemOf(rng, s, q, 'How many rows does the query return?'),
      tables: [s.customers, s.orders],
      key: s.cids.length,
      keySql: count(q.replaceAll('\n', ' ')),
      wrong: [
        [
          matched(s) + none,
          'keeps every customer, as a LEFT JOIN does',
          count('SELECT 1 FROM customers c LEFT JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          matched(s),
          'drops the guest order with no customer, as an inner join does',
          count('SELECT 1 FROM customers c JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          s.cids.length + none,
          'keeps the unmatched rows of both sides, as a FULL JOIN does',
          count('SELECT 1 FROM customers c FULL JOIN orders o ON o.customer_id = c.id'),
        ],
        [s.ids.length, 'counts the customers, the left table', 'SELECT count(*) FROM customers'],
        [
          s.ids.length * s.cids.length,
          'pairs every customer with every order, as a join with no condition does',
          count('SELECT 1 FROM customers, orders'),
        ],
        [
          buyersOf(s),
          'thinks a join returns each matched customer once',
          'SELECT count(DISTINCT customer_id) FROM orders',
        ],
      ],
    }
  }),
  computed('sqlq-in-subquery-semi-join', (rng) => {
    const s = shop(rng, { guest: true })
    const q = 'SELECT name FROM customers\nWHERE id IN (SELECT customer_id FROM orders)'
    return {
      stem: stemOf(rng, s, q, 'How many rows does the query return?'),
      tables: [s.customers, s.orders],
      key: buyersOf(s),
      keySql: count(q.replaceAll('\n', ' ')),
      wrong: [
        [
          matched(s),
          'thinks IN returns a customer once per matching order, like a join',
          count('SELECT 1 FROM customers c JOIN orders o ON o.customer_id = c.id'),
        ],
        [
          0,
          'thinks the NULL customer_id makes IN return nothing, as it does NOT IN',
          count('SELECT 1 FROM customers WHERE id NOT IN (SELECT customer_id FROM orders)'),
        ],
        [
          s.ids.length - buyersOf(s),
          'reads IN as NOT IN without the NULL',
          count(
            'SELECT 1 FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)',
          ),
        ],
        [s.ids.length, 'thinks the subquery filters nothing', 'SELECT count(*) FROM customers'],
        [s.cids.length, 'counts the orders the subquery lists', 'SELECT count(*) FROM orders'],
        [
          new Set(nn(s.cids).filter((c) => times(s, c) === 1)).size,
          'thinks IN drops a customer listed more than once',
          count(
            'SELECT customer_id FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id HAVING count(*) = 1',
          ),
        ],
        [
          s.ids.length * s.cids.length,
          'returns every customer once per order in the table, ignoring the match',
          count('SELECT 1 FROM customers, orders'),
        ],
      ],
    }
  }),
  computed('sqlq-two-child-joins-multiply', (rng) => {
    const ns = names(rng, 3)
    const o = ns.map(() => rng.int(1, 3))
    const k = ns.map((_, i) => rng.int(i === 0 ? 1 : 0, 3))
    const customers: Table = {
      name: 'customers',
      cols: ['id int', 'name text'],
      rows: ns.map((n, i) => [i + 1, n]),
    }
    const orders: Table = {
      name: 'orders',
      cols: ['customer_id int', 'amount int'],
      rows: o.flatMap((c, i) =>
        Array.from({ length: c }, () => [i + 1, rng.int(2, 9) * 10] as Cell[]),
      ),
    }
    const tickets: Table = {
      name: 'tickets',
      cols: ['customer_id int', 'topic text'],
      rows: k.flatMap((c, i) =>
        Array.from({ length: c }, (_, j) => [i + 1, ['billing', 'login', 'refund'][j]!] as Cell[]),
      ),
    }
    const q =
      'SELECT c.name, o.amount, t.topic\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nJOIN tickets t ON t.customer_id = c.id'
    return {
      stem: `${Client(rng)}’s PostgreSQL tables:\n\n${block([customers, orders, tickets], q)}\n\nHow many rows does the query return?`,
      tables: [customers, orders, tickets],
      key: o.reduce((a, x, i) => a + x * k[i]!, 0),
      keySql: count(q.replaceAll('\n', ' ')),
      wrong: [
        [
          o.reduce((a, b) => a + b, 0) + k.reduce((a, b) => a + b, 0),
          'adds the child rows instead of pairing them per customer',
          'SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM tickets)',
        ],
        [
          o.reduce((a, b) => a + b, 0),
          'thinks the second join adds columns but no rows',
          'SELECT count(*) FROM orders',
        ],
        [ns.length, 'thinks a join returns each customer once', 'SELECT count(*) FROM customers'],
        [
          o.reduce((a, b) => a + b, 0) * k.reduce((a, b) => a + b, 0),
          'pairs every order with every ticket, across customers',
          'SELECT count(*) FROM orders, tickets',
        ],
        [
          o.reduce((a, x, i) => a + Math.max(x, k[i]!), 0),
          'lines up each customer’s orders and tickets side by side',
          'SELECT sum(greatest(o, t)) FROM (SELECT customer_id, count(*) AS o FROM orders GROUP BY customer_id) a LEFT JOIN (SELECT customer_id, count(*) AS t FROM tickets GROUP BY customer_id) b USING (customer_id)',
        ],
        [
          o.reduce((a, x, i) => a + x * Math.max(k[i]!, 1), 0),
          'keeps a customer’s orders when they have no ticket, as a LEFT JOIN would',
          count(
            'SELECT 1 FROM customers c JOIN orders o ON o.customer_id = c.id LEFT JOIN tickets t ON t.customer_id = c.id',
          ),
        ],
      ],
    }
  }),
  rule('sqlq-using-merges-column', {
    source:
      'postgresql.org/docs/current/queries-table-expressions.html (USING: a pair of equivalent columns is output once)',
    answer: 'using-once',
    stem: () =>
      'In PostgreSQL, SELECT * FROM orders JOIN customers USING (customer_id): orders has 3 columns, customers has 4, and customer_id is in both. How many columns does the result have?',
    keys: ['6: USING outputs customer_id once', 'Six, with the shared customer_id shown once'],
    wrong: [
      ['7: customer_id appears from each table', 'thinks USING keeps both copies, as ON does'],
      ['4: only the larger table’s columns', 'thinks a join keeps one table’s columns'],
      ['5: USING drops the shared column', 'thinks USING removes the join column altogether'],
      ['12: three times four', 'multiplies the column counts, as for row counts of a cross join'],
      ['3: only the left table’s columns', 'thinks SELECT * after a join shows the first table'],
    ],
  }),
  rule('sqlq-natural-join-risk', {
    source:
      'postgresql.org/docs/current/queries-table-expressions.html (NATURAL is shorthand for USING all columns with the same name)',
    answer: 'all-same-names',
    stem: () =>
      'Both PostgreSQL tables orders and customers have id, created_at and customer_id columns. A colleague writes orders NATURAL JOIN customers. What does it join on?',
    keys: ['id, created_at and customer_id', 'All three: id, created_at and customer_id'],
    wrong: [
      ['customer_id only, the foreign key', 'thinks NATURAL JOIN follows the foreign key'],
      ['The primary keys, id = id', 'thinks NATURAL JOIN uses the primary keys'],
      ['Nothing: it is a cross join', 'thinks NATURAL JOIN without ON has no condition'],
      ['The first column of each table', 'thinks NATURAL JOIN pairs first columns'],
      [
        'customer_id, after checking types match',
        'thinks NATURAL JOIN skips same-named columns it finds unrelated',
      ],
    ],
  }),
  rule('sqlq-lateral-top-n-per-group', {
    source:
      'postgresql.org/docs/current/queries-table-expressions.html#QUERIES-LATERAL (a LATERAL subquery can refer to columns of preceding FROM items)',
    answer: 'lateral',
    stem: () =>
      'For each customer, a client wants the three most recent orders, in PostgreSQL. Which FROM clause does that?',
    keys: [
      'customers c, LATERAL (SELECT * FROM orders o WHERE o.customer_id = c.id ORDER BY o.created_at DESC LIMIT 3) r',
      'customers c CROSS JOIN LATERAL (SELECT * FROM orders o WHERE o.customer_id = c.id ORDER BY created_at DESC LIMIT 3) r',
    ],
    wrong: [
      [
        'customers c JOIN (SELECT * FROM orders o WHERE o.customer_id = c.id ORDER BY o.created_at DESC LIMIT 3) r ON true',
        'refers to c in a subquery without LATERAL',
      ],
      [
        'customers c JOIN orders o ON o.customer_id = c.id ORDER BY o.created_at DESC LIMIT 3',
        'thinks LIMIT applies per customer',
      ],
      [
        'customers c CROSS JOIN (SELECT * FROM orders o WHERE o.customer_id = c.id ORDER BY o.created_at DESC LIMIT 3) AS r',
        'refers to c in a cross-joined subquery without LATERAL',
      ],
      [
        'customers c LEFT JOIN LATERAL (SELECT * FROM orders o ORDER BY o.created_at DESC LIMIT 3) r ON r.customer_id = c.id',
        'puts the customer test outside the LATERAL subquery, so the limit is overall',
      ],
      [
        'customers c JOIN (SELECT * FROM orders ORDER BY created_at DESC LIMIT 3) r ON r.customer_id = c.id',
        'takes the three latest orders overall, then joins',
      ],
      [
        'customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id LIMIT 3',
        'limits the customers, not each one’s orders',
      ],
      [
        'customers c, LATERAL (SELECT * FROM orders o WHERE o.customer_id = c.id ORDER BY o.created_at LIMIT 3) r',
        'sorts ascending, which takes each customer’s three oldest orders',
      ],
      [
        'customers c CROSS JOIN LATERAL (SELECT * FROM orders o WHERE o.customer_id = c.id ORDER BY o.created_at DESC) r LIMIT 3',
        'puts LIMIT after the LATERAL subquery, where it limits the whole result',
      ],
    ],
    code: true,
  }),
  rule('sqlq-outer-join-coalesce-zero', {
    source:
      'postgresql.org/docs/current/functions-conditional.html#FUNCTIONS-COALESCE-NVL-IFNULL and functions-aggregate.html (sum of only nulls is null)',
    answer: 'coalesce-sum',
    stem: () =>
      'A PostgreSQL report lists every product with its units sold, from products LEFT JOIN sales. Products never sold must show 0, not NULL. Which select-list expression does that?',
    keys: ['COALESCE(sum(s.qty), 0)', 'COALESCE(SUM(s.qty), 0) AS units'],
    wrong: [
      ['ISNULL(SUM(s.qty), 0) AS units', 'uses SQL Server’s ISNULL, which PostgreSQL lacks'],
      ['IFNULL(sum(s.qty), 0)', 'uses MySQL’s IFNULL, which PostgreSQL lacks'],
      ['COALESCE(count(s.qty), 0)', 'wraps count, not sum, so it counts sale rows'],
      ['COALESCE(s.qty, 0)', 'replaces NULL in each row, not in the total (s.qty is not grouped)'],
      ['count(s.qty)', 'counts sale rows instead of adding quantities'],
      ['sum(s.qty)', 'thinks SUM of only NULLs gives 0'],
      ['NULLIF(sum(s.qty), 0)', 'mixes up NULLIF with COALESCE'],
      ['sum(s.qty) IS NULL', 'returns a boolean, not the amount'],
    ],
    code: true,
  }),
]
