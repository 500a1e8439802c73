import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const FUND_FAMILIES: ScenarioFamily[] = []
