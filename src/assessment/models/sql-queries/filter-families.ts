import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  type Answer,
  block,
  type Cell,
  Client,
  computed,
  distinctInts,
  names,
  rule,
  type SqlFamily,
  type Table,
} from './sqlq-text.js'

// SELECT and WHERE with NULL's three-valued logic, ORDER BY, LIMIT and OFFSET, as PostgreSQL
// documents them: comparison with NULL yields null and WHERE keeps only true rows
// (postgresql.org/docs/current/functions-comparison.html, queries-table-expressions.html#QUERIES-WHERE),
// AND/OR truth tables (functions-logical.html), NULLS LAST by default in ascending order
// (queries-order.html), LIMIT/OFFSET (queries-limit.html).

const count = (q: string) => `SELECT count(*) FROM (${q}) q`

/** Orders with a status, some unknown (NULL). */
function orders(rng: Rng): Table {
  const n = rng.int(7, 9)
  const nulls = rng.int(1, 3)
  const rows: Cell[][] = []
  for (let i = 1; i <= n; i++)
    rows.push([i, rng.pick(['paid', 'open', 'refunded']), rng.int(1, 9) * 10])
  const blank = new Set(rng.shuffle(rows.map((_, i) => i)).slice(0, nulls))
  return {
    name: 'orders',
    cols: ['id int', 'status text', 'amount int'],
    rows: rows.map((r, i) => [r[0]!, blank.has(i) ? null : r[1]!, r[2]!]),
  }
}

const col = (t: Table, i: number) => t.rows.map((r) => r[i]!)

/** The sum of amount over the orders whose status passes `keep`, NULL when none does (as SUM). */
const total = (t: Table, keep: (status: Cell) => boolean): number | null => {
  const kept = t.rows.filter((r) => keep(r[1]!)).map((r) => r[2] as number)
  return kept.length === 0 ? null : kept.reduce((a, b) => a + b, 0)
}

/** The key's sum; a draw where no row passes is drawn again (the stem asks for a sum of rows). */
const keyTotal = (t: Table, keep: (status: Cell) => boolean): number => {
  const v = total(t, keep)
  if (v === null) throw new VariantError('no row passes the filter')
  return v
}

/** Each mistake's sum of amount, as an answer; a mistake that keeps no row is left out. */
const sums = (
  t: Table,
  mistakes: readonly (readonly [keep: (status: Cell) => boolean, mistake: string, sql: string])[],
): Answer[] =>
  mistakes.flatMap(([keep, mistake, sql]) => {
    const v = total(t, keep)
    return v === null ? [] : [[v, mistake, sql] as const]
  })

