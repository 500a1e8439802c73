import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const FX_FAMILIES: ScenarioFamily[] = []
