import type { ScenarioFamily } from '../scenario/scenario-model.js'

export const PAYROLL_SALES_FAMILIES: ScenarioFamily[] = []
