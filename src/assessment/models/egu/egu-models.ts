import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CHECKS_FAMILIES } from './checks-families.js'
import { ENERGY_FAMILIES } from './energy-families.js'
import { FLOW_FAMILIES } from './flow-families.js'
import { FORCE_FAMILIES } from './force-families.js'
import { LENGTH_FAMILIES } from './length-families.js'

/** Each domain's families, for the models and the key test. */
export const EGU_LENGTH_FAMILIES: readonly ScenarioFamily[] = LENGTH_FAMILIES
export const EGU_FORCE_FAMILIES: readonly ScenarioFamily[] = FORCE_FAMILIES
export const EGU_ENERGY_FAMILIES: readonly ScenarioFamily[] = ENERGY_FAMILIES
export const EGU_FLOW_FAMILIES: readonly ScenarioFamily[] = FLOW_FAMILIES
export const EGU_CHECKS_FAMILIES: readonly ScenarioFamily[] = CHECKS_FAMILIES

// Every answer is a quantity with its unit, and each family's named slips (a factor divided for
// multiplied, not squared or cubed, the wrong gallon or pound) fall on both sides of its key in
// most draws, so the key's rank among the values is aimed.
export const eguLengthModel = scenarioModel({
  id: 'egu-length',
  title: 'Engineering unit conversion: length, area and volume',
  families: EGU_LENGTH_FAMILIES,
  aimNumericRank: true,
})
export const eguForceModel = scenarioModel({
  id: 'egu-force',
  title: 'Engineering unit conversion: mass, force, pressure and stress',
  families: EGU_FORCE_FAMILIES,
  aimNumericRank: true,
})
export const eguEnergyModel = scenarioModel({
  id: 'egu-energy',
  title: 'Engineering unit conversion: energy, power, heat and temperature',
  families: EGU_ENERGY_FAMILIES,
  aimNumericRank: true,
})
export const eguFlowModel = scenarioModel({
  id: 'egu-flow',
  title: 'Engineering unit conversion: flow, speed, density and compound units',
  families: EGU_FLOW_FAMILIES,
  aimNumericRank: true,
})
export const eguChecksModel = scenarioModel({
  id: 'egu-checks',
  title: 'Engineering unit conversion: significant figures, prefixes and tolerances',
  families: EGU_CHECKS_FAMILIES,
  aimNumericRank: true,
})

/** The engineering unit conversion test's item models, one per blueprint domain. */
export const EGU_MODELS = [
  eguLengthModel,
  eguForceModel,
  eguEnergyModel,
  eguFlowModel,
  eguChecksModel,
] as const
