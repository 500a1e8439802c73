import type { ScenarioFamily } from '../scenario/scenario-model.js'
export const UNCERTAINTY_FAMILIES: readonly ScenarioFamily[] = []
