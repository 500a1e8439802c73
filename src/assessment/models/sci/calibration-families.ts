import type { ScenarioFamily } from '../scenario/scenario-model.js'
export const CALIBRATION_FAMILIES: readonly ScenarioFamily[] = []
