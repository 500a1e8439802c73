import { scenarioModel } from '../scenario/scenario-model.js'
import { AGGREGATE_FAMILIES } from './aggregate-families.js'
import { FILTER_FAMILIES } from './filter-families.js'
import { JOIN_FAMILIES } from './join-families.js'
import { SCHEMA_FAMILIES } from './schema-families.js'
import type { SqlFamily } from './sqlq-text.js'
import { WINDOW_FAMILIES } from './window-families.js'

export const SQLQ_FILTER_FAMILIES: readonly SqlFamily[] = FILTER_FAMILIES
export const SQLQ_JOIN_FAMILIES: readonly SqlFamily[] = JOIN_FAMILIES
export const SQLQ_AGGREGATE_FAMILIES: readonly SqlFamily[] = AGGREGATE_FAMILIES
export const SQLQ_WINDOW_FAMILIES: readonly SqlFamily[] = WINDOW_FAMILIES
export const SQLQ_SCHEMA_FAMILIES: readonly SqlFamily[] = SCHEMA_FAMILIES

export const sqlqFilterModel = scenarioModel({
  id: 'sqlq-filter-order',
  title: 'SQL: filtering with NULLs, sorting and paging',
  families: SQLQ_FILTER_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})
export const sqlqJoinModel = scenarioModel({
  id: 'sqlq-joins',
  title: 'SQL: inner, outer, semi- and anti-joins',
  families: SQLQ_JOIN_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})
export const sqlqAggregateModel = scenarioModel({
  id: 'sqlq-aggregates',
  title: 'SQL: GROUP BY, HAVING and aggregates over NULLs',
  families: SQLQ_AGGREGATE_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})
export const sqlqWindowModel = scenarioModel({
  id: 'sqlq-windows-subqueries',
  title: 'SQL: window functions, subqueries, CTEs and set operations',
  families: SQLQ_WINDOW_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})
export const sqlqSchemaModel = scenarioModel({
  id: 'sqlq-schema',
  title: 'SQL: constraints, transactions and indexes',
  families: SQLQ_SCHEMA_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})

/** The SQL test's item models, one per blueprint domain. */
export const SQLQ_MODELS = [
  sqlqFilterModel,
  sqlqJoinModel,
  sqlqAggregateModel,
  sqlqWindowModel,
  sqlqSchemaModel,
] as const
