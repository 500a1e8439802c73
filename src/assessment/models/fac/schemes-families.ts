import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const SCHEMES_FAMILIES: ScenarioFamily[] = []
