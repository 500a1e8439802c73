import { scenarioModel } from '../scenario/scenario-model.js'
import { CHANGE_FAMILIES } from './change-families.js'
import { EARNED_VALUE_FAMILIES } from './earned-value-families.js'
import { RACI_FAMILIES } from './raci-families.js'
import { RAID_FAMILIES } from './raid-families.js'
import { SCHEDULE_FAMILIES } from './schedule-families.js'

export const pcoordScheduleModel = scenarioModel({
  id: 'pcoord-schedule',
  title: 'Project coordination: schedules, critical path and float',
  families: SCHEDULE_FAMILIES,
})

export const pcoordEarnedValueModel = scenarioModel({
  id: 'pcoord-earned-value',
  title: 'Project coordination: budget tracking and earned value',
  families: EARNED_VALUE_FAMILIES,
})

export const pcoordRaidModel = scenarioModel({
  id: 'pcoord-raid',
  title: 'Project coordination: RAID log and status reporting',
  families: RAID_FAMILIES,
})

export const pcoordRaciModel = scenarioModel({
  id: 'pcoord-raci',
  title: 'Project coordination: RACI and stakeholders',
  families: RACI_FAMILIES,
})

export const pcoordChangeModel = scenarioModel({
  id: 'pcoord-change',
  title: 'Project coordination: change control and meeting follow-up',
  families: CHANGE_FAMILIES,
})

/** The project-coordination test's item models, one per blueprint domain. */
export const PCOORD_MODELS = [
  pcoordScheduleModel,
  pcoordEarnedValueModel,
  pcoordRaidModel,
  pcoordRaciModel,
  pcoordChangeModel,
] as const
