import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const OFFICE_FAMILIES: ScenarioFamily[] = []
