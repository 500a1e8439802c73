import { cmp, floorOf, halfUpOf, mul, type R, r } from './bigint-rationals.js'
import { dp, rootAt as rootOfLowest } from './written-half-up.js'

export { add, div, mul, type R, r, sub } from './bigint-rationals.js'
export { pw, sum } from './corporate-finance-second-working.js'
export {
  at0,
  at1,
  at2,
  at3,
  digest,
  dp,
  type F,
  list,
  pct1,
  pct2,
  type Route,
  writtenAs,
} from './written-half-up.js'

/*
 * The scientific data handling key test's second working: every figure a pair of BigInts built
 * from the drawn whole numbers (hundredths, thousandths, counts, mL), written half up by the key
 * tests' common writer, and sharing nothing with the families' own helpers: significant figures
 * by comparing with powers of ten, logarithms by bisection on exact powers.
 */

/** `a/b` in lowest terms with a positive denominator. */
function lowest([a, b]: R): R {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b]
  while (y) [x, y] = [y, x % y]
  const sign = b < 0n ? -1n : 1n
  return [(sign * a) / x, (sign * b) / x]
}
/** √y to `k` places, half up; y is brought to lowest terms first so its float guess stays finite. */
export const rootAt = (y: R, k: number): R => rootOfLowest(lowest(y), k)

/** Readings drawn in hundredths, thousandths and ten-thousandths. */
export const H = (x: number): R => r(x, 100)
export const T = (x: number): R => r(x, 1000)
export const TT = (x: number): R => r(x, 10000)

/** The exponent e with 10^e ≤ x < 10^(e+1), for x > 0. */
function decade(x: R): number {
  let e = 0
  while (cmp(x, r(10n ** BigInt(e + 1))) >= 0) e++
  while (cmp(x, e >= 0 ? r(10n ** BigInt(e)) : r(1n, 10n ** BigInt(-e))) < 0) e--
  return e
}
/** `x > 0` to `sf` significant figures, half up, written as a decimal with thousands commas. */
export function sigAt(x: R, sf: number): string {
  let places = sf - 1 - decade(x)
  // Rounding may carry into a new decade (9.996 → 10.0); the figure then has one place fewer.
  const scaled = (p: number) =>
    halfUpOf(mul(x, p >= 0 ? r(10n ** BigInt(p)) : r(1n, 10n ** BigInt(-p))))
  if (scaled(places) >= 10n ** BigInt(sf)) places--
  if (places >= 0) return dp(x, places)
  const whole = scaled(places) * 10n ** BigInt(-places)
  return whole.toLocaleString('en-US')
}
/** `x > 0` truncated to `sf` significant figures, as an exact rational. */
export function sigDownR(x: R, sf: number): R {
  const p = sf - 1 - decade(x)
  return p >= 0
    ? r(floorOf(mul(x, r(10n ** BigInt(p)))), 10n ** BigInt(p))
    : r(floorOf(mul(x, r(1n, 10n ** BigInt(-p)))) * 10n ** BigInt(-p))
}
/** Every digit of a terminating decimal, as a calculator shows it. */
export function allDigits(x: R): string {
  for (let k = 0; k <= 15; k++) {
    const s = mul(x, r(10n ** BigInt(k)))
    if (s[0] % s[1] === 0n) return dp(x, k)
  }
  throw new Error('not a terminating decimal')
}

/**
 * log₁₀ x to `k` places, half up: the largest m with 10^((m − ½)/10^k) ≤ x, that is
 * 10^(2m − 1) ≤ x^(2·10^k), found by bisection over a bracket wide enough for any lab figure.
 */
export function logAt(x: R, k: number): R {
  const e = 2n * 10n ** BigInt(k)
  const [a, b] = [x[0] ** e, x[1] ** e]
  const fits = (m: bigint) => {
    const p = 2n * m - 1n
    return p >= 0n ? 10n ** p * b <= a : b <= a * 10n ** -p
  }
  let lo = -30n * 10n ** BigInt(k)
  let hi = 30n * 10n ** BigInt(k)
  while (lo < hi) {
    const mid = (lo + hi + 1n) / 2n
    if (fits(mid)) lo = mid
    else hi = mid - 1n
  }
  return r(lo, 10n ** BigInt(k))
}
