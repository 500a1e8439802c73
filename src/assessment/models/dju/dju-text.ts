import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { fixed } from '../egu/egu-text.js'
import { type Fraction, frac } from '../exact.js'
import { add, div, mul, sub } from '../rmm/rmm-text.js'

export { fixed } from '../egu/egu-text.js'
export type { Fraction } from '../exact.js'
export { frac } from '../exact.js'
export type { RetailScenario as JournalismScenario } from '../rmm/rmm-text.js'
export { add, div, mul, sub, worked } from '../rmm/rmm-text.js'
export { cap } from '../scenario/scenario-text.js'

/*
 * Data journalism scenarios for a freelance data reporter who checks and writes the numbers in a
 * story: rates, money over time, summaries, polls and the claims and charts others publish. Every
 * drawn figure is a whole number (counts, cents, tenths or hundredths of a percent), every working
 * an exact fraction, so each key is rounded once, half up, the way its stem says. `figures` keeps
 * the draw so the key test can work every option again its own way.
 */

/** The rounding sentences stems state, so no key depends on an unstated rule. */
export const HALF = '(a half rounded up)'
export const PCT1 = `as a percentage to one decimal place ${HALF}`
export const PTS1 = `in percentage points to one decimal place ${HALF}`
export const DP1 = `to one decimal place ${HALF}`
export const DP2 = `to two decimal places ${HALF}`
export const WHOLE = `to the nearest whole number ${HALF}`
export const CENT = `to the nearest cent ${HALF}`
export const DOLLAR = `to the nearest dollar ${HALF}`

/** A fraction of one as a percentage: 0.1234 → `12.3%`. */
export const pct =
  (dp = 1) =>
  (x: Fraction): string =>
    `${fixed(mul(x, 100), dp)}%`
/** A difference of two rates in percentage points: 0.012 → `1.2 points`. */
export const points =
  (dp = 1) =>
  (x: Fraction): string =>
    `${fixed(mul(x, 100), dp)} points`
/** A rate per person shown per `base` people: `12.3 per 100,000`. */
export const per =
  (base: number, dp = 1) =>
  (x: Fraction): string =>
    `${fixed(mul(x, base), dp)} per ${n(base)}`
/** A plain figure to `dp` places, with its unit when one is given. */
export const plain =
  (dp: number, unit = '') =>
  (x: Fraction): string =>
    unit ? `${fixed(x, dp)} ${unit}` : fixed(x, dp)
/** Dollars to `dp` places: `$1,234.50`. */
export const usd =
  (dp = 2) =>
  (x: Fraction): string =>
    `$${fixed(x, dp)}`

/** A whole number grouped for a stem: `12,400`. */
export const n = (x: number): string => x.toLocaleString('en-US')
/** A drawn tenth of a percent as a stem writes it: 1234 → `12.3%`. */
export const tenthPct = (t: number): string => `${fixed(frac(t, 10), 1)}%`
/** A drawn tenth of a percent as a rate: 1234 → 0.1234. */
export const tenths = (t: number): Fraction => frac(t, 1000)
/** A drawn whole percent as a rate. */
export const pc = (p: number): Fraction => frac(p, 100)
/** Cents as dollars. */
export const cents = (c: number): Fraction => frac(c, 100)
/** A stem's dollar amount from cents: `$1,234.50`. */
export const dollars = (c: number): string => `$${fixed(cents(c), 2)}`
/** The sum of whole numbers. */
export const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
/** `x` as a plain number, for comparisons inside a draw (never shown). */
export const num = (x: Fraction): number => Number(x.n) / Number(x.d)
/** `1 + x`. */
export const onePlus = (x: Fraction): Fraction => add(1, x)
/** `a ÷ b − 1`, the change from `b` to `a` as a fraction of `b`. */
export const change = (a: Fraction | number, b: Fraction | number): Fraction => sub(div(a, b), 1)
/** `x` to the whole power `k`. */
export const power = (x: Fraction, k: number): Fraction => frac(x.n ** BigInt(k), x.d ** BigInt(k))
/** `k` distinct whole numbers from `low` to `high`, in draw order. */
export function distinct(rng: Rng, k: number, low: number, high: number): number[] {
  const out = new Set<number>()
  while (out.size < k) out.add(rng.int(low, high))
  return [...out]
}

/** ⌊√x⌋ for a whole x ≥ 0, by Newton's method on BigInt. */
function isqrt(x: bigint): bigint {
  if (x < 2n) return x
  let y = x
  let z = (x + 1n) / 2n
  while (z < y) {
    y = z
    z = (x / z + z) / 2n
  }
  return y
}

/**
 * √x rounded half up to `dp` places, exactly: the whole m with (2m − 1)² ≤ 4·x·10^(2dp) < (2m + 1)²
 * is ⌊(⌊√(4·x·10^(2dp))⌋ + 1) ÷ 2⌋, and the floor of a root is the root of the floor.
 */
export function rootRounded(x: Fraction, dp: number): Fraction {
  const scaled = (4n * x.n * 10n ** BigInt(2 * dp)) / x.d
  return frac((isqrt(scaled) + 1n) / 2n, 10n ** BigInt(dp))
}

/**
 * The yearly rate r with (1 + r)^years = ratio, as a percentage rounded half up to `dp` places,
 * exactly: the largest k with (1 + (k − ½)/10^(dp+2))^years ≤ ratio, found by bisection.
 */
export function annualRate(ratio: Fraction, years: number, dp: number): Fraction {
  const unit = 10n ** BigInt(dp + 2)
  // (2·unit + 2k − 1) / (2·unit) raised to `years`, compared with ratio.
  const atMost = (k: bigint) => {
    const top = (2n * unit + 2n * k - 1n) ** BigInt(years)
    const bottom = (2n * unit) ** BigInt(years)
    return top * ratio.d <= ratio.n * bottom
  }
  let lo = -unit + 1n
  let hi = unit * 10n
  while (lo < hi) {
    const mid = (lo + hi + 1n) / 2n
    if (atMost(mid)) lo = mid
    else hi = mid - 1n
  }
  return frac(lo, unit)
}

/** A drawn case's place; all invented. */
const PLACES = [
  'Ashford County',
  'Marlow Vale',
  'Kestrel Bay',
  'Northmere',
  'Calder Heights',
  'Whitby Cross',
  'Linden Falls',
  'Harrow Ridge',
] as const
/** Two different places for one case. */
export function places(rng: Rng): readonly [string, string] {
  const [a, b] = rng.shuffle(PLACES)
  return [a!, b!]
}
export const place = (rng: Rng): string => rng.pick(PLACES)

/** A draw whose figures leave the case without the contrast it is about: drawn again. */
export function rest(): never {
  throw new VariantError('the draw leaves no contrast to work')
}
