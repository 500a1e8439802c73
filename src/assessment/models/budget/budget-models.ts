import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CASH_FAMILIES } from './cash-families.js'
import { FORECAST_FAMILIES } from './forecast-families.js'
import { OPERATING_FAMILIES } from './operating-families.js'
import { REVIEW_FAMILIES } from './review-families.js'
import { VARIANCE_FAMILIES } from './variance-families.js'

/** Each domain's families, for the models and the key test. */
export const BUDGET_OPERATING_FAMILIES: readonly ScenarioFamily[] = OPERATING_FAMILIES
export const BUDGET_CASH_FAMILIES: readonly ScenarioFamily[] = CASH_FAMILIES
export const BUDGET_VARIANCE_FAMILIES: readonly ScenarioFamily[] = VARIANCE_FAMILIES
export const BUDGET_FORECAST_FAMILIES: readonly ScenarioFamily[] = FORECAST_FAMILIES
export const BUDGET_REVIEW_FAMILIES: readonly ScenarioFamily[] = REVIEW_FAMILIES

// Every answer is a number (money, a percentage, days or a count), and each family's named
// mistakes fall on both sides of its key in most draws, so the key's rank is aimed.
export const budgetOperatingModel = scenarioModel({
  id: 'bud-operating',
  title: 'Budgeting: production, materials, labour and overhead budgets',
  families: BUDGET_OPERATING_FAMILIES,
  aimNumericRank: true,
})
export const budgetCashModel = scenarioModel({
  id: 'bud-cash',
  title: 'Budgeting: cash budgets, receipts, payments, overdraft and borrowing',
  families: BUDGET_CASH_FAMILIES,
  aimNumericRank: true,
})
export const budgetVarianceModel = scenarioModel({
  id: 'bud-variance',
  title: 'Budgeting: flexible budgets and standard-cost variances',
  families: BUDGET_VARIANCE_FAMILIES,
  aimNumericRank: true,
})
export const budgetForecastModel = scenarioModel({
  id: 'bud-forecast',
  title: 'Budgeting: rolling forecasts, outturn and headcount costing',
  families: BUDGET_FORECAST_FAMILIES,
  aimNumericRank: true,
})
export const budgetReviewModel = scenarioModel({
  id: 'bud-review',
  title: 'Budgeting: budget review, capital budgets, accruals and working capital',
  families: BUDGET_REVIEW_FAMILIES,
  aimNumericRank: true,
})

/** The budgeting and forecasting test's item models, one per blueprint domain. */
export const BUDGET_MODELS = [
  budgetOperatingModel,
  budgetCashModel,
  budgetVarianceModel,
  budgetForecastModel,
  budgetReviewModel,
] as const
