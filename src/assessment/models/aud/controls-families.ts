import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const CONTROLS_FAMILIES: ScenarioFamily[] = []
