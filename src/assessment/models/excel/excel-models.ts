import { scenarioModel } from '../scenario/scenario-model.js'
import { AGGREGATE_FAMILIES } from './aggregate-families.js'
import { FORMAT_FAMILIES } from './format-families.js'
import { LOOKUP_FAMILIES } from './lookup-families.js'
import { TABLE_FAMILIES } from './table-families.js'
import { TEXT_DATE_FAMILIES } from './text-date-families.js'

export const xlLookupsModel = scenarioModel({
  id: 'xl-lookups',
  title: 'Microsoft Excel: lookups',
  families: LOOKUP_FAMILIES,
})

export const xlConditionalModel = scenarioModel({
  id: 'xl-conditional',
  title: 'Microsoft Excel: conditional aggregation',
  families: AGGREGATE_FAMILIES,
  aimKeyPlaces: true,
})

export const xlTextDatesModel = scenarioModel({
  id: 'xl-text-dates',
  title: 'Microsoft Excel: text and date functions',
  families: TEXT_DATE_FAMILIES,
})

export const xlFormatsModel = scenarioModel({
  id: 'xl-formats',
  title: 'Microsoft Excel: number formats, conditional formatting and validation',
  families: FORMAT_FAMILIES,
  aimKeyPlaces: true,
})

export const xlTablesModel = scenarioModel({
  id: 'xl-tables',
  title: 'Microsoft Excel: tables, sorting, pivots, sharing and protection',
  families: TABLE_FAMILIES,
})

/** The Microsoft Excel test's item models, one per blueprint domain. */
export const EXCEL_MODELS = [
  xlLookupsModel,
  xlConditionalModel,
  xlTextDatesModel,
  xlFormatsModel,
  xlTablesModel,
] as const
