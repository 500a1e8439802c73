import { type CatalogRow, row } from './catalog-row.js'

/** Financial modelling as a freelance modeller does it for small businesses and start-ups. */
export const FINMODEL_ROW: CatalogRow = row(
  'financial-modelling',
  'Financial modelling in spreadsheets',
  'Finance',
  6,
  40,
  [
    ['fmStructure', 20],
    ['fmTimeValue', 20],
    ['fmStatements', 25],
    ['fmValuation', 20],
    ['fmScenarios', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance financial modeller builds and audits three-statement, DCF and budget ' +
      'models in Excel or Google Sheets for small businesses and start-ups raising money, ' +
      'borrowing or planning. Laying a model out so it can be trusted and changed (inputs, ' +
      'calculations and outputs, one formula per row, sign and unit conventions, timing ' +
      'flags, and the circularity interest on average balances creates): 20 %. Discounting ' +
      'and returns (NPV and its one-period offset, XNPV and XIRR, IRR pitfalls, loan and ' +
      'lease payments at the right period rate): 20 %. Linking the three statements ' +
      '(depreciation, working-capital days, debt and equity roll-forwards, cash from changes ' +
      'in balances, the balance check), the largest share of build time: 25 %. Valuing the ' +
      'business by DCF (free cash flow to the firm, terminal value, WACC, the equity bridge): ' +
      '20 %. Scenarios, sensitivities and checks (switches, data tables, goal seek, error ' +
      'traps, formulas that survive inserted rows): 15 %. Every rate, convention and timing ' +
      'an item depends on is stated in it. Not tested: accounting standards beyond the links ' +
      'a model makes (tested in Bookkeeping), tax law, macros and VBA, and any one ' +
      'package’s menus beyond the data-table and goal-seek dialogs both spreadsheets share.',
  },
)
