import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { MARKDOWN_FAMILIES } from './markdown-families.js'
import { MARKUP_FAMILIES } from './markup-families.js'
import { PERFORMANCE_FAMILIES } from './performance-families.js'
import { PLANNING_FAMILIES } from './planning-families.js'
import { SPACE_FAMILIES } from './space-families.js'

/** Each domain's families, for the models and the key test. */
export const RMM_MARKUP_FAMILIES: readonly ScenarioFamily[] = MARKUP_FAMILIES
export const RMM_MARKDOWN_FAMILIES: readonly ScenarioFamily[] = MARKDOWN_FAMILIES
export const RMM_PLANNING_FAMILIES: readonly ScenarioFamily[] = PLANNING_FAMILIES
export const RMM_PERFORMANCE_FAMILIES: readonly ScenarioFamily[] = PERFORMANCE_FAMILIES
export const RMM_SPACE_FAMILIES: readonly ScenarioFamily[] = SPACE_FAMILIES

// Every answer is one number (money, a percentage, a ratio or a count), and each family's named
// slips (the wrong base, a term left out, a rounding the wrong way) fall on both sides of its key
// in most draws, so the key's rank among the values is aimed rather than left to the draw.
export const rmmMarkupModel = scenarioModel({
  id: 'rmm-markup',
  title: 'Retail merchandising mathematics: markup and pricing',
  families: RMM_MARKUP_FAMILIES,
  aimNumericRank: true,
})
export const rmmMarkdownModel = scenarioModel({
  id: 'rmm-markdown',
  title: 'Retail merchandising mathematics: markdowns and promotions',
  families: RMM_MARKDOWN_FAMILIES,
  aimNumericRank: true,
})
export const rmmPlanningModel = scenarioModel({
  id: 'rmm-planning',
  title: 'Retail merchandising mathematics: inventory planning and the retail method',
  families: RMM_PLANNING_FAMILIES,
  aimNumericRank: true,
})
export const rmmPerformanceModel = scenarioModel({
  id: 'rmm-performance',
  title: 'Retail merchandising mathematics: productivity and performance',
  families: RMM_PERFORMANCE_FAMILIES,
  aimNumericRank: true,
})
export const rmmSpaceModel = scenarioModel({
  id: 'rmm-space',
  title: 'Retail merchandising mathematics: assortment, allocation and space',
  families: RMM_SPACE_FAMILIES,
  aimNumericRank: true,
})

/** The retail merchandising mathematics test's item models, one per blueprint domain. */
export const RMM_MODELS = [
  rmmMarkupModel,
  rmmMarkdownModel,
  rmmPlanningModel,
  rmmPerformanceModel,
  rmmSpaceModel,
] as const
