import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const INTEREST_FAMILIES: ScenarioFamily[] = []
