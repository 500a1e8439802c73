import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const DAMAGES_FAMILIES: ScenarioFamily[] = []
