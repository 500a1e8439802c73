import { VariantError } from '../assemble-variant.js'
import { block, Client, computed, names, rule, type SqlFamily, type Table } from './sqlq-text.js'

// Constraints, transactions and indexes as PostgreSQL documents them: ddl-constraints.html (a
// CHECK passes when its expression is true or null; UNIQUE treats nulls as distinct unless NULLS
// NOT DISTINCT; ON DELETE CASCADE, SET NULL and the default NO ACTION), sql-insert.html#SQL-ON-CONFLICT,
// tutorial-transactions.html and sql-savepoint.html (an error aborts the transaction block until
// ROLLBACK; ROLLBACK TO SAVEPOINT undoes only what came after it), mvcc-isolation.html (Read
// Committed is the default), indexes-intro.html, indexes-multicolumn.html, indexes-types.html,
// indexes-expressional.html and indexes-partial.html.

const count = (table: string) => `SELECT count(*) FROM ${table}`
const code = (lines: readonly string[]) => `\`\`\`sql\n${lines.join('\n')}\n\`\`\``
/**
 * The sum a mistaken reading of a script expects: the rows that reading says the table holds,
 * written out as a VALUES list, and their total.
 */
const believed = (cols: string, total: string, rows: readonly (readonly (string | number)[])[]) =>
  `SELECT sum(${total}) FROM (VALUES ${rows
    .map((r) => `(${r.map((c) => (typeof c === 'number' ? String(c) : `'${c}'`)).join(', ')})`)
    .join(', ')}) AS v(${cols})`

