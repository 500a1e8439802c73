import { fixed } from '../egu/egu-text.js'
import type { Fraction } from '../exact.js'

export type { JournalismScenario as InsuranceScenario } from '../dju/dju-text.js'
export { add, CENT, div, type Fraction, frac, mul, rest, sub } from '../dju/dju-text.js'
// The money writers and the refusing `worked` are personal finance literacy's, unchanged.
export { dol, money, PCT2, pc, pct2, tp, tpText, worked } from '../pfl/pfl-text.js'

/*
 * Insurance scenarios for a freelancer who works for insurers, brokers, managing general agents
 * and insurance-tech firms: an underwriting assistant rating a risk, a claims handler settling a
 * loss, a broker's analyst reading a book's results and its reinsurance. Every drawn figure is a
 * whole number (dollars, whole or tenth percents, days, counts), every working an exact fraction,
 * so each key is rounded once, half up, the way its stem says. `figures` keeps the draw so the
 * key test can work every option again its own way.
 */

/** A development factor to three places, as an option shows it. */
export const factor3 = (x: Fraction): string => fixed(x, 3)
/** A development factor drawn in thousandths, as a stem writes it. */
export const f3 = (t: number): string => (t / 1000).toFixed(3)
/** The rounding sentence of a factor answer. */
export const DP3 = 'to three decimal places (a half rounded up)'
/** A count or rate to two places, as an option shows it. */
export const two = (x: Fraction): string => fixed(x, 2)
