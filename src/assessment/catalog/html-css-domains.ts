import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the HTML and CSS test, spread into the domain library. */
export const HTML_CSS_DOMAINS = {
  htmlcssCascade: {
    id: 'htmlcss-cascade',
    title: 'Selectors, specificity and the cascade',
    itemModelIds: ['htmlcss-cascade'],
    outcome:
      'Write selectors that match exactly the intended elements and predict which rule wins by layer, importance, specificity and inheritance',
  },
  htmlcssBox: {
    id: 'htmlcss-box',
    title: 'Box model, positioning and stacking',
    itemModelIds: ['htmlcss-box'],
    outcome:
      'Size and place boxes with box-sizing, margins, percentages, positioning and stacking contexts',
  },
  htmlcssLayout: {
    id: 'htmlcss-layout',
    title: 'Flexbox and grid layout',
    itemModelIds: ['htmlcss-layout'],
    outcome:
      'Lay out components with flexbox and grid: alignment, free space, wrapping, tracks and placement',
  },
  htmlcssResponsive: {
    id: 'htmlcss-responsive',
    title: 'Responsive techniques',
    itemModelIds: ['htmlcss-responsive'],
    outcome:
      'Adapt pages to viewports, containers and user preferences with queries, relative units, clamp() and responsive images',
  },
  htmlcssMarkup: {
    id: 'htmlcss-markup',
    title: 'Markup and forms',
    itemModelIds: ['htmlcss-markup'],
    outcome:
      'Write markup the parser keeps as written and forms whose labels, controls and validation work without script',
  },
} as const satisfies Record<string, ModelDomain>
