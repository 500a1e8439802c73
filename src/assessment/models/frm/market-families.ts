import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const MARKET_FAMILIES: ScenarioFamily[] = []
