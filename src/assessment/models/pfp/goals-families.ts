import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const GOALS_FAMILIES: ScenarioFamily[] = []
