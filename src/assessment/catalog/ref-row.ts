import { type CatalogRow, row } from './catalog-row.js'

/** Real estate finance as a freelance analyst works it for investors, landlords and developers. */
export const REAL_ESTATE_FINANCE_ROW: CatalogRow = row(
  'real-estate-finance',
  'Real estate finance',
  'Finance',
  5,
  25,
  [
    ['refMortgages', 20],
    ['refIncome', 20],
    ['refReturns', 20],
    ['refDevelopment', 20],
    ['refLeases', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance real estate financial analyst works for property investors, landlords and small ' +
      'developers on the figures behind a purchase, a loan, a scheme or a lease: sizing and pricing ' +
      'the debt, underwriting the income, valuing the holding period, testing a development ' +
      'appraisal and checking what a lease actually pays, writing up numbers a client or a lender ' +
      'decides on. Mortgages and loans: level monthly payments, balances outstanding, the split of ' +
      'a payment, total interest, discount points, interest-only and recast payments, bridge and ' +
      'prepayment costs, and loan sizing by LTV, DSCR and housing-cost ratios: 20 %. Income ' +
      'property analysis: NOI from a rent roll with vacancy, credit loss, management fees and ' +
      'reassessed taxes, cap rates and direct capitalisation, gross rent multipliers, operating ' +
      'expense ratios, debt yield, band of investment, cash flow before tax and cash-on-cash: 20 %. ' +
      'Investment returns and valuation: present values of a holding period with sale reversion, ' +
      'one-year and levered returns, equity multiples, a preferred-return waterfall, growing ' +
      'income, net initial yield, term and reversion, cash-out refinance and total return split ' +
      'into income and capital: 20 %. Development and refurbishment feasibility: residual land ' +
      'value, gross development value, build cost with contingency and fees, construction and ' +
      'rolled-up finance, profit on cost and on GDV, loan-to-cost equity, draws net of retainage, ' +
      'sell-down holding costs and fix-and-flip offers: 20 %. Leases and property operations: ' +
      'capped and collared reviews, fixed bumps, straight-line and net effective rent with ' +
      'incentives, CAM and service charge recoveries with gross-up and admin fees, base-year ' +
      'stops, percentage rent, break-even occupancy, leasing commissions, holdover and closing ' +
      'prorations: 20 %. Every item states the formula, convention, day count and rounding its key ' +
      'depends on. Not tested: tax on property income and gains, property law and conveyancing, ' +
      'appraisal judgement of comparables, market research, spreadsheet modelling and the ' +
      'negotiation of a deal or a lease. A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
