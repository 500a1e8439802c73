import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const RATES_FAMILIES: ScenarioFamily[] = []
