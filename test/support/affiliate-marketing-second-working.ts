import { type R, r } from './bigint-rationals.js'
import { dp, writtenAs } from './written-half-up.js'

export { add, cmp, div, mul, type R, r, sub } from './bigint-rationals.js'
export {
  at0,
  at1,
  digest,
  downR as down,
  dp,
  type F,
  pct1,
  pct2,
  type Route,
  upR as up,
  writtenAs as as,
} from './written-half-up.js'

/*
 * Money, rates and counts done again for the affiliate marketing key test, with nothing shared
 * with the families' helpers: every figure a BigInt rational from the drawn whole numbers, every
 * answer rounded half up once and written the way an option is read back.
 */

const B = BigInt
/** Cents as dollars. */
export const usd = (c: number): R => r(c, 100)
/** Tenths of a percent as a fraction of one. */
export const tenth = (t: number): R => r(t, 1000)
/** Whole percent as a fraction of one. */
export const pc = (p: number): R => r(p, 100)
/** `rate (tenths of a percent) × cents`, in dollars. */
export const cut = (t: number, c: number): R => r(B(t) * B(c), 100000n)
/** A whole number as a rational. */
export const w = (x: number): R => r(x)
/** Dollars to the cent. */
export const cents2 = writtenAs((x) => dp(x, 2))
