import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CLIENT_BUILD_FAMILIES } from './client-build-families.js'
import { IMAGE_FAMILIES } from './image-families.js'
import { LAYOUT_FAMILIES } from './layout-families.js'
import { MEASURE_FAMILIES } from './measure-families.js'
import { TYPE_ACCESS_FAMILIES } from './type-access-families.js'

/** Each domain's families, for the models and the key test. */
export const HED_LAYOUT_FAMILIES: readonly ScenarioFamily[] = LAYOUT_FAMILIES
export const HED_IMAGE_FAMILIES: readonly ScenarioFamily[] = IMAGE_FAMILIES
export const HED_TYPE_ACCESS_FAMILIES: readonly ScenarioFamily[] = TYPE_ACCESS_FAMILIES
export const HED_CLIENT_BUILD_FAMILIES: readonly ScenarioFamily[] = CLIENT_BUILD_FAMILIES
export const HED_MEASURE_FAMILIES: readonly ScenarioFamily[] = MEASURE_FAMILIES

// Every answer is one figure (pixels, bytes, a ratio, a rate or a count), and each family's named
// slips (a gutter or padding side left out, the 1x width, 1,000 bytes to the KB, the wrong base)
// fall on both sides of its key in most draws, so the key's rank among the values is aimed rather
// than left to the draw.
export const hedLayoutModel = scenarioModel({
  id: 'hed-layout',
  title: 'HTML email design: table and hybrid layout',
  families: HED_LAYOUT_FAMILIES,
  aimNumericRank: true,
})
export const hedImagesModel = scenarioModel({
  id: 'hed-images',
  title: 'HTML email design: images',
  families: HED_IMAGE_FAMILIES,
  aimNumericRank: true,
})
export const hedTypeAccessModel = scenarioModel({
  id: 'hed-type-access',
  title: 'HTML email design: typography and accessibility',
  families: HED_TYPE_ACCESS_FAMILIES,
  aimNumericRank: true,
})
export const hedClientBuildModel = scenarioModel({
  id: 'hed-client-build',
  title: 'HTML email design: client constraints and build weight',
  families: HED_CLIENT_BUILD_FAMILIES,
  aimNumericRank: true,
})
export const hedMeasureModel = scenarioModel({
  id: 'hed-measure',
  title: 'HTML email design: measurement and testing',
  families: HED_MEASURE_FAMILIES,
  aimNumericRank: true,
})

/** The HTML email design test's item models, one per blueprint domain. */
export const HED_MODELS = [
  hedLayoutModel,
  hedImagesModel,
  hedTypeAccessModel,
  hedClientBuildModel,
  hedMeasureModel,
] as const
