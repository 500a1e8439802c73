import type { ModelDomain } from './model-domains.js'

/** The responsive web design test's domains, each served by one scenario model of its own families. */
export const RWD_DOMAINS = {
  rwdMedia: {
    id: 'rwd-media',
    title: 'Viewport, media queries and breakpoints',
    itemModelIds: ['rwd-media'],
    outcome:
      'Set the viewport, write width, range and preference media queries, and tell which rule of a mobile-first or desktop-first stylesheet applies at a given viewport',
  },
  rwdUnits: {
    id: 'rwd-units',
    title: 'Relative units and fluid type',
    itemModelIds: ['rwd-units'],
    outcome:
      'Resolve rem, em, percentages, viewport units and clamp() to pixels at a given width, and write fluid type that respects the visitor’s text size',
  },
  rwdLayout: {
    id: 'rwd-layout',
    title: 'Flexbox and grid layouts that adapt',
    itemModelIds: ['rwd-layout'],
    outcome:
      'Predict how wrapping flex rows and auto-fit or auto-fill grids with fr and minmax() lay out at a given width, and fix overflow and reading-order faults',
  },
  rwdImages: {
    id: 'rwd-images',
    title: 'Responsive images',
    itemModelIds: ['rwd-images'],
    outcome:
      'Write srcset, sizes and picture markup, tell which file a browser loads at a viewport and pixel ratio, and reserve image space to prevent layout shift',
  },
  rwdTargets: {
    id: 'rwd-targets-containers',
    title: 'Touch targets, container queries and breakpoint strategy',
    itemModelIds: ['rwd-targets-containers'],
    outcome:
      'Size and space touch targets to WCAG 2.2, lay components out by their container with container queries, and place breakpoints mobile-first by content',
  },
} as const satisfies Record<string, ModelDomain>
