import { editingModel } from '../editing/editing-model.js'
import { BOX_FAMILIES } from './box-families.js'
import { CASCADE_FAMILIES } from './cascade-families.js'
import { LAYOUT_FAMILIES } from './layout-families.js'
import { MARKUP_FAMILIES } from './markup-families.js'
import { RESPONSIVE_FAMILIES } from './responsive-families.js'

/** Every HTML and CSS family, for the test that renders every option in a browser. */
export const HTMLCSS_FAMILIES = [
  ...CASCADE_FAMILIES,
  ...BOX_FAMILIES,
  ...LAYOUT_FAMILIES,
  ...RESPONSIVE_FAMILIES,
  ...MARKUP_FAMILIES,
]

// Each family's stem states the page and what it must show, and its options are one selector,
// declaration set, rule or snippet, so no companion is drawn and each family picks its language.

export const htmlcssCascadeModel = editingModel({
  id: 'htmlcss-cascade',
  title: 'HTML and CSS: selectors, specificity and the cascade',
  families: CASCADE_FAMILIES,
  companions: [],
})

export const htmlcssBoxModel = editingModel({
  id: 'htmlcss-box',
  title: 'HTML and CSS: the box model, positioning and stacking',
  families: BOX_FAMILIES,
  companions: [],
})

export const htmlcssLayoutModel = editingModel({
  id: 'htmlcss-layout',
  title: 'HTML and CSS: flexbox and grid layout',
  families: LAYOUT_FAMILIES,
  companions: [],
})

export const htmlcssResponsiveModel = editingModel({
  id: 'htmlcss-responsive',
  title: 'HTML and CSS: media queries, relative units and responsive images',
  families: RESPONSIVE_FAMILIES,
  companions: [],
})

export const htmlcssMarkupModel = editingModel({
  id: 'htmlcss-markup',
  title: 'HTML and CSS: content models, labels and forms',
  families: MARKUP_FAMILIES,
  companions: [],
})
