import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const DEPOSIT_FAMILIES: ScenarioFamily[] = []
