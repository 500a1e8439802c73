import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const CLAIMS_FAMILIES: ScenarioFamily[] = []
