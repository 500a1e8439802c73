import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type Fraction, frac } from '../exact.js'
import { add, div, sub } from '../rmm/rmm-text.js'

export { CENT, DOLLAR, DP1, DP2, n, PCT1, pct, plain, power, usd } from '../dju/dju-text.js'
export { fixed } from '../egu/egu-text.js'
export type { Fraction } from '../exact.js'
export { frac } from '../exact.js'
export type { RetailScenario as PlanningScenario } from '../rmm/rmm-text.js'
export { add, div, mul, sub, worked } from '../rmm/rmm-text.js'

/*
 * Personal financial planning scenarios for a freelance planner or money coach. Every drawn
 * figure is a whole number (dollars, cents, tenths or hundredths of a percent, months, years), and
 * every working an exact fraction, so a key is rounded once, half up, the way its stem says.
 * `figures` keeps the draw so the key test can work every option again its own way.
 */

/** Whole dollars as a stem writes them: `$12,400`. */
export const usd0 = (d: number): string => `$${d.toLocaleString('en-US')}`
/** A drawn hundredth of a percent as a stem writes it: 425 → `4.25%`. */
export const bp = (h: number): string => `${(h / 100).toFixed(2)}%`
/** A drawn tenth of a percent as a stem writes it: 65 → `6.5%`. */
export const tenth = (t: number): string => `${(t / 10).toFixed(1)}%`
/** A hundredth of a percent as a rate: 425 → 0.0425. */
export const rb = (h: number): Fraction => frac(h, 10000)
/** A tenth of a percent as a rate: 65 → 0.065. */
export const rt = (t: number): Fraction => frac(t, 1000)
/** A whole percent as a rate. */
export const rp = (p: number): Fraction => frac(p, 100)
/** `(1 + r)^k`. */
export const grow = (r: Fraction, k: number): Fraction => {
  const b = add(1, r)
  return frac(b.n ** BigInt(k), b.d ** BigInt(k))
}
/** The future value of `k` end-of-period payments of one at rate `r`: ((1 + r)^k − 1) ÷ r. */
export const annuity = (r: Fraction, k: number): Fraction => div(sub(grow(r, k), 1), r)
/** The level payment that repays one over `k` periods at rate `r`: r ÷ (1 − (1 + r)^−k). */
export const payment = (r: Fraction, k: number): Fraction => div(r, sub(1, div(1, grow(r, k))))
/** `x` as a plain number, for comparisons inside a draw (never shown). */
export const num = (x: Fraction): number => Number(x.n) / Number(x.d)
/** Months shown as a whole count. */
export const months = (x: Fraction): string => `${fixedWhole(x)} months`
/** Years shown to one place. */
export const years1 = (x: Fraction): string => `${fixedOne(x)} years`
const fixedWhole = (x: Fraction): string => {
  const m = (2n * x.n + x.d) / (2n * x.d)
  return m.toString()
}
const fixedOne = (x: Fraction): string => {
  const m = (20n * x.n + x.d) / (2n * x.d)
  const s = m.toString().padStart(2, '0')
  return `${s.slice(0, -1)}.${s.slice(-1)}`
}
/** A client’s first name for a stem; all invented. */
export const client = (rng: Rng): string =>
  rng.pick(['Maya', 'Tom', 'Priya', 'Daniel', 'Aisha', 'Lucas', 'Elena', 'Sam', 'Grace', 'Omar'])
/** Refuses a draw whose figures would make an answer no planner could write down. */
export const refuse = (why: string): never => {
  throw new VariantError(`personal financial planning: ${why}`)
}
