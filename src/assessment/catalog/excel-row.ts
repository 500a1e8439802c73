import { type CatalogRow, row } from './catalog-row.js'

/** Microsoft Excel as a virtual assistant or data assistant uses it in a client's workbooks. */
export const EXCEL_ROW: CatalogRow = row(
  'microsoft-excel',
  'Microsoft Excel',
  'Virtual Assistant',
  4,
  25,
  [
    ['xlLookups', 25],
    ['xlConditional', 20],
    ['xlTextDates', 20],
    ['xlFormats', 20],
    ['xlTables', 15],
  ],
  {
    scoredItems: 25,
    jobTaskAnalysis:
      'A freelance virtual assistant or data assistant keeps a client’s Excel workbooks: ' +
      'entering and cleaning data, writing the formulas the client’s reports run on, and ' +
      'keeping the sheets readable and safe to share. The work splits five ways. Lookups ' +
      'that pull a rate, name or price from another list, and repairing the ones that return ' +
      '#N/A or the wrong row (XLOOKUP modes, INDEX/MATCH, VLOOKUP’s pitfalls): 25 %, the ' +
      'commonest request and the commonest silent error. Conditional totals and counts for ' +
      'reports by person, region or date window (SUMIFS, COUNTIFS, AVERAGEIFS, filtered ' +
      'totals): 20 %. Cleaning imported text and working with dates (splitting names, ' +
      'removing separators, month ends, renewals, working days): 20 %. Number formats, ' +
      'conditional formatting and data validation, which decide what the client sees and ' +
      'what can be typed: 20 %. Tables, sorting and filtering, PivotTable summaries, and ' +
      'sharing and protecting the file: 15 %, fewer requests, each done once per workbook. ' +
      'Items ask what a formula returns on a shown sheet, which formula gives a stated ' +
      'result, what a format shows or what a feature does, in Excel for Microsoft 365. ' +
      'Not tested: bookkeeping or statistics behind the figures, VBA and macros, Power Query ' +
      'and Power Pivot modelling, charts, and keyboard shortcuts or menu paths that change ' +
      'between versions.',
  },
)
