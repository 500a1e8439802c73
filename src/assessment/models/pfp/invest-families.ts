import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const INVEST_FAMILIES: ScenarioFamily[] = []
