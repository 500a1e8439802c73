import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { COMPUTATION_FAMILIES } from './computation-families.js'
import { CREDIT_FAMILIES } from './credit-families.js'
import { DEDUCTION_FAMILIES } from './deduction-families.js'
import { INCOME_FAMILIES } from './income-families.js'
import { STATUS_FAMILIES } from './status-families.js'

/** Each domain's families, for the models and the key test. */
export const USTX_STATUS_FAMILIES: readonly ScenarioFamily[] = STATUS_FAMILIES
export const USTX_INCOME_FAMILIES: readonly ScenarioFamily[] = INCOME_FAMILIES
export const USTX_DEDUCTION_FAMILIES: readonly ScenarioFamily[] = DEDUCTION_FAMILIES
export const USTX_CREDIT_FAMILIES: readonly ScenarioFamily[] = CREDIT_FAMILIES
export const USTX_COMPUTATION_FAMILIES: readonly ScenarioFamily[] = COMPUTATION_FAMILIES

// Every answer is an amount in dollars (or a share of support), and each family's named slips (a
// figure of another filing status or of an earlier year, an item that a test leaves out counted
// in or one it counts left out, a limit, phase-out or rate misapplied) fall on both sides of its
// key, so the key's rank among the values is aimed rather than left to the draw.
export const ustxStatusModel = scenarioModel({
  id: 'ustx-status',
  title: 'US individual tax preparation: filing status, dependents and the standard deduction',
  families: USTX_STATUS_FAMILIES,
  aimNumericRank: true,
})

export const ustxIncomeModel = scenarioModel({
  id: 'ustx-income',
  title: 'US individual tax preparation: income',
  families: USTX_INCOME_FAMILIES,
  aimNumericRank: true,
})

export const ustxDeductionModel = scenarioModel({
  id: 'ustx-deduction',
  title: 'US individual tax preparation: adjustments and deductions',
  families: USTX_DEDUCTION_FAMILIES,
  aimNumericRank: true,
})

export const ustxCreditModel = scenarioModel({
  id: 'ustx-credit',
  title: 'US individual tax preparation: credits',
  families: USTX_CREDIT_FAMILIES,
  aimNumericRank: true,
})

export const ustxComputationModel = scenarioModel({
  id: 'ustx-computation',
  title: 'US individual tax preparation: tax computation and payments',
  families: USTX_COMPUTATION_FAMILIES,
  aimNumericRank: true,
})

/** The US individual tax preparation test's item models, one per blueprint domain. */
export const USTX_MODELS = [
  ustxStatusModel,
  ustxIncomeModel,
  ustxDeductionModel,
  ustxCreditModel,
  ustxComputationModel,
] as const
