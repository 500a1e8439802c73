import { add, cmp, div, mul, type R, r, sub } from './bigint-rationals.js'
import { as, dp, yearlyRate } from './data-journalism-second-working.js'
import type { SecondWorking } from './scenario-key-checks.js'

/*
 * Rates, powers, annuity factors and rounding done again for the personal financial planning key
 * test in BigInt rationals, with nothing shared with the families' helpers: each route below
 * reworks a draw from its figures alone.
 */

export type F = Readonly<Record<string, number | string>>
export type Route = (f: F) => SecondWorking
export { add, cmp, div, mul, type R, r, sub, yearlyRate }

export const ONE = r(1)
/** `a ÷ b` from whole numbers. */
export const q = (a: number, b = 1): R => r(a, b)
/** Whole percent, tenth of a percent and hundredth of a percent as fractions of one. */
export const pc = (p: number): R => r(p, 100)
export const tp = (t: number): R => r(t, 1000)
export const hp = (h: number): R => r(h, 10000)
/** `x^k` for a whole k ≥ 0, by repeated squaring. */
export function pw(x: R, k: number): R {
  let out: R = ONE
  let base = x
  let e = k
  while (e > 0) {
    if (e % 2 === 1) out = mul(out, base)
    base = mul(base, base)
    e = Math.floor(e / 2)
  }
  return out
}
/** `(1 + x)^k`. */
export const up = (x: R, k: number): R => pw(add(ONE, x), k)
/** Sum of (1 + x)^j for j = 0 … k − 1: end-of-period deposits of one after k periods. */
export function fv(x: R, k: number): R {
  let s: R = r(0)
  let t: R = ONE
  for (let j = 0; j < k; j++) {
    s = add(s, t)
    t = mul(t, add(ONE, x))
  }
  return s
}
/** The level payment per one borrowed over k periods: 1 ÷ (sum of (1 + x)^−j for j = 1 … k). */
export function pay(x: R, k: number): R {
  let s: R = r(0)
  let t: R = ONE
  for (let j = 0; j < k; j++) {
    t = div(t, add(ONE, x))
    s = add(s, t)
  }
  return div(ONE, s)
}
/** Present value of k end-of-period payments of one. */
export const pv = (x: R, k: number): R => div(ONE, pay(x, k))
/** Whole numbers `a ÷ b` rounded up. */
export const ceilQ = (a: number, b: number): number => Math.ceil(a / b)
/** Money rounded half up to the cent. */
export const cent = (x: R): R => {
  const [a, b] = mul(x, r(100))
  return r((2n * a + b) / (2n * b), 100)
}

export const c2 = as((x) => dp(x, 2))
export const c0 = as((x) => dp(x, 0))
export const d1 = as((x) => dp(x, 1))
export const d2 = as((x) => dp(x, 2))
export const d3 = as((x) => dp(x, 3))
export const p1 = as((x) => dp(mul(x, r(100)), 1))
export const p2 = as((x) => dp(mul(x, r(100)), 2))
export const p3 = as((x) => dp(mul(x, r(100)), 3))
/** Whole counts. */
export const counts = (...xs: readonly number[]): SecondWorking => ({
  key: String(xs[0]),
  wrong: xs.slice(1).map(String),
})
