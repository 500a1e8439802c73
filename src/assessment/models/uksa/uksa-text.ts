import { type Fraction, frac } from '../exact.js'
import { gbpIn } from '../lma/lma-text.js'

export type { JournalismScenario as SelfAssessmentScenario } from '../dju/dju-text.js'
// The refusing `worked` and the pound writer are personal finance literacy's and e-commerce
// accounting's, unchanged.
export { pound } from '../eca/eca-text.js'
export { add, div, type Fraction, frac, mul, rest, sub, worked } from '../pfl/pfl-text.js'

/*
 * UK self assessment scenarios for a freelance bookkeeper or tax assistant who prepares SA100 and
 * SA103 returns for sole traders and landlords. Every drawn figure is a whole number of pounds
 * (or pence, miles, hours, days), every working an exact fraction, so each key is rounded once,
 * half up, the way its stem says. Each stem states the 2025/26 rates, bands, allowances and
 * rules its key relies on, so the key follows the stated rules. `figures` keeps the draw so the
 * key test can work every option again its own way.
 */

/** The rounding sentence of a money answer. */
export const PENNY = 'to the nearest penny (a half rounded up)'
/** A whole number of pounds as a stem writes it: 12570 → `£12,570`. */
export const gb = (p: number): string => gbpIn(frac(p))
/** Whole pounds at a rate in hundredths of a percent: (2000, 875) → £175. */
export const at = (pounds: number, bp: number): Fraction => frac(pounds * bp, 10000)

export const PA = 12570
export const BRB = 37700
export const ART = 125140

/** The 2025/26 income tax rates and bands, as a stem states them. */
export const BANDS =
  'For 2025/26 the personal allowance is £12,570; taxable income is taxed at 20% on the first £37,700 (basic rate band), 40% up to £125,140 and 45% above £125,140.'
/** The taper of the personal allowance, as a stem states it. */
export const TAPER =
  'The personal allowance is reduced by £1 for every £2 of adjusted net income over £100,000.'

/** The personal allowance left at adjusted net income `ani` (whole pounds, excess even). */
export const allowance = (ani: number): number =>
  Math.max(0, PA - Math.floor(Math.max(0, ani - 100000) / 2))

/** The pounds of `taxable` that fall between `low` and `high`. */
export const slice = (taxable: number, low: number, high: number): number =>
  Math.max(0, Math.min(taxable, high) - low)

/**
 * Income tax on `taxable` non-savings income at 20/40/45 % with a basic rate band `brb` (extended
 * by Gift Aid or pension contributions) and the additional-rate threshold moved by the same.
 */
export const bandTax = (taxable: number, brb = BRB, top = ART): Fraction =>
  frac(
    slice(taxable, 0, brb) * 20 + slice(taxable, brb, top) * 40 + slice(taxable, top, 1e12) * 45,
    100,
  )

/** Savings rates and dividend rates in hundredths of a percent, basic/higher/additional. */
export const SAVINGS = [2000, 4000, 4500] as const
export const DIVIDENDS = [875, 3375, 3935] as const

/**
 * Tax on a slice of `x` pounds of savings or dividends stacked on `base` pounds of taxable income
 * already counted, its first `zero` pounds at 0 % (an allowance that still uses up the band).
 */
export function layer(
  base: number,
  x: number,
  zero: number,
  [b, h, a]: readonly [number, number, number],
  brb = BRB,
  top = ART,
): Fraction {
  const lo = base + Math.min(zero, x)
  const hi = base + x
  const part = (l: number, u: number): number => Math.max(0, Math.min(hi, u) - Math.max(lo, l))
  return frac(part(0, brb) * b + part(brb, top) * h + part(top, 1e12) * a, 10000)
}

/** The Class 4 lower and upper profits limits for 2025/26. */
export const LPL = 12570
export const UPL = 50270
/** The Class 4 rules, as a stem states them. */
export const CLASS4 =
  'For 2025/26 Class 4 National Insurance is 6% of profits between £12,570 (the lower profits limit) and £50,270 (the upper profits limit) and 2% of profits above £50,270.'
/** Class 4 on profits `p` at 6 % between the limits and 2 % above. */
export const class4 = (p: number, main = 6, top = 2): Fraction =>
  frac(slice(p, LPL, UPL) * main + slice(p, UPL, 1e12) * top, 100)
/** Student loan repayment: `pct` % of income above `threshold`, nothing below it. */
export const loan = (income: number, threshold: number, pct = 9): Fraction =>
  frac(Math.max(0, income - threshold) * pct, 100)
