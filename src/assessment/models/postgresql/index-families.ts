import type { PgFamily } from './pg-family.js'
import { MANUAL, SHOP, SHOP_TABLES } from './shop-fixture.js'

const USERS = `CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
INSERT INTO users SELECT g, 'user' || g || '@x.io' FROM generate_series(1, 200) g;
ANALYZE users;`

const EVENTS = `CREATE TABLE events (id int PRIMARY KEY, at timestamptz NOT NULL);
INSERT INTO events SELECT g, timestamptz '2024-01-01 00:00+00' + g * interval '1 hour' FROM generate_series(1, 2000) g;
CREATE INDEX events_at_idx ON events (at);
ANALYZE events;`

const SHIPMENTS = `CREATE TABLE shipments (id int PRIMARY KEY, customer_id int NOT NULL, shipped boolean NOT NULL);
INSERT INTO shipments SELECT g, g % 50, g % 10 <> 0 FROM generate_series(1, 2000) g;
ANALYZE shipments;`

const DOCS = `CREATE TABLE docs (id int PRIMARY KEY, meta jsonb NOT NULL);
INSERT INTO docs SELECT g, jsonb_build_object('team', g % 20, 'open', g % 3 = 0) FROM generate_series(1, 2000) g;
ANALYZE docs;`

const DATED = `${SHOP}
CREATE INDEX orders_placed_on_idx ON orders (placed_on);
ANALYZE orders;`

const PLAN = 'The plan, from EXPLAIN (COSTS OFF):'

/**
 * Indexes and plans: which conditions a B-tree serves (leading columns, expressions, ranges,
 * ORDER BY), partial, expression and GIN indexes, building one on a busy table, and reading
 * EXPLAIN. Where one session can show it, the planner itself judges the options (with
 * sequential scans disabled, so only whether an index can serve the query decides); the rest
 * are keyed to the manual's chapters on indexes and on EXPLAIN.
 */
