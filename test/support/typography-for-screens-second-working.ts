import { ceilOf, floorOf, halfUpOf } from './bigint-rationals.js'
import {
  add,
  at0,
  at1,
  at2,
  digest,
  div,
  dp,
  mul,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'

/*
 * The typography for screens key test's second working: every figure a pair of BigInts built
 * from the drawn whole numbers (thousandths of an em or a ratio, px, KB, ms), rounded once half
 * up by the shared writer, and sharing nothing with the families' own helpers.
 */

export { add, at0, at1, at2, digest, div, mul, type R, type Route, r, sub }

/** A figure drawn in thousandths. */
export const K = (x: number): R => r(x, 1000)
/** Whole parts of a non-negative rational: down, up, and to the nearest (a half up). */
export const down = (x: R): R => r(floorOf(x))
export const up = (x: R): R => r(ceilOf(x))
export const near = (x: R): R => r(halfUpOf(x))
/** `x` to a whole power `k ≥ 0`. */
export const pow = (x: R, k: number): R => mul(r(1), ...Array.from({ length: k }, () => x))

/** A working whose key and mistakes are all written to `k` places. */
const places =
  (k: number) =>
  (...xs: readonly R[]) => ({ key: dp(xs[0]!, k), wrong: xs.slice(1).map((x) => dp(x, k)) })
export const at3 = places(3)
export const at4 = places(4)
