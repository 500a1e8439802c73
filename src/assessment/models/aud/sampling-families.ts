import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const SAMPLING_FAMILIES: ScenarioFamily[] = []
