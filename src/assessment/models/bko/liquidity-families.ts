import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const LIQUIDITY_FAMILIES: ScenarioFamily[] = []
