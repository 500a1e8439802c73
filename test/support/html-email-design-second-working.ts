import { ceilOf, floorOf, mul, type R, r } from './bigint-rationals.js'
import type { SecondWorking } from './scenario-key-checks.js'
import { dp as write } from './written-half-up.js'

export { add, div, mul, type R, r, sub } from './bigint-rationals.js'
export { digest, dp as write, type F, type Route } from './written-half-up.js'

/*
 * The HTML email design key test's own arithmetic and writing, sharing nothing with the
 * families' helpers: each working is a BigInt fraction of the drawn whole numbers, rounded once,
 * half up, and written with thousands commas the way an option shows its figure.
 */

/** Whole numbers below and above a fraction, as fractions again. */
export const down = (x: R): R => r(floorOf(x))
export const up = (x: R): R => r(ceilOf(x))

/** A working whose key comes first and whose mistakes follow in their declared order. */
const as =
  (k: number, scale = r(1)) =>
  (...xs: readonly R[]): SecondWorking => ({
    key: write(mul(xs[0]!, scale), k),
    wrong: xs.slice(1).map((x) => write(mul(x, scale), k)),
  })
export const w0 = as(0)
export const w1 = as(1)
export const w2 = as(2)
export const w3 = as(3)
/** Fractions of one written as percentages (or points) to one or two places. */
export const p1 = as(1, r(100))
export const p2 = as(2, r(100))
