import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const HEDGE_FAMILIES: ScenarioFamily[] = []
