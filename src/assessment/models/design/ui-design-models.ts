import { editingModel } from '../editing/editing-model.js'
import { COLOUR_ACCESS_FAMILIES } from './colour-access-families.js'
import { FIGMA_FAMILIES } from './figma-families.js'
import { LAYOUT_FAMILIES } from './layout-families.js'
import { PATTERN_FAMILIES } from './pattern-families.js'
import { TYPOGRAPHY_FAMILIES } from './typography-families.js'

/** Every UI design family, for the tests that judge options independently of the models. */
export const UI_DESIGN_FAMILIES = [
  ...TYPOGRAPHY_FAMILIES,
  ...LAYOUT_FAMILIES,
  ...COLOUR_ACCESS_FAMILIES,
  ...FIGMA_FAMILIES,
  ...PATTERN_FAMILIES,
]

// Each family sets its own scenario in the stem; the options are whole answers.
export const uiTypographyModel = editingModel({
  id: 'ui-typography',
  title: 'UI design: typography for interfaces',
  families: TYPOGRAPHY_FAMILIES,
  companions: [],
})

export const uiLayoutModel = editingModel({
  id: 'ui-layout',
  title: 'UI design: hierarchy, grids and spacing',
  families: LAYOUT_FAMILIES,
  companions: [],
})

export const uiColourAccessModel = editingModel({
  id: 'ui-colour-access',
  title: 'UI design: colour, contrast and accessible design',
  families: COLOUR_ACCESS_FAMILIES,
  companions: [],
})

export const uiFigmaModel = editingModel({
  id: 'ui-figma',
  title: 'UI design: Figma components, auto layout and prototyping',
  families: FIGMA_FAMILIES,
  companions: [],
})

export const uiPatternsModel = editingModel({
  id: 'ui-patterns',
  title: 'UI design: interaction patterns and heuristics',
  families: PATTERN_FAMILIES,
  companions: [],
})
