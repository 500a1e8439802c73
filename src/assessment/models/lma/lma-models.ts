import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { PAYMENT_FAMILIES } from './payment-families.js'
import { RATE_FAMILIES } from './rate-families.js'
import { RATIO_FAMILIES } from './ratio-families.js'
import { REFINANCE_FAMILIES } from './refinance-families.js'
import { STRUCTURE_FAMILIES } from './structure-families.js'

/** Each domain's families, for the models and the key test. */
export const LMA_PAYMENT_FAMILIES: readonly ScenarioFamily[] = PAYMENT_FAMILIES
export const LMA_RATE_FAMILIES: readonly ScenarioFamily[] = RATE_FAMILIES
export const LMA_STRUCTURE_FAMILIES: readonly ScenarioFamily[] = STRUCTURE_FAMILIES
export const LMA_REFINANCE_FAMILIES: readonly ScenarioFamily[] = REFINANCE_FAMILIES
export const LMA_RATIO_FAMILIES: readonly ScenarioFamily[] = RATIO_FAMILIES

// Every answer is an amount, a rate, a ratio or a count of months, and each family's named slips
// (interest left out, the wrong base, the wrong compounding) fall on both sides of its key in
// most draws, so the key's rank among the values is aimed rather than left to chance.
export const lmaPaymentModel = scenarioModel({
  id: 'lma-payments',
  title: 'Loan and mortgage analysis: amortising payments and schedules',
  families: LMA_PAYMENT_FAMILIES,
  aimNumericRank: true,
})
export const lmaRateModel = scenarioModel({
  id: 'lma-rates',
  title: 'Loan and mortgage analysis: rates, compounding and day counts',
  families: LMA_RATE_FAMILIES,
  aimNumericRank: true,
})
export const lmaStructureModel = scenarioModel({
  id: 'lma-structures',
  title: 'Loan and mortgage analysis: interest-only, balloon, overpayment and offset loans',
  families: LMA_STRUCTURE_FAMILIES,
  aimNumericRank: true,
})
export const lmaRefinanceModel = scenarioModel({
  id: 'lma-refinance',
  title: 'Loan and mortgage analysis: refinancing, points and early repayment',
  families: LMA_REFINANCE_FAMILIES,
  aimNumericRank: true,
})
export const lmaRatioModel = scenarioModel({
  id: 'lma-ratios',
  title: 'Loan and mortgage analysis: loan-to-value, coverage and affordability',
  families: LMA_RATIO_FAMILIES,
  aimNumericRank: true,
})

/** The loan and mortgage analysis test's item models, one per blueprint domain. */
export const LMA_MODELS = [
  lmaPaymentModel,
  lmaRateModel,
  lmaStructureModel,
  lmaRefinanceModel,
  lmaRatioModel,
] as const
