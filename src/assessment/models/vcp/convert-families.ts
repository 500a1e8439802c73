import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const CONVERT_FAMILIES: ScenarioFamily[] = []
