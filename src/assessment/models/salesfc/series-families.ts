import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const SERIES_FAMILIES: ScenarioFamily[] = []
