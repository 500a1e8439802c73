import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { COST_FAMILIES } from './cost-families.js'
import { ELASTICITY_FAMILIES } from './elasticity-families.js'
import { PROMO_FAMILIES } from './promo-families.js'
import { TIER_FAMILIES } from './tier-families.js'
import { VALUE_FAMILIES } from './value-families.js'

/** Each domain's families, for the models and the key test. */
export const PRICING_COST_FAMILIES: readonly ScenarioFamily[] = COST_FAMILIES
export const PRICING_ELASTICITY_FAMILIES: readonly ScenarioFamily[] = ELASTICITY_FAMILIES
export const PRICING_TIER_FAMILIES: readonly ScenarioFamily[] = TIER_FAMILIES
export const PRICING_PROMO_FAMILIES: readonly ScenarioFamily[] = PROMO_FAMILIES
export const PRICING_VALUE_FAMILIES: readonly ScenarioFamily[] = VALUE_FAMILIES

// Every answer is a number (money, a percentage, a ratio or a count of units), and each family's
// named mistakes fall on both sides of its key in most draws, so the key's rank is aimed.
export const pricingCostModel = scenarioModel({
  id: 'prc-cost',
  title: 'Pricing strategy: cost-plus prices, markup and margin, and volume to hold gross profit',
  families: PRICING_COST_FAMILIES,
  aimNumericRank: true,
})
export const pricingElasticityModel = scenarioModel({
  id: 'prc-elasticity',
  title: 'Pricing strategy: price elasticity, demand and the profit-maximising price',
  families: PRICING_ELASTICITY_FAMILIES,
  aimNumericRank: true,
})
export const pricingTierModel = scenarioModel({
  id: 'prc-tiers',
  title: 'Pricing strategy: tiers, bundles and price discrimination from willingness to pay',
  families: PRICING_TIER_FAMILIES,
  aimNumericRank: true,
})
export const pricingPromoModel = scenarioModel({
  id: 'prc-promo',
  title: 'Pricing strategy: promotions, discounts, coupons and price presentation',
  families: PRICING_PROMO_FAMILIES,
  aimNumericRank: true,
})
export const pricingValueModel = scenarioModel({
  id: 'prc-value',
  title: 'Pricing strategy: value-based and subscription pricing and price-test read-outs',
  families: PRICING_VALUE_FAMILIES,
  aimNumericRank: true,
})

/** The pricing strategy test's item models, one per blueprint domain. */
export const PRICING_MODELS = [
  pricingCostModel,
  pricingElasticityModel,
  pricingTierModel,
  pricingPromoModel,
  pricingValueModel,
] as const
