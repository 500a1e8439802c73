import { type CatalogRow, row } from './catalog-row.js'

/** HTML email design as a freelance email designer and developer builds and checks campaigns. */
export const HTML_EMAIL_DESIGN_ROW: CatalogRow = row(
  'html-email-design',
  'HTML email design',
  'Design & Creative',
  4,
  15,
  [
    ['hedLayout', 20],
    ['hedImages', 20],
    ['hedTypeAccess', 20],
    ['hedClientBuild', 20],
    ['hedMeasure', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelancer who designs and codes HTML emails for clients and agencies turns a mock-up ' +
      'into table-based and hybrid layouts that hold up in Outlook, Gmail and phone clients, ' +
      'exports and weighs the images, keeps the type readable and accessible, keeps the build ' +
      'within client limits and reports on test renders and results. Table and hybrid layout: ' +
      'column widths from a stated container, padding, gutters and cellspacing, percentage ' +
      'widths, stacking on phones and inline-block columns per row: 20 %. Images: retina source ' +
      'widths, width and height attributes in proportion, weight budgets in the stated unit, VML ' +
      'background sizes, alt text when images are blocked and animated GIFs: 20 %. Typography ' +
      'and accessibility: contrast ratios and luminance thresholds from the formula the stem ' +
      'states, line heights, iOS text enlarging, touch-target padding and font sizes across px, ' +
      'pt and em: 20 %. Client constraints and build: Gmail clipping over 102 KB, inlining and ' +
      'link-tracking growth, preheader filler, encodings, Outlook DPI scaling and dark-mode ' +
      'inversion: 20 %. Measurement and testing: open, click-through, click-to-open, bounce, ' +
      'unsubscribe and inbox placement rates on the right base, render-test matrices and send ' +
      'counts after exclusions: 20 %. Every item states the client behaviour, formula, unit and ' +
      'rounding its key depends on. Not tested: visual design judgement, copywriting, a given ' +
      'ESP’s editor or template language, deliverability authentication (SPF, DKIM, DMARC; see ' +
      'email marketing) and CSS beyond what email clients support. A 25-item form gives each ' +
      'of the five domains five items.',
    scoredItems: 25,
  },
)
