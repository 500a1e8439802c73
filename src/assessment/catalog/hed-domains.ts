import type { ModelDomain } from './model-domains.js'

/** The HTML email design test's domains, each served by one scenario model of its own families. */
export const HED_DOMAINS = {
  hedLayout: {
    id: 'hed-layout',
    title: 'Table and hybrid layout',
    itemModelIds: ['hed-layout'],
    outcome:
      'Work column, cell and container widths from a stated container, padding, gutters and cellspacing, percentage widths, stacking on phones and hybrid columns per row',
  },
  hedImages: {
    id: 'hed-images',
    title: 'Images',
    itemModelIds: ['hed-images'],
    outcome:
      'Size retina sources and width and height attributes, keep proportions, budget image weight in the stated unit, size VML backgrounds and reason about alt text and GIFs',
  },
  hedTypeAccess: {
    id: 'hed-type-access',
    title: 'Typography and accessibility',
    itemModelIds: ['hed-type-access'],
    outcome:
      'Work contrast ratios and luminance thresholds from the stated formula, line heights, iOS enlarging, touch-target padding and font sizes across units',
  },
  hedClientBuild: {
    id: 'hed-client-build',
    title: 'Client constraints and build',
    itemModelIds: ['hed-client-build'],
    outcome:
      'Keep HTML under Gmail’s clipping limit, weigh inlining, tracking rewrites, encodings and preheader filler, and work Outlook DPI scaling and dark-mode inversion',
  },
  hedMeasure: {
    id: 'hed-measure',
    title: 'Measurement and testing',
    itemModelIds: ['hed-measure'],
    outcome:
      'Work open, click-through, click-to-open, bounce and placement rates on the right base, render-test matrices and send counts after exclusions',
  },
} as const satisfies Record<string, ModelDomain>
