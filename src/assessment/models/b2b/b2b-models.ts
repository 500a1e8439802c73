import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { NEGOTIATION_FAMILIES } from './negotiation-families.js'
import { PIPELINE_FAMILIES } from './pipeline-families.js'
import { PRICING_FAMILIES } from './pricing-families.js'
import { PROSPECTING_FAMILIES } from './prospecting-families.js'
import { QUALIFICATION_FAMILIES } from './qualification-families.js'

/** Each domain's families, for the models and the key test. */
export const B2B_PROSPECTING_FAMILIES: readonly ScenarioFamily[] = PROSPECTING_FAMILIES
export const B2B_QUALIFICATION_FAMILIES: readonly ScenarioFamily[] = QUALIFICATION_FAMILIES
export const B2B_PIPELINE_FAMILIES: readonly ScenarioFamily[] = PIPELINE_FAMILIES
export const B2B_PRICING_FAMILIES: readonly ScenarioFamily[] = PRICING_FAMILIES
export const B2B_NEGOTIATION_FAMILIES: readonly ScenarioFamily[] = NEGOTIATION_FAMILIES

export const b2bProspectingModel = scenarioModel({
  id: 'b2b-prospecting',
  title: 'B2B sales: prospecting activity and funnel conversion arithmetic',
  families: B2B_PROSPECTING_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})
export const b2bQualificationModel = scenarioModel({
  id: 'b2b-qualification',
  title: 'B2B sales: BANT and MEDDPICC qualification of accounts, lead scoring',
  families: B2B_QUALIFICATION_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})
export const b2bPipelineModel = scenarioModel({
  id: 'b2b-pipeline',
  title: 'B2B sales: weighted pipeline, coverage, velocity, win rates and forecasts',
  families: B2B_PIPELINE_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})
export const b2bPricingModel = scenarioModel({
  id: 'b2b-pricing',
  title: 'B2B sales: quotes, discounts, ACV, TCV and ARR, margin and commission',
  families: B2B_PRICING_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})
export const b2bNegotiationModel = scenarioModel({
  id: 'b2b-negotiation',
  title: 'B2B sales: BATNA and ZOPA, give-get trades and the cost of payment terms',
  families: B2B_NEGOTIATION_FAMILIES,
  aimKeyPlaces: true,
  aimNumericRank: true,
})

/** The B2B sales test's item models, one per blueprint domain. */
export const B2B_MODELS = [
  b2bProspectingModel,
  b2bQualificationModel,
  b2bPipelineModel,
  b2bPricingModel,
  b2bNegotiationModel,
] as const
