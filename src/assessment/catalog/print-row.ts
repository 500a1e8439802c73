import { type CatalogRow, row } from './catalog-row.js'

/** Print production as a freelance designer prepares and specifies files for commercial print. */
export const PRINT_PRODUCTION_ROW: CatalogRow = row(
  'print-production',
  'Print production',
  'Design & Creative',
  4,
  20,
  [
    ['prpSetup', 20],
    ['prpImpose', 20],
    ['prpPaper', 20],
    ['prpColour', 16],
    ['prpQuote', 24],
  ],
  {
    jobTaskAnalysis:
      'A freelance designer preparing work for commercial print sets up documents the printer ' +
      'can use, checks the files before they go, specifies paper, folding and binding, and ' +
      'reads and compares the printer’s quotes for the client. Document setup and resolution: ' +
      'trim sizes (ISO A and B series, US letter and tabloid), bleed and safe margins, spreads, ' +
      'bleed in points, effective resolution after scaling, the pixels an image needs at a ' +
      'stated ppi or at twice the line screen, and scaled large-format artwork: 20 %. ' +
      'Imposition and quantities: pieces per press sheet with gripper and bleed, press sheets ' +
      'with overs and make-ready, parent sheets and reams, saddle-stitch page counts in ' +
      'multiples of 4, signatures and their plates, printer’s spreads and creep: 20 %. Paper, ' +
      'binding and finishing: gsm and US basis weights at stated factors, spine width from PPI ' +
      'or caliper, cover spreads, copy weight and postage bands, roll and gate fold panels, ' +
      'scoring and the binding a page count allows: 20 %. Colour and press-ready files: total ' +
      'area coverage against a stated limit, grey-component swaps, rich black builds, plates ' +
      'for spot colours and varnish, overprint and knockout, which black an element takes, ' +
      'spot or process and why a Pantone’s CMYK build is only an approximation, and the PDF/X-1a ' +
      'and PDF/X-4 rules on transparency, RGB, layers and fonts: 16 %. Quotes and costs: cost ' +
      'per copy from make-ready and run rates, the break-even run between digital and offset, ' +
      'run-on and overs terms, tiered prices, paper and click charges, reprints, markup against ' +
      'margin, shared runs and price per 1,000: 24 %. Every item states the size, factor, rule, limit and ' +
      'rounding its key depends on. Not tested: a particular layout application’s menus, ' +
      'colour-management profiling, press operation, prepress RIP settings and design judgement. ' +
      'A 25-item form gives the first three domains five items each, colour four and quotes six.',
    scoredItems: 25,
  },
)
