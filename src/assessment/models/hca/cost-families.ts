import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const COST_FAMILIES: ScenarioFamily[] = []
