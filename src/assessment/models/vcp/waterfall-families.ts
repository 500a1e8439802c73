import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const WATERFALL_FAMILIES: ScenarioFamily[] = []
