import { add, div, mul, ONE, pw, type R, r, sub } from './corporate-finance-second-working.js'

/*
 * The real estate finance key test's own arithmetic: the rounding and writing come from the
 * corporate finance second working, and the loan mathematics here is closed-form on the growth
 * factor g = 1 + i rather than on the discount factor the families use.
 */

export {
  add,
  at0,
  at1,
  at2,
  digest,
  div,
  dp,
  mul,
  ONE,
  pct2,
  pw,
  type R,
  type Route,
  r,
  sub,
  sum,
  T,
} from './corporate-finance-second-working.js'

/** A monthly rate from tenths of a percent a year. */
export const M = (t: number): R => r(t, 12000)
/** A whole percent. */
export const W = (p: number): R => r(p, 100)

/** The level payment: p × i × gᵏ ÷ (gᵏ − 1). */
export function pay(p: R, i: R, k: number): R {
  const gk = pw(add(ONE, i), k)
  return div(mul(p, i, gk), sub(gk, ONE))
}
/** The loan `b` a period repays over k periods: b × (gᵏ − 1) ÷ (i × gᵏ). */
export function loanFor(b: R, i: R, k: number): R {
  const gk = pw(add(ONE, i), k)
  return div(mul(b, sub(gk, ONE)), mul(i, gk))
}
/** The larger and smaller of two rationals with positive denominators. */
export const larger = (a: R, b: R): R => (a[0] * b[1] >= b[0] * a[1] ? a : b)
export const smaller = (a: R, b: R): R => (a[0] * b[1] >= b[0] * a[1] ? b : a)
