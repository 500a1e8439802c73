import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const FEES_FAMILIES: ScenarioFamily[] = []
