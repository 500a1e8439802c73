import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { ECONOMICS_FAMILIES } from './economics-families.js'
import { REVENUE_FAMILIES } from './revenue-families.js'
import { SETTLEMENT_FAMILIES } from './settlement-families.js'
import { STOCK_FAMILIES } from './stock-families.js'
import { TAX_FAMILIES } from './tax-families.js'

/** Each domain's families, for the models and the key test. */
export const ECA_SETTLEMENT_FAMILIES: readonly ScenarioFamily[] = SETTLEMENT_FAMILIES
export const ECA_TAX_FAMILIES: readonly ScenarioFamily[] = TAX_FAMILIES
export const ECA_STOCK_FAMILIES: readonly ScenarioFamily[] = STOCK_FAMILIES
export const ECA_REVENUE_FAMILIES: readonly ScenarioFamily[] = REVENUE_FAMILIES
export const ECA_ECONOMICS_FAMILIES: readonly ScenarioFamily[] = ECONOMICS_FAMILIES

// Every answer is one figure (money, a rate or a count), and each family's named slips (the
// payout booked as revenue, the home rate for the destination rate, freight by units for freight
// by value, the payout-date rate for the sale-date rate, total sales for attributed sales) fall
// on both sides of its key in most draws, so the key's rank among the values is aimed.
export const ecaSettlementModel = scenarioModel({
  id: 'eca-settlement',
  title: 'E-commerce accounting: marketplace and payment settlements',
  families: ECA_SETTLEMENT_FAMILIES,
  aimNumericRank: true,
})
export const ecaTaxModel = scenarioModel({
  id: 'eca-tax',
  title: 'E-commerce accounting: sales tax and VAT on online sales',
  families: ECA_TAX_FAMILIES,
  aimNumericRank: true,
})
export const ecaStockModel = scenarioModel({
  id: 'eca-stock',
  title: 'E-commerce accounting: inventory and landed cost',
  families: ECA_STOCK_FAMILIES,
  aimNumericRank: true,
})
export const ecaRevenueModel = scenarioModel({
  id: 'eca-revenue',
  title: 'E-commerce accounting: revenue recognition and returns',
  families: ECA_REVENUE_FAMILIES,
  aimNumericRank: true,
})
export const ecaEconomicsModel = scenarioModel({
  id: 'eca-economics',
  title: 'E-commerce accounting: unit economics and the monthly close',
  families: ECA_ECONOMICS_FAMILIES,
  aimNumericRank: true,
})

/** The e-commerce accounting test's item models, one per blueprint domain. */
export const ECA_MODELS = [
  ecaSettlementModel,
  ecaTaxModel,
  ecaStockModel,
  ecaRevenueModel,
  ecaEconomicsModel,
] as const
