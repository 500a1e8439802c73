import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const TILL_FAMILIES: readonly ScenarioFamily[] = []
