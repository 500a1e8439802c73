// The refusing `worked` and `apart`, the writers and the exact arithmetic are the money scenario
// kit's, unchanged.
export * from '../pfl/money-scenario-kit.js'
export type { PersonalFinanceScenario as HealthcareScenario } from '../pfl/pfl-text.js'

/*
 * Healthcare administration scenarios for a remote medical office or revenue cycle administrator in
 * the United States: patient cost sharing, claims and coordination of benefits, fee schedules,
 * revenue cycle metrics and the office's scheduling, records and compliance. Every drawn figure is
 * a whole number of cents, dollars, units, days or basis points, every working an exact fraction,
 * so each key is rounded once, half up. Each stem states the plan term, rule, rate, index or
 * deadline its key relies on. `figures` keeps the draw so the key test can work every option again
 * its own way.
 */
