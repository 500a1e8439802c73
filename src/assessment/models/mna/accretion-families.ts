import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const ACCRETION_FAMILIES: ScenarioFamily[] = []
