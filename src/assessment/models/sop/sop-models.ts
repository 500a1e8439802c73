import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CAPACITY_FAMILIES } from './capacity-families.js'
import { COMP_FAMILIES } from './comp-families.js'
import { CRM_FAMILIES } from './crm-families.js'
import { PIPELINE_FAMILIES } from './pipeline-families.js'
import { QUOTA_FAMILIES } from './quota-families.js'

/** Each domain's families, for the models and the key test. */
export const SOP_COMP_FAMILIES: readonly ScenarioFamily[] = COMP_FAMILIES
export const SOP_QUOTA_FAMILIES: readonly ScenarioFamily[] = QUOTA_FAMILIES
export const SOP_CAPACITY_FAMILIES: readonly ScenarioFamily[] = CAPACITY_FAMILIES
export const SOP_PIPELINE_FAMILIES: readonly ScenarioFamily[] = PIPELINE_FAMILIES
export const SOP_CRM_FAMILIES: readonly ScenarioFamily[] = CRM_FAMILIES

// Every answer is a figure (dollars, a percentage, a ratio, a count), and each family's named
// slips (a tier paid on every dollar, a wrong denominator, a boundary read the wrong way) fall on
// both sides of its key in most draws, so the key's rank among the values is aimed.
export const sopCompModel = scenarioModel({
  id: 'sop-comp',
  title: 'Sales operations: compensation plans',
  families: SOP_COMP_FAMILIES,
  aimNumericRank: true,
})
export const sopQuotaModel = scenarioModel({
  id: 'sop-quota',
  title: 'Sales operations: quotas and attainment',
  families: SOP_QUOTA_FAMILIES,
  aimNumericRank: true,
})
export const sopCapacityModel = scenarioModel({
  id: 'sop-capacity',
  title: 'Sales operations: capacity and territory planning',
  families: SOP_CAPACITY_FAMILIES,
  aimNumericRank: true,
})
export const sopPipelineModel = scenarioModel({
  id: 'sop-pipeline',
  title: 'Sales operations: pipeline metrics',
  families: SOP_PIPELINE_FAMILIES,
  aimNumericRank: true,
})
export const sopCrmModel = scenarioModel({
  id: 'sop-crm',
  title: 'Sales operations: CRM data and process rules',
  families: SOP_CRM_FAMILIES,
  aimNumericRank: true,
})

/** The sales operations test's item models, one per blueprint domain. */
export const SOP_MODELS = [
  sopCompModel,
  sopQuotaModel,
  sopCapacityModel,
  sopPipelineModel,
  sopCrmModel,
] as const
