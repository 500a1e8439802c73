import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { INTEREST_FAMILIES } from './interest-families.js'
import { PAYROLL_SALES_FAMILIES } from './payroll-sales-families.js'
import { PERCENT_FAMILIES } from './percent-families.js'
import { PRICING_FAMILIES } from './pricing-families.js'
import { RATIOS_FAMILIES } from './ratios-families.js'

/** Each domain's families, for the models and the key test. */
export const BMA_PERCENT_FAMILIES: readonly ScenarioFamily[] = PERCENT_FAMILIES
export const BMA_PRICING_FAMILIES: readonly ScenarioFamily[] = PRICING_FAMILIES
export const BMA_INTEREST_FAMILIES: readonly ScenarioFamily[] = INTEREST_FAMILIES
export const BMA_PAYROLL_SALES_FAMILIES: readonly ScenarioFamily[] = PAYROLL_SALES_FAMILIES
export const BMA_RATIOS_FAMILIES: readonly ScenarioFamily[] = RATIOS_FAMILIES

// Every answer is one figure (a percentage, points, money, a count or a ratio), and each family's
// named slips (the wrong base, markup for margin, a year of 365 days for 360, a rate multiplied
// where it divides) fall on both sides of its key in most draws, so the key's rank among the
// values is aimed rather than left to the draw.
export const bmaPercentModel = scenarioModel({
  id: 'bma-percent',
  title: 'Business mathematics: percentages',
  families: BMA_PERCENT_FAMILIES,
  aimNumericRank: true,
})
export const bmaPricingModel = scenarioModel({
  id: 'bma-pricing',
  title: 'Business mathematics: pricing and discounts',
  families: BMA_PRICING_FAMILIES,
  aimNumericRank: true,
})
export const bmaInterestModel = scenarioModel({
  id: 'bma-interest',
  title: 'Business mathematics: interest and the time value of money',
  families: BMA_INTEREST_FAMILIES,
  aimNumericRank: true,
})
export const bmaPayrollSalesModel = scenarioModel({
  id: 'bma-payroll-sales',
  title: 'Business mathematics: payroll and sales figures',
  families: BMA_PAYROLL_SALES_FAMILIES,
  aimNumericRank: true,
})
export const bmaRatiosModel = scenarioModel({
  id: 'bma-ratios',
  title: 'Business mathematics: ratios, rates and conversions',
  families: BMA_RATIOS_FAMILIES,
  aimNumericRank: true,
})

/** The business mathematics test's item models, one per blueprint domain. */
export const BMA_MODELS = [
  bmaPercentModel,
  bmaPricingModel,
  bmaInterestModel,
  bmaPayrollSalesModel,
  bmaRatiosModel,
] as const
