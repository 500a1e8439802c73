import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { INCOME_FAMILIES } from './income-families.js'
import { NIC_FAMILIES } from './nic-families.js'
import { PAY_FAMILIES } from './pay-families.js'
import { PROPERTY_FAMILIES } from './property-families.js'
import { TRADE_FAMILIES } from './trade-families.js'

/** Each domain's families, for the models and the key test. */
export const UKSA_TRADE_FAMILIES: readonly ScenarioFamily[] = TRADE_FAMILIES
export const UKSA_INCOME_FAMILIES: readonly ScenarioFamily[] = INCOME_FAMILIES
export const UKSA_NIC_FAMILIES: readonly ScenarioFamily[] = NIC_FAMILIES
export const UKSA_PROPERTY_FAMILIES: readonly ScenarioFamily[] = PROPERTY_FAMILIES
export const UKSA_PAY_FAMILIES: readonly ScenarioFamily[] = PAY_FAMILIES

// Every answer is an amount in pounds, and each family's named slips (a disallowable cost left
// in, income taxed in the wrong order, an allowance or a band missed, a payment or penalty step
// miscounted) fall on both sides of its key in most draws, so the key's rank among the values is
// aimed rather than left to the draw.
export const uksaTradeModel = scenarioModel({
  id: 'uksa-trade',
  title: 'UK self assessment: trading profit',
  families: UKSA_TRADE_FAMILIES,
  aimNumericRank: true,
})
export const uksaIncomeModel = scenarioModel({
  id: 'uksa-income',
  title: 'UK self assessment: the income tax computation',
  families: UKSA_INCOME_FAMILIES,
  aimNumericRank: true,
})
export const uksaNicModel = scenarioModel({
  id: 'uksa-nic',
  title: 'UK self assessment: Class 4 National Insurance and student loans',
  families: UKSA_NIC_FAMILIES,
  aimNumericRank: true,
})
export const uksaPropertyModel = scenarioModel({
  id: 'uksa-property',
  title: 'UK self assessment: property income',
  families: UKSA_PROPERTY_FAMILIES,
  aimNumericRank: true,
})
export const uksaPayModel = scenarioModel({
  id: 'uksa-pay',
  title: 'UK self assessment: payments, deadlines and penalties',
  families: UKSA_PAY_FAMILIES,
  aimNumericRank: true,
})

/** The UK self assessment test's item models, one per blueprint domain. */
export const UKSA_MODELS = [
  uksaTradeModel,
  uksaIncomeModel,
  uksaNicModel,
  uksaPropertyModel,
  uksaPayModel,
] as const
