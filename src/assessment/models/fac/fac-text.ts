// The refusing `worked` and `apart`, the writers and the exact arithmetic are the money scenario
// kit's, unchanged.
export * from '../pfl/money-scenario-kit.js'
export type { PersonalFinanceScenario as ForensicScenario } from '../pfl/pfl-text.js'

/*
 * Forensic accounting scenarios for a freelance forensic accountant or fraud examiner: fraud
 * analytics and red flags, indirect methods of proving income, asset misappropriation and
 * financial statement schemes, tracing funds, and economic damages. Every drawn figure is a whole
 * number of cents, dollars, counts or basis points, every working an exact fraction, so each key is
 * rounded once, half up. Each stem states the rule, proportion, rate or method its key relies on.
 * `figures` keeps the draw so the key test can work every option again its own way.
 */
