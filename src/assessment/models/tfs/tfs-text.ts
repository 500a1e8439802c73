import { type Fraction, frac } from '../exact.js'

export type { JournalismScenario as TypographyScenario } from '../dju/dju-text.js'
export {
  add,
  DP1,
  DP2,
  div,
  type Fraction,
  fixed,
  frac,
  HALF,
  mul,
  n,
  plain,
  power,
  rest,
  sub,
  WHOLE,
  worked,
} from '../dju/dju-text.js'

/*
 * Typography scenarios for a freelance UI and web designer who sets type for screens and hands it
 * to developers. Every drawn figure is a whole number (pixels, thousandths of an em or of a ratio,
 * kilobytes, milliseconds), every working an exact fraction, so each key is rounded once, half up,
 * the way its stem says. `figures` keeps the draw so the key test can work every option again.
 */

/** The rounding sentence for three places, which rem and em values need. */
export const DP3 = 'to three decimal places (a half rounded up)'

/** A figure drawn in thousandths as a stem writes it: 1250 → `1.25`, 875 → `0.875`. */
export const th = (x: number): string => String(x / 1000)
/** A figure drawn in thousandths as a number. */
export const thf = (x: number): Fraction => frac(x, 1000)
/** Whole units of `x` rounded down (x ≥ 0). */
export const floor = (x: Fraction): Fraction => frac(x.n / x.d)
/** Whole units of `x` rounded up (x > 0). */
export const ceil = (x: Fraction): Fraction => frac((x.n + x.d - 1n) / x.d)

/** `a ≤ b`. */
export const atMost = (a: Fraction, b: Fraction): boolean => a.n * b.d <= b.n * a.d
