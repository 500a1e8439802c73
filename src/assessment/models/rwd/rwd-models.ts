import { scenarioModel } from '../scenario/scenario-model.js'
import { CONTAINER_FAMILIES } from './container-families.js'
import { FLEX_FAMILIES } from './flex-families.js'
import { FLUID_FAMILIES } from './fluid-families.js'
import { GRID_FAMILIES, GRID_MORE_FAMILIES } from './grid-families.js'
import { CASCADE_FAMILIES } from './media-cascade-families.js'
import { FEATURE_FAMILIES } from './media-feature-families.js'
import { LOGIC_FAMILIES } from './media-logic-families.js'
import { QUERY_FAMILIES } from './media-query-families.js'
import { IMAGE_MARKUP_FAMILIES, PICTURE_FAMILIES } from './picture-families.js'
import type { RwdFamily } from './rwd-text.js'
import { SRCSET_FAMILIES } from './srcset-families.js'
import { TARGET_FAMILIES } from './target-families.js'
import { CALC_FAMILIES, UNIT_FAMILIES } from './units-families.js'

export const RWD_MEDIA_FAMILIES: readonly RwdFamily[] = [
  ...CASCADE_FAMILIES,
  ...QUERY_FAMILIES,
  ...LOGIC_FAMILIES,
  ...FEATURE_FAMILIES,
]
export const RWD_UNIT_FAMILIES: readonly RwdFamily[] = [
  ...FLUID_FAMILIES,
  ...UNIT_FAMILIES,
  ...CALC_FAMILIES,
]
export const RWD_LAYOUT_FAMILIES: readonly RwdFamily[] = [
  ...GRID_FAMILIES,
  ...GRID_MORE_FAMILIES,
  ...FLEX_FAMILIES,
]
export const RWD_IMAGE_FAMILIES: readonly RwdFamily[] = [
  ...SRCSET_FAMILIES,
  ...PICTURE_FAMILIES,
  ...IMAGE_MARKUP_FAMILIES,
]
export const RWD_TARGET_FAMILIES: readonly RwdFamily[] = [...TARGET_FAMILIES, ...CONTAINER_FAMILIES]

export const rwdMediaModel = scenarioModel({
  id: 'rwd-media',
  title: 'Responsive web design: viewport and media queries',
  families: RWD_MEDIA_FAMILIES,
})

export const rwdUnitsModel = scenarioModel({
  id: 'rwd-units',
  title: 'Responsive web design: relative units and fluid type',
  families: RWD_UNIT_FAMILIES,
})

export const rwdLayoutModel = scenarioModel({
  id: 'rwd-layout',
  title: 'Responsive web design: flexbox and grid',
  families: RWD_LAYOUT_FAMILIES,
})

export const rwdImagesModel = scenarioModel({
  id: 'rwd-images',
  title: 'Responsive web design: responsive images',
  families: RWD_IMAGE_FAMILIES,
})

export const rwdTargetsModel = scenarioModel({
  id: 'rwd-targets-containers',
  title: 'Responsive web design: touch targets and container queries',
  families: RWD_TARGET_FAMILIES,
})

/** The responsive web design test's item models, one per blueprint domain. */
export const RWD_MODELS = [
  rwdMediaModel,
  rwdUnitsModel,
  rwdLayoutModel,
  rwdImagesModel,
  rwdTargetsModel,
] as const
