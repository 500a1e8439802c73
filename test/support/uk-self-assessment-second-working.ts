import { add, cmp, floorOf, mul, type R, r, sub } from './bigint-rationals.js'

/*
 * The UK self assessment key test's second workings, sharing nothing with the families' helpers:
 * each band is an interval of taxable income, and a slice of income stacked from one point to
 * another pays each band's rate on the overlap, in BigInt rationals from the drawn whole pounds.
 */

const INF = r(10n ** 15n)

/** The 2025/26 figures, stated once for every route file: the personal allowance, the basic
 * rate band and the additional-rate threshold (as taxable income), the Class 4 limits, and the
 * student loan thresholds, with the 2024/25 Plan 1 and Plan 2 thresholds a slip carries over. */
export const PA = 12570
export const BRB = 37700
export const ART = 125140
export const LPL = 12570
export const UPL = 50270
export const TAPER_FROM = 100000
export const P1 = 26065
export const P2 = 28470
export const P4 = 32745
export const PG = 21000
export const P1_OLD = 24990
export const P2_OLD = 27295
/** The Class 2 small profits threshold, which a slip starts Class 4 from. */
export const SPT = 6845
export const lo = (a: R, b: R): R => (cmp(a, b) <= 0 ? a : b)
export const hi = (a: R, b: R): R => (cmp(a, b) >= 0 ? a : b)
/** Pounds `x` at `p` per cent. */
export const pc = (x: R | number, p: number, scale = 100): R =>
  mul(typeof x === 'number' ? r(x) : x, r(p, scale))

/** One band: from, to, and its rate in hundredths of a percent. */
type Band = readonly [number, number, number]

/** The tax on income stacked from `from` to `to`, each band taking its rate on its overlap. */
export function stacked(from: R, to: R, bands: readonly Band[]): R {
  let tax = r(0)
  for (const [a, b, rate] of bands) {
    const top = lo(to, b < 0 ? INF : r(b))
    const bottom = hi(from, r(a))
    if (cmp(top, bottom) > 0) tax = add(tax, mul(sub(top, bottom), r(rate, 10000)))
  }
  return tax
}

/** The rate bands of 2025/26 for one kind of income, the basic band widened by `wider`. */
export const ratesOf = (basic: number, higher: number, top: number, wider = 0): Band[] => [
  [0, BRB + wider, basic],
  [BRB + wider, ART + wider, higher],
  [ART + wider, -1, top],
]
export const NS = ratesOf(2000, 4000, 4500)
export const SAV = ratesOf(2000, 4000, 4500)
export const DIV = ratesOf(875, 3375, 3935)

/** Non-savings income tax on `taxable` pounds, the band widened by `wider`. */
export const nsTax = (taxable: number, wider = 0): R =>
  stacked(r(0), r(Math.max(0, taxable)), ratesOf(2000, 4000, 4500, wider))

/** The allowance left at adjusted net income `ani`: £1 off for each whole £2 over £100,000. */
export function allowanceAt(ani: number): number {
  if (ani <= TAPER_FROM) return PA
  return Math.max(0, PA - Number(floorOf(r(ani - TAPER_FROM, 2))))
}

/** Class 4: `main` per cent from `from` (the £12,570 lower limit) to £50,270 and `top` above. */
export const class4Of = (p: number, main = 6, top = 2, from = LPL): R =>
  stacked(r(0), r(Math.max(0, p)), [
    [from, UPL, main * 100],
    [UPL, -1, top * 100],
  ])

/** A student loan repayment of `rate` per cent above `threshold`. */
export const repay = (income: number, threshold: number, rate = 9): R =>
  stacked(r(0), r(income), [[threshold, -1, rate * 100]])
