import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const PROTECT_FAMILIES: ScenarioFamily[] = []
