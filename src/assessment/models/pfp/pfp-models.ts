import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CASHFLOW_FAMILIES } from './cashflow-families.js'
import { DEBT_FAMILIES } from './debt-families.js'
import { GOALS_FAMILIES } from './goals-families.js'
import { INVEST_FAMILIES } from './invest-families.js'
import { TAX_FAMILIES } from './tax-families.js'

/** Each domain's families, for the models and the key test. */
export const PFP_CASHFLOW_FAMILIES: readonly ScenarioFamily[] = CASHFLOW_FAMILIES
export const PFP_DEBT_FAMILIES: readonly ScenarioFamily[] = DEBT_FAMILIES
export const PFP_INVEST_FAMILIES: readonly ScenarioFamily[] = INVEST_FAMILIES
export const PFP_GOALS_FAMILIES: readonly ScenarioFamily[] = GOALS_FAMILIES
export const PFP_TAX_FAMILIES: readonly ScenarioFamily[] = TAX_FAMILIES

// Every answer is one figure (dollars, a percentage, a ratio, months or years), and each family's
// named slips (gross for net, nominal for real, simple for compound, the marginal rate for the
// effective one) fall on both sides of its key, so the key's rank among the values is aimed.
export const pfpCashflowModel = scenarioModel({
  id: 'pfp-cashflow',
  title: 'Personal financial planning: budgets, cash flow and net worth',
  families: PFP_CASHFLOW_FAMILIES,
  aimNumericRank: true,
})
export const pfpDebtModel = scenarioModel({
  id: 'pfp-debt',
  title: 'Personal financial planning: debt and borrowing',
  families: PFP_DEBT_FAMILIES,
  aimNumericRank: true,
})
export const pfpInvestModel = scenarioModel({
  id: 'pfp-invest',
  title: 'Personal financial planning: investing and growth',
  families: PFP_INVEST_FAMILIES,
  aimNumericRank: true,
})
export const pfpGoalsModel = scenarioModel({
  id: 'pfp-goals',
  title: 'Personal financial planning: goals and retirement',
  families: PFP_GOALS_FAMILIES,
  aimNumericRank: true,
})
export const pfpTaxModel = scenarioModel({
  id: 'pfp-tax',
  title: 'Personal financial planning: income tax in planning',
  families: PFP_TAX_FAMILIES,
  aimNumericRank: true,
})

/** The personal financial planning test's item models, one per blueprint domain. */
export const PFP_MODELS = [
  pfpCashflowModel,
  pfpDebtModel,
  pfpInvestModel,
  pfpGoalsModel,
  pfpTaxModel,
] as const
