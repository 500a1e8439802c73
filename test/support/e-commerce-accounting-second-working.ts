import { type R, r } from './bigint-rationals.js'

export { figuresOf } from './drawn-figures.js'
export {
  add,
  at0,
  at2,
  C,
  ceilR,
  div,
  mul,
  P,
  type R,
  type Route,
  r,
  sub,
} from './online-store-administration-second-working.js'
export { digest, pct1 } from './written-half-up.js'

/*
 * The e-commerce accounting key test's units, sharing nothing with the families' helpers: money
 * is worked from whole cents as BigInt rationals, rates from the whole tenths, hundredths or
 * ten-thousandths each stem is drawn in, and answers are written half up by the common writing.
 */

/** A rate drawn in tenths of a percent, in hundredths of a percent, or a rate in ten-thousandths. */
export const T = (t: number): R => r(t, 1000)
export const H = (h: number): R => r(h, 10000)
export const X = (x: number): R => r(x, 10000)
