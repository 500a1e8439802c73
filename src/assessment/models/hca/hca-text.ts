export type { PersonalFinanceScenario as HealthcareScenario } from '../pfl/pfl-text.js'
// The refusing `worked` and `apart`, the dollar writers and the exact arithmetic are personal
// finance literacy’s, unchanged.
export {
  add,
  apart,
  div,
  dol,
  type Fraction,
  frac,
  mul,
  pct2,
  rest,
  sub,
  usd,
  worked,
} from '../pfl/pfl-text.js'

/*
 * Healthcare administration scenarios for a remote medical office or revenue cycle administrator in
 * the United States: patient cost sharing, claims and coordination of benefits, fee schedules,
 * revenue cycle metrics and the office's scheduling, records and compliance. Every drawn figure is a
 * whole number of cents, dollars, units, days or basis points, every working an exact fraction, so
 * each key is rounded once, half up. Each stem states the plan term, rule, rate, index or deadline
 * its key relies on. `figures` keeps the draw so the key test can work every option again its own way.
 */

/** The rounding sentence of a money answer. */
export const CENTS = 'to the nearest cent (a half rounded up)'
export { distinct, fixed, n, plain, power } from '../dju/dju-text.js'
export { an, cap } from '../scenario/scenario-text.js'
