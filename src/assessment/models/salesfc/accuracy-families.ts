import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const ACCURACY_FAMILIES: ScenarioFamily[] = []