export const SCHEMA_FAMILIES: readonly SqlFamily[] = [
  computed('sqlq-unique-allows-many-nulls', (rng) => {
    const k = rng.int(2, 4)
    const t: Table = {
      name: 'members',
      cols: ['id int PRIMARY KEY', 'email text UNIQUE'],
      rows: [],
    }
    const tried: [number, string | null][] = [
      [1, 'ana@x.io'],
      [2, 'ben@x.io'],
      ...Array.from({ length: k }, (_, i): [number, null] => [i + 3, null]),
      [k + 3, 'ana@x.io'],
      [k + 4, 'ben@x.io'],
      [2, 'cy@x.io'],
    ]
    const script = tried.map(
      ([id, e]) => `INSERT INTO members VALUES (${id}, ${e === null ? 'NULL' : `'${e}'`});`,
    )
    // Every row the script tries to insert, for the readings that judge them differently.
    const v = `WITH v(id, email) AS (VALUES ${tried.map(([id, e]) => `(${id}, ${e === null ? 'NULL' : `'${e}'`})`).join(', ')}) `
    return {
      stem: `${Client(rng)}’s PostgreSQL table is created with CREATE TABLE members (id int PRIMARY KEY, email text UNIQUE). psql then runs, each statement on its own:\n\n${code(script)}\n\nHow many rows does members hold afterwards?`,
      tables: [t],
      script,
      key: k + 2,
      keySql: count('members'),
      wrong: [
        [
          3,
          'thinks UNIQUE lets only one NULL in',
          'SELECT count(*) FROM (SELECT DISTINCT email FROM members) d',
        ],
        [2, 'thinks UNIQUE rejects NULLs altogether', 'SELECT count(email) FROM members'],
        [
          0,
          'thinks one failed statement undoes the whole file',
          `${v}SELECT CASE WHEN count(email) = count(DISTINCT email) AND count(id) = count(DISTINCT id) THEN count(*) ELSE 0 END FROM v`,
        ],
        [
          k + 3,
          'misses that the repeated id 2 breaks the primary key',
          `${v}SELECT count(*) FROM v WHERE email IS NULL OR id = (SELECT min(id) FROM v w WHERE w.email = v.email)`,
        ],
        [
          k + 4,
          'thinks UNIQUE ignores the repeated addresses',
          `${v}SELECT count(DISTINCT id) FROM v`,
        ],
        [k + 5, 'thinks the constraints only warn', `${v}SELECT count(*) FROM v`],
      ],
    }
  }),
  computed('sqlq-check-passes-on-null', (rng) => {
    const ok = rng.int(1, 3),
      bad = rng.int(1, 2),
      nul = rng.int(1, 2),
      zero = rng.int(1, 2)
    const t: Table = {
      name: 'products',
      cols: ['id int', 'price numeric CHECK (price > 0)'],
      rows: [],
    }
    const vals = rng.shuffle([
      ...Array.from({ length: ok }, () => String(rng.int(1, 50))),
      ...Array.from({ length: bad }, () => String(-rng.int(1, 9))),
      ...Array.from({ length: nul }, () => 'NULL'),
      ...Array.from({ length: zero }, () => '0'),
    ])
    const fails = (v: string) => v.startsWith('-') || v === '0'
    const script = vals.map((v, i) => `INSERT INTO products VALUES (${i + 1}, ${v});`)
    // Every row the script tries to insert, each reading's rule applied to them.
    const v = `WITH v(id, price) AS (VALUES ${vals.map((x, i) => `(${i + 1}, ${x})`).join(', ')}) `
    const tried = (where: string) =>
      `${v}SELECT count(*) FROM v${where === '' ? '' : ` WHERE ${where}`}`
    return {
      stem: `A PostgreSQL table is created with CREATE TABLE products (id int, price numeric CHECK (price > 0)). psql runs each of these on its own:\n\n${code(script)}\n\nHow many rows does products hold afterwards?`,
      tables: [t],
      script,
      key: ok + nul,
      keySql: count('products'),
      wrong: [
        [
          ok,
          'thinks a CHECK rejects NULL because NULL > 0 is not true',
          'SELECT count(price) FROM products',
        ],
        [vals.length, 'thinks CHECK constraints only warn', tried('')],
        [
          ok + bad + zero,
          'thinks NULL fails the check and zero and negative prices pass it',
          tried('price IS NOT NULL'),
        ],
        [
          0,
          'thinks one failing INSERT rolls back the whole file, as a single transaction would',
          `${v}SELECT CASE WHEN bool_and(price > 0 IS NOT FALSE) THEN count(*) ELSE 0 END FROM v`,
        ],
        [
          vals.findIndex(fails),
          'thinks psql stops at the first failing INSERT',
          tried('id < (SELECT min(id) FROM v WHERE price <= 0)'),
        ],
        [
          bad + zero + nul,
          'reads CHECK (price > 0) as the condition that rejects a row',
          tried('(price > 0) IS NOT TRUE'),
        ],
        [
          ok + nul + zero,
          'reads price > 0 as at least zero, letting the zero prices in',
          tried('(price >= 0) IS NOT FALSE'),
        ],
        [
          ok + zero,
          'thinks NULL fails the check while a zero price passes it',
          tried('price >= 0'),
        ],
      ],
    }
  }),
  computed('sqlq-error-aborts-transaction', (rng) => {
    const before = rng.int(1, 3),
      after = rng.int(1, 3)
    const t: Table = {
      name: 'ledger',
      cols: ['id int PRIMARY KEY', 'amount int'],
      rows: [[1, 100]],
    }
    const script = [
      'BEGIN;',
      ...Array.from(
        { length: before },
        (_, i) => `INSERT INTO ledger VALUES (${i + 10}, ${(i + 1) * 5});`,
      ),
      'INSERT INTO ledger VALUES (1, 999);',
      ...Array.from(
        { length: after },
        (_, i) => `INSERT INTO ledger VALUES (${i + 20}, ${(i + 1) * 7});`,
      ),
      'COMMIT;',
    ]
    // The ids the transaction tries to insert, in order, for the readings that keep some of them.
    const tried = [
      ...Array.from({ length: before }, (_, i) => i + 10),
      1,
      ...Array.from({ length: after }, (_, i) => i + 20),
    ]
    const v = `WITH v(n, id) AS (VALUES ${tried.map((id, n) => `(${n + 1}, ${id})`).join(', ')}) `
    return {
      stem: `PostgreSQL table ledger holds one row, id 1 (the primary key). psql runs, without ON_ERROR_ROLLBACK:\n\n${code(script)}\n\nHow many rows does ledger hold afterwards?`,
      tables: [t],
      script,
      key: 1,
      keySql: count('ledger'),
      wrong: [
        [
          1 + before + after,
          'thinks only the failing statement is skipped inside a transaction',
          `${v}SELECT count(DISTINCT id) FROM (SELECT id FROM ledger UNION ALL SELECT id FROM v) u`,
        ],
        [
          1 + before,
          'thinks COMMIT keeps the work done before the error',
          `${v}SELECT count(*) FROM (SELECT id FROM ledger UNION ALL SELECT id FROM v WHERE n < (SELECT n FROM v WHERE id IN (SELECT id FROM ledger))) u`,
        ],
        [
          0,
          'thinks rolling back also removes the existing row the failed INSERT named',
          `${v}SELECT count(*) FROM ledger WHERE id NOT IN (SELECT id FROM v)`,
        ],
        [
          1 + after,
          'thinks the statements after the error still run and commit',
          `${v}SELECT count(*) FROM (SELECT id FROM ledger UNION ALL SELECT id FROM v WHERE n > (SELECT n FROM v WHERE id IN (SELECT id FROM ledger))) u`,
        ],
      ],
    }
  }),
  computed('sqlq-rollback-to-savepoint', (rng) => {
    const a = rng.int(1, 3),
      b = rng.int(2, 3),
      c = rng.int(1, 3)
    const amounts = rng
      .shuffle(Array.from({ length: 18 }, (_, i) => (i + 1) * 5))
      .slice(0, a + b + c)
    const rows = amounts.map((x, i) => [i + 1, x] as const)
    const t: Table = { name: 'items', cols: ['id int', 'amount int'], rows: [] }
    const ins = (from: number, n: number) =>
      rows.slice(from, from + n).map(([i, x]) => `INSERT INTO items VALUES (${i}, ${x});`)
    const script = [
      'BEGIN;',
      ...ins(0, a),
      'SAVEPOINT s1;',
      ...ins(a, b),
      'ROLLBACK TO SAVEPOINT s1;',
      ...ins(a + b, c),
      'COMMIT;',
    ]
    const A = rows.slice(0, a),
      B = rows.slice(a, a + b),
      C = rows.slice(a + b)
    const tot = (rs: readonly (readonly [number, number])[]) => rs.reduce((x, r) => x + r[1], 0)
    const as = (rs: readonly (readonly [number, number])[]) => believed('id, amount', 'amount', rs)
    return {
      stem: `A PostgreSQL import script runs on an empty table items (id int, amount int):\n\n${code(script)}\n\nWhat does SELECT sum(amount) FROM items return afterwards?`,
      tables: [t],
      script,
      key: tot(A) + tot(C),
      keySql: 'SELECT sum(amount) FROM items',
      wrong: [
        [tot(rows), 'thinks ROLLBACK TO keeps the rows and only drops the savepoint', as(rows)],
        [tot(C), 'thinks ROLLBACK TO undoes the whole transaction', as(C)],
        [tot(A), 'thinks the inserts after ROLLBACK TO are lost too', as(A)],
        [
          tot(A) - A.at(-1)![1] + tot(C),
          'thinks ROLLBACK TO also undoes the insert just before the SAVEPOINT',
          as([...A.slice(0, -1), ...C]),
        ],
        [
          tot(B) + tot(C),
          'thinks ROLLBACK TO undoes the work before the savepoint, not after it',
          as([...B, ...C]),
        ],
        [
          tot(rows) - B.at(-1)![1],
          'thinks ROLLBACK TO undoes only the last statement before it',
          as([...A, ...B.slice(0, -1), ...C]),
        ],
      ],
    }
  }),
  computed('sqlq-on-conflict-do-nothing', (rng) => {
    const existing = rng.int(2, 3)
    const qty = () => rng.int(1, 12) * 5
    const old: [string, number][] = rng
      .shuffle(['sql', 'css', 'go', 'rust'])
      .slice(0, existing)
      .map((x) => [x, qty()])
    const t: Table = { name: 'stock', cols: ['sku text PRIMARY KEY', 'qty int'], rows: old }
    const base = rng.shuffle(['sql', 'php', 'css', 'java', 'go']).slice(0, 3)
    const news: [string, number][] = rng.shuffle([...base, rng.pick(base)]).map((n) => [n, qty()])
    const q = `INSERT INTO stock VALUES ${news.map(([n, v]) => `('${n}', ${v})`).join(', ')}\nON CONFLICT (sku) DO NOTHING;`
    const have = new Set(old.map((r) => r[0]))
    const first = news.filter(([n], i) => !have.has(n) && news.findIndex((r) => r[0] === n) === i)
    const last = news.filter(
      ([n], i) => !have.has(n) && news.findLastIndex((r) => r[0] === n) === i,
    )
    const fresh = news.filter(([n]) => !have.has(n))
    const clash = news.findIndex(([n], i) => have.has(n) || news.findIndex((r) => r[0] === n) < i)
    const upsert = old.map(([n, v]): [string, number] => [
      n,
      news.findLast((r) => r[0] === n)?.[1] ?? v,
    ])
    if (first.length === 0 || first.length === fresh.length)
      throw new VariantError('a missing case in the drawn table')
    const tot = (rs: readonly (readonly [string, number])[]) => rs.reduce((x, r) => x + r[1], 0)
    const as = (rs: readonly (readonly [string, number])[]) => believed('sku, qty', 'qty', rs)
    return {
      stem: `A PostgreSQL table:\n\n${block([t])}\n\n${code([q])}\n\nWhat does SELECT sum(qty) FROM stock return afterwards?`,
      tables: [t],
      script: [q],
      key: tot(old) + tot(first),
      keySql: 'SELECT sum(qty) FROM stock',
      wrong: [
        [tot(old), 'thinks one conflict makes the whole INSERT do nothing', as(old)],
        [
          tot(old) + tot(news),
          'thinks DO NOTHING inserts duplicates anyway',
          as([...old, ...news]),
        ],
        [
          tot(old) + tot(fresh),
          'inserts a value repeated within the INSERT twice',
          as([...old, ...fresh]),
        ],
        [
          tot(old) + tot(news.slice(0, clash)),
          'thinks DO NOTHING stops the INSERT at its first conflicting row',
          as([...old, ...news.slice(0, clash)]),
        ],
        [
          tot(upsert) + tot(last),
          'reads DO NOTHING as an upsert: the last new quantity replaces the stored one',
          as([...upsert, ...last]),
        ],
        [
          tot(old) + tot(last),
          'keeps the later of two rows repeated within the INSERT',
          as([...old, ...last]),
        ],
      ],
    }
  }),
  computed('sqlq-on-delete-cascade-count', (rng) => {
    const ns = names(rng, 3)
    const per = ns.map(() => rng.int(1, 4))
    const who = rng.int(0, 2)
    const a: Table = {
      name: 'authors',
      cols: ['id int PRIMARY KEY', 'name text'],
      rows: ns.map((n, i) => [i + 1, n]),
    }
    const rows: (number | string)[][] = []
    let id = 1
    per.forEach((p, i) => {
      for (let k = 0; k < p; k++) rows.push([id++, i + 1])
    })
    const b: Table = {
      name: 'posts',
      cols: ['id int', 'author_id int REFERENCES authors ON DELETE CASCADE'],
      rows,
    }
    const q = `DELETE FROM authors WHERE name = '${ns[who]}';`
    const total = per.reduce((x, y) => x + y, 0)
    const both = 'SELECT (SELECT count(*) FROM authors) + (SELECT count(*) FROM posts)'
    // The tables as they were before the DELETE, for the readings that keep some of their rows.
    const was = `WITH a0(id) AS (VALUES ${ns.map((_, i) => `(${i + 1})`).join(', ')}), p0(id, author_id) AS (VALUES ${rows.map(([i, w]) => `(${i}, ${w})`).join(', ')}) `
    return {
      stem: `PostgreSQL tables: posts.author_id is declared REFERENCES authors ON DELETE CASCADE.\n\n${block([a, b])}\n\n${code([q])}\n\nHow many rows do authors and posts hold together afterwards?`,
      tables: [a, b],
      script: [q],
      key: ns.length - 1 + total - per[who]!,
      keySql: both,
      wrong: [
        [
          ns.length - 1 + total,
          'thinks deleting the parent leaves its children',
          `${was}SELECT (SELECT count(*) FROM authors) + (SELECT count(*) FROM p0)`,
        ],
        [
          ns.length + total,
          'thinks the DELETE is refused while posts reference the author',
          `${was}SELECT (SELECT count(*) FROM a0) + (SELECT count(*) FROM p0)`,
        ],
        [ns.length - 1, 'thinks CASCADE empties the child table', 'SELECT count(*) FROM authors'],
        [total - per[who]!, 'counts the posts left, not the authors', 'SELECT count(*) FROM posts'],
        [
          ns.length - 1 + total - 1,
          'thinks only one child row goes with the parent',
          `${was}SELECT (SELECT count(*) FROM authors) + (SELECT count(*) FROM p0 WHERE id <> (SELECT min(id) FROM p0 WHERE author_id NOT IN (SELECT id FROM authors)))`,
        ],
        [
          1 + per[who]!,
          'counts the rows deleted, the author and their posts, not the rows left',
          `${was}SELECT (SELECT count(*) FROM a0) + (SELECT count(*) FROM p0) - (${both})`,
        ],
      ],
    }
  }),
  computed('sqlq-on-delete-set-null-count', (rng) => {
    const per = [rng.int(1, 3), rng.int(1, 3), rng.int(1, 3)]
    const pre = rng.int(1, 2)
    const a: Table = { name: 'teams', cols: ['id int PRIMARY KEY'], rows: [[1], [2], [3]] }
    const rows: (number | null)[][] = []
    let id = 1
    per.forEach((p, i) => {
      for (let k = 0; k < p; k++) rows.push([id++, i + 1])
    })
    for (let k = 0; k < pre; k++) rows.push([id++, null])
    const b: Table = {
      name: 'staff',
      cols: ['id int', 'team_id int REFERENCES teams ON DELETE SET NULL'],
      rows,
    }
    const gone = rng.int(1, 3)
    const q = `DELETE FROM teams WHERE id = ${gone};`
    // The staff table as it was before the DELETE.
    const was = `WITH s0(id, team_id) AS (VALUES ${rows.map(([i, w]) => `(${i}, ${w === null ? 'NULL::int' : w})`).join(', ')}) `
    return {
      stem: `In PostgreSQL, staff.team_id is declared REFERENCES teams ON DELETE SET NULL.\n\n${block([a, b])}\n\n${code([q])}\n\nHow many staff rows still have a team_id afterwards?`,
      tables: [a, b],
      script: [q],
      key: rows.length - pre - per[gone - 1]!,
      keySql: 'SELECT count(team_id) FROM staff',
      wrong: [
        [
          rows.length - pre,
          'thinks SET NULL leaves existing references as they are',
          `${was}SELECT count(team_id) FROM s0`,
        ],
        [
          rows.length - per[gone - 1]!,
          'forgets the staff who had no team before',
          `${was}SELECT count(*) FROM s0 WHERE team_id IS DISTINCT FROM ${gone}`,
        ],
        [0, 'thinks SET NULL clears every team_id', 'SELECT count(team_id) FROM staff WHERE false'],
        [
          pre + per[gone - 1]!,
          'counts the staff whose team_id is NULL',
          'SELECT count(*) FROM staff WHERE team_id IS NULL',
        ],
        [rows.length, 'counts every staff row, NULL team_id or not', 'SELECT count(*) FROM staff'],
        [2, 'counts the teams left, not the staff', 'SELECT count(*) FROM teams'],
      ],
    }
  }),
  computed('sqlq-default-vs-explicit-null', (rng) => {
    const k = rng.int(1, 3),
      d = rng.int(1, 2),
      e = rng.int(1, 3)
    const t: Table = { name: 'tickets', cols: ['id int', "status text DEFAULT 'open'"], rows: [] }
    let id = 1
    const withDefault: number[] = []
    const lines = rng.shuffle([
      ...Array.from({ length: k }, () => 'omit'),
      ...Array.from({ length: d }, () => 'default'),
      ...Array.from({ length: e }, () => 'null'),
    ])
    const script = lines.map((how) => {
      const n = id++
      if (how === 'default') withDefault.push(n)
      return how === 'omit'
        ? `INSERT INTO tickets (id) VALUES (${n});`
        : `INSERT INTO tickets (id, status) VALUES (${n}, ${how === 'default' ? 'DEFAULT' : 'NULL'});`
    })
    const ds = withDefault.join(', ')
    return {
      stem: `A PostgreSQL table is created with CREATE TABLE tickets (id int, status text DEFAULT 'open'). Then:\n\n${code(script)}\n\nHow many rows have status 'open'?`,
      tables: [t],
      script,
      key: k + d,
      keySql: "SELECT count(*) FROM tickets WHERE status = 'open'",
      wrong: [
        [
          k + d + e,
          'thinks an explicit NULL is replaced by the default',
          `SELECT count(*) FROM tickets`,
        ],
        [
          e,
          'thinks the default applies only when NULL is written',
          'SELECT count(*) FROM tickets WHERE status IS NULL',
        ],
        [
          k,
          'thinks the DEFAULT keyword in VALUES writes NULL',
          `SELECT count(*) FROM tickets WHERE status = 'open' AND id NOT IN (${ds})`,
        ],
        [
          d,
          'thinks the default applies only where DEFAULT is written',
          `SELECT count(*) FROM tickets WHERE id IN (${ds})`,
        ],
        [
          d + e,
          'thinks the default fills only a column the INSERT names',
          `SELECT count(*) FROM tickets WHERE id IN (${ds}) OR status IS NULL`,
        ],
      ],
    }
  }),
  rule('sqlq-not-null-with-default', {
    source:
      'postgresql.org/docs/current/ddl-default.html and ddl-constraints.html#DDL-CONSTRAINTS-NOT-NULL',
    answer: 'not-null-rejects-explicit-null',
    stem: () =>
      "A PostgreSQL column is declared status text NOT NULL DEFAULT 'new'. What does INSERT INTO jobs (id, status) VALUES (7, NULL) do?",
    keys: ['It fails with a not-null violation', 'An error: the explicit NULL violates NOT NULL'],
    wrong: [
      [
        "It stores 'new', the default replacing the NULL",
        'thinks a default replaces an explicit NULL',
      ],
      [
        'It stores NULL, as the default makes NOT NULL optional',
        'thinks a default relaxes NOT NULL',
      ],
      ["It stores an empty string ''", 'thinks NULL becomes an empty string'],
      ['It stores the row without a status column', 'thinks a column can be left out of a row'],
      ['It succeeds with a warning', 'thinks constraints only warn'],
    ],
  }),
  rule('sqlq-unique-nulls-not-distinct', {
    source:
      'postgresql.org/docs/current/ddl-constraints.html#DDL-CONSTRAINTS-UNIQUE-CONSTRAINTS (NULLS NOT DISTINCT, PostgreSQL 15+)',
    answer: 'nulls-not-distinct',
    stem: () =>
      'A client’s PostgreSQL 16 table must allow at most one row with a NULL vat_number, as well as unique known numbers. Which constraint does that?',
    keys: ['UNIQUE NULLS NOT DISTINCT (vat_number)'],
    wrong: [
      ['UNIQUE (vat_number)', 'thinks plain UNIQUE allows only one NULL'],
      ['PRIMARY KEY (vat_number)', 'forgets that a primary key forbids NULL altogether'],
      ['CHECK (vat_number IS NOT NULL)', 'forbids NULL instead of limiting it to one'],
      ['UNIQUE (COALESCE(vat_number))', 'writes an expression a UNIQUE constraint does not take'],
      ['UNIQUE (vat_number) NOT NULL', 'writes NOT NULL, which forbids the NULL row'],
      [
        'UNIQUE (vat_number) WHERE vat_number IS NULL',
        'puts a partial index’s WHERE on a table constraint',
      ],
      [
        'CHECK (count(vat_number IS NULL) <= 1)',
        'puts an aggregate in a CHECK, which PostgreSQL rejects',
      ],
    ],
    code: true,
  }),
  rule('sqlq-foreign-key-default-no-action', {
    source:
      'postgresql.org/docs/current/ddl-constraints.html#DDL-CONSTRAINTS-FK (NO ACTION is the default)',
    answer: 'no-action',
    stem: () =>
      'In PostgreSQL, orders.customer_id REFERENCES customers with no ON DELETE clause. A customer with orders is deleted. What happens?',
    keys: [
      'The DELETE fails with a foreign-key violation',
      'The delete is refused: orders still refer to it',
    ],
    wrong: [
      ['The customer’s orders are deleted too', 'thinks CASCADE is the default'],
      [
        'The orders keep their customer_id, now dangling',
        'thinks foreign keys are not enforced on delete',
      ],
      ['The orders’ customer_id is set to NULL', 'thinks SET NULL is the default'],
      ['The customer is hidden but kept until the orders go', 'invents a soft delete'],
      ['The orders’ customer_id is set to its default', 'thinks SET DEFAULT is the default'],
    ],
  }),
  rule('sqlq-read-committed-default', {
    source:
      'postgresql.org/docs/current/transaction-iso.html (Read Committed is the default isolation level)',
    answer: 'read-committed',
    stem: () =>
      'A PostgreSQL session runs BEGIN; SELECT balance FROM accounts WHERE id = 1; then another session commits an update to that row; the first session reads the row again. With default settings, what does it see?',
    keys: ['The new committed balance', 'The updated value, committed by the other session'],
    wrong: [
      ['The old balance, fixed at BEGIN', 'thinks the default level is Repeatable Read'],
      [
        'An error: the row changed under the transaction',
        'thinks a plain read raises a serialization error',
      ],
      [
        'The uncommitted value before the other session commits',
        'thinks PostgreSQL allows dirty reads',
      ],
      ['It blocks until the first session commits', 'thinks readers wait for writers'],
      ['NULL, because the row is locked', 'thinks a locked row reads as NULL'],
    ],
  }),
  rule('sqlq-select-for-update', {
    source: 'postgresql.org/docs/current/sql-select.html#SQL-FOR-UPDATE-SHARE',
    answer: 'for-update',
    stem: () =>
      'Two PostgreSQL workers read an item’s stock count in items and then decrement it; sometimes both read 1 and the stock goes to -1. Which read stops that under Read Committed?',
    keys: [
      'Read it with SELECT … FOR UPDATE in the transaction',
      'SELECT stock … FOR UPDATE, then UPDATE in that transaction',
    ],
    wrong: [
      ['SELECT DISTINCT stock FROM items WHERE id = $1', 'thinks DISTINCT serialises readers'],
      [
        'SELECT stock FROM items WHERE id = $1, with autocommit on',
        'thinks autocommit makes read-then-write atomic',
      ],
      ['SELECT stock FROM items WHERE id = $1 LIMIT 1', 'thinks LIMIT 1 locks the row'],
      ['CREATE INDEX on items(id) first', 'thinks an index prevents races'],
    ],
  }),
  rule('sqlq-composite-index-leftmost', {
    source:
      'postgresql.org/docs/current/indexes-multicolumn.html (most efficient with constraints on the leading columns)',
    answer: 'leading-column',
    stem: () =>
      'A PostgreSQL table orders has a B-tree index on (customer_id, created_at). Which query can use it most efficiently?',
    keys: [
      "WHERE customer_id = 42 AND created_at >= '2025-01-01'",
      'WHERE customer_id = 42 ORDER BY created_at',
      'WHERE customer_id = 42',
    ],
    wrong: [
      [
        "WHERE created_at >= '2025-01-01'",
        'thinks any column of the index serves alone as well as the leading one',
      ],
      [
        "WHERE customer_id::text = '42'",
        'casts the column, so the index on the raw column does not match',
      ],
      [
        "WHERE customer_id = 42 OR status = 'open'",
        'thinks OR with an unindexed column still uses the index alone',
      ],
      ["WHERE lower(status) = 'open'", 'thinks the index covers other columns'],
      [
        "WHERE created_at::date = '2025-01-01'",
        'applies a cast to the second column and skips the first',
      ],
      [
        "WHERE created_at >= '2025-01-01' ORDER BY customer_id, created_at",
        'thinks sorting in index order makes a filter on the second column alone efficient',
      ],
      [
        "WHERE customer_id + 0 = 42 AND created_at >= '2025-01-01'",
        'wraps the leading column in arithmetic, which the plain index does not match',
      ],
    ],
    code: true,
  }),
  rule('sqlq-expression-index-lower', {
    source:
      'postgresql.org/docs/current/indexes-expressional.html (an index on lower(col) serves WHERE lower(col) = …)',
    answer: 'expression-index',
    stem: () =>
      'A PostgreSQL login query runs WHERE lower(email) = lower($1) and scans the whole users table despite an index on email. Which index fixes that?',
    keys: [
      'CREATE INDEX ON users (lower(email))',
      'CREATE INDEX users_email_lower ON users (lower(email))',
    ],
    wrong: [
      ['CREATE INDEX ON users (email DESC)', 'thinks a sort direction helps an expression'],
      ['CREATE UNIQUE INDEX ON users (email)', 'thinks a unique index matches lower(email)'],
      ['CREATE INDEX ON users USING hash (email)', 'thinks a hash index matches lower(email)'],
      ['CREATE INDEX ON users (email, lower)', 'writes lower as a column'],
      [
        'CREATE INDEX ON users (email) WHERE email = lower(email)',
        'writes a partial index that does not index lower(email)',
      ],
    ],
    code: true,
  }),
  rule('sqlq-like-prefix-index', {
    source:
      "postgresql.org/docs/current/indexes-types.html#INDEXES-TYPES-BTREE (LIKE with a constant prefix anchored at the start, e.g. col LIKE 'foo%'; non-C locales need text_pattern_ops, indexes-opclass.html)",
    answer: 'anchored-prefix',
    stem: () =>
      'A PostgreSQL table has a B-tree index on sku with text_pattern_ops. Which condition can the index serve?',
    keys: ["sku LIKE 'AB-12%'", "sku LIKE 'AB-%'"],
    wrong: [
      ["sku LIKE '%-12'", 'thinks a B-tree serves a leading wildcard'],
      ["sku LIKE '%AB%'", 'thinks a B-tree serves a search inside the text'],
      ["sku ILIKE 'ab-12%'", 'thinks a case-insensitive match uses the same index'],
      ["lower(sku) LIKE 'ab-12%'", 'thinks an index on sku serves lower(sku)'],
      ["sku LIKE '_B-12%'", 'thinks a leading single-character wildcard still gives a prefix'],
    ],
    code: true,
  }),
  rule('sqlq-partial-index-use', {
    source:
      "postgresql.org/docs/current/indexes-partial.html (the query's WHERE must imply the index predicate)",
    answer: 'implies-predicate',
    stem: () =>
      'A PostgreSQL table invoices has CREATE INDEX ON invoices (due_date) WHERE paid = false. Which query can use that index?',
    keys: [
      'SELECT * FROM invoices WHERE NOT paid AND due_date < now()',
      'SELECT id FROM invoices WHERE paid = false AND due_date < $1',
    ],
    wrong: [
      [
        'SELECT * FROM invoices WHERE due_date < now()',
        'thinks a partial index serves rows outside its predicate',
      ],
      [
        'SELECT * FROM invoices WHERE paid = true AND due_date < now()',
        'reads the predicate the wrong way round',
      ],
      [
        'SELECT * FROM invoices WHERE paid IS NULL AND due_date < now()',
        'thinks the index covers unknown payment status',
      ],
      [
        'SELECT * FROM invoices WHERE paid = false OR due_date < now()',
        'joins the predicate with OR, so rows outside it qualify',
      ],
      [
        'SELECT * FROM invoices WHERE amount > 100 AND paid = false',
        'thinks the predicate alone makes the index useful, with no due_date test',
      ],
    ],
    code: true,
  }),
  rule('sqlq-index-small-table-seq-scan', {
    source:
      'postgresql.org/docs/current/indexes-examine.html and using-explain.html (the planner chooses by cost; small tables or unselective conditions get a sequential scan)',
    answer: 'planner-cost',
    stem: () =>
      "A PostgreSQL table of 40 rows has an index on status, and EXPLAIN shows Seq Scan for WHERE status = 'open'. Why?",
    keys: ['A seq scan is cheaper for so few rows', 'The planner judged the index costlier here'],
    wrong: [
      ['The index is broken and must be rebuilt', 'thinks a seq scan means a broken index'],
      ['Indexes are used only for primary keys', 'thinks only key indexes are used'],
      ['Text columns cannot use B-tree indexes', 'thinks text cannot be indexed'],
      ['EXPLAIN always shows Seq Scan without ANALYZE', 'thinks EXPLAIN hides index scans'],
      ['The index is used only after a VACUUM FULL', 'thinks VACUUM FULL enables indexes'],
    ],
  }),
  rule('sqlq-foreign-key-not-auto-indexed', {
    source:
      'postgresql.org/docs/current/ddl-constraints.html#DDL-CONSTRAINTS-FK (a foreign key does not create an index on the referencing columns)',
    answer: 'index-referencing',
    stem: () =>
      'In PostgreSQL, deleting an order is slow: order_lines.order_id REFERENCES orders(id) and every delete checks order_lines. What is the usual fix?',
    keys: ['Create an index on order_lines (order_id)', 'CREATE INDEX ON order_lines (order_id)'],
    wrong: [
      ['Create an index on orders (id)', 'forgets the primary key already has its index'],
      [
        'Nothing: a foreign key indexes the referencing column',
        'thinks a foreign key creates an index on the referencing side',
      ],
      ['Add ON DELETE CASCADE to speed the check up', 'thinks CASCADE avoids the lookup'],
      ['Run VACUUM FULL on orders', 'thinks bloat is the cause'],
      ['Drop the foreign key during business hours', 'removes integrity to gain speed'],
    ],
  }),
]
