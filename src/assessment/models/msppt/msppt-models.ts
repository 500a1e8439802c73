import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { ANIMATION_FAMILIES } from './animation-families.js'
import { GEOMETRY_FAMILIES } from './geometry-families.js'
import { MASTER_FAMILIES } from './master-families.js'
import { OUTPUT_FAMILIES } from './output-families.js'
import { SHOW_FAMILIES } from './show-families.js'

/** Each domain's families, for the models and the key test. */
export const PPT_GEOMETRY_FAMILIES: readonly ScenarioFamily[] = GEOMETRY_FAMILIES
export const PPT_ANIMATION_FAMILIES: readonly ScenarioFamily[] = ANIMATION_FAMILIES
export const PPT_SHOW_FAMILIES: readonly ScenarioFamily[] = SHOW_FAMILIES
export const PPT_MASTER_FAMILIES: readonly ScenarioFamily[] = MASTER_FAMILIES
export const PPT_OUTPUT_FAMILIES: readonly ScenarioFamily[] = OUTPUT_FAMILIES

// Every answer is a number (a length, a time, a size, a count of slides, pages or pixels), and
// each family's named mistakes fall on both sides of its key in most draws, so the key's rank is
// aimed.
export const pptGeometryModel = scenarioModel({
  id: 'ppt-geometry',
  title: 'Microsoft PowerPoint: slide size, align and distribute, and picture geometry',
  families: PPT_GEOMETRY_FAMILIES,
  aimNumericRank: true,
})
export const pptAnimationModel = scenarioModel({
  id: 'ppt-animation',
  title: 'Microsoft PowerPoint: animation start options, delays, durations and repeats',
  families: PPT_ANIMATION_FAMILIES,
  aimNumericRank: true,
})
export const pptShowModel = scenarioModel({
  id: 'ppt-show',
  title: 'Microsoft PowerPoint: self-running shows, transitions, hidden slides and slide numbers',
  families: PPT_SHOW_FAMILIES,
  aimNumericRank: true,
})
export const pptMasterModel = scenarioModel({
  id: 'ppt-masters',
  title: 'Microsoft PowerPoint: masters, layouts, themes and text formatting',
  families: PPT_MASTER_FAMILIES,
  aimNumericRank: true,
})
export const pptOutputModel = scenarioModel({
  id: 'ppt-output',
  title: 'Microsoft PowerPoint: image export, handouts, printing and video',
  families: PPT_OUTPUT_FAMILIES,
  aimNumericRank: true,
})

/** The Microsoft PowerPoint test's item models, one per blueprint domain. */
export const MSPPT_MODELS = [
  pptGeometryModel,
  pptAnimationModel,
  pptShowModel,
  pptMasterModel,
  pptOutputModel,
] as const
