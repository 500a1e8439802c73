import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { ACCRETION_FAMILIES } from './accretion-families.js'
import { CLOSING_FAMILIES } from './closing-families.js'
import { PPA_FAMILIES } from './ppa-families.js'
import { STRUCTURE_FAMILIES } from './structure-families.js'
import { VALUE_FAMILIES } from './value-families.js'

/** Each domain's families, for the models and the key test. */
export const MNA_VALUE_FAMILIES: readonly ScenarioFamily[] = VALUE_FAMILIES
export const MNA_STRUCTURE_FAMILIES: readonly ScenarioFamily[] = STRUCTURE_FAMILIES
export const MNA_ACCRETION_FAMILIES: readonly ScenarioFamily[] = ACCRETION_FAMILIES
export const MNA_PPA_FAMILIES: readonly ScenarioFamily[] = PPA_FAMILIES
export const MNA_CLOSING_FAMILIES: readonly ScenarioFamily[] = CLOSING_FAMILIES

// Every answer is an amount, a price, a ratio, a count or a percentage, and each family's named
// slips (enterprise for equity value, basic for diluted shares, interest before tax, the
// exchange ratio inverted, a collar's bound ignored, full goodwill for partial, a deductible
// basket paid as a tipping one, the peg adjustment signed the wrong way) fall on both sides of
// its key, so the key's rank among the values is aimed rather than left to the draw.

export const mnaValueModel = scenarioModel({
  id: 'mna-value',
  title: 'Mergers and acquisitions: valuation for a deal',
  families: MNA_VALUE_FAMILIES,
  aimNumericRank: true,
})

export const mnaStructureModel = scenarioModel({
  id: 'mna-structure',
  title: 'Mergers and acquisitions: deal structure and consideration',
  families: MNA_STRUCTURE_FAMILIES,
  aimNumericRank: true,
})

export const mnaAccretionModel = scenarioModel({
  id: 'mna-accretion',
  title: 'Mergers and acquisitions: accretion and dilution',
  families: MNA_ACCRETION_FAMILIES,
  aimNumericRank: true,
})

export const mnaPpaModel = scenarioModel({
  id: 'mna-ppa',
  title: 'Mergers and acquisitions: purchase price allocation',
  families: MNA_PPA_FAMILIES,
  aimNumericRank: true,
})

export const mnaClosingModel = scenarioModel({
  id: 'mna-closing',
  title: 'Mergers and acquisitions: financing and closing mechanics',
  families: MNA_CLOSING_FAMILIES,
  aimNumericRank: true,
})

/** The mergers and acquisitions test's item models, one per blueprint domain. */
export const MNA_MODELS = [
  mnaValueModel,
  mnaStructureModel,
  mnaAccretionModel,
  mnaPpaModel,
  mnaClosingModel,
] as const
