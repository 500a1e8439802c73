import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { ACCESS_FAMILIES } from './access-families.js'
import { FONTS_FAMILIES } from './fonts-families.js'
import { LAYOUT_FAMILIES } from './layout-families.js'
import { MEASURE_FAMILIES } from './measure-families.js'
import { SCALE_FAMILIES } from './scale-families.js'

/** Each domain's families, for the models and the key test. */
export const TFS_SCALE_FAMILIES: readonly ScenarioFamily[] = SCALE_FAMILIES
export const TFS_MEASURE_FAMILIES: readonly ScenarioFamily[] = MEASURE_FAMILIES
export const TFS_ACCESS_FAMILIES: readonly ScenarioFamily[] = ACCESS_FAMILIES
export const TFS_FONTS_FAMILIES: readonly ScenarioFamily[] = FONTS_FAMILIES
export const TFS_LAYOUT_FAMILIES: readonly ScenarioFamily[] = LAYOUT_FAMILIES

// Every answer is one figure (px, rem, a ratio, a luminance, KB, ms or a count), and each
// family's named slips (a rem against 16px under another root, an em from the wrong element, a
// contrast without its flare, a gutter too many) fall on both sides of its key in most draws, so
// the key's rank among the values is aimed rather than left to the draw.
export const tfsScaleModel = scenarioModel({
  id: 'tfs-scale',
  title: 'Typography for screens: type scales and units',
  families: TFS_SCALE_FAMILIES,
  aimNumericRank: true,
})
export const tfsMeasureModel = scenarioModel({
  id: 'tfs-measure',
  title: 'Typography for screens: line length and spacing',
  families: TFS_MEASURE_FAMILIES,
  aimNumericRank: true,
})
export const tfsAccessModel = scenarioModel({
  id: 'tfs-access',
  title: 'Typography for screens: legibility and accessibility',
  families: TFS_ACCESS_FAMILIES,
  aimNumericRank: true,
})
export const tfsFontsModel = scenarioModel({
  id: 'tfs-fonts',
  title: 'Typography for screens: web font loading and performance',
  families: TFS_FONTS_FAMILIES,
  aimNumericRank: true,
})
export const tfsLayoutModel = scenarioModel({
  id: 'tfs-layout',
  title: 'Typography for screens: layout and responsive type',
  families: TFS_LAYOUT_FAMILIES,
  aimNumericRank: true,
})

/** The typography for screens test's item models, one per blueprint domain. */
export const TFS_MODELS = [
  tfsScaleModel,
  tfsMeasureModel,
  tfsAccessModel,
  tfsFontsModel,
  tfsLayoutModel,
] as const
