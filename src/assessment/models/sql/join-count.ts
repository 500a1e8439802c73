import { PEOPLE, queryModel, valuesCte } from './query-model.js'

/** LEFT versus INNER JOIN and COUNT(column) versus COUNT(*) on the unmatched rows. */
export const joinCountModel = queryModel({
  id: 'sql-join-count',
  title: 'SQL joins and counting matched rows',
  build: (rng) => {
    const names = rng.shuffle(PEOPLE).slice(0, rng.int(3, 5))
    const customers = names.map((n, i) => [i + 1, n])
    const orders = Array.from({ length: rng.int(3, 6) }, (_, i) => [
      100 + i,
      rng.int(1, names.length - 1),
    ])
    const ctes = `WITH ${valuesCte('customers', ['id', 'name'], customers)},\n${valuesCte('orders', ['id', 'customer_id'], orders)}`
    const q = (join: string, count: string) =>
      `${ctes}\nSELECT c.name, ${count} AS orders\nFROM customers c\n${join} orders o ON o.customer_id = c.id\nGROUP BY c.name\nORDER BY c.name`
    return {
      query: q('LEFT JOIN', 'COUNT(o.id)'),
      mistakes: [
        q('JOIN', 'COUNT(o.id)'),
        q('LEFT JOIN', 'COUNT(*)'),
        q('JOIN', 'COUNT(*)'),
        q('LEFT JOIN', 'COUNT(DISTINCT c.id)'),
      ],
    }
  },
})
