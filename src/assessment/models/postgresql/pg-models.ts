import { editingModel } from '../editing/editing-model.js'
import { AGGREGATE_FAMILIES } from './aggregate-families.js'
import { INDEX_FAMILIES } from './index-families.js'
import { JOIN_FAMILIES } from './join-families.js'
import type { PgFamily } from './pg-family.js'
import { SCHEMA_FAMILIES } from './schema-families.js'
import { TRANSACTION_FAMILIES } from './transaction-families.js'
import { TYPE_FAMILIES } from './type-families.js'

/** Every PostgreSQL family, for the test that runs every option on PostgreSQL. */
export const PG_FAMILIES = [
  ...JOIN_FAMILIES,
  ...AGGREGATE_FAMILIES,
  ...TYPE_FAMILIES,
  ...SCHEMA_FAMILIES,
  ...TRANSACTION_FAMILIES,
  ...INDEX_FAMILIES,
]

/** SQL options are shown as SQL, result sets as text, and the manual's answers as plain sentences. */
const shown = (families: readonly PgFamily[]): PgFamily[] =>
  families.map((f) => (f.docKeyed || f.language !== undefined ? f : { ...f, language: 'sql' }))

// Each stem states its tables and its task, and the options are whole statements or result sets,
// so no companion sentence is drawn.
export const pgJoinsModel = editingModel({
  id: 'pg-joins',
  title: 'PostgreSQL: joins, subqueries and set operations',
  families: shown(JOIN_FAMILIES),
  companions: [],
})

export const pgAggregationModel = editingModel({
  id: 'pg-aggregation',
  title: 'PostgreSQL: grouping, aggregates and window functions',
  families: shown(AGGREGATE_FAMILIES),
  companions: [],
})

export const pgNullsTypesModel = editingModel({
  id: 'pg-nulls-types',
  title: 'PostgreSQL: NULL logic, numeric and time types, JSONB',
  families: shown(TYPE_FAMILIES),
  companions: [],
})

export const pgSchemaModel = editingModel({
  id: 'pg-schema',
  title: 'PostgreSQL: tables, constraints and upserts',
  families: shown(SCHEMA_FAMILIES),
  companions: [],
})

export const pgTransactionsModel = editingModel({
  id: 'pg-transactions',
  title: 'PostgreSQL: transactions, isolation and row locks',
  families: shown(TRANSACTION_FAMILIES),
  companions: [],
})

export const pgIndexesModel = editingModel({
  id: 'pg-indexes',
  title: 'PostgreSQL: indexes and reading query plans',
  families: shown(INDEX_FAMILIES),
  companions: [],
})

/** Each model with the families it draws, for the review records. */
export const PG_MODEL_FAMILIES = [
  [pgJoinsModel, JOIN_FAMILIES],
  [pgAggregationModel, AGGREGATE_FAMILIES],
  [pgNullsTypesModel, TYPE_FAMILIES],
  [pgSchemaModel, SCHEMA_FAMILIES],
  [pgTransactionsModel, TRANSACTION_FAMILIES],
  [pgIndexesModel, INDEX_FAMILIES],
] as const
