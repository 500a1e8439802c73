// The refusing `worked` and `apart`, the writers and the exact arithmetic are the money scenario
// kit's, unchanged.
export * from '../pfl/money-scenario-kit.js'
export type { PersonalFinanceScenario as RiskScenario } from '../pfl/pfl-text.js'

/*
 * Financial risk management scenarios for a freelance risk analyst: market risk, interest rate
 * risk, credit risk, derivatives and hedging, and capital, liquidity and operational risk. Every
 * drawn figure is a whole number of cents, dollars, units or basis points, every working an exact
 * fraction, so each key is rounded once, half up. Each stem states the quantile, factor, weight,
 * rate or convention its key relies on. `figures` keeps the draw so the key test can work every
 * option again its own way.
 */
