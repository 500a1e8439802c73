// The refusing `worked` and `apart`, the writers and the exact arithmetic are the money scenario
// kit's, unchanged.
export * from '../pfl/money-scenario-kit.js'
export type { PersonalFinanceScenario as TreasuryScenario } from '../pfl/pfl-text.js'

/*
 * Corporate treasury scenarios for a freelance or interim treasury analyst: cash positioning,
 * short-term investment, currency and interest rate hedging and the bank facilities of a company.
 * Every drawn figure is a whole number of cents, dollars, days or basis points, every working an
 * exact fraction, so each key is rounded once, half up. Each stem states the rule, rate, threshold,
 * quote, day-count convention or term its key relies on. `figures` keeps the draw so the key test can
 * work every option again its own way.
 */