export const FILTER_FAMILIES: readonly SqlFamily[] = [
  computed('sqlq-not-equal-drops-nulls', (rng) => {
    const t = orders(rng)
    const q = "SELECT sum(amount) FROM orders WHERE status <> 'paid'"
    const sum = (where: string) => `SELECT sum(amount) FROM orders WHERE ${where}`
    return {
      stem: `${Client(rng)}’s PostgreSQL table:\n\n${block([t], q)}\n\nWhat does the query return?`,
      tables: [t],
      key: keyTotal(t, (s) => s !== null && s !== 'paid'),
      keySql: q,
      wrong: sums(t, [
        [
          (s) => !(s !== null && s !== 'paid'),
          'adds up the rows the WHERE clause leaves out',
          sum("(status <> 'paid') IS NOT TRUE"),
        ],
        [
          (s) => s !== 'paid',
          'counts the NULL statuses as not equal to paid',
          sum("status IS DISTINCT FROM 'paid'"),
        ],
        [(s) => s === 'paid', 'reads <> as equality', sum("status = 'paid'")],
        [
          (s) => s === null,
          'thinks only the unknown statuses differ from paid',
          sum('status IS NULL'),
        ],
        [() => true, 'thinks the filter removes no rows', 'SELECT sum(amount) FROM orders'],
        [
          (s) => s !== null,
          'thinks <> only drops the rows whose status is NULL',
          sum('status IS NOT NULL'),
        ],
      ]),
    }
  }),
  computed('sqlq-or-with-null-is-true', (rng) => {
    const t = orders(rng)
    const lim = rng.pick([40, 50, 60])
    const q = `SELECT id FROM orders WHERE status = 'open' OR amount > ${lim}`
    const s = col(t, 1)
    const a = col(t, 2) as number[]
    const key = s.filter((v, i) => v === 'open' || a[i]! > lim).length
    return {
      stem: `In PostgreSQL, with this table:\n\n${block([t], q)}\n\nHow many rows does the query return?`,
      tables: [t],
      key,
      keySql: count(q),
      wrong: [
        [
          t.rows.length - key,
          'counts the rows the WHERE clause leaves out',
          `SELECT count(*) FROM orders WHERE (status = 'open' OR amount > ${lim}) IS NOT TRUE`,
        ],
        [
          s.filter((v, i) => v !== null && (v === 'open' || a[i]! > lim)).length,
          'drops every row whose status is NULL, even when amount is large',
          count(
            `SELECT id FROM orders WHERE status IS NOT NULL AND (status = 'open' OR amount > ${lim})`,
          ),
        ],
        [
          s.filter((v, i) => v === 'open' && a[i]! > lim).length,
          'reads OR as AND',
          count(`SELECT id FROM orders WHERE status = 'open' AND amount > ${lim}`),
        ],
        [
          s.filter((v, i) => v === 'open' || v === null || a[i]! > lim).length,
          'counts a NULL status as matching open',
          count(
            `SELECT id FROM orders WHERE status IS NOT DISTINCT FROM 'open' OR status IS NULL OR amount > ${lim}`,
          ),
        ],
        [
          s.filter((v, i) => v === 'open' || a[i]! >= lim).length,
          'counts values equal to the limit as passing a strict greater-than',
          count(`SELECT id FROM orders WHERE status = 'open' OR amount >= ${lim}`),
        ],
      ],
    }
  }),
  computed('sqlq-not-of-unknown-stays-unknown', (rng) => {
    const t = orders(rng)
    const q = "SELECT sum(amount) FROM orders WHERE NOT (status = 'refunded')"
    const sum = (where: string) => `SELECT sum(amount) FROM orders WHERE ${where}`
    return {
      stem: `A PostgreSQL query on ${Client(rng).toLowerCase()}’s orders:\n\n${block([t], q)}\n\nWhat does it return?`,
      tables: [t],
      key: keyTotal(t, (s) => s !== null && s !== 'refunded'),
      keySql: q,
      wrong: sums(t, [
        [
          (s) => !(s !== null && s !== 'refunded'),
          'adds up the rows the WHERE clause leaves out',
          sum("(NOT (status = 'refunded')) IS NOT TRUE"),
        ],
        [
          (s) => s !== 'refunded',
          'thinks NOT turns an unknown comparison into true',
          sum("status IS DISTINCT FROM 'refunded'"),
        ],
        [(s) => s === 'refunded', 'ignores the NOT', sum("status = 'refunded'")],
        [
          (s) => s === 'refunded' || s === null,
          'keeps the refunded rows and the unknown ones',
          sum("status = 'refunded' OR status IS NULL"),
        ],
        [() => true, 'thinks the filter removes no rows', 'SELECT sum(amount) FROM orders'],
        [
          (s) => s !== null,
          'thinks NOT only drops the rows whose comparison is unknown',
          sum('status IS NOT NULL'),
        ],
      ]),
    }
  }),
  computed('sqlq-coalesce-in-where', (rng) => {
    const t = orders(rng)
    const q = "SELECT sum(amount) FROM orders WHERE COALESCE(status, 'open') = 'open'"
    const sum = (where: string) => `SELECT sum(amount) FROM orders WHERE ${where}`
    return {
      stem: `PostgreSQL, table and query:\n\n${block([t], q)}\n\nWhat does the query return?`,
      tables: [t],
      key: keyTotal(t, (s) => s === null || s === 'open'),
      keySql: q,
      wrong: sums(t, [
        [
          (s) => !(s === null || s === 'open'),
          'adds up the rows the WHERE clause leaves out',
          sum("(COALESCE(status, 'open') = 'open') IS NOT TRUE"),
        ],
        [
          (s) => s === 'open',
          'thinks COALESCE leaves NULL rows out of the comparison',
          sum("status = 'open'"),
        ],
        [(s) => s === null, 'reads COALESCE as keeping only the NULL rows', sum('status IS NULL')],
        [() => true, 'thinks the filter removes no rows', 'SELECT sum(amount) FROM orders'],
        [
          (s) => s !== null,
          'thinks COALESCE drops the NULL rows and keeps every other one',
          sum('status IS NOT NULL'),
        ],
      ]),
    }
  }),
  computed('sqlq-between-is-inclusive', (rng) => {
    const t = orders(rng)
    const a = col(t, 2) as number[]
    const lo = rng.pick([20, 30]),
      hi = rng.pick([60, 70])
    const q = `SELECT id FROM orders WHERE amount BETWEEN ${lo} AND ${hi}`
    return {
      stem: `In PostgreSQL:\n\n${block([t], q)}\n\nHow many rows does the query return?`,
      tables: [t],
      key: a.filter((v) => v >= lo && v <= hi).length,
      keySql: count(q),
      wrong: [
        [
          a.filter((v) => v > lo && v < hi).length,
          'thinks BETWEEN excludes both ends',
          count(`SELECT id FROM orders WHERE amount > ${lo} AND amount < ${hi}`),
        ],
        [
          a.filter((v) => v >= lo && v < hi).length,
          'thinks BETWEEN excludes the upper end, like a half-open range',
          count(`SELECT id FROM orders WHERE amount >= ${lo} AND amount < ${hi}`),
        ],
        [
          a.filter((v) => v < lo || v > hi).length,
          'counts the rows outside the range',
          count(`SELECT id FROM orders WHERE amount NOT BETWEEN ${lo} AND ${hi}`),
        ],
        [
          a.filter((v) => v > lo && v <= hi).length,
          'thinks BETWEEN excludes the lower end',
          count(`SELECT id FROM orders WHERE amount > ${lo} AND amount <= ${hi}`),
        ],
        [
          a.filter((v) => v >= lo || v <= hi).length,
          'joins the two bounds with OR instead of AND',
          count(`SELECT id FROM orders WHERE amount >= ${lo} OR amount <= ${hi}`),
        ],
      ],
    }
  }),
  computed('sqlq-and-before-or', (rng) => {
    const t = orders(rng)
    const lim = rng.pick([30, 40, 50])
    const q = `SELECT id FROM orders\nWHERE status = 'paid' OR status = 'open' AND amount > ${lim}`
    const s = col(t, 1)
    const a = col(t, 2) as number[]
    return {
      stem: `A freelancer is checking this PostgreSQL filter:\n\n${block([t], q)}\n\nHow many rows does it return?`,
      tables: [t],
      key: s.filter((v, i) => v === 'paid' || (v === 'open' && a[i]! > lim)).length,
      keySql: count(q.replace('\n', ' ')),
      wrong: [
        [
          s.filter((v, i) => (v === 'paid' || v === 'open') && a[i]! > lim).length,
          'applies OR before AND',
          count(
            `SELECT id FROM orders WHERE (status = 'paid' OR status = 'open') AND amount > ${lim}`,
          ),
        ],
        [
          s.filter((v) => v === 'paid' || v === 'open').length,
          'drops the amount test',
          count("SELECT id FROM orders WHERE status IN ('paid', 'open')"),
        ],
        [
          s.filter((v, i) => v === 'paid' || v === 'open' || a[i]! > lim).length,
          'reads every condition as joined by OR',
          count(
            `SELECT id FROM orders WHERE status = 'paid' OR status = 'open' OR amount > ${lim}`,
          ),
        ],
        [
          s.filter((v, i) => v === 'open' && a[i]! > lim).length,
          'keeps only the AND part',
          count(`SELECT id FROM orders WHERE status = 'open' AND amount > ${lim}`),
        ],
        [
          s.filter((v) => v === 'paid').length,
          'keeps only the part before OR',
          count("SELECT id FROM orders WHERE status = 'paid'"),
        ],
        [s.length, 'thinks an OR of conditions keeps every row', count('SELECT id FROM orders')],
      ],
    }
  }),
  computed('sqlq-order-nulls-last-asc', (rng) => {
    const [a, b, c, d] = names(rng, 4)
    const [x, y] = distinctInts(rng, 2, 2, 9)
    const t: Table = {
      name: 'tutors',
      cols: ['name text', 'rating int'],
      rows: rng.shuffle([
        [a!, null],
        [b!, x!],
        [c!, y!],
        [d!, null],
      ]),
    }
    const q = 'SELECT name FROM tutors ORDER BY rating LIMIT 1'
    const low = x! < y! ? b! : c!
    const high = x! < y! ? c! : b!
    const firstNull = t.rows.find((r) => r[1] === null)![0] as string
    return {
      stem: `${Client(rng)} asks for its lowest-rated tutor. PostgreSQL:\n\n${block([t], q)}\n\nWhich name does it return?`,
      tables: [t],
      key: low,
      keySql: q,
      wrong: [
        [
          firstNull,
          'thinks NULLs sort first in ascending order',
          `SELECT name FROM tutors ORDER BY rating NULLS FIRST, name = '${firstNull}' DESC LIMIT 1`,
        ],
        [
          high,
          'reads ORDER BY as descending by default',
          'SELECT name FROM tutors ORDER BY rating DESC NULLS LAST LIMIT 1',
        ],
        [
          [a!, b!, c!, d!].sort()[0]!,
          'sorts by name, not by the column ORDER BY names',
          'SELECT name FROM tutors ORDER BY name LIMIT 1',
        ],
        [
          t.rows[0]![0]!,
          'thinks LIMIT 1 takes the first row inserted, before sorting',
          'SELECT name FROM tutors LIMIT 1',
        ],
      ],
    }
  }),
  computed('sqlq-order-desc-nulls-first', (rng) => {
    const [a, b, c, d] = names(rng, 4)
    const [x, y] = distinctInts(rng, 2, 2, 9)
    const t: Table = {
      name: 'tutors',
      cols: ['name text', 'rating int'],
      rows: rng.shuffle([
        [a!, null],
        [b!, x!],
        [c!, y!],
        [d!, 1],
      ]),
    }
    const q = 'SELECT name FROM tutors ORDER BY rating DESC LIMIT 1'
    const high = x! > y! ? b! : c!
    return {
      stem: `${Client(rng)} wants its top-rated tutor. In PostgreSQL:\n\n${block([t], q)}\n\nWhich name does it return?`,
      tables: [t],
      key: a!,
      keySql: q,
      wrong: [
        [
          high,
          'thinks NULLs sort last in descending order too',
          'SELECT name FROM tutors ORDER BY rating DESC NULLS LAST LIMIT 1',
        ],
        [
          d!,
          'reads DESC as ascending',
          'SELECT name FROM tutors ORDER BY rating ASC NULLS LAST LIMIT 1',
        ],
        [
          [a!, b!, c!, d!].sort()[0]!,
          'sorts by name, not by the column ORDER BY names',
          'SELECT name FROM tutors ORDER BY name LIMIT 1',
        ],
        [
          t.rows[0]![0]!,
          'thinks LIMIT takes the first row inserted, before sorting',
          'SELECT name FROM tutors LIMIT 1',
        ],
      ],
    }
  }),
  computed('sqlq-limit-offset-page', (rng) => {
    const n = rng.int(14, 18)
    const size = rng.pick([3, 4])
    const page = rng.pick([2, 3])
    const t: Table = {
      name: 'posts',
      cols: ['id int'],
      rows: Array.from({ length: n }, (_, i) => [i + 1]),
    }
    const off = (page - 1) * size
    const q = `SELECT id FROM posts ORDER BY id LIMIT ${size} OFFSET ${off}`
    const first = (o: number) => `SELECT id FROM posts ORDER BY id LIMIT 1 OFFSET ${o}`
    return {
      stem: `A blog’s PostgreSQL table posts holds ids 1 to ${n}. Page ${page} of a listing of ${size} per page:\n\n\`\`\`sql\n${q}\n\`\`\`\n\nWhich id is the first row of the result?`,
      tables: [t],
      key: off + 1,
      keySql: first(off),
      wrong: [
        [off, 'thinks OFFSET n starts at row n, not after it', first(off - 1)],
        [off + size + 1, 'thinks OFFSET skips that many pages of LIMIT rows', first(off + size)],
        [
          page * size + 1,
          'multiplies page by size for the offset, skipping a page',
          first(page * size),
        ],
        [page + 1, 'takes the page number for the offset', first(page)],
        [page, 'reads OFFSET as counting pages, not rows', first(page - 1)],
        [
          n - off,
          'reads ORDER BY id as descending',
          `SELECT id FROM posts ORDER BY id DESC LIMIT 1 OFFSET ${off}`,
        ],
        [size + 1, 'skips one page of rows whatever the page number', first(size)],
        [
          off + size,
          'gives the last id of the page, as if LIMIT counted back from the end',
          `SELECT max(id) FROM (${q}) p`,
        ],
      ],
    }
  }),
  computed('sqlq-in-list-with-null', (rng) => {
    const t = orders(rng)
    const q = "SELECT id FROM orders WHERE status IN ('open', NULL)"
    const s = col(t, 1)
    return {
      stem: `In PostgreSQL:\n\n${block([t], q)}\n\nHow many rows does the query return?`,
      tables: [t],
      key: s.filter((v) => v === 'open').length,
      keySql: count(q),
      wrong: [
        [
          s.filter((v) => v === 'open' || v === null).length,
          'thinks IN matches NULL against a NULL in the list',
          count("SELECT id FROM orders WHERE status = 'open' OR status IS NULL"),
        ],
        [
          0,
          'thinks one NULL in the list makes IN return nothing, as it does NOT IN',
          count("SELECT id FROM orders WHERE status NOT IN ('open', NULL)"),
        ],
        [
          s.filter((v) => v !== 'open' && v !== null).length,
          'counts the rows not in the list',
          count("SELECT id FROM orders WHERE status <> 'open'"),
        ],
        [s.length, 'thinks the NULL in the list matches every row', count('SELECT id FROM orders')],
      ],
    }
  }),
  computed('sqlq-not-in-list-drops-null-rows', (rng) => {
    const t = orders(rng)
    const q = "SELECT id FROM orders WHERE status NOT IN ('paid', 'open')"
    const s = col(t, 1)
    return {
      stem: `A PostgreSQL filter someone wrote for ${Client(rng).toLowerCase()}:\n\n${block([t], q)}\n\nHow many rows does it return?`,
      tables: [t],
      key: s.filter((v) => v === 'refunded').length,
      keySql: count(q),
      wrong: [
        [
          s.filter((v) => v !== 'paid' && v !== 'open').length,
          'counts the NULL statuses as not in the list',
          count("SELECT id FROM orders WHERE status IS NULL OR status NOT IN ('paid', 'open')"),
        ],
        [
          s.filter((v) => v === 'paid' || v === 'open').length,
          'reads NOT IN as IN',
          count("SELECT id FROM orders WHERE status IN ('paid', 'open')"),
        ],
        [s.length, 'thinks the filter removes no rows', count('SELECT id FROM orders')],
        [
          s.filter((v) => v === null).length,
          'thinks only the unknown statuses are outside the list',
          count('SELECT id FROM orders WHERE status IS NULL'),
        ],
        [
          s.filter((v) => v !== 'paid').length,
          'applies the test to the first value only, counting NULLs as different',
          count("SELECT id FROM orders WHERE status IS DISTINCT FROM 'paid'"),
        ],
      ],
    }
  }),
  computed('sqlq-distinct-counts-null-once', (rng) => {
    const t = orders(rng)
    const q = 'SELECT DISTINCT status FROM orders'
    const s = col(t, 1)
    const vals = new Set(s.filter((v) => v !== null))
    return {
      stem: `PostgreSQL, with:\n\n${block([t], q)}\n\nHow many rows does the query return?`,
      tables: [t],
      key: vals.size + 1,
      keySql: count(q),
      wrong: [
        [vals.size, 'thinks DISTINCT drops NULL', 'SELECT count(DISTINCT status) FROM orders'],
        [
          vals.size + s.filter((v) => v === null).length,
          'keeps each NULL as distinct from the others',
          count(
            'SELECT status FROM orders WHERE status IS NOT NULL GROUP BY status UNION ALL SELECT status FROM orders WHERE status IS NULL',
          ),
        ],
        [s.length, 'thinks DISTINCT applies per row id', count('SELECT id, status FROM orders')],
        [
          s.filter((v, i) => i === 0 || v !== s[i - 1]).length,
          'thinks DISTINCT drops only a repeat of the row just before, as uniq does',
          count(
            'SELECT 1 FROM (SELECT id, status, lag(status) OVER (ORDER BY id) AS prev, row_number() OVER (ORDER BY id) AS rn FROM orders) q WHERE rn = 1 OR status IS DISTINCT FROM prev',
          ),
        ],
        [
          [...new Set(s)].filter((v) => s.filter((x) => x === v).length === 1).length,
          'thinks DISTINCT keeps only the values that occur once',
          count('SELECT status FROM orders GROUP BY status HAVING count(*) = 1'),
        ],
        [
          [...new Set(s)].filter((v) => s.filter((x) => x === v).length > 1).length,
          'thinks DISTINCT keeps only the values that repeat',
          count('SELECT status FROM orders GROUP BY status HAVING count(*) > 1'),
        ],
        [
          [...vals].filter((v) => s.filter((x) => x === v).length === 1).length,
          'thinks DISTINCT drops NULL and every value that occurs more than once',
          count(
            'SELECT status FROM orders WHERE status IS NOT NULL GROUP BY status HAVING count(*) = 1',
          ),
        ],
        [
          [...vals].filter((v) => s.filter((x) => x === v).length > 1).length,
          'thinks DISTINCT drops NULL and keeps only the values that repeat',
          count(
            'SELECT status FROM orders WHERE status IS NOT NULL GROUP BY status HAVING count(*) > 1',
          ),
        ],
        [
          new Set(t.rows.map((r) => `${r[1]}|${r[2]}`)).size,
          'thinks DISTINCT compares whole rows of the table, status and amount together',
          count('SELECT DISTINCT status, amount FROM orders'),
        ],
      ],
    }
  }),
  computed('sqlq-null-arithmetic', (rng) => {
    const [a, b, c] = names(rng, 3)
    const fee = rng.pick([15, 25, 35])
    const rows: Cell[][] = rng.shuffle([
      [a!, 140, null],
      [b!, 260, fee],
      [c!, 130, null],
    ])
    const t: Table = { name: 'bookings', cols: ['guest text', 'price int', 'discount int'], rows }
    const q = 'SELECT sum(price - discount) FROM bookings'
    return {
      stem: `${Client(rng)}’s PostgreSQL table:\n\n${block([t], q)}\n\nWhat does the query return?`,
      tables: [t],
      key: 260 - fee,
      keySql: q,
      wrong: [
        [
          530 - fee,
          'treats a NULL discount as 0',
          'SELECT sum(price - COALESCE(discount, 0)) FROM bookings',
        ],
        [
          null,
          'thinks one NULL makes SUM itself NULL',
          'SELECT CASE WHEN count(*) = count(price - discount) THEN sum(price - discount) END FROM bookings',
        ],
        [530, 'ignores the discount column', 'SELECT sum(price) FROM bookings'],
        [
          530 - fee * 3,
          'applies the only discount to every row',
          'SELECT sum(price - (SELECT max(discount) FROM bookings)) FROM bookings',
        ],
      ],
    }
  }),
  rule('sqlq-is-distinct-from', {
    source:
      'postgresql.org/docs/current/functions-comparison.html (IS DISTINCT FROM treats null as a comparable value)',
    answer: 'is-distinct-from',
    stem: () =>
      'A PostgreSQL sync job must find rows where old_email and new_email differ, counting a change from or to NULL as a difference. Which condition does that?',
    keys: [
      'old_email IS DISTINCT FROM new_email',
      'NOT (old_email IS NOT DISTINCT FROM new_email)',
    ],
    wrong: [
      ['old_email <> new_email', 'forgets that <> with a NULL side is unknown, not true'],
      [
        'old_email != new_email OR old_email = NULL',
        'tests for NULL with an equals sign instead of IS',
      ],
      ['NOT (old_email = new_email)', 'thinks NOT turns an unknown comparison into true'],
      [
        "COALESCE(old_email, '') <> COALESCE(new_email, '')",
        'treats NULL as the empty string, so NULL to an empty address counts as no change',
      ],
      [
        'old_email NOT LIKE new_email',
        'reaches for pattern matching, which is unknown with a NULL too',
      ],
    ],
    code: true,
  }),
  rule('sqlq-where-alias-not-visible', {
    source:
      'postgresql.org/docs/current/queries-select-lists.html#QUERIES-COLUMN-LABELS (output names are not usable in WHERE or HAVING)',
    answer: 'repeat-expression',
    stem: () =>
      'In PostgreSQL, SELECT price * qty AS total FROM lines WHERE total > 100 fails with “column total does not exist”. Which rewrite runs?',
    keys: [
      'SELECT price * qty AS total FROM lines WHERE price * qty > 100',
      'SELECT total FROM (SELECT price * qty AS total FROM lines) t WHERE total > 100',
    ],
    wrong: [
      [
        'SELECT price * qty AS total FROM lines HAVING total > 100',
        'thinks HAVING sees output aliases',
      ],
      [
        'SELECT price * qty AS "total" FROM lines WHERE "total" > 100',
        'thinks quoting the alias makes WHERE see it',
      ],
      [
        'SELECT price * qty AS total FROM lines WHERE lines.total > 100',
        'thinks an alias becomes a column of the table',
      ],
      [
        'SELECT price * qty AS total FROM lines WHERE 1 > 100',
        'refers to the output by position, which only ORDER BY and GROUP BY allow',
      ],
    ],
    code: true,
  }),
  rule('sqlq-order-by-needed-for-limit', {
    source:
      'postgresql.org/docs/current/queries-limit.html (without ORDER BY you get an unpredictable subset of rows)',
    answer: 'unpredictable',
    stem: (rng) =>
      `${Client(rng)}’s app pages a PostgreSQL table with SELECT * FROM invoices LIMIT 20 OFFSET 40 and no ORDER BY. What does PostgreSQL promise about which rows come back?`,
    keys: [
      'No particular rows: the subset is unpredictable',
      'Nothing; the rows are unpredictable',
    ],
    wrong: [
      ['Rows 41 to 60 in insertion order', 'thinks rows come back in insertion order'],
      [
        'Rows 41 to 60 ordered by the primary key',
        'thinks the primary key orders results by default',
      ],
      [
        'Rows 41 to 60 in physical order, stable across calls',
        'thinks physical order is stable under updates and vacuum',
      ],
      ['Rows ordered by the first column', 'thinks the first column sorts the result by default'],
      ['Rows 40 to 59 of the table', 'thinks OFFSET 40 starts at the 40th row'],
    ],
  }),
  rule('sqlq-count-distinct-vs-distinct-count', {
    source:
      'postgresql.org/docs/current/sql-expressions.html#SYNTAX-AGGREGATES (count(DISTINCT expression) counts distinct non-null values)',
    answer: 'count-distinct',
    stem: () =>
      'A PostgreSQL table visits(user_id, day) has one row per visit; user_id is sometimes NULL for anonymous visits. Which expression gives the number of different known users?',
    keys: ['count(DISTINCT user_id)'],
    wrong: [
      [
        'DISTINCT count(user_id)',
        'puts DISTINCT outside the aggregate, which counts every non-null visit',
      ],
      ['count(*)', 'counts visits, not users'],
      ['count(user_id)', 'counts every non-null visit, repeated users included'],
      ['count(DISTINCT *)', 'writes count(DISTINCT *), which PostgreSQL rejects'],
      ['max(user_id)', 'takes the largest id for the number of users'],
      ['count(DISTINCT (user_id, day))', 'counts distinct user and day pairs, not users'],
      ['count(DISTINCT coalesce(user_id, 0))', 'counts the anonymous visits as one more user'],
    ],
    code: true,
  }),
]
