import type { ModelDomain } from './model-domains.js'

/** The typography for screens test's domains, each served by one scenario model of its own families. */
export const TFS_DOMAINS = {
  tfsScale: {
    id: 'tfs-scale',
    title: 'Type scales and units',
    itemModelIds: ['tfs-scale'],
    outcome:
      'Step modular scales, convert px, rem and em under a stated root, follow em compounding, and read clamp(), vw and media-query sizes as CSS defines them',
  },
  tfsMeasure: {
    id: 'tfs-measure',
    title: 'Line length and spacing',
    itemModelIds: ['tfs-measure'],
    outcome:
      'Size a measure from character widths, set and inherit line-height, snap it to a baseline grid and stack paragraph and heading spacing',
  },
  tfsAccess: {
    id: 'tfs-access',
    title: 'Legibility and accessibility',
    itemModelIds: ['tfs-access'],
    outcome:
      'Work WCAG 2.x contrast from relative luminance, choose the threshold a size and weight needs, and size text and boxes for text spacing, resize and target minimums',
  },
  tfsFonts: {
    id: 'tfs-fonts',
    title: 'Web font loading and performance',
    itemModelIds: ['tfs-fonts'],
    outcome:
      'Budget font bytes and requests through subsetting, WOFF2 and variable fonts, read font-display timelines and preloads, and match fallback metrics',
  },
  tfsLayout: {
    id: 'tfs-layout',
    title: 'Layout and responsive type',
    itemModelIds: ['tfs-layout'],
    outcome:
      'Fit type to columns, gutters and grid tracks, count lines and truncation, and convert print points to CSS and device pixels',
  },
} as const satisfies Record<string, ModelDomain>
