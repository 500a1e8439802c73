import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CLAIMS_FAMILIES } from './claims-families.js'
import { PRICING_FAMILIES } from './pricing-families.js'
import { RATING_FAMILIES } from './rating-families.js'
import { REINSURANCE_FAMILIES } from './reinsurance-families.js'
import { RESULTS_FAMILIES } from './results-families.js'

/** Each domain's families, for the models and the key test. */
export const INS_RATING_FAMILIES: readonly ScenarioFamily[] = RATING_FAMILIES
export const INS_CLAIMS_FAMILIES: readonly ScenarioFamily[] = CLAIMS_FAMILIES
export const INS_RESULTS_FAMILIES: readonly ScenarioFamily[] = RESULTS_FAMILIES
export const INS_REINSURANCE_FAMILIES: readonly ScenarioFamily[] = REINSURANCE_FAMILIES
export const INS_PRICING_FAMILIES: readonly ScenarioFamily[] = PRICING_FAMILIES

// Every answer is one figure (money or a rate), and each family's named slips (written premium
// taken for earned, a deductible applied in the wrong order, a layer's limit ignored, an expense
// load added instead of divided out) fall on both sides of its key in most draws, so the key's
// rank among the values is aimed rather than left to the draw.
export const insRatingModel = scenarioModel({
  id: 'ins-rating',
  title: 'Insurance fundamentals: rating and premium',
  families: INS_RATING_FAMILIES,
  aimNumericRank: true,
})
export const insClaimsModel = scenarioModel({
  id: 'ins-claims',
  title: 'Insurance fundamentals: settling a claim',
  families: INS_CLAIMS_FAMILIES,
  aimNumericRank: true,
})
export const insResultsModel = scenarioModel({
  id: 'ins-results',
  title: 'Insurance fundamentals: underwriting results and loss development',
  families: INS_RESULTS_FAMILIES,
  aimNumericRank: true,
})
export const insReinsuranceModel = scenarioModel({
  id: 'ins-reinsurance',
  title: 'Insurance fundamentals: reinsurance',
  families: INS_REINSURANCE_FAMILIES,
  aimNumericRank: true,
})
export const insPricingModel = scenarioModel({
  id: 'ins-pricing',
  title: 'Insurance fundamentals: pricing and exposure',
  families: INS_PRICING_FAMILIES,
  aimNumericRank: true,
})

/** The insurance fundamentals test's item models, one per blueprint domain. */
export const INS_MODELS = [
  insRatingModel,
  insClaimsModel,
  insResultsModel,
  insReinsuranceModel,
  insPricingModel,
] as const
