import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const PPA_FAMILIES: ScenarioFamily[] = []
