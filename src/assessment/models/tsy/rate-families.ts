import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const RATE_FAMILIES: ScenarioFamily[] = []