export const INDEX_FAMILIES: readonly PgFamily[] = [
  {
    id: 'multicolumn-leading-column',
    stem: 'On PostgreSQL 16 or 17, `orders` has a B-tree index on `(customer_id, placed_on)`. For which condition does the index narrow the scanned part of the index by both columns?',
    source: `${MANUAL} 11.3 Multicolumn Indexes`,
    docKeyed: true,
    language: 'sql',
    frames: [
      `WHERE ⟦customer_id = 5|customer_id >= 5=after a range on the leading column, the second column's condition no longer narrows the scan|customer_id + 0 = 5=an expression on the leading column does not match the index column|customer_id::text = '5'=a cast of the leading column does not match the index column⟧ ⟦AND|OR=an OR across the two columns is not one range of the index⟧ placed_on >= '2024-01-01'`,
    ],
  },
  {
    id: 'expression-index-lower',
    stem: 'Table `users(id, email)`. The login query is `SELECT id FROM users WHERE lower(email) = $1`. Which index lets that condition be an index condition?',
    source: `${MANUAL} 11.7 Indexes on Expressions`,
    setup: USERS,
    check: `SET enable_seqscan = off;
SELECT count(*) FROM plan_of($$SELECT id FROM users WHERE lower(email) = 'user7@x.io'$$) p WHERE p LIKE '%Index Cond: (lower(email) =%'`,
    frames: [
      `CREATE INDEX ON users ⟦(lower(email))|(email)=an index on the column cannot serve a condition on an expression of it|USING hash (email)=a hash index on the column still does not hold lower(email)|(upper(email))=the index expression must match the query's expression⟧`,
    ],
    expect: '1',
  },
  {
    id: 'pattern-ops-for-like-prefix',
    stem: "The database collation is `en_US.UTF-8`. Queries filter `WHERE name LIKE 'And%'`. Which index can serve that prefix search?",
    source: `${MANUAL} 11.10 Operator Classes and Operator Families`,
    docKeyed: true,
    language: 'sql',
    frames: [
      `CREATE INDEX ON customers ⟦(name text_pattern_ops)|(name)=a default B-tree in a non-C collation cannot serve LIKE|USING hash (name)=a hash index serves only equality|(lower(name))=an index on lower(name) serves conditions on lower(name) only|(lower(name) text_pattern_ops)=an index on lower(name) serves LIKE on lower(name), not on name|USING gin (name)=text has no default GIN operator class⟧`,
    ],
  },
  {
    id: 'range-not-function-on-column',
    stem: 'Table `events(id, at)`, `at` a timestamptz with a B-tree index on it. Which query for the events of 1 March 2024 (UTC) can use that index for its condition?',
    source: `${MANUAL} 11.2 Index Types (B-Tree)`,
    setup: EVENTS,
    plan: 'Index Cond: \\(\\(at >=',
    frames: [
      `SELECT id FROM events WHERE ⟦at >= '2024-03-01' AND at < '2024-03-02'|at::date = '2024-03-01'=a cast of the column does not match an index on the column|date(at AT TIME ZONE 'UTC') = '2024-03-01'=a function of the column does not match an index on the column|date_trunc('day', at, 'UTC') = '2024-03-01 00:00+00'=wrapping the column in date_trunc hides it from the index|to_char(at, 'YYYY-MM-DD') = '2024-03-01'=comparing the column's text form cannot use an index on the column⟧`,
    ],
  },
  {
    id: 'partial-index-matching-predicate',
    stem: 'Table `shipments(id, customer_id, shipped)`; most rows are shipped. The dashboard runs `SELECT id FROM shipments WHERE NOT shipped AND customer_id = $1`. Which small index serves it with `customer_id` as its condition?',
    source: `${MANUAL} 11.8 Partial Indexes`,
    setup: SHIPMENTS,
    check: `SET enable_seqscan = off;
SELECT count(*) FROM plan_of($$SELECT id FROM shipments WHERE NOT shipped AND customer_id = 7$$) p WHERE p LIKE '%Index Cond: (customer_id = 7)%'`,
    frames: [
      `CREATE INDEX ON shipments ⟦(customer_id) WHERE NOT shipped|(customer_id) WHERE shipped=the index predicate covers the shipped rows, which the query excludes|(shipped)=an index on the flag cannot find one customer's rows|(shipped) WHERE customer_id = 7=a predicate fixed on one customer serves no other, and the key is still the flag⟧`,
    ],
    expect: '1',
  },
  {
    id: 'rows-removed-by-filter',
    stem: 'EXPLAIN ANALYZE shows:\n\n```\nSeq Scan on orders  (actual rows=12 loops=1)\n  Filter: (customer_id = 42)\n  Rows Removed by Filter: 199988\n```\n\nWhat does this tell you?',
    source: `${MANUAL} 14.1.2 EXPLAIN ANALYZE`,
    docKeyed: true,
    frames: [
      '⟦It read every row and kept 12; an index on customer_id may help|The filter deleted 199988 rows from the table while the query ran, leaving 12=takes removed by the filter for removed from the table|The planner’s row estimate for the scan was wrong by 199988 rows, so statistics are stale=confuses filtered rows with an estimate error|Only 12 rows were read from disk=takes the rows returned for the rows read⟧',
    ],
  },
  {
    id: 'estimate-far-from-actual',
    stem: 'After a bulk load, EXPLAIN ANALYZE shows `(rows=1) (actual rows=50000 loops=1)` on a scan, and the plan is slow. What is the usual first fix?',
    source: `${MANUAL} 14.2 Statistics Used by the Planner`,
    docKeyed: true,
    frames: [
      '⟦Run ANALYZE on the table to refresh its statistics|Run VACUUM FULL on the table so that it is rewritten compactly after the load=rewriting the table does not collect the column statistics the estimates come from|Add LIMIT 1 to the query, as the planner expects=changes the result to match a wrong estimate|Set enable_seqscan = off in postgresql.conf so the planner must use the indexes=forces one plan shape instead of fixing the estimate|Recreate every index on the table=indexes do not hold the row-count statistics⟧',
    ],
  },
  {
    id: 'explain-analyze-runs-statement',
    stem: 'Table `t(id)` has 3 rows. You want the actual run time of a DELETE without losing the rows. Which script does that (run as psql runs a file)?',
    source: `${MANUAL} SQL Commands, EXPLAIN`,
    setup: 'CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2), (3);',
    psql: true,
    check: 'SELECT count(*) FROM t',
    frames: [
      `⟦BEGIN;
EXPLAIN ANALYZE DELETE FROM t WHERE id > 1;
ROLLBACK;|EXPLAIN ANALYZE DELETE FROM t WHERE id > 1;=EXPLAIN ANALYZE really runs the statement|EXPLAIN (ANALYZE, COSTS OFF) DELETE FROM t WHERE id > 1;=leaving out costs still runs the DELETE|EXPLAIN ANALYZE DELETE FROM t WHERE id > 1;
ROLLBACK;=without BEGIN the DELETE has committed before ROLLBACK|BEGIN;
EXPLAIN ANALYZE DELETE FROM t WHERE id > 1;
COMMIT;=COMMIT keeps the rows the analysed DELETE removed|SET TRANSACTION READ ONLY;
EXPLAIN ANALYZE DELETE FROM t WHERE id > 1;=SET TRANSACTION outside a transaction block has no effect⟧`,
    ],
    expect: '3',
  },
  {
    id: 'cost-startup-and-total',
    stem: 'In `Sort  (cost=180.34..183.84 rows=1400 width=40)`, what is 180.34?',
    source: `${MANUAL} 14.1.1 EXPLAIN Basics`,
    docKeyed: true,
    frames: [
      '⟦The estimated cost before the node can return its first row|The estimated milliseconds the sort takes=takes cost units for time|The estimated cost of the whole node, children included, to its last row=that is the second number|The actual time measured for the first row=EXPLAIN without ANALYZE measures nothing|The cost of this node alone, without its input=costs include the child nodes⟧',
    ],
  },
  {
    id: 'covering-index-include',
    stem: 'The query `SELECT email FROM users WHERE id = $1` runs very often. Which index lets it be an index-only scan when the table is mostly all-visible, while still enforcing that id is unique?',
    source: `${MANUAL} 11.9 Index-Only Scans and Covering Indexes`,
    docKeyed: true,
    language: 'sql',
    frames: [
      `CREATE UNIQUE INDEX ON users ⟦(id) INCLUDE (email)|(id, email)=adding email as a key column makes (id, email) pairs unique, not id|(email) INCLUDE (id)=this makes email unique and searches by email|(id) WHERE email IS NOT NULL=a partial index still has to visit the table for email⟧`,
    ],
  },
  {
    id: 'nested-loop-inner-repeats',
    stem: `${PLAN}\n\n\`\`\`\nNested Loop\n  ->  Seq Scan on customers c\n        Filter: (city = 'Oslo')\n  ->  Index Scan using orders_customer_id_idx on orders o\n        Index Cond: (customer_id = c.id)\n\`\`\`\n\nHow often does the index scan on orders run?`,
    source: `${MANUAL} 14.1.1 EXPLAIN Basics`,
    docKeyed: true,
    frames: [
      '⟦Once for each customers row that passes the filter|Once, before the scan of customers=takes the lower node to run first and alone|Once for each row of orders=swaps the outer and the inner side|Once for each customers row, before the filter is applied=thinks the filter runs after the join⟧',
    ],
  },
  {
    id: 'gin-for-jsonb-containment',
    stem: 'Table `docs(id, meta)`, `meta` jsonb. Which index can serve `WHERE meta @> \'{"team": 3}\'`?',
    source: `${MANUAL} 8.14.4 jsonb Indexing`,
    setup: DOCS,
    check: `SET enable_seqscan = off;
SELECT count(*) FROM plan_of($$SELECT id FROM docs WHERE meta @> '{"team": 3}'$$) p WHERE p LIKE '%Index Cond: (meta @>%'`,
    frames: [
      `CREATE INDEX ON docs ⟦USING gin (meta)|(meta)=a B-tree orders whole documents and has no containment operator|USING hash (meta)=a hash index serves only equality of whole documents|USING gin ((meta->'team'))=a GIN index on the extracted member serves conditions on that expression, not on meta|USING gist (meta)=jsonb has no GiST operator class|USING btree ((meta->'team'))=an index on the member serves conditions on that expression, not containment on meta⟧`,
    ],
    expect: '1',
  },
  {
    id: 'equality-column-first',
    stem: 'On PostgreSQL 16 or 17, the frequent query is `WHERE status = $1 AND placed_on >= $2`. Which two-column B-tree index scans the fewest index entries for it?',
    source: `${MANUAL} 11.3 Multicolumn Indexes`,
    docKeyed: true,
    language: 'sql',
    frames: [
      `CREATE INDEX ON orders ⟦(status, placed_on)|(placed_on, status)=with the range column first, every status in the date range is scanned|(placed_on) INCLUDE (status)=included columns are not searched at all|(status) INCLUDE (placed_on)=an included column cannot narrow the date range⟧`,
    ],
  },
  {
    id: 'seq-scan-for-common-value',
    stem: "Table `tickets` has an index on `status`, and 95 % of rows have `status = 'open'`. EXPLAIN for `WHERE status = 'open'` shows a Seq Scan. Why?",
    source: `${MANUAL} 14.1.1 EXPLAIN Basics`,
    docKeyed: true,
    frames: [
      '⟦Reading 95 % of the rows in table order is estimated cheaper than via the index|The index is broken and needs REINDEX=takes a cost-based choice for a fault|The planner uses indexes on text columns only for LIKE patterns, never for equality=invents a type restriction|The index can only be used once VACUUM FULL has rewritten the table after the rows were loaded=confuses visibility maintenance with usability⟧',
    ],
  },
  {
    id: 'order-by-limit-index-scan',
    stem: `${SHOP_TABLES} There is a B-tree index on \`orders(placed_on)\`. Which query can return the 3 latest orders read from the index in order, with no sort step, whatever the table's size?`,
    source: `${MANUAL} 11.4 Indexes and ORDER BY`,
    setup: DATED,
    plan: '^(?![\\s\\S]*Sort)[\\s\\S]*Index Scan Backward using orders_placed_on_idx',
    frames: [
      `SELECT id FROM orders ORDER BY ⟦placed_on|placed_on::text=ordering by an expression of the column needs a sort|date_trunc('month', placed_on)=the index is not ordered by the truncated month expression⟧ ⟦DESC|ASC=ascending order returns the 3 earliest orders|DESC NULLS LAST=the index read backwards gives NULLs first, so NULLS LAST needs a sort⟧ LIMIT 3`,
    ],
  },
  {
    id: 'create-index-concurrently',
    stem: 'A busy production table needs a new index, and writes must not be blocked while it builds. Which statement do you run?',
    source: `${MANUAL} SQL Commands, CREATE INDEX (Building Indexes Concurrently)`,
    docKeyed: true,
    language: 'sql',
    frames: [
      `⟦CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);|CREATE INDEX orders_status_idx ON orders (status);=a plain build blocks inserts, updates and deletes until it ends|BEGIN; CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status); COMMIT;=CONCURRENTLY cannot run inside a transaction block|REINDEX TABLE orders;=REINDEX rebuilds existing indexes and adds none|CREATE INDEX orders_status_idx ON orders (status) WITH (fillfactor = 50);=fillfactor sets page fullness, not locking⟧`,
    ],
  },
  {
    id: 'index-referencing-column',
    stem: '`orders.customer_id REFERENCES customers(id)`, and deleting one customer is slow on a big `orders` table. What is the usual fix?',
    source: `${MANUAL} 5.5.5 Foreign Keys`,
    docKeyed: true,
    language: 'sql',
    frames: [
      `⟦CREATE INDEX ON orders (customer_id);|CREATE INDEX ON customers (id);=the referenced primary key is already indexed|ALTER TABLE orders ADD PRIMARY KEY (customer_id);=a key on customer_id would allow one order per customer|CREATE INDEX ON orders (id, customer_id);=with the unique id leading, finding one customer's orders still means reading the whole index|CREATE UNIQUE INDEX ON orders (customer_id);=a unique index would allow one order per customer|VACUUM orders;=vacuum reclaims space; it adds no index|CREATE INDEX ON customers (id, name);=the referenced side already has its primary key's index⟧`,
    ],
  },
]
