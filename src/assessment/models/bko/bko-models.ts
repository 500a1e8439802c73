import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { COMPLIANCE_FAMILIES } from './compliance-families.js'
import { DEPOSIT_FAMILIES } from './deposit-families.js'
import { LIQUIDITY_FAMILIES } from './liquidity-families.js'
import { PAYMENT_FAMILIES } from './payment-families.js'
import { RECONCILIATION_FAMILIES } from './reconciliation-families.js'

/** Each domain's families, for the models and the key test. */
export const BKO_PAYMENT_FAMILIES: readonly ScenarioFamily[] = PAYMENT_FAMILIES
export const BKO_DEPOSIT_FAMILIES: readonly ScenarioFamily[] = DEPOSIT_FAMILIES
export const BKO_RECONCILIATION_FAMILIES: readonly ScenarioFamily[] = RECONCILIATION_FAMILIES
export const BKO_COMPLIANCE_FAMILIES: readonly ScenarioFamily[] = COMPLIANCE_FAMILIES
export const BKO_LIQUIDITY_FAMILIES: readonly ScenarioFamily[] = LIQUIDITY_FAMILIES

// Every answer is an amount, a count, a ratio or a date, and each family's named slips (a rule,
// rate, calendar or day-count of another payment system, account or regime, an item the rule
// leaves out counted in or one it counts left out, a limit or haircut misapplied) fall on both
// sides of its key, so the key's rank among the values is aimed rather than left to the draw.
export const bkoPaymentModel = scenarioModel({
  id: 'bko-payment',
  title: 'Banking operations: payments',
  families: BKO_PAYMENT_FAMILIES,
  aimNumericRank: true,
})

export const bkoDepositModel = scenarioModel({
  id: 'bko-deposit',
  title: 'Banking operations: deposits and accounts',
  families: BKO_DEPOSIT_FAMILIES,
  aimNumericRank: true,
})

export const bkoReconciliationModel = scenarioModel({
  id: 'bko-reconciliation',
  title: 'Banking operations: reconciliation and exceptions',
  families: BKO_RECONCILIATION_FAMILIES,
  aimNumericRank: true,
})

export const bkoComplianceModel = scenarioModel({
  id: 'bko-compliance',
  title: 'Banking operations: operational compliance',
  families: BKO_COMPLIANCE_FAMILIES,
  aimNumericRank: true,
})

export const bkoLiquidityModel = scenarioModel({
  id: 'bko-liquidity',
  title: 'Banking operations: liquidity and funding',
  families: BKO_LIQUIDITY_FAMILIES,
  aimNumericRank: true,
})

/** The banking operations test's item models, one per blueprint domain. */
export const BKO_MODELS = [
  bkoPaymentModel,
  bkoDepositModel,
  bkoReconciliationModel,
  bkoComplianceModel,
  bkoLiquidityModel,
] as const
