import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const STORE_FAMILIES: readonly ScenarioFamily[] = []
