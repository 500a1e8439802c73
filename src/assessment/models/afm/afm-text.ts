import { type Fraction, frac } from '../exact.js'
import { mul } from '../rmm/rmm-text.js'

export { CENT, DOLLAR, dollars, n, PCT1, pct, plain, rest, usd } from '../dju/dju-text.js'
export type { Fraction } from '../exact.js'
export { frac } from '../exact.js'
export type { RetailScenario as AffiliateScenario } from '../rmm/rmm-text.js'
export { add, div, mul, sub, worked } from '../rmm/rmm-text.js'

/*
 * Affiliate marketing scenarios for a freelance affiliate manager who runs a merchant's
 * programme or an affiliate's own accounts: tracking and attribution, commission, performance,
 * payouts and partner terms. Every drawn figure is a whole number (cents, counts, days, tenths of
 * a percent), every working an exact fraction, so each key is rounded once, half up, the way its
 * stem says. `figures` keeps the draw so the key test can work every option again its own way.
 */

/** Cents as dollars. */
export const cents = (c: number): Fraction => frac(c, 100)
/** A drawn tenth of a percent as a rate: 85 → 0.085. */
export const tenths = (t: number): Fraction => frac(t, 1000)
/** A drawn whole percent as a rate. */
export const pc = (p: number): Fraction => frac(p, 100)
/** A drawn tenth of a percent as a stem writes it: 85 → `8.5%`. */
export const tp = (t: number): string => `${t % 10 === 0 ? t / 10 : (t / 10).toFixed(1)}%`
/** `rate × cents` as dollars. */
export const share = (t: number, c: number): Fraction => mul(tenths(t), cents(c))
/** The sum of whole numbers. */
export const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
/** Rounding sentences stems state. */
export const WHOLE = 'to the nearest whole number (a half rounded up)'
export const DP2 = 'to two decimal places (a half rounded up)'
export const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
