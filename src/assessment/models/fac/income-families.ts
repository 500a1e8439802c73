import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const INCOME_FAMILIES: ScenarioFamily[] = []
