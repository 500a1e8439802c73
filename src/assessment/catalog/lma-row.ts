import { type CatalogRow, row } from './catalog-row.js'

/** Loan and mortgage analysis as a freelance analyst, broker's assistant or bookkeeper works it for clients. */
export const LOAN_AND_MORTGAGE_ROW: CatalogRow = row(
  'loan-and-mortgage-analysis',
  'Loan and mortgage analysis',
  'Finance',
  5,
  15,
  [
    ['lmaPayments', 20],
    ['lmaRates', 20],
    ['lmaStructures', 20],
    ['lmaRefinance', 20],
    ['lmaRatios', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance financial analyst, mortgage broker’s assistant or bookkeeper works out and ' +
      'checks loan figures for clients and lenders: they quote a payment, read a schedule, compare ' +
      'offers on a like-for-like rate, cost an overpayment or a switch, and test a case against ' +
      'the lender’s stated rules before it is submitted. Amortising payments and schedules: the ' +
      'annuity payment for monthly, quarterly, fortnightly and annual loans, the loan a payment ' +
      'supports, the interest and principal in a given payment or year, the balance after a number ' +
      'of payments and the interest over a term: 20 %. Rates, compounding and day counts: nominal ' +
      'against effective annual rates, other compounding frequencies and the Canadian half-yearly ' +
      'convention, an APR that takes in fees, capitalised interest, and interest between dates on ' +
      'the actual/365, actual/360 and US 30/360 bases: 20 %. Loan structures: interest-only, ' +
      'part-and-part and interest-only-then-repayment loans, balloons, regular and lump-sum ' +
      'overpayments that shorten the term or cut the payment, offset accounts, payment holidays and ' +
      'a savings plan to repay an interest-only loan: 20 %. Refinancing and early repayment: ' +
      'break-even months with fees, early repayment charges and cashback, US discount points, ' +
      'overpayment allowances, the Rule of 78, an interest rate differential, redemption figures, ' +
      'buydowns, cash-out proceeds and the payment on reversion: 20 %. Loan-to-value, coverage and ' +
      'affordability: LTV on the lower of price and valuation, combined LTV, deposits, DSCR, debt ' +
      'yield and rental cover, housing and total debt-to-income ratios, income multiples and ' +
      'stressed affordability, each as the lender’s stated rule puts it: 20 %. Every item states ' +
      'the rule, the basis and the rounding its key depends on. Not tested: a particular lender’s ' +
      'criteria or a regulator’s rules from memory, tax on mortgage interest, credit scoring, ' +
      'advice on which product suits a client, and a particular calculator or spreadsheet. A ' +
      '25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
