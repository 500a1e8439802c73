import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the PostgreSQL test, spread into the domain library. */
export const POSTGRESQL_DOMAINS = {
  pgJoins: {
    id: 'pg-joins',
    title: 'Joins, subqueries and set operations',
    itemModelIds: ['pg-joins'],
    outcome:
      'Write joins and subqueries that keep or drop the right rows: outer-join filters, anti-joins with NULLs, EXISTS, LATERAL, recursive CTEs and paging',
  },
  pgAggregation: {
    id: 'pg-aggregation',
    title: 'Grouping, aggregates and window functions',
    itemModelIds: ['pg-aggregation'],
    outcome:
      'Group and aggregate correctly (GROUP BY rules, HAVING, FILTER) and rank, number and total rows with window functions and frames',
  },
  pgNullsTypes: {
    id: 'pg-nulls-types',
    title: 'NULL logic, numeric and time types, JSONB',
    itemModelIds: ['pg-nulls-types'],
    outcome:
      'Predict and control NULLs, integer and decimal arithmetic, time zones and intervals, and query JSONB documents',
  },
  pgSchema: {
    id: 'pg-schema',
    title: 'Tables, constraints and data changes',
    itemModelIds: ['pg-schema'],
    outcome:
      'Define tables whose constraints enforce the rules (UNIQUE, foreign keys, CHECK, generated and identity columns) and change data with upserts and joined updates',
  },
  pgTransactions: {
    id: 'pg-transactions',
    title: 'Transactions, isolation and locking',
    itemModelIds: ['pg-transactions'],
    outcome:
      'Group work in transactions and savepoints, choose isolation levels and row locks, and handle serialization failures and deadlocks',
  },
  pgIndexes: {
    id: 'pg-indexes',
    title: 'Indexes and query plans',
    itemModelIds: ['pg-indexes'],
    outcome:
      'Choose indexes a query can use (multicolumn order, expressions, partial, GIN) and read EXPLAIN output to find why a query is slow',
  },
} as const satisfies Record<string, ModelDomain>
