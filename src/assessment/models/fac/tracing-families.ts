import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const TRACING_FAMILIES: ScenarioFamily[] = []
