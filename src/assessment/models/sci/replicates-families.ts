import type { ScenarioFamily } from '../scenario/scenario-model.js'
export const REPLICATES_FAMILIES: readonly ScenarioFamily[] = []
