import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { COST_FAMILIES } from './cost-families.js'
import { DEPRECIATION_FAMILIES } from './depreciation-families.js'
import { DISPOSAL_FAMILIES } from './disposal-families.js'
import { IMPAIRMENT_FAMILIES } from './impairment-families.js'
import { TAX_FAMILIES } from './tax-families.js'

/** Each domain's families, for the models and the key test. */
export const FA_COST_FAMILIES: readonly ScenarioFamily[] = COST_FAMILIES
export const FA_DEPRECIATION_FAMILIES: readonly ScenarioFamily[] = DEPRECIATION_FAMILIES
export const FA_DISPOSAL_FAMILIES: readonly ScenarioFamily[] = DISPOSAL_FAMILIES
export const FA_IMPAIRMENT_FAMILIES: readonly ScenarioFamily[] = IMPAIRMENT_FAMILIES
export const FA_TAX_FAMILIES: readonly ScenarioFamily[] = TAX_FAMILIES

// Every answer is an amount (or a rate, or a gain or loss in words with an amount), with named
// mistakes on both sides of the key, so each model aims the key's rank among the values.
export const faCostModel = scenarioModel({
  id: 'fa-cost',
  title: 'Fixed assets: what goes into cost, capital and revenue spending',
  families: FA_COST_FAMILIES,
  aimNumericRank: true,
})
export const faDepreciationModel = scenarioModel({
  id: 'fa-depreciation',
  title: 'Fixed assets: depreciation methods, part years and changes in estimate',
  families: FA_DEPRECIATION_FAMILIES,
  aimNumericRank: true,
})
export const faDisposalModel = scenarioModel({
  id: 'fa-disposal-revaluation',
  title: 'Fixed assets: disposals, part-exchanges and revaluations',
  families: FA_DISPOSAL_FAMILIES,
  aimNumericRank: true,
})
export const faImpairmentModel = scenarioModel({
  id: 'fa-impairment',
  title: 'Fixed assets: impairment, recoverable amount and assets held for sale',
  families: FA_IMPAIRMENT_FAMILIES,
  aimNumericRank: true,
})
export const faTaxModel = scenarioModel({
  id: 'fa-register-tax',
  title: 'Fixed assets: the register, MACRS and UK capital allowances',
  families: FA_TAX_FAMILIES,
  aimNumericRank: true,
})

/** The fixed asset accounting test's item models, one per blueprint domain. */
export const FA_MODELS = [
  faCostModel,
  faDepreciationModel,
  faDisposalModel,
  faImpairmentModel,
  faTaxModel,
] as const
