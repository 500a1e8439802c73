import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CAPITAL_FAMILIES } from './capital-families.js'
import { CREDIT_FAMILIES } from './credit-families.js'
import { HEDGE_FAMILIES } from './hedge-families.js'
import { MARKET_FAMILIES } from './market-families.js'
import { RATES_FAMILIES } from './rates-families.js'

/** Each domain's families, for the models and the key test. */
export const FRM_MARKET_FAMILIES: readonly ScenarioFamily[] = MARKET_FAMILIES
export const FRM_RATES_FAMILIES: readonly ScenarioFamily[] = RATES_FAMILIES
export const FRM_CREDIT_FAMILIES: readonly ScenarioFamily[] = CREDIT_FAMILIES
export const FRM_HEDGE_FAMILIES: readonly ScenarioFamily[] = HEDGE_FAMILIES
export const FRM_CAPITAL_FAMILIES: readonly ScenarioFamily[] = CAPITAL_FAMILIES

// Every answer is an amount, a rate, a probability, a count or a ratio, and each family's named
// slips (volatility for variance, a daily figure not scaled or scaled by time not its square root,
// correlation left out, modified and Macaulay duration swapped, the undrawn line at its full
// amount, netting or collateral ignored, the hedge ratio inverted, a weight or buffer left out)
// fall on both sides of its key, so the key's rank among the values is aimed rather than left to
// the draw.

export const frmMarketModel = scenarioModel({
  id: 'frm-market',
  title: 'Financial risk management: market risk and value at risk',
  families: FRM_MARKET_FAMILIES,
  aimNumericRank: true,
})

export const frmRatesModel = scenarioModel({
  id: 'frm-rates',
  title: 'Financial risk management: interest rate risk',
  families: FRM_RATES_FAMILIES,
  aimNumericRank: true,
})

export const frmCreditModel = scenarioModel({
  id: 'frm-credit',
  title: 'Financial risk management: credit risk',
  families: FRM_CREDIT_FAMILIES,
  aimNumericRank: true,
})

export const frmHedgeModel = scenarioModel({
  id: 'frm-hedge',
  title: 'Financial risk management: derivatives and hedging',
  families: FRM_HEDGE_FAMILIES,
  aimNumericRank: true,
})

export const frmCapitalModel = scenarioModel({
  id: 'frm-capital',
  title: 'Financial risk management: capital, liquidity and operational risk',
  families: FRM_CAPITAL_FAMILIES,
  aimNumericRank: true,
})

/** The financial risk management test's item models, one per blueprint domain. */
export const FRM_MODELS = [
  frmMarketModel,
  frmRatesModel,
  frmCreditModel,
  frmHedgeModel,
  frmCapitalModel,
] as const
