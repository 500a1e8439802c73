import { type CatalogRow, row } from './catalog-row.js'

/** Credit analysis as a freelance credit analyst works it for lenders, trade creditors and invoice-finance firms. */
export const CREDIT_ANALYSIS_ROW: CatalogRow = row(
  'credit-analysis',
  'Credit analysis',
  'Finance',
  6,
  30,
  [
    ['craLiquidity', 20],
    ['craLeverage', 20],
    ['craCashflow', 20],
    ['craStructuring', 20],
    ['craRisk', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance credit analyst assesses small-business and commercial borrowers for banks, ' +
      'alternative lenders, trade creditors and invoice-finance firms: they take the borrower’s ' +
      'accounts, aged ledgers, forecasts and collateral valuations, work the ratios the lender’s ' +
      'credit policy defines, size and structure a facility, and write a credit paper that ' +
      'recommends a limit, terms and covenants with the figures behind it. Liquidity and working ' +
      'capital: current, quick and cash ratios, DSO, DIO and DPO (countback included), the cash ' +
      'conversion cycle, the working-capital need at forecast sales, the cash working-capital ' +
      'growth absorbs, and room under a current-ratio covenant: 20 %. Leverage and coverage: ' +
      'gross and net debt to EBITDA, gearing, interest cover, DSCR, fixed-charge cover, lease-' +
      'adjusted leverage, covenant EBITDA with capped add-backs, covenant headroom and debt ' +
      'capacity, each on the lender’s stated definition: 20 %. Cash flow for debt service: EBITDA ' +
      'from reported profit, EBITDA normalised for owner-managed businesses, free cash flow and ' +
      'cash flow available for debt service, cash interest and cash tax from the accruals, capex ' +
      'from the fixed-asset movement, and the peak funding need of a monthly forecast: 20 %. ' +
      'Loan structuring: level-instalment and straight-line schedules, balances outstanding, ' +
      'balloon loans, day-count interest, sculpted repayments and cash sweeps, borrowing bases ' +
      'with stated advance rates, ineligibles, cross-age and concentration limits, loan-to-value ' +
      'and facility availability: 20 %. Credit risk measures: expected loss as PD × LGD × EAD with ' +
      'a conversion factor for undrawn lines, LGD after collateral haircuts and costs, recovery ' +
      'waterfalls by priority, cumulative PD, risk-based pricing, weighted rating scorecards, ' +
      'Altman Z-scores with the coefficients the item states, and trade-credit limits: 20 %. ' +
      'Every item states the definition, rate and rounding its key depends on. Not tested: a ' +
      'particular lender’s systems or rating model, accounting standards beyond the figures an ' +
      'item gives, insolvency and security law, regulatory capital formulas, interviewing the ' +
      'borrower and writing the credit paper itself. A 25-item form gives each of the five ' +
      'domains five items.',
    scoredItems: 25,
  },
)
