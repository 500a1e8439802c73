import { add, mul, type R, r } from './bigint-rationals.js'

export { add, div, mul, type R, r, sub } from './bigint-rationals.js'
export {
  at0,
  at1,
  at2,
  digest,
  dp,
  type F,
  pct2,
  type Route,
} from './written-half-up.js'

/*
 * The corporate finance key test's units and roots, sharing nothing with the families' helpers:
 * every working is a pair of BigInts built from the drawn whole numbers, written half up with
 * thousands commas by the key tests' common writing.
 */

export const ONE = r(1)
/** A rate drawn in tenths of a percent, a beta drawn in hundredths, a whole percent. */
export const T = (t: number): R => r(t, 1000)
export const B = (b: number): R => r(b, 100)
export const P = (p: number): R => r(p, 100)
/** `x` to a whole power `k ≥ 0`. */
export const pw = (x: R, k: number): R => mul(ONE, ...Array.from({ length: k }, () => x))
/** The sum of the rationals given. */
export const sum = (xs: readonly R[]): R => add(r(0), ...xs)

/** ⌊√n⌋ for a whole n ≥ 0, by bisection. */
export function floorRoot(v: bigint): bigint {
  let lo = 0n
  let hi = v + 1n
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n
    if (mid * mid <= v) lo = mid
    else hi = mid
  }
  return lo
}
/** √x rounded half up to a whole number: the m with (m − ½)² ≤ x < (m + ½)². */
export function rootWhole(x: R): R {
  const [a, b] = x
  // m − ½ ≤ √x ⇔ (2m − 1)² ≤ 4x, so m = ⌊(⌊√(4x)⌋ + 1) / 2⌋.
  return r((floorRoot((4n * a) / b) + 1n) / 2n)
}
