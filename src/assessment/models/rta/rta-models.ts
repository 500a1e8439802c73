import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { REVENUE_FAMILIES } from './revenue-families.js'
import { STOCK_FAMILIES } from './stock-families.js'
import { STORE_FAMILIES } from './store-families.js'
import { TAX_FAMILIES } from './tax-families.js'
import { TILL_FAMILIES } from './till-families.js'

/** Each domain's families, for the models and the key test. */
export const RTA_STOCK_FAMILIES: readonly ScenarioFamily[] = STOCK_FAMILIES
export const RTA_TAX_FAMILIES: readonly ScenarioFamily[] = TAX_FAMILIES
export const RTA_TILL_FAMILIES: readonly ScenarioFamily[] = TILL_FAMILIES
export const RTA_REVENUE_FAMILIES: readonly ScenarioFamily[] = REVENUE_FAMILIES
export const RTA_STORE_FAMILIES: readonly ScenarioFamily[] = STORE_FAMILIES

// Every answer is one figure (money, a rate or hours), and each family's named slips (a ratio on
// the wrong base, tax taken on a tax-inclusive figure, a fee or a refund left out, a liability
// taken for revenue) fall on both sides of its key in most draws, so the key's rank among the
// values is aimed rather than left to the draw.
export const rtaStockModel = scenarioModel({
  id: 'rta-stock',
  title: 'Retail accounting: stock valuation',
  families: RTA_STOCK_FAMILIES,
  aimNumericRank: true,
})
export const rtaTaxModel = scenarioModel({
  id: 'rta-tax',
  title: 'Retail accounting: sales tax and VAT in the takings',
  families: RTA_TAX_FAMILIES,
  aimNumericRank: true,
})
export const rtaTillModel = scenarioModel({
  id: 'rta-till',
  title: 'Retail accounting: tills, cash and card settlements',
  families: RTA_TILL_FAMILIES,
  aimNumericRank: true,
})
export const rtaRevenueModel = scenarioModel({
  id: 'rta-revenue',
  title: 'Retail accounting: customer liabilities and revenue',
  families: RTA_REVENUE_FAMILIES,
  aimNumericRank: true,
})
export const rtaStoreModel = scenarioModel({
  id: 'rta-store',
  title: 'Retail accounting: store profit and payroll-adjacent reporting',
  families: RTA_STORE_FAMILIES,
  aimNumericRank: true,
})

/** The retail accounting test's item models, one per blueprint domain. */
export const RTA_MODELS = [
  rtaStockModel,
  rtaTaxModel,
  rtaTillModel,
  rtaRevenueModel,
  rtaStoreModel,
] as const
