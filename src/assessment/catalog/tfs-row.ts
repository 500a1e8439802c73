import { type CatalogRow, row } from './catalog-row.js'

/** Typography for screens as a freelance UI and web designer sets it and hands it to developers. */
export const TYPOGRAPHY_FOR_SCREENS_ROW: CatalogRow = row(
  'typography-for-screens',
  'Typography for screens',
  'Design & Creative',
  4,
  10,
  [
    ['tfsScale', 20],
    ['tfsMeasure', 20],
    ['tfsAccess', 20],
    ['tfsFonts', 20],
    ['tfsLayout', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance UI and web designer sets the type of sites and apps and hands it to developers ' +
      'as CSS values they can build from: sizes, line heights, measures, colours and font files. ' +
      'Type scales and units: stepping a modular scale, converting px, rem and em under a stated ' +
      'root, following em compounding, and reading clamp(), vw and em media queries the way CSS ' +
      'computes them: 20 %. Line length and spacing: characters per line from a measure and an ' +
      'average character width, line-height as unitless, em or percentage and how each inherits, ' +
      'baseline-grid snapping, margin collapsing and paragraph spacing: 20 %. Legibility and ' +
      'accessibility: WCAG 2.x contrast from relative luminance by the stated formula, which ' +
      'threshold a size and weight needs (large text at 24px, or about 18.67px bold), the 1.4.12 ' +
      'text-spacing minimums, 200 % resize and minimum target sizes: 20 %. Web font loading and ' +
      'performance: subset and WOFF2 sizes, variable against static families, request counts, ' +
      'font-display timelines, preloads, budgets and fallback metric overrides: 20 %. Layout and ' +
      'responsive type: columns and gutters, grid tracks and auto-fill, lines and truncation of a ' +
      'text block, container and viewport units, and print points against CSS and device pixels ' +
      '(1 CSS px = 1/96 in, 1pt = 4/3 px): 20 %. Every item states the root size, ratio, formula ' +
      'and rounding its key depends on. Not tested: choosing or pairing typefaces by taste, ' +
      'lettering and type design, brand identity, colour theory beyond contrast, HTML email ' +
      '(see HTML email design), writing CSS beyond the values handed over, and screen-reader ' +
      'testing. A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
