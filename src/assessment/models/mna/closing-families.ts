import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const CLOSING_FAMILIES: ScenarioFamily[] = []
