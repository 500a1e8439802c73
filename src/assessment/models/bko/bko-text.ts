// The refusing `worked` and `apart`, the writers and the exact arithmetic are the money scenario
// kit's, unchanged.
export * from '../pfl/money-scenario-kit.js'
export type { PersonalFinanceScenario as BankingScenario } from '../pfl/pfl-text.js'

/*
 * Bank back-office scenarios for a freelance or contract operations analyst: payments, deposit
 * accounts, reconciliations, operational compliance and the daily liquidity figures of a US bank.
 * Every drawn figure is a whole number of cents, dollars, days or basis points, every working an
 * exact fraction, so each key is rounded once, half up. Each stem states the rule, rate, threshold,
 * calendar or day-count convention its key relies on. `figures` keeps the draw so the key test can
 * work every option again its own way.
 */
