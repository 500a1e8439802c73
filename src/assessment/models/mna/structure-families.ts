import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const STRUCTURE_FAMILIES: ScenarioFamily[] = []
