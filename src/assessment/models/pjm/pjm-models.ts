import { scenarioModel } from '../scenario/scenario-model.js'
import { CPM_FAMILIES } from './cpm-families.js'
import { DEAL_FAMILIES } from './deal-families.js'
import { EVM_FAMILIES } from './evm-families.js'
import { GOVERN_FAMILIES } from './govern-families.js'
import type { PjmFamily } from './pjm-text.js'
import { RISK_FAMILIES } from './risk-families.js'
import { SCHEDULE_FAMILIES } from './schedule-families.js'

export const PJM_SCHEDULE_FAMILIES: readonly PjmFamily[] = [...CPM_FAMILIES, ...SCHEDULE_FAMILIES]
export const PJM_COST_FAMILIES: readonly PjmFamily[] = EVM_FAMILIES
export const PJM_RISK_FAMILIES: readonly PjmFamily[] = RISK_FAMILIES
export const PJM_GOVERN_FAMILIES: readonly PjmFamily[] = GOVERN_FAMILIES
export const PJM_DEAL_FAMILIES: readonly PjmFamily[] = DEAL_FAMILIES

export const pjmScheduleModel = scenarioModel({
  id: 'pjm-schedule',
  title: 'Project management: critical path, PERT, links and resource levelling',
  families: PJM_SCHEDULE_FAMILIES,
  aimNumericRank: true,
})
export const pjmCostModel = scenarioModel({
  id: 'pjm-cost',
  title: 'Project management: earned value, forecasts and reserves',
  families: PJM_COST_FAMILIES,
  aimNumericRank: true,
})
export const pjmRiskModel = scenarioModel({
  id: 'pjm-risk',
  title: 'Project management: risk register, EMV, decision trees and responses',
  families: PJM_RISK_FAMILIES,
  aimNumericRank: true,
})
export const pjmGovernModel = scenarioModel({
  id: 'pjm-govern',
  title: 'Project management: RACI, scope, baselines and change control',
  families: PJM_GOVERN_FAMILIES,
  aimNumericRank: true,
})
export const pjmDealModel = scenarioModel({
  id: 'pjm-deal',
  title: 'Project management: communication channels and contract types',
  families: PJM_DEAL_FAMILIES,
  aimNumericRank: true,
})

/** The project-management test's item models, one per blueprint domain. */
export const PJM_MODELS = [
  pjmScheduleModel,
  pjmCostModel,
  pjmRiskModel,
  pjmGovernModel,
  pjmDealModel,
] as const
