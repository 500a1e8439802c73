// The refusing `worked` and `apart`, the writers and the exact arithmetic are the money scenario
// kit's, unchanged.
export * from '../pfl/money-scenario-kit.js'
export type { PersonalFinanceScenario as AuditScenario } from '../pfl/pfl-text.js'

/*
 * Financial statement audit scenarios for a freelance or contract audit senior: materiality and
 * audit risk, substantive sampling, tests of controls, substantive analytics and tests of details,
 * and the evaluation of misstatements. Every drawn figure is a whole number of cents, dollars,
 * items or basis points, every working an exact fraction, so each key is rounded once, half up.
 * Each stem states the benchmark, percentage, factor, table value or method its key relies on, as
 * the firm's methodology would. `figures` keeps the draw so the key test can work every option
 * again its own way.
 */
