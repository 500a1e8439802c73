import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const SEASON_FAMILIES: ScenarioFamily[] = []
