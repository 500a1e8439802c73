import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { RATES_FAMILIES } from './rates-families.js'
import { RETURN_FAMILIES } from './return-families.js'
import { SALES_TAX_FAMILIES } from './sales-tax-families.js'
import { SCHEMES_FAMILIES } from './schemes-families.js'
import { SUPPLY_FAMILIES } from './supply-families.js'

/** Each domain's families, for the models and the key test. */
export const VATC_RETURN_FAMILIES: readonly ScenarioFamily[] = RETURN_FAMILIES
export const VATC_RATES_FAMILIES: readonly ScenarioFamily[] = RATES_FAMILIES
export const VATC_SCHEMES_FAMILIES: readonly ScenarioFamily[] = SCHEMES_FAMILIES
export const VATC_SALES_TAX_FAMILIES: readonly ScenarioFamily[] = SALES_TAX_FAMILIES
export const VATC_SUPPLY_FAMILIES: readonly ScenarioFamily[] = SUPPLY_FAMILIES

// Money answers aim the key's rank among the values, since each family's named mistakes fall on
// both sides of the key; treatment, place-of-supply and deadline answers are words and dates, so
// their key's place is aimed by length and likeness instead.
export const vatcReturnModel = scenarioModel({
  id: 'vatc-return',
  title: 'VAT and sales tax: UK VAT return boxes 1 to 7',
  families: VATC_RETURN_FAMILIES,
  aimNumericRank: true,
})
export const vatcRatesModel = scenarioModel({
  id: 'vatc-rates',
  title: 'VAT and sales tax: fractions, rounding, discounts, imports and EU rates',
  families: VATC_RATES_FAMILIES,
  aimNumericRank: true,
})
export const vatcSchemesModel = scenarioModel({
  id: 'vatc-schemes',
  title: 'VAT and sales tax: flat rate, partial exemption, cash accounting, reliefs and penalties',
  families: VATC_SCHEMES_FAMILIES,
  aimNumericRank: true,
})
export const vatcSalesTaxModel = scenarioModel({
  id: 'vatc-sales-tax',
  title: 'VAT and sales tax: US sales and use tax',
  families: VATC_SALES_TAX_FAMILIES,
  aimNumericRank: true,
})
export const vatcSupplyModel = scenarioModel({
  id: 'vatc-supply',
  title: 'VAT and sales tax: liability, place of supply, nexus and deadlines',
  families: VATC_SUPPLY_FAMILIES,
  aimKeyPlaces: true,
})

/** The VAT and sales tax compliance test's item models, one per blueprint domain. */
export const VATC_MODELS = [
  vatcReturnModel,
  vatcRatesModel,
  vatcSchemesModel,
  vatcSalesTaxModel,
  vatcSupplyModel,
] as const
