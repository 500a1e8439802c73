import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { APPROVAL_FAMILIES } from './approval-families.js'
import { CURRENCY_FAMILIES } from './currency-families.js'
import { MILEAGE_FAMILIES } from './mileage-families.js'
import { POLICY_FAMILIES } from './policy-families.js'
import { RECONCILE_FAMILIES } from './reconcile-families.js'

/** Each domain's families, for the models and the key test. */
export const EXPENSE_POLICY_FAMILIES: readonly ScenarioFamily[] = POLICY_FAMILIES
export const EXPENSE_MILEAGE_FAMILIES: readonly ScenarioFamily[] = MILEAGE_FAMILIES
export const EXPENSE_CURRENCY_FAMILIES: readonly ScenarioFamily[] = CURRENCY_FAMILIES
export const EXPENSE_RECONCILE_FAMILIES: readonly ScenarioFamily[] = RECONCILE_FAMILIES
export const EXPENSE_APPROVAL_FAMILIES: readonly ScenarioFamily[] = APPROVAL_FAMILIES

// Money answers aim the key's rank among the values, since each family's named mistakes fall on
// both sides of the key; the deadline answers are dates and routing lines, so their key's place
// is aimed by length and likeness instead.
export const expensePolicyModel = scenarioModel({
  id: 'expense-policy',
  title: 'Expense reporting: policy caps, receipts, exclusions and pre-approval',
  families: EXPENSE_POLICY_FAMILIES,
  aimNumericRank: true,
})
export const expenseMileageModel = scenarioModel({
  id: 'expense-mileage',
  title: 'Expense reporting: mileage rates and per diem',
  families: EXPENSE_MILEAGE_FAMILIES,
  aimNumericRank: true,
})
export const expenseCurrencyModel = scenarioModel({
  id: 'expense-currency',
  title: 'Expense reporting: foreign currency, card fees, VAT and tips',
  families: EXPENSE_CURRENCY_FAMILIES,
  aimNumericRank: true,
})
export const expenseReconcileModel = scenarioModel({
  id: 'expense-reconcile',
  title: 'Expense reporting: advances, card reconciliation, duplicates and cost splits',
  families: EXPENSE_RECONCILE_FAMILIES,
  aimNumericRank: true,
})
export const expenseApprovalModel = scenarioModel({
  id: 'expense-approval',
  title: 'Expense reporting: submission deadlines, accountable-plan periods and approval',
  families: EXPENSE_APPROVAL_FAMILIES,
  aimKeyPlaces: true,
})

/** The expense reporting test's item models, one per blueprint domain. */
export const EXPENSE_MODELS = [
  expensePolicyModel,
  expenseMileageModel,
  expenseCurrencyModel,
  expenseReconcileModel,
  expenseApprovalModel,
] as const
