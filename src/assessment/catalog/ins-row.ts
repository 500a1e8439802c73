import { type CatalogRow, row } from './catalog-row.js'

/** Insurance fundamentals as a freelancer works them for insurers, brokers and MGAs. */
export const INSURANCE_FUNDAMENTALS_ROW: CatalogRow = row(
  'insurance-fundamentals',
  'Insurance fundamentals',
  'Finance',
  5,
  25,
  [
    ['insRating', 20],
    ['insClaims', 20],
    ['insResults', 20],
    ['insReinsurance', 20],
    ['insPricing', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelancer working for insurers, brokers, managing general agents and insurance-tech ' +
      'firms, as an underwriting assistant, a claims handler or a broker’s analyst: rates a risk ' +
      'and works its premium through the policy term, settles a commercial loss under the policy ' +
      'wording, reads a book’s underwriting results and loss development, works what a ' +
      'reinsurance treaty cedes and recovers, and builds an indicated rate from loss experience. ' +
      'Rating and premium: base rate times exposure times rating factors, minimum premium, ' +
      'written, earned and unearned premium at a date, pro-rata and short-rate cancellation ' +
      'refunds, mid-term adjustments, policy fees and premium tax: 20 %. Settling a claim: ' +
      'per-claim and aggregate deductibles, franchise and straight deductibles, the coinsurance ' +
      '(average) clause on underinsured property, per-occurrence, aggregate and blanket limits, ' +
      'actual cash value against replacement cost, salvage and subrogation recoveries, and ' +
      'contribution between two policies by limits or in equal shares: 20 %. Underwriting ' +
      'results and loss development: ' +
      'incurred losses as paid plus the change in reserves, loss, expense and combined ratios on ' +
      'the stated bases, underwriting profit, age-to-age factors and chain-ladder ultimate and ' +
      'IBNR: 20 %. Reinsurance: quota share cessions and ceding commission, surplus treaties by ' +
      'lines, per-risk excess of loss layers, aggregate stop loss and the net retained loss: ' +
      '20 %. Pricing and exposure: pure premium from frequency and severity, loss cost per ' +
      'exposure unit, gross premium with the expense and profit loads divided out, trend ' +
      'factors, experience modification and credibility-weighted rates: 20 %. Every item states ' +
      'the rates, policy terms and rounding its key depends on; no item relies on any ' +
      'jurisdiction’s real tariffs, taxes or regulation. Not tested: personal insurance choices ' +
      'for a household (see personal finance literacy), policy wording law and regulation, ' +
      'selling and broking conduct, statutory accounts and solvency capital, stochastic reserving ' +
      'and catastrophe modelling, and any rating or claims system. A 25-item form gives each of ' +
      'the five domains five items.',
    scoredItems: 25,
  },
)
