import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CASHFLOW_FAMILIES } from './cashflow-families.js'
import { LEVERAGE_FAMILIES } from './leverage-families.js'
import { LIQUIDITY_FAMILIES } from './liquidity-families.js'
import { RISK_FAMILIES } from './risk-families.js'
import { STRUCTURING_FAMILIES } from './structuring-families.js'

/** Each domain's families, for the models and the key test. */
export const CREDIT_LIQUIDITY_FAMILIES: readonly ScenarioFamily[] = LIQUIDITY_FAMILIES
export const CREDIT_LEVERAGE_FAMILIES: readonly ScenarioFamily[] = LEVERAGE_FAMILIES
export const CREDIT_CASHFLOW_FAMILIES: readonly ScenarioFamily[] = CASHFLOW_FAMILIES
export const CREDIT_STRUCTURING_FAMILIES: readonly ScenarioFamily[] = STRUCTURING_FAMILIES
export const CREDIT_RISK_FAMILIES: readonly ScenarioFamily[] = RISK_FAMILIES

// Every answer is a number (money, a multiple, a day count or a percentage), and each family's
// named mistakes fall on both sides of its key in most draws, so the key's rank is aimed.
export const creditLiquidityModel = scenarioModel({
  id: 'cra-liquidity',
  title: 'Credit analysis: liquidity ratios, working-capital days and the working-capital need',
  families: CREDIT_LIQUIDITY_FAMILIES,
  aimNumericRank: true,
})
export const creditLeverageModel = scenarioModel({
  id: 'cra-leverage',
  title: 'Credit analysis: leverage, coverage and covenant headroom on the lender’s definitions',
  families: CREDIT_LEVERAGE_FAMILIES,
  aimNumericRank: true,
})
export const creditCashflowModel = scenarioModel({
  id: 'cra-cashflow',
  title: 'Credit analysis: EBITDA to free cash flow and cash flow available for debt service',
  families: CREDIT_CASHFLOW_FAMILIES,
  aimNumericRank: true,
})
export const creditStructuringModel = scenarioModel({
  id: 'cra-structuring',
  title: 'Credit analysis: amortising and balloon schedules, borrowing bases, LTV and headroom',
  families: CREDIT_STRUCTURING_FAMILIES,
  aimNumericRank: true,
})
export const creditRiskModel = scenarioModel({
  id: 'cra-risk',
  title: 'Credit analysis: expected loss, collateral recovery, scorecards and Z-scores',
  families: CREDIT_RISK_FAMILIES,
  aimNumericRank: true,
})

/** The credit analysis test's item models, one per blueprint domain. */
export const CREDIT_MODELS = [
  creditLiquidityModel,
  creditLeverageModel,
  creditCashflowModel,
  creditStructuringModel,
  creditRiskModel,
] as const
