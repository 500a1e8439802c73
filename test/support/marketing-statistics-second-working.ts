import { add, div, mul, type R, r } from './bigint-rationals.js'
import { rootAt } from './written-half-up.js'

export { add, cmp, div, mul, type R, r, sub } from './bigint-rationals.js'
export {
  at0,
  at1,
  at2,
  at3,
  at4,
  digest,
  downR,
  dp,
  type F,
  list,
  pct1,
  pct2,
  type Route,
  rootAt,
  upR,
} from './written-half-up.js'

/*
 * The statistics-for-marketers key test's units and roots, sharing nothing with the families'
 * helpers: every working is a pair of BigInts from the drawn whole numbers, a root starts from a
 * floating-point guess and is settled by exact squares, and every answer is written half up with
 * thousands commas by the key tests' common writing.
 */

export const ONE = r(1)
/** Whole percent, tenth of a percent and hundredth as rationals. */
export const P = (p: number): R => r(p, 100)
export const T = (t: number): R => r(t, 1000)
export const H = (h: number): R => r(h, 100)
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
export const addAll = (xs: readonly R[]): R => add(...xs)
export const pw = (x: R, k: number): R => mul(ONE, ...Array.from({ length: k }, () => x))

/** √y to two places. */
export const rt2 = (y: R): R => rootAt(y, 2)
/** √y as a percentage to one place, returned as a fraction of one. */
export const rtPct = (y: R): R => div(rootAt(mul(y, r(10000)), 1), r(100))
/** √y in percentage points to two places. */
export const rtPts = (y: R): R => rootAt(mul(y, r(10000)), 2)
