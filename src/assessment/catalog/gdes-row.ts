import { type CatalogRow, row } from './catalog-row.js'

/** Graphic design principles as a freelance graphic designer applies them to client work. */
export const GDES_ROW: CatalogRow = row(
  'graphic-design-principles',
  'Graphic design principles',
  'Design & Creative',
  4,
  20,
  [
    ['gdesColour', 25],
    ['gdesLayout', 20],
    ['gdesType', 15],
    ['gdesOutput', 20],
    ['gdesCompose', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance graphic designer produces logos, flyers, posters, brochures, reports and web ' +
      'graphics for clients, and most decisions on a job are checkable ones. Colour, the most ' +
      'frequent question from clients and developers: converting a brand colour between hex, ' +
      'rgb() and hsl(), building complementary, triadic, split-complementary, analogous and square ' +
      'palettes as hue rotations, tints and shades for backgrounds and hover states, a naive CMYK ' +
      'estimate and its ink total, rich black for large areas and black-only small text, RGB for ' +
      'screens and CMYK for press, and a light check of contrast: 25 %. Layout: column width from ' +
      'page width, margins, gutters and column count, spans and column positions, modular and ' +
      'golden proportions, the rule of thirds, classical margins and spacing on a baseline grid: ' +
      '20 %. Typography inside a layout: auto leading, fitting a headline, sizing signs by cap ' +
      'height and panels by viewing distance, matching x-heights, cross-aligned leading and a ' +
      'comfortable measure: 15 %. Resolution and output: pixels for a print with bleed at 300 ' +
      'ppi, trim, bleed and safe areas, aspect-ratio crops and 2x exports, A sizes, booklet page ' +
      'counts and spines, and choosing vector or raster and the file format for each use: 20 %. ' +
      'Composition: naming the Gestalt principle a layout uses, and fixing hierarchy, alignment, ' +
      'contrast, repetition, balance and white space: 20 %. Every computed item states the ' +
      'figures and conventions its key depends on. Software commands, colour-managed (ICC) ' +
      'separations, detailed WCAG conformance and type classification are other tests’ work and ' +
      'are not tested.',
  },
)
