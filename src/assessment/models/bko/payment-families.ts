import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const PAYMENT_FAMILIES: ScenarioFamily[] = []
