import { scenarioModel } from '../scenario/scenario-model.js'
import { AUTO_LAYOUT_FAMILIES } from './auto-layout-families.js'
import { AUTO_LAYOUT_MORE_FAMILIES } from './auto-layout-more-families.js'
import { AUTO_LAYOUT_SETTING_FAMILIES } from './auto-layout-settings.js'
import { COMPONENT_FAMILIES, COMPONENT_SETTING_FAMILIES } from './component-families.js'
import { CONSTRAINT_FAMILIES, CONSTRAINT_SETTING_FAMILIES } from './constraint-families.js'
import type { FigmaFamily } from './figma-text.js'
import { EXPORT_FAMILIES, FORMAT_FAMILIES, GRID_FAMILIES } from './grid-export-families.js'
import { INTERACTION_FAMILIES, PROTOTYPE_FAMILIES } from './prototype-families.js'
import { TOKEN_FAMILIES, VARIABLE_FAMILIES } from './variable-families.js'

export const FIGMA_LAYOUT_FAMILIES: readonly FigmaFamily[] = [
  ...AUTO_LAYOUT_FAMILIES,
  ...AUTO_LAYOUT_MORE_FAMILIES,
  ...AUTO_LAYOUT_SETTING_FAMILIES,
]
export const FIGMA_CONSTRAINT_FAMILIES: readonly FigmaFamily[] = [
  ...CONSTRAINT_FAMILIES,
  ...CONSTRAINT_SETTING_FAMILIES,
]
export const FIGMA_COMPONENT_FAMILIES: readonly FigmaFamily[] = [
  ...COMPONENT_FAMILIES,
  ...COMPONENT_SETTING_FAMILIES,
]
export const FIGMA_VARIABLE_FAMILIES: readonly FigmaFamily[] = [
  ...VARIABLE_FAMILIES,
  ...TOKEN_FAMILIES,
]
export const FIGMA_EXPORT_FAMILIES: readonly FigmaFamily[] = [
  ...GRID_FAMILIES,
  ...EXPORT_FAMILIES,
  ...FORMAT_FAMILIES,
]
export const FIGMA_PROTOTYPE_FAMILIES: readonly FigmaFamily[] = [
  ...PROTOTYPE_FAMILIES,
  ...INTERACTION_FAMILIES,
]

export const figmaLayoutModel = scenarioModel({
  id: 'figma-auto-layout',
  title: 'Figma: auto layout',
  aimKeyPlaces: true,
  families: FIGMA_LAYOUT_FAMILIES,
})

export const figmaConstraintsModel = scenarioModel({
  id: 'figma-constraints',
  title: 'Figma: constraints and resizing',
  aimKeyPlaces: true,
  families: FIGMA_CONSTRAINT_FAMILIES,
})

export const figmaComponentsModel = scenarioModel({
  id: 'figma-components',
  title: 'Figma: components, variants and properties',
  aimKeyPlaces: true,
  families: FIGMA_COMPONENT_FAMILIES,
})

export const figmaVariablesModel = scenarioModel({
  id: 'figma-variables',
  title: 'Figma: variables, modes and styles',
  aimKeyPlaces: true,
  families: FIGMA_VARIABLE_FAMILIES,
})

export const figmaExportModel = scenarioModel({
  id: 'figma-grids-export',
  title: 'Figma: layout grids and export',
  aimKeyPlaces: true,
  families: FIGMA_EXPORT_FAMILIES,
})

export const figmaPrototypeModel = scenarioModel({
  id: 'figma-prototype-handoff',
  title: 'Figma: prototyping and handoff',
  aimKeyPlaces: true,
  families: FIGMA_PROTOTYPE_FAMILIES,
})

/** The Figma test's item models, one per blueprint domain. */
export const FIGMA_MODELS = [
  figmaLayoutModel,
  figmaConstraintsModel,
  figmaComponentsModel,
  figmaVariablesModel,
  figmaExportModel,
  figmaPrototypeModel,
] as const
