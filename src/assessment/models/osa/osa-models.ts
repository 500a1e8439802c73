import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CATALOGUE_FAMILIES } from './catalogue-families.js'
import { INVENTORY_FAMILIES } from './inventory-families.js'
import { ORDERS_FAMILIES } from './orders-families.js'
import { REFUNDS_FAMILIES } from './refunds-families.js'
import { REPORTING_FAMILIES } from './reporting-families.js'

/** Each domain's families, for the models and the key test. */
export const OSA_CATALOGUE_FAMILIES: readonly ScenarioFamily[] = CATALOGUE_FAMILIES
export const OSA_INVENTORY_FAMILIES: readonly ScenarioFamily[] = INVENTORY_FAMILIES
export const OSA_ORDERS_FAMILIES: readonly ScenarioFamily[] = ORDERS_FAMILIES
export const OSA_REFUNDS_FAMILIES: readonly ScenarioFamily[] = REFUNDS_FAMILIES
export const OSA_REPORTING_FAMILIES: readonly ScenarioFamily[] = REPORTING_FAMILIES

// Every answer is one figure (money, units, a rate, a count or a date), and each family's named
// slips (markup for margin, packaging left out, weekends counted, the wrong base of a rate) fall on
// both sides of its key in most draws, so the key's rank among the values is aimed rather than
// left to the draw.
export const osaCatalogueModel = scenarioModel({
  id: 'osa-catalogue',
  title: 'Online store administration: catalogue and pricing',
  families: OSA_CATALOGUE_FAMILIES,
  aimNumericRank: true,
})
export const osaInventoryModel = scenarioModel({
  id: 'osa-inventory',
  title: 'Online store administration: inventory and stock',
  families: OSA_INVENTORY_FAMILIES,
  aimNumericRank: true,
})
export const osaOrdersModel = scenarioModel({
  id: 'osa-orders',
  title: 'Online store administration: orders and fulfilment',
  families: OSA_ORDERS_FAMILIES,
  aimNumericRank: true,
})
export const osaRefundsModel = scenarioModel({
  id: 'osa-refunds',
  title: 'Online store administration: returns, refunds and payments',
  families: OSA_REFUNDS_FAMILIES,
  aimNumericRank: true,
})
export const osaReportingModel = scenarioModel({
  id: 'osa-reporting',
  title: 'Online store administration: store reporting',
  families: OSA_REPORTING_FAMILIES,
  aimNumericRank: true,
})

/** The online store administration test's item models, one per blueprint domain. */
export const OSA_MODELS = [
  osaCatalogueModel,
  osaInventoryModel,
  osaOrdersModel,
  osaRefundsModel,
  osaReportingModel,
] as const
