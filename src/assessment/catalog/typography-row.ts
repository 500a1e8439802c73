import { type CatalogRow, row } from './catalog-row.js'

/** Typography as a freelance designer or typesetter practises it, in print and on screen. */
export const TYPOGRAPHY_ROW: CatalogRow = row(
  'typography',
  'Typography',
  'Design & Creative',
  4,
  15,
  [
    ['typoScale', 22],
    ['typoCss', 20],
    ['typoFaces', 20],
    ['typoFeatures', 20],
    ['typoWeb', 18],
  ],
  {
    jobTaskAnalysis:
      'A freelance graphic designer or typesetter sets books, reports and websites for clients, ' +
      'and hands type specifications to printers and developers. Building the type system is the ' +
      'first job on every project: a modular scale, the measure, leading and a baseline grid ' +
      '(22 %, the most frequent task). Turning a print spec or a mock-up into exact values, points, ' +
      'picas, pixels, em and rem, and knowing what font, weight, line-height and spacing ' +
      'declarations compute to, so the build matches the design: 20 %. Choosing, classifying and ' +
      'pairing faces, reading font metrics in design units and following the setting rules for ' +
      'figures, spacing, paragraphs and breaks: 20 %. Specifying OpenType features, variable axes ' +
      'and the right characters for dashes, quotes, primes and spaces: 20 %. Loading web fonts ' +
      'without invisible text or layout shift and meeting WCAG’s text criteria: 18 %, as it is ' +
      'shared with developers. Every item states the rule or rounding its key relies on (the ' +
      'scale ratio, the DPI, the average character width, the style guide or specification ' +
      'cited). Not tested: taste in choosing a face for a brand, lettering and type design, ' +
      'non-Latin script typesetting, the menus of particular layout applications, and the ' +
      'spelling of marks in copy, which is proofreading.',
  },
)
