import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const CAPITAL_FAMILIES: ScenarioFamily[] = []
