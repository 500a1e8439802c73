import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const QUOTA_FAMILIES: ScenarioFamily[] = []
