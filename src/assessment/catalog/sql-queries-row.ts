import { type CatalogRow, row } from './catalog-row.js'

/** SQL as a freelance data or back-end developer writes it for clients, in PostgreSQL. */
export const SQL_QUERIES_ROW: CatalogRow = row(
  'sql',
  'SQL',
  'Technology & IT',
  5,
  30,
  [
    ['sqlqFilter', 20],
    ['sqlqJoins', 25],
    ['sqlqAggregates', 20],
    ['sqlqWindows', 20],
    ['sqlqSchema', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance data or back-end developer writes SQL for clients’ reports, dashboards and ' +
      'application back ends, reviews queries that return the wrong numbers, and sets up ' +
      'tables that keep data consistent. Most client bugs are wrong row counts and totals, so ' +
      'every domain asks what a query returns on small drawn tables. Joining tables is the ' +
      'daily work and the largest source of wrong totals: inner, left, full, cross and self ' +
      'joins, rows repeated by one-to-many joins, conditions in ON versus WHERE, and semi- and ' +
      'anti-joins with EXISTS, NOT EXISTS and NOT IN: 25 %. Filtering and ordering: WHERE ' +
      'under three-valued logic with NULL, IS DISTINCT FROM, IN lists, BETWEEN, LIKE, operator ' +
      'precedence, ORDER BY with NULL placement, LIMIT and OFFSET paging: 20 %. Grouping and ' +
      'aggregates: count(*) versus count(column), SUM and AVG over NULLs and empty inputs, ' +
      'integer division, GROUP BY with NULL keys, HAVING after WHERE, FILTER: 20 %. Window ' +
      'functions, subqueries, CTEs and set operations: rank, dense_rank, row_number, running ' +
      'sums and their default frame, lag and last_value, scalar and ALL subqueries, recursive ' +
      'CTEs, UNION, INTERSECT and EXCEPT: 20 %. Constraints, transactions and indexes: UNIQUE ' +
      'and CHECK with NULLs, defaults, foreign-key actions, errors and savepoints in a ' +
      'transaction, ON CONFLICT, isolation, and which conditions a B-tree, expression or ' +
      'partial index serves: 15 %. Every stem states PostgreSQL, and every rule is the one the ' +
      'PostgreSQL documentation (postgresql.org/docs/current) states. Vendor dialects other ' +
      'than PostgreSQL, stored procedures and PL/pgSQL, database administration (backups, ' +
      'replication, roles), query-plan tuning beyond whether an index can be used, and ORM ' +
      'libraries are not tested.',
  },
)
