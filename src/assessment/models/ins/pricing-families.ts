import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const PRICING_FAMILIES: readonly ScenarioFamily[] = []
