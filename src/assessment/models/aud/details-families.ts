import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const DETAILS_FAMILIES: ScenarioFamily[] = []
