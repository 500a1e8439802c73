import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const ROUND_FAMILIES: ScenarioFamily[] = []
