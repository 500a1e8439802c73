import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { BID_GAP_FAMILIES, DISCOUNT_FAMILIES, SPLIT_AND_RETURN_FAMILIES } from './blend-families.js'
import { CALL_OFF_FAMILIES } from './call-off-families.js'
import { CLAUSE_FAMILIES } from './clause-families.js'
import { COMPLIANCE_FAMILIES } from './compliance-families.js'
import { CONTRACT_FAMILIES } from './contract-families.js'
import { COST_FAMILIES } from './cost-families.js'
import {
  FORWARD_BUY_FAMILIES,
  INDEX_GAP_FAMILIES,
  SWITCHING_FAMILIES,
  TWO_INDEX_FAMILIES,
} from './forward-families.js'
import { INCOTERMS_COST_FAMILIES } from './incoterms-cost-families.js'
import { NOTICE_FAMILIES } from './notice-families.js'
import { ORDER_FAMILIES } from './order-families.js'
import { PO_VALUE_FAMILIES } from './po-value-families.js'
import { PROCESS_COST_FAMILIES } from './process-cost-families.js'
import { QUALITY_COST_FAMILIES } from './quality-cost-families.js'
import { RATE_FAMILIES } from './rate-families.js'
import { REVIEW_FAMILIES } from './review-families.js'
import { RFQ_FAMILIES } from './rfq-families.js'
import { SAVINGS_FAMILIES } from './savings-families.js'
import { SCHEDULE_FAMILIES } from './schedule-families.js'
import { SOURCING_FAMILIES } from './sourcing-families.js'
import { SPEND_FAMILIES } from './spend-families.js'
import { WHOLE_LIFE_FAMILIES } from './whole-life-families.js'

/** Each domain's families, for the models and the key test. */
export const PRO_SOURCING_FAMILIES: readonly ScenarioFamily[] = [
  ...SOURCING_FAMILIES,
  ...COMPLIANCE_FAMILIES,
  ...RFQ_FAMILIES,
  ...SCHEDULE_FAMILIES,
  ...BID_GAP_FAMILIES,
  ...SWITCHING_FAMILIES,
  ...WHOLE_LIFE_FAMILIES,
]
export const PRO_ORDER_FAMILIES: readonly ScenarioFamily[] = [
  ...ORDER_FAMILIES,
  ...PO_VALUE_FAMILIES,
  ...CALL_OFF_FAMILIES,
  ...SPLIT_AND_RETURN_FAMILIES,
  ...FORWARD_BUY_FAMILIES,
]
export const PRO_CONTRACT_FAMILIES: readonly ScenarioFamily[] = [
  ...CONTRACT_FAMILIES,
  ...CLAUSE_FAMILIES,
  ...REVIEW_FAMILIES,
  ...NOTICE_FAMILIES,
  ...TWO_INDEX_FAMILIES,
  ...INCOTERMS_COST_FAMILIES,
]
export const PRO_COST_FAMILIES: readonly ScenarioFamily[] = [
  ...COST_FAMILIES,
  ...RATE_FAMILIES,
  ...PROCESS_COST_FAMILIES,
  ...DISCOUNT_FAMILIES,
]
export const PRO_SAVINGS_FAMILIES: readonly ScenarioFamily[] = [
  ...SAVINGS_FAMILIES,
  ...SPEND_FAMILIES,
  ...QUALITY_COST_FAMILIES,
  ...INDEX_GAP_FAMILIES,
]

// Families offer more named mistakes than an item shows, on both sides of a numeric key, so each
// model aims the key's rank; the sourcing model's winner answers are text and aim by place.
export const proSourcingModel = scenarioModel({
  id: 'pro-sourcing',
  title: 'Procurement: tender evaluation, compliance and whole-life cost',
  families: PRO_SOURCING_FAMILIES,
  aimNumericRank: true,
})
export const proOrdersModel = scenarioModel({
  id: 'pro-orders',
  title: 'Procurement: purchase orders, price breaks and deliveries',
  families: PRO_ORDER_FAMILIES,
  aimNumericRank: true,
})
export const proContractsModel = scenarioModel({
  id: 'pro-contracts',
  title: 'Procurement: contract price, damages and payment clauses, and Incoterms costs',
  families: PRO_CONTRACT_FAMILIES,
  aimNumericRank: true,
})
export const proCostModel = scenarioModel({
  id: 'pro-cost',
  title: 'Procurement: cost and price analysis',
  families: PRO_COST_FAMILIES,
  aimNumericRank: true,
})
export const proSavingsModel = scenarioModel({
  id: 'pro-savings',
  title: 'Procurement: supplier performance, spend and savings',
  families: PRO_SAVINGS_FAMILIES,
  aimNumericRank: true,
})

/** The procurement test's item models, one per blueprint domain. */
export const PROCUREMENT_MODELS = [
  proSourcingModel,
  proOrdersModel,
  proContractsModel,
  proCostModel,
  proSavingsModel,
] as const
