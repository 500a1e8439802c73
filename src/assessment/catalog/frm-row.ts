import { type CatalogRow, row } from './catalog-row.js'

/**
 * Financial risk management as a freelance risk analyst for banks, asset managers and corporate
 * treasuries does it.
 */
export const FINANCIAL_RISK_MANAGEMENT_ROW: CatalogRow = row(
  'financial-risk-management',
  'Financial risk management',
  'Finance',
  7,
  40,
  [
    ['frmMarket', 20],
    ['frmRates', 20],
    ['frmCredit', 20],
    ['frmHedge', 20],
    ['frmCapital', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance risk analyst (hired by banks, credit unions, asset managers, corporate ' +
      'treasuries and fintech lenders) measures market, interest rate and credit risk, designs ' +
      'and checks hedges, and reports capital and liquidity against the Basel rules. Market ' +
      'risk: parametric and historical value at risk, expected shortfall, time scaling and ' +
      'backtesting: 20 %. Interest rate risk: duration, DV01, convexity, futures hedges and ' +
      'repricing gaps: 20 %. Credit risk: expected and unexpected loss, exposure at default, ' +
      'default probabilities and intensities, netting, collateral and CVA: 20 %. Derivatives and ' +
      'hedging: hedge ratios, futures contracts, beta hedges, forward prices, basis, delta ' +
      'hedges, parity and payoffs: 20 %. Capital, liquidity and operational risk: risk-weighted ' +
      'assets, capital ratios and buffers, leverage, LCR, NSFR, operational risk capital, loss ' +
      'distributions and RAROC: 20 %. Every item states the quantile, factor, weight, rate or ' +
      'rule its key relies on. Not tested: option pricing models beyond parity, stochastic ' +
      'calculus, regulatory reporting forms and any particular risk system. A 25-item form gives ' +
      'each of the five domains five items.',
    scoredItems: 25,
  },
)
