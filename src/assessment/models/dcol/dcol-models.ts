import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CONTRAST_FAMILIES } from './contrast-families.js'
import { HANDOFF_FAMILIES } from './handoff-families.js'
import { NOTATION_FAMILIES } from './notation-families.js'
import { SCHEME_FAMILIES } from './scheme-families.js'
import { SPACE_FAMILIES } from './space-families.js'

/** Each domain's families, for the models and the key test. */
export const DCOL_NOTATION_FAMILIES: readonly ScenarioFamily[] = NOTATION_FAMILIES
export const DCOL_CONTRAST_FAMILIES: readonly ScenarioFamily[] = CONTRAST_FAMILIES
export const DCOL_SPACE_FAMILIES: readonly ScenarioFamily[] = SPACE_FAMILIES
export const DCOL_SCHEME_FAMILIES: readonly ScenarioFamily[] = SCHEME_FAMILIES
export const DCOL_HANDOFF_FAMILIES: readonly ScenarioFamily[] = HANDOFF_FAMILIES

// Notation and handoff answers are mostly colour values (hex, rgb(), hsl(), CMYK builds) with no
// one number to rank, so the key's place by length and likeness is aimed. Contrast and spaces
// answer with one quantity (a ratio, a level, a percentage), and so do the scheme domain's scale
// steps and token counts, whose named slips fall on both sides of the key in most draws, so the
// key's rank among the values is aimed first (answers without one number are aimed by place).
export const dcolNotationModel = scenarioModel({
  id: 'dcol-notation',
  title: 'Colour for digital design: notations and conversions',
  families: DCOL_NOTATION_FAMILIES,
  aimKeyPlaces: true,
})
export const dcolContrastModel = scenarioModel({
  id: 'dcol-contrast',
  title: 'Colour for digital design: contrast and accessibility',
  families: DCOL_CONTRAST_FAMILIES,
  aimNumericRank: true,
})
export const dcolSpaceModel = scenarioModel({
  id: 'dcol-space',
  title: 'Colour for digital design: colour spaces and transfer',
  families: DCOL_SPACE_FAMILIES,
  aimNumericRank: true,
})
export const dcolSchemeModel = scenarioModel({
  id: 'dcol-scheme',
  title: 'Colour for digital design: schemes and design tokens',
  families: DCOL_SCHEME_FAMILIES,
  aimNumericRank: true,
})
export const dcolHandoffModel = scenarioModel({
  id: 'dcol-handoff',
  title: 'Colour for digital design: print handoff and compositing',
  families: DCOL_HANDOFF_FAMILIES,
  aimKeyPlaces: true,
})

/** The colour for digital design test's item models, one per blueprint domain. */
export const DCOL_MODELS = [
  dcolNotationModel,
  dcolContrastModel,
  dcolSpaceModel,
  dcolSchemeModel,
  dcolHandoffModel,
] as const
