import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const RATIOS_FAMILIES: ScenarioFamily[] = []
