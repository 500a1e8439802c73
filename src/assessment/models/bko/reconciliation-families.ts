import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const RECONCILIATION_FAMILIES: ScenarioFamily[] = []
