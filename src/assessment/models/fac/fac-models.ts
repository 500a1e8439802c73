import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { ANALYTICS_FAMILIES } from './analytics-families.js'
import { DAMAGES_FAMILIES } from './damages-families.js'
import { INCOME_FAMILIES } from './income-families.js'
import { SCHEMES_FAMILIES } from './schemes-families.js'
import { TRACING_FAMILIES } from './tracing-families.js'

/** Each domain's families, for the models and the key test. */
export const FAC_ANALYTICS_FAMILIES: readonly ScenarioFamily[] = ANALYTICS_FAMILIES
export const FAC_INCOME_FAMILIES: readonly ScenarioFamily[] = INCOME_FAMILIES
export const FAC_SCHEMES_FAMILIES: readonly ScenarioFamily[] = SCHEMES_FAMILIES
export const FAC_TRACING_FAMILIES: readonly ScenarioFamily[] = TRACING_FAMILIES
export const FAC_DAMAGES_FAMILIES: readonly ScenarioFamily[] = DAMAGES_FAMILIES

// Every answer is an amount, a rate, a count or an index, and each family's named slips (a
// non-income deposit counted as income, a transfer counted twice, gross for net lost profits,
// avoided costs left out, a first-in-first-out for a lowest-balance trace, simple interest for
// compound, the discount left off a future loss) fall on both sides of its key, so the key's
// rank among the values is aimed rather than left to the draw.

export const facAnalyticsModel = scenarioModel({
  id: 'fac-analytics',
  title: 'Forensic accounting: fraud analytics and red flags',
  families: FAC_ANALYTICS_FAMILIES,
  aimNumericRank: true,
})

export const facIncomeModel = scenarioModel({
  id: 'fac-income',
  title: 'Forensic accounting: indirect methods of proving income',
  families: FAC_INCOME_FAMILIES,
  aimNumericRank: true,
})

export const facSchemesModel = scenarioModel({
  id: 'fac-schemes',
  title: 'Forensic accounting: asset misappropriation and financial statement schemes',
  families: FAC_SCHEMES_FAMILIES,
  aimNumericRank: true,
})

export const facTracingModel = scenarioModel({
  id: 'fac-tracing',
  title: 'Forensic accounting: tracing funds',
  families: FAC_TRACING_FAMILIES,
  aimNumericRank: true,
})

export const facDamagesModel = scenarioModel({
  id: 'fac-damages',
  title: 'Forensic accounting: economic damages',
  families: FAC_DAMAGES_FAMILIES,
  aimNumericRank: true,
})

/** The forensic accounting test's item models, one per blueprint domain. */
export const FAC_MODELS = [
  facAnalyticsModel,
  facIncomeModel,
  facSchemesModel,
  facTracingModel,
  facDamagesModel,
] as const
