import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { COMP_FAMILIES } from './comp-families.js'
import { LEAVE_FAMILIES } from './leave-families.js'
import { METRIC_FAMILIES } from './metrics-families.js'
import { RECRUIT_FAMILIES } from './recruit-families.js'
import { RELATIONS_FAMILIES } from './relations-families.js'

/** Each domain's families, for the models and the key test. */
export const HRM_METRIC_FAMILIES: readonly ScenarioFamily[] = METRIC_FAMILIES
export const HRM_LEAVE_FAMILIES: readonly ScenarioFamily[] = LEAVE_FAMILIES
export const HRM_RECRUIT_FAMILIES: readonly ScenarioFamily[] = RECRUIT_FAMILIES
export const HRM_COMP_FAMILIES: readonly ScenarioFamily[] = COMP_FAMILIES
export const HRM_RELATIONS_FAMILIES: readonly ScenarioFamily[] = RELATIONS_FAMILIES

export const hrmMetricModel = scenarioModel({
  id: 'hrm-metrics',
  title:
    'Human resources: workforce metrics (turnover, retention, time to fill, cost per hire, absence, FTE)',
  families: HRM_METRIC_FAMILIES,
  aimNumericRank: true,
})
export const hrmLeaveModel = scenarioModel({
  id: 'hrm-leave',
  title: 'Human resources: leave accrual, statutory holiday, working time and overtime',
  families: HRM_LEAVE_FAMILIES,
  aimNumericRank: true,
})
export const hrmRecruitModel = scenarioModel({
  id: 'hrm-recruitment',
  title: 'Human resources: recruitment, selection and adverse impact',
  families: HRM_RECRUIT_FAMILIES,
  aimNumericRank: true,
})
export const hrmCompModel = scenarioModel({
  id: 'hrm-compensation',
  title:
    'Human resources: compensation (compa-ratio, ranges, merit increases, pro-rating, pay gaps)',
  families: HRM_COMP_FAMILIES,
  aimNumericRank: true,
})
export const hrmRelationsModel = scenarioModel({
  id: 'hrm-relations',
  title: 'Human resources: employee relations, notice, discipline and compliance deadlines',
  families: HRM_RELATIONS_FAMILIES,
  aimNumericRank: true,
})

/** The human resources management test's item models, one per blueprint domain. */
export const HRM_MODELS = [
  hrmMetricModel,
  hrmLeaveModel,
  hrmRecruitModel,
  hrmCompModel,
  hrmRelationsModel,
] as const
