import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { BREAKEVEN_FAMILIES } from './breakeven-families.js'
import { COST_FAMILIES } from './cost-families.js'
import { DECISION_FAMILIES } from './decision-families.js'
import { LEVERAGE_FAMILIES } from './leverage-families.js'
import { MIX_FAMILIES } from './mix-families.js'

/** Each domain's families, for the models and the key test. */
export const CVP_BREAKEVEN_FAMILIES: readonly ScenarioFamily[] = BREAKEVEN_FAMILIES
export const CVP_LEVERAGE_FAMILIES: readonly ScenarioFamily[] = LEVERAGE_FAMILIES
export const CVP_MIX_FAMILIES: readonly ScenarioFamily[] = MIX_FAMILIES
export const CVP_COST_FAMILIES: readonly ScenarioFamily[] = COST_FAMILIES
export const CVP_DECISION_FAMILIES: readonly ScenarioFamily[] = DECISION_FAMILIES

// Every answer is a number (money, units, a percentage or a ratio) and each family's named
// mistakes fall on both sides of the key, so the key's rank among the values is aimed.
export const cvpBreakEvenModel = scenarioModel({
  id: 'cvp-break-even',
  title: 'Cost-volume-profit: contribution, break-even, target profit and margin of safety',
  families: CVP_BREAKEVEN_FAMILIES,
  aimNumericRank: true,
})
export const cvpLeverageModel = scenarioModel({
  id: 'cvp-leverage',
  title: 'Cost-volume-profit: operating leverage, sensitivity and cost structures',
  families: CVP_LEVERAGE_FAMILIES,
  aimNumericRank: true,
})
export const cvpMixModel = scenarioModel({
  id: 'cvp-sales-mix',
  title: 'Cost-volume-profit: multi-product break-even with a sales mix',
  families: CVP_MIX_FAMILIES,
  aimNumericRank: true,
})
export const cvpCostModel = scenarioModel({
  id: 'cvp-cost-behaviour',
  title: 'Cost-volume-profit: cost behaviour, high-low, semi-variable and step costs',
  families: CVP_COST_FAMILIES,
  aimNumericRank: true,
})
export const cvpDecisionModel = scenarioModel({
  id: 'cvp-decisions',
  title: 'Cost-volume-profit: limiting factors, special orders and relevant costs',
  families: CVP_DECISION_FAMILIES,
  aimNumericRank: true,
})

/** The cost-volume-profit test's item models, one per blueprint domain. */
export const CVP_MODELS = [
  cvpBreakEvenModel,
  cvpLeverageModel,
  cvpMixModel,
  cvpCostModel,
  cvpDecisionModel,
] as const
