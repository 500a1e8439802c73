import type { ModelDomain } from './model-domains.js'

/**
 * The financial risk management test’s domains, each served by one scenario model of its own
 * families.
 */
export const FRM_DOMAINS = {
  frmMarket: {
    id: 'frm-market',
    title: 'Market risk and value at risk',
    itemModelIds: ['frm-market'],
    outcome:
      'Measure market risk: parametric value at risk for one position and for a portfolio of two ' +
      'with their correlation, scaling over a horizon by the square root of time, historical ' +
      'value at risk and expected shortfall from ordered losses, and backtesting exceptions ' +
      'against the Basel traffic-light zones',
  },
  frmRates: {
    id: 'frm-rates',
    title: 'Interest rate risk',
    itemModelIds: ['frm-rates'],
    outcome:
      'Measure interest rate risk: Macaulay and modified duration, DV01, the price change from ' +
      'duration and convexity, the portfolio duration of several bonds, hedging with futures by ' +
      'the ratio of DV01s, repricing gaps and the change in net interest income',
  },
  frmCredit: {
    id: 'frm-credit',
    title: 'Credit risk',
    itemModelIds: ['frm-credit'],
    outcome:
      'Measure credit risk: expected loss from probability of default, loss given default and ' +
      'exposure at default with the credit conversion factor on undrawn lines, cumulative and ' +
      'conditional default probabilities, the default intensity implied by a spread, unexpected ' +
      'loss, exposure after netting and collateral, and a simple credit valuation adjustment',
  },
  frmHedge: {
    id: 'frm-hedge',
    title: 'Derivatives and hedging',
    itemModelIds: ['frm-hedge'],
    outcome:
      'Hedge with derivatives: the minimum-variance hedge ratio and the number of futures ' +
      'contracts, beta hedging with index futures, forward prices by cost of carry, the ' +
      'effective price of a hedge with basis, delta hedges of option positions, put-call parity ' +
      'and option payoffs',
  },
  frmCapital: {
    id: 'frm-capital',
    title: 'Capital, liquidity and operational risk',
    itemModelIds: ['frm-capital'],
    outcome:
      'Hold enough capital and liquidity: risk-weighted assets under standardised weights, ' +
      'capital ratios against minimums and buffers, the leverage ratio, the liquidity coverage ' +
      'and net stable funding ratios, operational risk capital from the business indicator, ' +
      'expected annual losses from frequency and severity, and risk-adjusted return on capital',
  },
} as const satisfies Record<string, ModelDomain>
