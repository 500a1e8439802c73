import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { BUDGET_FAMILIES } from './budget-families.js'
import { CREDIT_FAMILIES } from './credit-families.js'
import { INSURANCE_FAMILIES } from './insurance-families.js'
import { SAVING_FAMILIES } from './saving-families.js'
import { TAX_FAMILIES } from './tax-families.js'

/** Each domain's families, for the models and the key test. */
export const PFL_BUDGET_FAMILIES: readonly ScenarioFamily[] = BUDGET_FAMILIES
export const PFL_CREDIT_FAMILIES: readonly ScenarioFamily[] = CREDIT_FAMILIES
export const PFL_SAVING_FAMILIES: readonly ScenarioFamily[] = SAVING_FAMILIES
export const PFL_INSURANCE_FAMILIES: readonly ScenarioFamily[] = INSURANCE_FAMILIES
export const PFL_TAX_FAMILIES: readonly ScenarioFamily[] = TAX_FAMILIES

// Every answer is one figure (money, a rate, months or years), and each family's named slips (a
// fee forgotten, a rate taken on the wrong base, a monthly figure used as yearly, a cap ignored)
// fall on both sides of its key in most draws, so the key's rank among the values is aimed
// rather than left to the draw.
export const pflBudgetModel = scenarioModel({
  id: 'pfl-budget',
  title: 'Personal finance literacy: budgeting and irregular income',
  families: PFL_BUDGET_FAMILIES,
  aimNumericRank: true,
})
export const pflCreditModel = scenarioModel({
  id: 'pfl-credit',
  title: 'Personal finance literacy: borrowing and credit',
  families: PFL_CREDIT_FAMILIES,
  aimNumericRank: true,
})
export const pflSavingModel = scenarioModel({
  id: 'pfl-saving',
  title: 'Personal finance literacy: saving and compounding',
  families: PFL_SAVING_FAMILIES,
  aimNumericRank: true,
})
export const pflInsuranceModel = scenarioModel({
  id: 'pfl-insurance',
  title: 'Personal finance literacy: insurance and risk',
  families: PFL_INSURANCE_FAMILIES,
  aimNumericRank: true,
})
export const pflTaxModel = scenarioModel({
  id: 'pfl-tax',
  title: 'Personal finance literacy: freelance taxes and retirement basics',
  families: PFL_TAX_FAMILIES,
  aimNumericRank: true,
})

/** The personal finance literacy test's item models, one per blueprint domain. */
export const PFL_MODELS = [
  pflBudgetModel,
  pflCreditModel,
  pflSavingModel,
  pflInsuranceModel,
  pflTaxModel,
] as const
