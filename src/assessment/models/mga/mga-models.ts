import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { BUDGETING_FAMILIES } from './budgeting-families.js'
import { COSTING_FAMILIES } from './costing-families.js'
import { CVP_FAMILIES } from './cvp-families.js'
import { DECISIONS_FAMILIES } from './decisions-families.js'
import { VARIANCES_FAMILIES } from './variances-families.js'

/** Each domain's families, for the models and the key test. */
export const MGA_CVP_FAMILIES: readonly ScenarioFamily[] = CVP_FAMILIES
export const MGA_COSTING_FAMILIES: readonly ScenarioFamily[] = COSTING_FAMILIES
export const MGA_BUDGETING_FAMILIES: readonly ScenarioFamily[] = BUDGETING_FAMILIES
export const MGA_VARIANCES_FAMILIES: readonly ScenarioFamily[] = VARIANCES_FAMILIES
export const MGA_DECISIONS_FAMILIES: readonly ScenarioFamily[] = DECISIONS_FAMILIES

// Every answer is one figure (units, dollars, a rate or a ratio), and an accountant's slips (total
// contribution used as unit contribution, a sunk cost kept in, standard and actual quantities
// mixed) land both above and below the key, so the key's rank among the options is aimed rather
// than left to the draw.
export const mgaCvpModel = scenarioModel({
  id: 'mga-cvp',
  title: 'Management accounting: cost behaviour and break-even',
  families: MGA_CVP_FAMILIES,
  aimNumericRank: true,
})
export const mgaCostingModel = scenarioModel({
  id: 'mga-costing',
  title: 'Management accounting: product costing',
  families: MGA_COSTING_FAMILIES,
  aimNumericRank: true,
})
export const mgaBudgetingModel = scenarioModel({
  id: 'mga-budgeting',
  title: 'Management accounting: budgeting',
  families: MGA_BUDGETING_FAMILIES,
  aimNumericRank: true,
})
export const mgaVariancesModel = scenarioModel({
  id: 'mga-variances',
  title: 'Management accounting: variance analysis',
  families: MGA_VARIANCES_FAMILIES,
  aimNumericRank: true,
})
export const mgaDecisionsModel = scenarioModel({
  id: 'mga-decisions',
  title: 'Management accounting: decision-making',
  families: MGA_DECISIONS_FAMILIES,
  aimNumericRank: true,
})

/** The management accounting test's item models, one per blueprint domain. */
export const MGA_MODELS = [
  mgaCvpModel,
  mgaCostingModel,
  mgaBudgetingModel,
  mgaVariancesModel,
  mgaDecisionsModel,
] as const
