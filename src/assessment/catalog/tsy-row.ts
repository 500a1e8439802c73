import { type CatalogRow, row } from './catalog-row.js'

/** Treasury management as a freelance or interim corporate treasury analyst does it. */
export const TREASURY_MANAGEMENT_ROW: CatalogRow = row(
  'treasury-management',
  'Treasury management',
  'Finance',
  6,
  30,
  [
    ['tsyCash', 20],
    ['tsyMoney', 20],
    ['tsyFx', 20],
    ['tsyRate', 20],
    ['tsyFunding', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance or interim treasury analyst (hired by mid-sized companies between ' +
      'permanent hires, for a bank or system change, or to cover a treasurer’s absence) runs ' +
      'a company’s daily treasury: positions and concentrates its cash, invests the surplus ' +
      'under the investment policy, hedges its currency and interest rate exposures and runs ' +
      'its bank facilities and short-term funding. Cash positioning and pooling: the daily ' +
      'cash position against target balances, zero-balancing and notional pools with their ' +
      'interest allocation, multilateral netting, overnight sweeps, and collection and ' +
      'disbursement float: 20 %. Short-term investment: Treasury bill prices, discount, ' +
      'money market and bond-equivalent yields on their day counts, commercial paper, ' +
      'certificates of deposit, repos and money market funds, and the policy’s limits on ' +
      'issuer, tenor and rating: 20 %. Foreign exchange risk: cross rates and bid-offer ' +
      'spreads, forward rates from covered interest rate parity, forward and non-deliverable ' +
      'forward settlements, option hedges with their premium, and net exposures by currency: ' +
      '20 %. Interest rate risk: forward rate agreement settlements, interest rate swap net ' +
      'payments, caps, floors and collars, compounded overnight rates in arrears and the ' +
      'fixed and floating mix of the debt: 20 %. Funding and bank facilities: revolving credit ' +
      'commitment, utilisation and drawn costs, the all-in cost of commercial paper and term ' +
      'loans, covenant headroom, letters of credit, borrowing bases, excess cash flow ' +
      'sweeps and supply chain finance: 20 %. Every item ' +
      'states the rates, day-count conventions, quotes and terms its key relies on. Not ' +
      'tested: a bank’s own liquidity and regulatory ratios (banking operations is a test of ' +
      'its own), capital budgeting, valuation and the cost of capital (corporate finance), ' +
      'hedge accounting, any particular treasury management system, and trading for profit. ' +
      'A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
