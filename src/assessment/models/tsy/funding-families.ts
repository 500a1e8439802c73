import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const FUNDING_FAMILIES: ScenarioFamily[] = []
