import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const CASH_FAMILIES: ScenarioFamily[] = []
