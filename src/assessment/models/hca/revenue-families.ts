import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const REVENUE_FAMILIES: ScenarioFamily[] = []
