import { mul, type R, r } from './bigint-rationals.js'

export { add, div, mul, type R, r, sub } from './bigint-rationals.js'
export {
  at0,
  at1,
  at2,
  at3,
  at4,
  digest,
  dp,
  type F,
  list,
  pct1,
  pct2,
  type Route,
  upR,
} from './written-half-up.js'

/*
 * The business mathematics key test's units, sharing nothing with the families' helpers: every
 * working is a pair of BigInts from the drawn whole numbers, written half up with thousands
 * commas by the key tests' common writing.
 */

export const ONE = r(1)
/** Whole percent, tenth of a percent and cents as rationals. */
export const P = (p: number): R => r(p, 100)
export const T = (t: number): R => r(t, 1000)
export const C = (c: number): R => r(c, 100)
/** `x` to a whole power `k ≥ 0`. */
export const pw = (x: R, k: number): R => mul(ONE, ...Array.from({ length: k }, () => x))
