import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type Fraction, fixed, frac, plus, times } from '../egu/egu-text.js'
import { MONTH_NAMES } from '../month-names.js'
import { type ApScenario, family } from '../payables/ap-text.js'

export { type Fraction, fixed, frac, minus, over, plus, times } from '../egu/egu-text.js'
export { family } from '../payables/ap-text.js'
export { cap } from '../scenario/scenario-text.js'
export type AnalyticsScenario = ApScenario

/*
 * Customer analytics scenarios for a freelance customer or CRM analyst who works order exports,
 * cohort tables and campaign results for online shops and service businesses. Every drawn figure
 * is a whole number (counts, cents, basis points), every key an exact rational rounded once, half
 * up, as the stem says, and `figures` records the draw so the key test can work it again its own
 * way.
 */

/** Whole number `n` as a fraction. */
export const w = (n: number): Fraction => frac(n)
/** Cents as dollars. */
export const cents = (c: number): Fraction => frac(c, 100)
/** Basis points as a rate: 1,250 → 0.125. */
export const bps = (b: number): Fraction => frac(b, 10_000)
/** Sum of fractions. */
export const sum = (...xs: readonly Fraction[]): Fraction => xs.reduce(plus, frac(0))
/** `a ÷ b` for whole numbers. */
export const ratio = (a: number, b: number): Fraction => frac(a, b)

/** Dollars to the cent: `$1,234.50`. */
export const usd = (x: Fraction): string => `$${fixed(x, 2)}`
/** A rate as a percentage to `dp` places: 0.1234 → `12.3%`. */
export const pct =
  (dp = 1) =>
  (x: Fraction): string =>
    `${fixed(times(x, frac(100)), dp)}%`
/** A plain figure to `dp` places, with its unit. */
export const num =
  (dp: number, unit = '') =>
  (x: Fraction): string =>
    unit ? `${fixed(x, dp)} ${unit}` : fixed(x, dp)

/** Dollars as a stem writes a drawn amount in cents: `$1,234.50`. */
export const dollars = (c: number): string => usd(cents(c))
/** A count as a stem writes it: `12,480`. */
export const count = (n: number): string => fixed(frac(n), 0)
/** Basis points as a stem writes a rate: 1,250 → `12.5%`, 1,200 → `12%`. */
export const rate = (b: number): string => `${fixed(frac(b, 100), 2).replace(/\.?0+$/, '')}%`

/** The rounding sentences the stems state, so every key's rounding is written out. */
export const CENT = 'to the nearest cent (a half cent rounded up)'
export const PCT1 = 'as a percentage to one decimal place (a half rounded up)'
export const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
export const DP1 = 'to one decimal place (a half rounded up)'
export const DP2 = 'to two decimal places (a half rounded up)'

/** A numeric family's draw: the stem, how answers are shown, the figures, key and named mistakes. */
export interface Measure {
  readonly stem: string
  readonly show: (x: Fraction) => string
  readonly figures: Readonly<Record<string, number | string>>
  readonly key: Fraction
  readonly wrong: readonly (readonly [Fraction, string])[]
}

export const measure = (id: string, draw: (rng: Rng) => Measure) =>
  family(id, (rng) => {
    const m = draw(rng)
    // A slip that lands on zero or below shows no figure an analyst could report.
    const wrong = m.wrong.map(([x, why]) => {
      if (x.n * x.d <= 0n) throw new VariantError(`${id}: a mistake leaves no positive figure`)
      return [m.show(x), why] as const
    })
    return { stem: m.stem, key: m.show(m.key), wrong, figures: m.figures }
  })

/** `k` distinct whole numbers from `low` to `high`, in draw order. */
export function distinct(rng: Rng, k: number, low: number, high: number): number[] {
  const out = new Set<number>()
  while (out.size < k) out.add(rng.int(low, high))
  return [...out]
}

/** The shop or service business a case is set in; all invented. */
const SHOPS = [
  'an online tea shop',
  'a pet-supplies web store',
  'a home-fitness retailer',
  'a meal-kit service',
  'a children’s clothing shop',
  'a specialty coffee roaster',
  'a cosmetics web store',
  'a garden-tools retailer',
] as const
export const shop = (rng: Rng): string => rng.pick(SHOPS)

const LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const
/** Day of 2025 (1 January = 1) as `3 March`. */
export function dateOf(day: number): string {
  let d = day
  let m = 0
  while (d > (LENGTHS[m] ?? 31)) {
    d -= LENGTHS[m] ?? 31
    m++
  }
  return `${d} ${MONTH_NAMES[m]}`
}
