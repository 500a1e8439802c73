import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { COLOUR_FAMILIES } from './colour-families.js'
import { COMPOSE_FAMILIES } from './compose-families.js'
import { LAYOUT_FAMILIES } from './layout-families.js'
import { OUTPUT_FAMILIES } from './output-families.js'
import { TYPE_FAMILIES } from './type-families.js'

/** Each domain's families, for the models and the key test. */
export const GDES_COLOUR_FAMILIES: readonly ScenarioFamily[] = COLOUR_FAMILIES
export const GDES_LAYOUT_FAMILIES: readonly ScenarioFamily[] = LAYOUT_FAMILIES
export const GDES_TYPE_FAMILIES: readonly ScenarioFamily[] = TYPE_FAMILIES
export const GDES_OUTPUT_FAMILIES: readonly ScenarioFamily[] = OUTPUT_FAMILIES
export const GDES_COMPOSE_FAMILIES: readonly ScenarioFamily[] = COMPOSE_FAMILIES

export const gdesColourModel = scenarioModel({
  id: 'gdes-colour',
  title: 'Graphic design: colour conversions, harmonies, tints and print colour',
  families: GDES_COLOUR_FAMILIES,
  aimNumericRank: true,
})
export const gdesLayoutModel = scenarioModel({
  id: 'gdes-layout',
  title: 'Graphic design: grids, margins, modular and golden proportions',
  families: GDES_LAYOUT_FAMILIES,
  aimNumericRank: true,
})
export const gdesTypeModel = scenarioModel({
  id: 'gdes-type',
  title: 'Graphic design: type sizes, leading and measure in layouts',
  families: GDES_TYPE_FAMILIES,
  aimNumericRank: true,
})
export const gdesOutputModel = scenarioModel({
  id: 'gdes-output',
  title: 'Graphic design: resolution, bleed, formats and print finishing',
  families: GDES_OUTPUT_FAMILIES,
  aimNumericRank: true,
})
export const gdesComposeModel = scenarioModel({
  id: 'gdes-compose',
  title: 'Graphic design: Gestalt grouping, hierarchy and composition',
  families: GDES_COMPOSE_FAMILIES,
  aimKeyPlaces: true,
})

/** The graphic design principles test's item models, one per blueprint domain. */
export const GDES_MODELS = [
  gdesColourModel,
  gdesLayoutModel,
  gdesTypeModel,
  gdesOutputModel,
  gdesComposeModel,
] as const
