import { add, cmp, div, halfUpOf, mul, type R, r, sub } from './bigint-rationals.js'
import type { SecondWorking } from './scenario-key-checks.js'

/*
 * Writing and rounding done again for the corporate finance key test, sharing nothing with the
 * families' helpers: every working is a pair of BigInts built from the drawn whole numbers, and
 * every answer is written half up with thousands commas.
 */

export type F = Readonly<Record<string, number | string>>
export type Route = (f: F) => SecondWorking
export { add, div, mul, type R, r, sub }

export const ONE = r(1)
/** A rate drawn in tenths of a percent, a beta drawn in hundredths, a whole percent. */
export const T = (t: number): R => r(t, 1000)
export const B = (b: number): R => r(b, 100)
export const P = (p: number): R => r(p, 100)
/** `x` to a whole power `k ≥ 0`. */
export const pw = (x: R, k: number): R => mul(ONE, ...Array.from({ length: k }, () => x))
/** The sum of the rationals given. */
export const sum = (xs: readonly R[]): R => add(r(0), ...xs)

/** `x ≥ 0` rounded half up to `k` places and written with thousands commas. */
export function dp(x: R, k: number): string {
  if (cmp(x, r(0)) < 0) throw new Error('a negative figure in a corporate finance working')
  const m = halfUpOf(mul(x, r(10n ** BigInt(k))))
  const s = m.toString().padStart(k + 1, '0')
  const whole = BigInt(s.slice(0, s.length - k)).toLocaleString('en-US')
  return k > 0 ? `${whole}.${s.slice(-k)}` : whole
}

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

/** A working whose key and mistakes are all written one way. */
const as =
  (write: (x: R) => string) =>
  (...xs: readonly R[]): SecondWorking => ({ key: write(xs[0]!), wrong: xs.slice(1).map(write) })
export const pct2 = as((x) => dp(mul(x, r(100)), 2))
export const at0 = as((x) => dp(x, 0))
export const at1 = as((x) => dp(x, 1))
export const at2 = as((x) => dp(x, 2))

/** The number an option shows, without its unit, sign of currency or percent. */
export const digest = (text: string): string => text.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? text
