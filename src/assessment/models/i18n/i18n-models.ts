import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CALENDAR_FAMILIES, DATE_PITFALL_FAMILIES } from './calendar-families.js'
import { LOCALE_FAMILIES } from './locale-families.js'
import { MORE_NUMBER_FAMILIES, NUMBER_FAMILIES } from './number-families.js'
import { PLURAL_FAMILIES, SELECT_FAMILIES } from './plural-families.js'
import { CASE_FAMILIES, NFKC_FAMILIES, SORT_FAMILIES, TEXT_FAMILIES } from './text-families.js'
import { MORE_TIME_FAMILIES, TIME_FAMILIES } from './time-families.js'
import { WORKFLOW_FAMILIES } from './workflow-families.js'

/** Each domain's families, for the models and the key test. */
export const I18N_NUMBER_FAMILIES: readonly ScenarioFamily[] = [
  ...NUMBER_FAMILIES,
  ...MORE_NUMBER_FAMILIES,
]
export const I18N_PLURAL_FAMILIES: readonly ScenarioFamily[] = [
  ...PLURAL_FAMILIES,
  ...SELECT_FAMILIES,
]
export const I18N_TEXT_FAMILIES: readonly ScenarioFamily[] = [
  ...TEXT_FAMILIES,
  ...CASE_FAMILIES,
  ...SORT_FAMILIES,
  ...NFKC_FAMILIES,
]
export const I18N_TIME_FAMILIES: readonly ScenarioFamily[] = [
  ...TIME_FAMILIES,
  ...MORE_TIME_FAMILIES,
  ...CALENDAR_FAMILIES,
  ...DATE_PITFALL_FAMILIES,
]
export const I18N_LOCALE_FAMILIES: readonly ScenarioFamily[] = [
  ...LOCALE_FAMILIES,
  ...WORKFLOW_FAMILIES,
]

// Answers are formatted text (numbers, dates, messages, tags) or small counts; families offer
// more named mistakes than an item shows, so each model aims the key's place, and a count's rank
// among the counts first (text option sets are aimed by length and likeness).
export const i18nNumberModel = scenarioModel({
  id: 'i18n-numbers',
  title: 'Internationalisation: locale-aware number, percentage and currency formatting',
  families: I18N_NUMBER_FAMILIES,
  aimNumericRank: true,
})
export const i18nPluralModel = scenarioModel({
  id: 'i18n-plurals',
  title: 'Internationalisation: CLDR plural categories and ICU message output',
  families: I18N_PLURAL_FAMILIES,
  aimNumericRank: true,
})
export const i18nTextModel = scenarioModel({
  id: 'i18n-text',
  title: 'Internationalisation: Unicode lengths, normalisation, case mapping and collation',
  families: I18N_TEXT_FAMILIES,
  aimNumericRank: true,
})
export const i18nTimeModel = scenarioModel({
  id: 'i18n-time',
  title: 'Internationalisation: time zones, daylight saving, calendars and date display',
  families: I18N_TIME_FAMILIES,
  aimNumericRank: true,
})
export const i18nLocaleModel = scenarioModel({
  id: 'i18n-locales',
  title: 'Internationalisation: locale tags, fallback and the localisation workflow',
  families: I18N_LOCALE_FAMILIES,
  aimNumericRank: true,
})

/** The internationalisation test's item models, one per blueprint domain. */
export const I18N_MODELS = [
  i18nNumberModel,
  i18nPluralModel,
  i18nTextModel,
  i18nTimeModel,
  i18nLocaleModel,
] as const
