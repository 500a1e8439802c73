import { dollars, type Fraction, usd } from '../dju/dju-text.js'

export type { JournalismScenario as EcommerceScenario } from '../dju/dju-text.js'
export {
  add,
  CENT,
  cents,
  DP1,
  div,
  dollars,
  type Fraction,
  frac,
  HALF,
  mul,
  n,
  PCT1,
  pc,
  pct,
  plain,
  rest,
  sub,
  usd,
  WHOLE,
  worked,
} from '../dju/dju-text.js'

/*
 * E-commerce accounting scenarios for a freelance bookkeeper who closes the books of online
 * sellers: marketplace settlements and payment clearing accounts, sales tax and VAT on online
 * sales, landed cost and stock held with marketplaces and warehouses, revenue and returns, and
 * the unit economics a seller reads from the close. Every drawn figure is a whole number (cents,
 * units, whole or tenth percents, rates in ten-thousandths), every working an exact fraction, so
 * each key is rounded once, half up, the way its stem says, and every platform rule it depends
 * on is stated in the stem. `figures` keeps the draw so the key test can work every option again.
 */

/** A drawn rate in tenths of a percent as a stem writes it: 29 → `2.9%`. */
export const tenth = (t: number): string => `${(t / 10).toFixed(1)}%`
/** An exchange rate drawn in ten-thousandths as a stem writes it: 10850 → `1.0850`. */
export const rate4 = (x: number): string => (x / 10000).toFixed(4)

/** A rate drawn in hundredths of a percent as a stem writes it: 725 → `7.25%`. */
export const hundredth = (h: number): string => `${(h / 100).toFixed(2)}%`

/** Whole cents written in euros or pounds, and exact amounts shown to the cent in each. */
export const eur = (c: number): string => dollars(c).replace('$', '€')
export const gbp = (c: number): string => dollars(c).replace('$', '£')
export const euro = (x: Fraction): string => usd(2)(x).replace('$', '€')
export const pound = (x: Fraction): string => usd(2)(x).replace('$', '£')
