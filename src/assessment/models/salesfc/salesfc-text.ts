import type { Rng } from '../../rng.js'
import { amount } from '../bookkeeping/ledger-text.js'
import { add, type Fraction, frac, mul, roundFraction } from '../exact.js'

export { add, div, type Fraction, frac, mul, pow, sub } from '../exact.js'
export { type ApScenario as SalesfcScenario, family } from '../payables/ap-text.js'
export { cap } from '../scenario/scenario-text.js'

/*
 * Sales-forecasting scenarios for a freelance sales-operations analyst. Every family works its
 * key and its named mistakes as exact fractions and rounds once, half away from zero, to the
 * places its stem states; each draw returns `figures` (whole currency units, whole percents,
 * series as comma-separated whole numbers) so the key test can work every option again.
 */

/** `x` in hundredths, rounded half away from zero. */
const hundredths = (x: Fraction): number => roundFraction(mul(x, frac(100)), 0)

/** A quantity to two decimal places: `1,234.50`. */
export const two = (x: Fraction): string => amount(hundredths(x))

/** A ratio shown as a percentage to two places: 0.1234 → `12.34%`. */
export const pct = (x: Fraction): string => `${two(mul(x, frac(100)))}%`

/** A coverage or multiple to two places: `3.25×`. */
export const times = (x: Fraction): string => `${two(x)}×`

/** A whole count with grouping: `1,250`. */
export const count = (n: number): string => n.toLocaleString('en-US')

/** A money formatter for one draw, one symbol for the case; a fall shows a leading minus. */
export function money(rng: Rng): (x: Fraction) => string {
  const symbol = rng.pick(['$', '€', '£'])
  return (x) => {
    const h = hundredths(x)
    return `${h < 0 ? '-' : ''}${symbol}${amount(Math.abs(h))}`
  }
}

/** A whole-unit amount as the stem shows it: `$12,400`. */
export const plain = (m: (x: Fraction) => string, n: number): string => m(frac(n)).slice(0, -3)

/** The sum of fractions. */
export const total = (xs: readonly Fraction[]): Fraction => xs.reduce(add, frac(0))

/** The mean of whole numbers as a fraction. */
export const mean = (xs: readonly number[]): Fraction =>
  frac(
    xs.reduce((s, x) => s + x, 0),
    xs.length,
  )

/** `n` whole numbers drawn between `low` and `high`. */
export const series = (rng: Rng, n: number, low: number, high: number): number[] =>
  Array.from({ length: n }, () => rng.int(low, high))

/** A series for the key test's figures. */
export const csv = (xs: readonly number[]): string => xs.join(',')

/** A series as the stem lists it: `120, 135 and 128`. */
export const list = (xs: readonly (number | string)[]): string =>
  `${xs.slice(0, -1).map(String).join(', ')} and ${xs.at(-1)}`

/** `a ÷ b` rounded up to a whole number, exactly; both positive. */
export const ceilDiv = (x: Fraction): number => roundFraction(x, 0, 'up')

/** The businesses a freelance sales-operations analyst forecasts for; invented. */
const CLIENTS = [
  'a B2B SaaS start-up',
  'an industrial-parts distributor',
  'a marketing agency',
  'a payroll-software vendor',
  'a commercial cleaning firm',
  'an IT managed-services provider',
  'a wholesale coffee roaster',
  'a logistics-software company',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/**
 * The compound rate per period that turns `start` into `end` over `n` periods, in hundredths of
 * a percent rounded half away from zero: the float estimate, corrected by exact comparison.
 */
export function rootRate(start: number, end: number, n: number): number {
  let k = Math.round(((end / start) ** (1 / n) - 1) * 10000)
  const [s, e, N] = [BigInt(start), BigInt(end), BigInt(n)]
  // k is right when (1 + (k − ½)/10000)^n ≤ end/start < (1 + (k + ½)/10000)^n.
  const below = (j: number) => (20000n + 2n * BigInt(j) - 1n) ** N * s <= e * 20000n ** N
  const above = (j: number) => e * 20000n ** N < (20000n + 2n * BigInt(j) + 1n) ** N * s
  while (!below(k)) k -= 1
  while (!above(k)) k += 1
  return k
}
