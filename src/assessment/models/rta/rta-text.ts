import { fixed } from '../egu/egu-text.js'
import { type Fraction, frac } from '../exact.js'

export type { JournalismScenario as RetailAccountingScenario } from '../dju/dju-text.js'
export { add, CENT, div, type Fraction, frac, mul, rest, sub } from '../dju/dju-text.js'
// The money writers and the refusing `worked` are personal finance literacy's, unchanged.
export { dol, money, PCT2, pc, pct2, tp, tpText, worked } from '../pfl/pfl-text.js'

/*
 * Retail accounting scenarios for a freelance bookkeeper or accountant who keeps the books of
 * shops. Every drawn figure is a whole number (dollars, cents, whole or tenth percents, units,
 * hours), every working an exact fraction, so each key is rounded once, half up, the way its stem
 * says. `figures` keeps the draw so the key test can work every option again its own way.
 */

/** Hours to one place. */
export const hours = (x: Fraction): string => `${fixed(x, 1)} hours`
/** Cents as a stem writes them: 123456 → `$1,234.56`. */
export const cts = (c: number): string => `$${fixed(frac(c, 100), 2)}`
