import { row } from './catalog-row.js'

/**
 * PostgreSQL as clients hire a freelance back-end developer for it: writing and fixing the
 * queries, schema changes and transactions behind an application. Query items are checked by
 * running every option on PostgreSQL; items on concurrency and planner choices name the manual
 * section they are keyed to.
 */
export const POSTGRESQL_ROW = row(
  'postgresql',
  'PostgreSQL for application developers',
  'Technology & IT',
  5,
  30,
  [
    ['pgJoins', 20],
    ['pgAggregation', 20],
    ['pgNullsTypes', 20],
    ['pgSchema', 15],
    ['pgTransactions', 10],
    ['pgIndexes', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance back-end developer meets PostgreSQL in an existing application: a report ' +
      'that returns wrong rows, an endpoint that is slow, a feature that needs a table or a ' +
      'migration. Most of the work is writing and correcting queries. Joining tables so that ' +
      'outer joins keep their rows, anti-joins survive NULLs and subqueries return one row per ' +
      'entity, and paging results (20 %). Reports and dashboards need grouping and window ' +
      'functions: what GROUP BY allows, HAVING and FILTER, ranking, latest-per-group, running ' +
      'totals and their frames (20 %). Wrong answers most often come from NULLs and types: ' +
      'three-valued logic, COALESCE and NULLIF, integer division, numeric against float, time ' +
      'zones and intervals, and JSONB members read as text or JSON (20 %). Features need schema ' +
      'changes whose constraints hold the rules: UNIQUE with NULLs, foreign key actions, CHECK, ' +
      'generated and identity columns, upserts and migrations on tables that already hold rows ' +
      '(15 %). Slow endpoints are fixed with indexes the planner can use and by reading EXPLAIN ' +
      '(15 %). Money and job queues need transactions, savepoints, isolation levels, row locks ' +
      'and deadlock handling (10 %). Server administration (replication, backups, tuning ' +
      'settings, roles), PL/pgSQL programming and extensions are separate work or the client’s ' +
      'operations team’s, so they are not tested. Items hold on PostgreSQL 16 and later; query ' +
      'items are checked by running every option on a current PostgreSQL, and items on ' +
      'concurrency, plans and index choice name the section of the PostgreSQL 17 manual they ' +
      'follow.',
  },
)
