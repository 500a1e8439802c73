import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { EQUIPMENT_FAMILIES } from './equipment-families.js'
import { EXPOSURE_FAMILIES } from './exposure-families.js'
import { FIRE_FAMILIES } from './fire-families.js'
import { RISK_FAMILIES } from './risk-families.js'
import { STATS_FAMILIES } from './stats-families.js'

/** Each domain's families, for the models and the key test. */
export const OHS_RISK_FAMILIES: readonly ScenarioFamily[] = RISK_FAMILIES
export const OHS_STATS_FAMILIES: readonly ScenarioFamily[] = STATS_FAMILIES
export const OHS_EXPOSURE_FAMILIES: readonly ScenarioFamily[] = EXPOSURE_FAMILIES
export const OHS_FIRE_FAMILIES: readonly ScenarioFamily[] = FIRE_FAMILIES
export const OHS_EQUIPMENT_FAMILIES: readonly ScenarioFamily[] = EQUIPMENT_FAMILIES

// Every answer is a number (a score, a rate, a level, a length, a count) or a date, and each
// family's named mistakes fall on both sides of its key in most draws, so the key's rank is aimed.
export const ohsRiskModel = scenarioModel({
  id: 'ohs-risk',
  title: 'Occupational safety: risk scores, controls and residual risk',
  families: OHS_RISK_FAMILIES,
  aimNumericRank: true,
})
export const ohsStatsModel = scenarioModel({
  id: 'ohs-stats',
  title: 'Occupational safety: incident rates, recordable cases and days away',
  families: OHS_STATS_FAMILIES,
  aimNumericRank: true,
})
export const ohsExposureModel = scenarioModel({
  id: 'ohs-exposure',
  title: 'Occupational safety: noise, chemical, lifting, vibration and heat exposure',
  families: OHS_EXPOSURE_FAMILIES,
  aimNumericRank: true,
})
export const ohsFireModel = scenarioModel({
  id: 'ohs-fire',
  title: 'Occupational safety: escape routes, capacity, first aid and evacuation',
  families: OHS_FIRE_FAMILIES,
  aimNumericRank: true,
})
export const ohsEquipmentModel = scenarioModel({
  id: 'ohs-equipment',
  title: 'Occupational safety: ladders, lifting gear, edge protection and inspections',
  families: OHS_EQUIPMENT_FAMILIES,
  aimNumericRank: true,
})

/** The occupational health and safety test's item models, one per blueprint domain. */
export const OHS_MODELS = [
  ohsRiskModel,
  ohsStatsModel,
  ohsExposureModel,
  ohsFireModel,
  ohsEquipmentModel,
] as const
