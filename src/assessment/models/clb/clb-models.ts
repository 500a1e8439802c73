import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CONSIDERATION_FAMILIES } from './consideration-families.js'
import { DISCHARGE_FAMILIES } from './discharge-families.js'
import { FORMATION_FAMILIES } from './formation-families.js'
import { REMEDIES_FAMILIES } from './remedies-families.js'
import { TERMS_FAMILIES } from './terms-families.js'

/** Each domain's families, for the models and the key test. */
export const CLB_FORMATION_FAMILIES: readonly ScenarioFamily[] = FORMATION_FAMILIES
export const CLB_CONSIDERATION_FAMILIES: readonly ScenarioFamily[] = CONSIDERATION_FAMILIES
export const CLB_TERMS_FAMILIES: readonly ScenarioFamily[] = TERMS_FAMILIES
export const CLB_REMEDIES_FAMILIES: readonly ScenarioFamily[] = REMEDIES_FAMILIES
export const CLB_DISCHARGE_FAMILIES: readonly ScenarioFamily[] = DISCHARGE_FAMILIES

// Most answers are sums of money or dates worked from a timeline, and an outcome family's key
// changes with the drawn facts (a contract on one date, or none), so the key's place among the
// options is aimed by rank where the options are numbers and by length and likeness otherwise.
export const clbFormationModel = scenarioModel({
  id: 'clb-formation',
  title: 'Contract law basics: formation',
  families: CLB_FORMATION_FAMILIES,
  aimNumericRank: true,
})
export const clbConsiderationModel = scenarioModel({
  id: 'clb-consideration',
  title: 'Contract law basics: consideration, intention and capacity',
  families: CLB_CONSIDERATION_FAMILIES,
  aimNumericRank: true,
})
export const clbTermsModel = scenarioModel({
  id: 'clb-terms',
  title: 'Contract law basics: terms and interpretation',
  families: CLB_TERMS_FAMILIES,
  aimNumericRank: true,
})
export const clbRemediesModel = scenarioModel({
  id: 'clb-remedies',
  title: 'Contract law basics: breach, remedies and damages',
  families: CLB_REMEDIES_FAMILIES,
  aimNumericRank: true,
})
export const clbDischargeModel = scenarioModel({
  id: 'clb-discharge',
  title: 'Contract law basics: discharge, time limits and freelance terms',
  families: CLB_DISCHARGE_FAMILIES,
  aimNumericRank: true,
})

/** The contract law basics test's item models, one per blueprint domain. */
export const CLB_MODELS = [
  clbFormationModel,
  clbConsiderationModel,
  clbTermsModel,
  clbRemediesModel,
  clbDischargeModel,
] as const
