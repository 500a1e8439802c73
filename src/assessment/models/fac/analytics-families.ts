import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const ANALYTICS_FAMILIES: ScenarioFamily[] = []
