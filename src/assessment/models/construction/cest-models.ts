import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { BID_FAMILIES } from './bid-families.js'
import { CONCRETE_FAMILIES } from './concrete-families.js'
import { FINISH_FAMILIES } from './finish-families.js'
import { FRAMING_FAMILIES } from './framing-families.js'
import { PRICING_FAMILIES } from './pricing-families.js'

/** Each domain's families, for the models and the key test. */
export const CEST_CONCRETE_FAMILIES: readonly ScenarioFamily[] = CONCRETE_FAMILIES
export const CEST_FRAMING_FAMILIES: readonly ScenarioFamily[] = FRAMING_FAMILIES
export const CEST_FINISH_FAMILIES: readonly ScenarioFamily[] = FINISH_FAMILIES
export const CEST_PRICING_FAMILIES: readonly ScenarioFamily[] = PRICING_FAMILIES
export const CEST_BID_FAMILIES: readonly ScenarioFamily[] = BID_FAMILIES

// Every answer is a quantity or an amount of money, and each family's named mistakes fall on
// both sides of its key, so the key's rank among the values is aimed.
export const cestConcreteModel = scenarioModel({
  id: 'cest-concrete',
  title: 'Construction estimating: concrete, earthwork and reinforcement take-off',
  families: CEST_CONCRETE_FAMILIES,
  aimNumericRank: true,
})
export const cestFramingModel = scenarioModel({
  id: 'cest-framing',
  title: 'Construction estimating: masonry, framing, lumber and drywall',
  families: CEST_FRAMING_FAMILIES,
  aimNumericRank: true,
})
export const cestFinishModel = scenarioModel({
  id: 'cest-finish',
  title: 'Construction estimating: finishes and roofing',
  families: CEST_FINISH_FAMILIES,
  aimNumericRank: true,
})
export const cestPricingModel = scenarioModel({
  id: 'cest-pricing',
  title: 'Construction estimating: labour, plant and unit-rate pricing',
  families: CEST_PRICING_FAMILIES,
  aimNumericRank: true,
})
export const cestBidModel = scenarioModel({
  id: 'cest-bid',
  title: 'Construction estimating: markup, bids, change orders and retainage',
  families: CEST_BID_FAMILIES,
  aimNumericRank: true,
})

/** The construction estimating test's item models, one per blueprint domain. */
export const CONSTRUCTION_MODELS = [
  cestConcreteModel,
  cestFramingModel,
  cestFinishModel,
  cestPricingModel,
  cestBidModel,
] as const
