import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const EVALUATION_FAMILIES: ScenarioFamily[] = []
