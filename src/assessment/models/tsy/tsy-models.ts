import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CASH_FAMILIES } from './cash-families.js'
import { FUNDING_FAMILIES } from './funding-families.js'
import { FX_FAMILIES } from './fx-families.js'
import { MONEY_FAMILIES } from './money-families.js'
import { RATE_FAMILIES } from './rate-families.js'

/** Each domain's families, for the models and the key test. */
export const TSY_CASH_FAMILIES: readonly ScenarioFamily[] = CASH_FAMILIES
export const TSY_MONEY_FAMILIES: readonly ScenarioFamily[] = MONEY_FAMILIES
export const TSY_FX_FAMILIES: readonly ScenarioFamily[] = FX_FAMILIES
export const TSY_RATE_FAMILIES: readonly ScenarioFamily[] = RATE_FAMILIES
export const TSY_FUNDING_FAMILIES: readonly ScenarioFamily[] = FUNDING_FAMILIES

// Every answer is an amount, a rate or a ratio, and each family's named slips (a day count, quote
// direction or convention of another market, a fee or premium left out or counted twice, a rate of
// another tenor, a cap, floor or limit misapplied) fall on both sides of its key, so the key's rank
// among the values is aimed rather than left to the draw.

export const tsyCashModel = scenarioModel({
  id: 'tsy-cash',
  title: 'Treasury management: cash positioning and pooling',
  families: TSY_CASH_FAMILIES,
  aimNumericRank: true,
})

export const tsyMoneyModel = scenarioModel({
  id: 'tsy-money',
  title: 'Treasury management: short-term investment',
  families: TSY_MONEY_FAMILIES,
  aimNumericRank: true,
})

export const tsyFxModel = scenarioModel({
  id: 'tsy-fx',
  title: 'Treasury management: foreign exchange risk',
  families: TSY_FX_FAMILIES,
  aimNumericRank: true,
})

export const tsyRateModel = scenarioModel({
  id: 'tsy-rate',
  title: 'Treasury management: interest rate risk',
  families: TSY_RATE_FAMILIES,
  aimNumericRank: true,
})

export const tsyFundingModel = scenarioModel({
  id: 'tsy-funding',
  title: 'Treasury management: funding and bank facilities',
  families: TSY_FUNDING_FAMILIES,
  aimNumericRank: true,
})

/** The treasury management test's item models, one per blueprint domain. */
export const TSY_MODELS = [
  tsyCashModel,
  tsyMoneyModel,
  tsyFxModel,
  tsyRateModel,
  tsyFundingModel,
] as const
