import { mul, type R, r } from './bigint-rationals.js'
import type { SecondWorking } from './scenario-key-checks.js'

/*
 * Half-up rounding written for the customer analytics key test alone, over the key tests' exact
 * rationals: nothing here is shared with the families' fraction helpers, so a slip in either is
 * caught by the other.
 */

const B = BigInt

export { add, div, mul, type R, r, sub } from './bigint-rationals.js'

/** Whole-number quotient `a ÷ b`. */
export const q = (a: number, b: number): R => r(a, b)
/** Cents as dollars. */
export const usd = (c: number): R => r(c, 100)

/** |x| × 10^k rounded half up, then written with its sign and thousands commas. */
export function dp(x: R, k: number): string {
  const [n0, d0] = x
  const neg = n0 < 0n !== d0 < 0n && n0 !== 0n
  const n = (n0 < 0n ? -n0 : n0) * 10n ** B(k)
  const d = d0 < 0n ? -d0 : d0
  const whole = n / d
  const m = 2n * (n - whole * d) >= d ? whole + 1n : whole
  const digits = m.toString().padStart(k + 1, '0')
  const int = B(digits.slice(0, digits.length - k)).toLocaleString('en-US')
  return `${neg ? '-' : ''}${int}${k > 0 ? `.${digits.slice(-k)}` : ''}`
}
/** A rate as a percentage to `k` places, as digits only. */
export const pc = (x: R, k = 1): string => dp(mul(x, r(100)), k)

/** Key and mistakes, each written by the same rounding. */
export const as =
  (write: (x: R) => string) =>
  (...xs: readonly R[]): SecondWorking => ({ key: write(xs[0]!), wrong: xs.slice(1).map(write) })
export const cents2 = as((x) => dp(x, 2))
export const pct1 = as((x) => pc(x, 1))
export const pct2 = as((x) => pc(x, 2))
export const dp1 = as((x) => dp(x, 1))
export const dp2 = as((x) => dp(x, 2))
export const dp0 = as((x) => dp(x, 0))

/** The number an option shows, without its currency sign, percent sign or unit. */
export const digest = (text: string): string => text.match(/-?[\d,]+(?:\.\d+)?/)?.[0] ?? text

/** A drawn whole-number figure. */
export function n(f: Readonly<Record<string, number | string>>, k: string): number {
  const v = f[k]
  if (v === undefined) throw new Error(`figure ${k} missing`)
  return Number(v)
}
/** A drawn list of whole numbers, written `a,b,c`. */
export const list = (f: Readonly<Record<string, number | string>>, k: string): number[] =>
  String(f[k]).split(',').map(Number)
