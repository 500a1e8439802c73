import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const RESULTS_FAMILIES: readonly ScenarioFamily[] = []
