import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const CREDIT_FAMILIES: ScenarioFamily[] = []
