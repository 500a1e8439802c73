import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const MONEY_FAMILIES: ScenarioFamily[] = []
