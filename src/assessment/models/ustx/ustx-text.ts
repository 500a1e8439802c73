import { type Fraction, frac } from '../exact.js'

// The refusing `worked` and `apart`, the writers and the exact arithmetic are the money scenario
// kit's, unchanged.
export * from '../pfl/money-scenario-kit.js'
export type { PersonalFinanceScenario as UsTaxScenario } from '../pfl/pfl-text.js'

/*
 * US individual return scenarios for a freelance or seasonal preparer who prepares Form 1040
 * returns, with their schedules, for employees, retirees and sole proprietors for tax year 2025.
 * Every drawn figure is a whole number of dollars (or miles, square feet, children), every working
 * an exact fraction, so each key is rounded once, to the cent, half up. Each stem states the 2025
 * figures its key relies on (brackets, standard deductions, thresholds, rates and limits), so the
 * key follows from the stem. `figures` keeps the draw so the key test can work every option again
 * its own way.
 */

/** Whole dollars at a rate in hundredths of a percent: (2000, 1530) → $306. */
export const bp = (dollars: number, hundredths: number): Fraction =>
  frac(dollars * hundredths, 10000)

/** A bracket table: each row the top of a bracket (Infinity for the last) and its rate in %. */
export type Brackets = readonly (readonly [number, number])[]

export const SINGLE: Brackets = [
  [11925, 10],
  [48475, 12],
  [103350, 22],
  [197300, 24],
  [250525, 32],
  [626350, 35],
  [Number.POSITIVE_INFINITY, 37],
]
export const JOINT: Brackets = [
  [23850, 10],
  [96950, 12],
  [206700, 22],
  [394600, 24],
  [501050, 32],
  [751600, 35],
  [Number.POSITIVE_INFINITY, 37],
]
export const HOH: Brackets = [
  [17000, 10],
  [64850, 12],
  [103350, 22],
  [197300, 24],
  [250500, 32],
  [626350, 35],
  [Number.POSITIVE_INFINITY, 37],
]

/** A bracket table as a stem states it. */
export function bracketsText(b: Brackets, who: string): string {
  const parts: string[] = []
  let low = 0
  for (const [top, rate] of b) {
    parts.push(
      top === Number.POSITIVE_INFINITY
        ? `${rate}% above $${low.toLocaleString('en-US')}`
        : `${rate}% up to $${top.toLocaleString('en-US')}`,
    )
    low = top
  }
  return `The 2025 tax brackets for ${who} on taxable income are ${parts.join(', ')}.`
}
export const SINGLE_TEXT = bracketsText(SINGLE, 'a single filer')
export const JOINT_TEXT = bracketsText(JOINT, 'married couples filing jointly')
export const HOH_TEXT = bracketsText(HOH, 'a head of household')

/** Tax on `ti` whole dollars of ordinary taxable income from table `b`, stacked from `from`. */
export function bracketTax(ti: number, b: Brackets, from = 0): Fraction {
  let cents = 0
  let low = 0
  for (const [top, rate] of b) {
    const l = Math.max(low, from)
    const h = Math.min(top, from + ti)
    if (h > l) cents += (h - l) * rate
    low = top
  }
  return frac(cents, 100)
}

/** The dollars of `x` between `low` and `high`. */
export const between = (x: number, low: number, high: number): number =>
  Math.max(0, Math.min(x, high) - low)
