import { type CatalogRow, row } from './catalog-row.js'

/** Time value of money as a freelance financial analyst or bookkeeper uses it for clients. */
export const TVM_ROW: CatalogRow = row(
  'time-value-of-money',
  'Time value of money',
  'Finance',
  5,
  15,
  [
    ['tvmLumpSums', 20],
    ['tvmRates', 15],
    ['tvmAnnuities', 25],
    ['tvmLoans', 25],
    ['tvmNpvIrr', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance financial analyst or bookkeeper answers clients’ money-over-time questions: ' +
      'what a deposit grows to, what a future bill costs today, which loan or savings quote is ' +
      'cheaper, what the monthly payment is and how much of it is interest this year, whether a ' +
      'project pays. Single sums: compounding and discounting at annual, monthly, daily or ' +
      'continuous compounding, growth rates and periods to a target, moving a payment between ' +
      'dates: 20 %. Rates: nominal versus periodic versus effective rates, APR versus EAR and APY, ' +
      'converting between compounding frequencies, continuous rates and real rates by the Fisher ' +
      'relation: 15 %. Annuities: ordinary annuities and annuities due, sinking funds, deferred ' +
      'and growing annuities, level and growing perpetuities, a bond’s price from its coupons: ' +
      '25 %. Loans, the most frequent client request: the level payment, a lender’s amortisation ' +
      'schedule rounded to the cent (interest and principal in payment k, balance after k ' +
      'payments, interest in a tax year, the adjusted last payment), balloons, refinancing and ' +
      'loan counts: 25 %. Cash-flow appraisal of small projects: NPV, the spreadsheet NPV ' +
      'function’s first-period trap, IRR, profitability index, payback and discounted payback, ' +
      'a growing terminal value: 15 %. Every item states the rates, conventions and rounding its ' +
      'key depends on, and uses the textbook formulas of time-value arithmetic. Tax law, ' +
      'regulatory disclosure rules, bond duration and convexity, option pricing, portfolio ' +
      'theory, a particular calculator’s key sequence and spreadsheet syntax beyond NPV are not ' +
      'tested.',
  },
)
