import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const COMPLIANCE_FAMILIES: ScenarioFamily[] = []
