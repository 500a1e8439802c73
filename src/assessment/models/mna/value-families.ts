import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const VALUE_FAMILIES: ScenarioFamily[] = []
