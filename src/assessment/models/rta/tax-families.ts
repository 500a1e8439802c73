import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const TAX_FAMILIES: readonly ScenarioFamily[] = []
