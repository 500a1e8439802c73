import { type CatalogRow, row } from './catalog-row.js'

/** Corporate finance as a freelance analyst works it for companies and investors. */
export const CORPORATE_FINANCE_ROW: CatalogRow = row(
  'corporate-finance',
  'Corporate finance',
  'Finance',
  6,
  40,
  [
    ['cfiCapital', 20],
    ['cfiAppraisal', 20],
    ['cfiValuation', 20],
    ['cfiStructure', 20],
    ['cfiWorking', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance corporate finance analyst works for companies and investors on hurdle rates, ' +
      'project appraisals, valuations, funding and payout decisions and the treasury of working ' +
      'capital, writing up the figures a board or an investor decides on. Cost of capital: CAPM ' +
      'and dividend-growth costs of equity, after-tax costs of debt, WACC at market-value weights ' +
      'and betas unlevered and relevered by a stated formula: 20 %. Investment appraisal: NPV on a ' +
      'stated discount rate and timing, IRR by stated interpolation, profitability index, ' +
      'discounted payback, incremental flows with working capital and tax on depreciation, and ' +
      'equivalent annual cost: 20 %. Valuation: dividend growth models, free cash flow to the firm ' +
      'and to equity, the bridge from enterprise to equity value, EV/EBITDA and P/E multiples and ' +
      'the figures of a deal: 20 %. Capital structure and payout: Modigliani-Miller with tax, the ' +
      'value of interest tax shields, EPS-EBIT indifference, buybacks and dividends, rights issues ' +
      'and the theoretical ex-rights price: 20 %. Working capital and short-term finance: the cash ' +
      'conversion cycle, the cost of forgoing an early-payment discount on the stated basis, ' +
      'factoring and invoice discounting, EOQ and cash models, and effective annual rates of loans ' +
      'with fees: 20 %. Every item states the formula, convention, day count and rounding its key ' +
      'depends on. Not tested: spreadsheet modelling (see financial modelling), reading financial ' +
      'statements (see financial statement analysis), tax and company law, option pricing, ' +
      'negotiation and the judgement calls of a deal. A 25-item form gives each of the five ' +
      'domains five items.',
    scoredItems: 25,
  },
)
