import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CHECK_FAMILIES } from './check-families.js'
import { MONEY_FAMILIES } from './money-families.js'
import { POLL_FAMILIES } from './poll-families.js'
import { RATES_FAMILIES } from './rates-families.js'
import { SUMMARY_FAMILIES } from './summary-families.js'

/** Each domain's families, for the models and the key test. */
export const DJU_RATES_FAMILIES: readonly ScenarioFamily[] = RATES_FAMILIES
export const DJU_MONEY_FAMILIES: readonly ScenarioFamily[] = MONEY_FAMILIES
export const DJU_SUMMARY_FAMILIES: readonly ScenarioFamily[] = SUMMARY_FAMILIES
export const DJU_POLL_FAMILIES: readonly ScenarioFamily[] = POLL_FAMILIES
export const DJU_CHECK_FAMILIES: readonly ScenarioFamily[] = CHECK_FAMILIES

// Every answer is one figure (a rate, a percentage, points, dollars, a count or a ratio), and
// each family's named slips (the wrong base, points for percent, nominal for real, the whole
// sample for a subgroup) fall on both sides of its key in most draws, so the key's rank among the
// values is aimed rather than left to the draw.
export const djuRatesModel = scenarioModel({
  id: 'dju-rates',
  title: 'Data journalism: rates and comparisons',
  families: DJU_RATES_FAMILIES,
  aimNumericRank: true,
})
export const djuMoneyModel = scenarioModel({
  id: 'dju-money',
  title: 'Data journalism: money over time and across currencies',
  families: DJU_MONEY_FAMILIES,
  aimNumericRank: true,
})
export const djuSummariesModel = scenarioModel({
  id: 'dju-summaries',
  title: 'Data journalism: averages, shares and changes that do not mislead',
  families: DJU_SUMMARY_FAMILIES,
  aimNumericRank: true,
})
export const djuPollsModel = scenarioModel({
  id: 'dju-polls',
  title: 'Data journalism: polls and samples',
  families: DJU_POLL_FAMILIES,
  aimNumericRank: true,
})
export const djuChecksModel = scenarioModel({
  id: 'dju-checks',
  title: 'Data journalism: checking claims and charts',
  families: DJU_CHECK_FAMILIES,
  aimNumericRank: true,
})

/** The data journalism test's item models, one per blueprint domain. */
export const DJU_MODELS = [
  djuRatesModel,
  djuMoneyModel,
  djuSummariesModel,
  djuPollsModel,
  djuChecksModel,
] as const
