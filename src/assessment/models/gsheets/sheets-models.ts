import { scenarioModel } from '../scenario/scenario-model.js'
import { CLEAN_DATE_FORMULA_FAMILIES } from './clean-date-formula-families.js'
import { CLEAN_LOCALE_RULE_FAMILIES } from './clean-locale-rule-families.js'
import { FILTER_QUERY_RULE_FAMILIES } from './filter-query-rule-families.js'
import { FORMAT_RULE_FORMULA_FAMILIES } from './format-rule-formula-families.js'
import { HISTORY_PIVOT_RULE_FAMILIES } from './history-pivot-rule-families.js'
import { IMPORT_REFERENCE_RULE_FAMILIES } from './import-reference-rule-families.js'
import { LOOKUP_FORMULA_FAMILIES } from './lookup-formula-families.js'
import { SHARE_PROTECT_RULE_FAMILIES } from './share-protect-rule-families.js'
import { TEXT_ARRAY_FORMULA_FAMILIES } from './text-array-formula-families.js'
import { VALIDATION_FORMAT_RULE_FAMILIES } from './validation-format-rule-families.js'

/** Each domain's families, so the models, the key test and the review sources share one list. */
export const GS_ARRAY_FAMILIES = [...TEXT_ARRAY_FORMULA_FAMILIES, ...FILTER_QUERY_RULE_FAMILIES]
export const GS_LOOKUP_FAMILIES = [...LOOKUP_FORMULA_FAMILIES, ...IMPORT_REFERENCE_RULE_FAMILIES]
export const GS_CLEAN_FAMILIES = [...CLEAN_DATE_FORMULA_FAMILIES, ...CLEAN_LOCALE_RULE_FAMILIES]
export const GS_RULE_FAMILIES = [
  ...FORMAT_RULE_FORMULA_FAMILIES,
  ...VALIDATION_FORMAT_RULE_FAMILIES,
]
export const GS_SHARE_FAMILIES = [...SHARE_PROTECT_RULE_FAMILIES, ...HISTORY_PIVOT_RULE_FAMILIES]

export const gsArraysModel = scenarioModel({
  id: 'gs-arrays',
  title: 'Google Sheets: FILTER, SORT, UNIQUE, QUERY, ARRAYFORMULA, SPLIT and REGEX functions',
  families: GS_ARRAY_FAMILIES,
  aimKeyPlaces: true,
})

export const gsLookupsModel = scenarioModel({
  id: 'gs-lookups',
  title: 'Google Sheets: lookups, conditional totals, references and imported data',
  families: GS_LOOKUP_FAMILIES,
  aimKeyPlaces: true,
})

export const gsCleanModel = scenarioModel({
  id: 'gs-clean',
  title: 'Google Sheets: cleaning data, dates and locales',
  families: GS_CLEAN_FAMILIES,
  aimKeyPlaces: true,
})

export const gsRulesModel = scenarioModel({
  id: 'gs-rules',
  title: 'Google Sheets: data validation and conditional formatting',
  families: GS_RULE_FAMILIES,
  aimKeyPlaces: true,
})

export const gsShareModel = scenarioModel({
  id: 'gs-share',
  title: 'Google Sheets: sharing, protection, version history and pivot tables',
  families: GS_SHARE_FAMILIES,
  aimKeyPlaces: true,
})

/** The Google Sheets test's item models, one per blueprint domain. */
export const GOOGLE_SHEETS_MODELS = [
  gsArraysModel,
  gsLookupsModel,
  gsCleanModel,
  gsRulesModel,
  gsShareModel,
] as const
