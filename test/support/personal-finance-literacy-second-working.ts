import { cmp, r } from './bigint-rationals.js'
import type { R } from './corporate-finance-second-working.js'

/*
 * The personal finance literacy key test's second workings lean on the corporate finance ones
 * (BigInt rationals, half-up writing, the digest of an option) and add only what these stems need.
 */
export {
  add,
  at0,
  at1,
  at2,
  digest,
  div,
  mul,
  ONE,
  P,
  pct2,
  pw,
  type R,
  type Route,
  r,
  sub,
  sum,
} from './corporate-finance-second-working.js'

/** A whole number of dollars, a whole percent kept off one, a whole percent added to one. */
export const D = (d: number): R => r(d)
export const less = (p: number): R => r(100 - p, 100)
export const more = (p: number): R => r(100 + p, 100)
/** The smaller and the larger of two rationals. */
export const lo = (a: R, b: R): R => (cmp(a, b) <= 0 ? a : b)
export const hi = (a: R, b: R): R => (cmp(a, b) >= 0 ? a : b)
