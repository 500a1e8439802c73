import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { DISPATCH_FAMILIES } from './dispatch-families.js'
import { RECORDS_FAMILIES } from './records-families.js'
import { REFUNDS_FAMILIES } from './refunds-families.js'
import { STOCK_FAMILIES } from './stock-families.js'
import { TOTALS_FAMILIES } from './totals-families.js'

/** Each domain's families, for the models and the key test. */
export const OPR_TOTALS_FAMILIES: readonly ScenarioFamily[] = TOTALS_FAMILIES
export const OPR_DISPATCH_FAMILIES: readonly ScenarioFamily[] = DISPATCH_FAMILIES
export const OPR_STOCK_FAMILIES: readonly ScenarioFamily[] = STOCK_FAMILIES
export const OPR_REFUNDS_FAMILIES: readonly ScenarioFamily[] = REFUNDS_FAMILIES
export const OPR_RECORDS_FAMILIES: readonly ScenarioFamily[] = RECORDS_FAMILIES

// Every answer is an amount, a count or a date, and each family's named slips (a discount in the
// wrong order, a reserved unit forgotten, a holiday counted) fall on both sides of its key in
// most draws, so the key's rank among the values is aimed.
export const oprTotalsModel = scenarioModel({
  id: 'opr-totals',
  title: 'Order processing: order totals, discounts and tax',
  families: OPR_TOTALS_FAMILIES,
  aimNumericRank: true,
})
export const oprDispatchModel = scenarioModel({
  id: 'opr-dispatch',
  title: 'Order processing: shipping charges and dispatch dates',
  families: OPR_DISPATCH_FAMILIES,
  aimNumericRank: true,
})
export const oprStockModel = scenarioModel({
  id: 'opr-stock',
  title: 'Order processing: stock allocation and backorders',
  families: OPR_STOCK_FAMILIES,
  aimNumericRank: true,
})
export const oprRefundsModel = scenarioModel({
  id: 'opr-refunds',
  title: 'Order processing: payments, returns and refunds',
  families: OPR_REFUNDS_FAMILIES,
  aimNumericRank: true,
})
export const oprRecordsModel = scenarioModel({
  id: 'opr-records',
  title: 'Order processing: order records and payout reconciliation',
  families: OPR_RECORDS_FAMILIES,
  aimNumericRank: true,
})

/** The order processing test's item models, one per blueprint domain. */
export const OPR_MODELS = [
  oprTotalsModel,
  oprDispatchModel,
  oprStockModel,
  oprRefundsModel,
  oprRecordsModel,
] as const
