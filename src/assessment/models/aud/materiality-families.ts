import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const MATERIALITY_FAMILIES: ScenarioFamily[] = []
