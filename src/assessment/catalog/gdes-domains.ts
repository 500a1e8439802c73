import type { ModelDomain } from './model-domains.js'

/** The graphic design principles test's domains, each served by one scenario model of its own families. */
export const GDES_DOMAINS = {
  gdesColour: {
    id: 'gdes-colour',
    title: 'Colour for screen and print',
    itemModelIds: ['gdes-colour'],
    outcome:
      'Convert colours between hex, RGB, HSL and naive CMYK, build colour-wheel harmonies, tints and shades, and choose RGB, CMYK and black builds for the output',
  },
  gdesLayout: {
    id: 'gdes-layout',
    title: 'Layout, grids and proportion',
    itemModelIds: ['gdes-layout'],
    outcome:
      'Work out column, gutter and margin sizes of a grid, modular scales, golden and thirds divisions, and spacing on a baseline grid',
  },
  gdesType: {
    id: 'gdes-type',
    title: 'Typography in layouts',
    itemModelIds: ['gdes-type'],
    outcome:
      'Size and lead type for a layout: auto leading, fitting and scaling type, matching x-heights, cross-aligned leading and a comfortable measure',
  },
  gdesOutput: {
    id: 'gdes-output',
    title: 'Resolution, bleed and output',
    itemModelIds: ['gdes-output'],
    outcome:
      'Size images and documents for print with bleed and safe areas, crop to aspect ratios, size retina exports, plan booklets and choose vector, raster and file formats',
  },
  gdesCompose: {
    id: 'gdes-compose',
    title: 'Composition principles',
    itemModelIds: ['gdes-compose'],
    outcome:
      'Name the Gestalt principle a layout relies on and apply hierarchy, alignment, contrast, repetition, balance and white space to fix a layout',
  },
} as const satisfies Record<string, ModelDomain>
