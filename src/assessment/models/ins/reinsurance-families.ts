import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const REINSURANCE_FAMILIES: readonly ScenarioFamily[] = []
