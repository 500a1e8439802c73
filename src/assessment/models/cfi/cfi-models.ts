import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { APPRAISAL_FAMILIES } from './appraisal-families.js'
import { CAPITAL_FAMILIES } from './capital-families.js'
import { STRUCTURE_FAMILIES } from './structure-families.js'
import { VALUATION_FAMILIES } from './valuation-families.js'
import { WORKING_FAMILIES } from './working-families.js'

/** Each domain's families, for the models and the key test. */
export const CFI_CAPITAL_FAMILIES: readonly ScenarioFamily[] = CAPITAL_FAMILIES
export const CFI_APPRAISAL_FAMILIES: readonly ScenarioFamily[] = APPRAISAL_FAMILIES
export const CFI_VALUATION_FAMILIES: readonly ScenarioFamily[] = VALUATION_FAMILIES
export const CFI_STRUCTURE_FAMILIES: readonly ScenarioFamily[] = STRUCTURE_FAMILIES
export const CFI_WORKING_FAMILIES: readonly ScenarioFamily[] = WORKING_FAMILIES

// Every answer is one figure (a rate, a beta, money, days, a count or a multiple), and each
// family's named slips (book for market weights, pre-tax debt, a flow a year late, net debt added,
// a discount on the full price) fall on both sides of its key in most draws, so the key's rank
// among the values is aimed rather than left to the draw.
export const cfiCapitalModel = scenarioModel({
  id: 'cfi-capital',
  title: 'Corporate finance: cost of capital',
  families: CFI_CAPITAL_FAMILIES,
  aimNumericRank: true,
})
export const cfiAppraisalModel = scenarioModel({
  id: 'cfi-appraisal',
  title: 'Corporate finance: investment appraisal',
  families: CFI_APPRAISAL_FAMILIES,
  aimNumericRank: true,
})
export const cfiValuationModel = scenarioModel({
  id: 'cfi-valuation',
  title: 'Corporate finance: valuation',
  families: CFI_VALUATION_FAMILIES,
  aimNumericRank: true,
})
export const cfiStructureModel = scenarioModel({
  id: 'cfi-structure',
  title: 'Corporate finance: capital structure and payout',
  families: CFI_STRUCTURE_FAMILIES,
  aimNumericRank: true,
})
export const cfiWorkingModel = scenarioModel({
  id: 'cfi-working',
  title: 'Corporate finance: working capital and short-term finance',
  families: CFI_WORKING_FAMILIES,
  aimNumericRank: true,
})

/** The corporate finance test's item models, one per blueprint domain. */
export const CFI_MODELS = [
  cfiCapitalModel,
  cfiAppraisalModel,
  cfiValuationModel,
  cfiStructureModel,
  cfiWorkingModel,
] as const
