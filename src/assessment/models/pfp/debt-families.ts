import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const DEBT_FAMILIES: ScenarioFamily[] = []
