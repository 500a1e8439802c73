import { add, cmp, mul, type R, r, sub } from './bigint-rationals.js'

/*
 * The US individual tax preparation key test's second workings, sharing nothing with the
 * families' helpers: each 2025 rate schedule is a list of bands (from, to, percent), and tax on a
 * slice of taxable income pays each band's rate on the overlap, in BigInt rationals from the drawn
 * whole dollars.
 */

/** Dollars `x` at `p` hundredths of a percent. */
export const hp = (x: R | number, p: number): R =>
  mul(typeof x === 'number' ? r(x) : x, r(p, 10000))
/** Whole (or fractional) dollars as a rational. */
export const dl = (n: number, d = 1): R => r(n, d)

type Band = readonly [number, number, number]
const TOP = 10 ** 12
const schedule = (tops: readonly number[]): Band[] => {
  const rates = [10, 12, 22, 24, 32, 35, 37]
  const out: Band[] = []
  let from = 0
  tops.forEach((t, i) => {
    out.push([from, t, rates[i]!])
    from = t
  })
  out.push([from, TOP, 37])
  return out
}
export const SINGLE_2025 = schedule([11925, 48475, 103350, 197300, 250525, 626350])
export const JOINT_2025 = schedule([23850, 96950, 206700, 394600, 501050, 751600])
export const HOH_2025 = schedule([17000, 64850, 103350, 197300, 250500, 626350])

/** Tax on the slice of taxable income from `from` to `from + amount`. */
export function taxOn(amount: number, bands: readonly Band[], from = 0): R {
  let tax = r(0)
  const hiEnd = from + amount
  for (const [a, b, p] of bands) {
    const low = Math.max(a, from)
    const high = Math.min(b, hiEnd)
    if (high > low) tax = add(tax, r((high - low) * p, 100))
  }
  return tax
}

/** The smaller of two rationals. */
export const least = (a: R, b: R): R => (cmp(a, b) <= 0 ? a : b)
/** `a − b`, for a working that subtracts an amount already a rational. */
export const less = (a: R, b: R): R => sub(a, b)
