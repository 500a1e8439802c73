import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type Fraction, frac } from '../exact.js'
import { family } from '../payables/ap-text.js'

export { drawDec, exact, fig, fixed, minus, over, plus, q, times, w } from '../egu/egu-text.js'
export { type Fraction, frac } from '../exact.js'

import { fig, fixed } from '../egu/egu-text.js'

/*
 * Logistics and shipping calculations for a freight forwarder, shipping coordinator or logistics
 * analyst. Every figure a draw chooses is an exact decimal kept as a fraction, every convention a
 * key depends on (the volumetric divisor, the W/M ratio, the rounding step, who pays which leg) is
 * stated in the stem, and each key is an exact rational shown once, rounded as the stem says.
 * `figures` records each drawn input as `n/d` so the key test can work it again its own way.
 */

export const isBelow = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d
export const larger = (a: Fraction, b: Fraction): Fraction => (isBelow(a, b) ? b : a)
export const smaller = (a: Fraction, b: Fraction): Fraction => (isBelow(a, b) ? a : b)
/** The greatest whole number not above x (x ≥ 0). */
export const floorW = (x: Fraction): Fraction => frac(x.n / x.d)
/** The least whole number not below x (x ≥ 0). */
export const ceilW = (x: Fraction): Fraction => frac((x.n + x.d - 1n) / x.d)
/** x rounded up to the next multiple of `step` (x ≥ 0), as carriers round billed weight. */
export const ceilTo = (x: Fraction, step: Fraction): Fraction => {
  const k = ceilW(frac(x.n * step.d, x.d * step.n))
  return frac(k.n * step.n, step.d)
}
/** x rounded half up to whole units, as a dimension is rounded to the nearest centimetre. */
export const roundW = (x: Fraction): Fraction => frac((2n * x.n + x.d) / (2n * x.d))

/** How an answer is written: one formatter for every option of a draw. */
export const kg = (dp: number) => (x: Fraction) => `${fixed(x, dp)} kg`
export const lb = (x: Fraction) => `${fixed(x, 0)} lb`
export const cbm = (dp: number) => (x: Fraction) => `${fixed(x, dp)} m³`
export const pct = (dp: number) => (x: Fraction) => `${fixed(x, dp)}%`
/** A whole count with its noun, singular for one (a slip can give 1 where the key is many). */
export const count = (noun: string) => (x: Fraction) => {
  const n = fixed(x, 0)
  return `${n} ${n === '1' ? noun.replace(/s$/, '') : noun}`
}
export const hours = (dp: number) => (x: Fraction) => `${fixed(x, dp)} h`
export const days = (dp: number) => (x: Fraction) => {
  const n = fixed(x, dp)
  return `${n} ${n === '1' ? 'day' : 'days'}`
}
/** Money with a leading symbol, to cents: `€1,234.50`. */
export const cash = (symbol: string) => (x: Fraction) => `${symbol}${fixed(x, 2)}`

/**
 * How a key that needs rounding is rounded, in every stem where it can: each key is the exact
 * figure rounded once at the end, and (all keys positive) a half goes up, away from zero.
 */
export const CENT = 'to the cent, rounding only the answer (half a cent up)'
export const HALF_UP = '(rounding only the answer, a half in the last place up)'

/** A figure shown in a stem as grouped decimal text. */
export const show = (x: Fraction, dp = 2): string => fixed(x, dp)

/**
 * A calculation family: the draw names its inputs, the formatter the stem's rounding implies,
 * its key and its named mistakes as exact fractions.
 */
export interface Calc {
  readonly stem: string
  readonly show: (x: Fraction) => string
  readonly inputs: Readonly<Record<string, Fraction>>
  readonly key: Fraction
  readonly wrong: readonly (readonly [Fraction, string])[]
}

export const calc = (id: string, draw: (rng: Rng) => Calc) =>
  family(id, (rng) => {
    const c = draw(rng)
    // A slip at zero or below is no figure a forwarder would quote, so the draw is refused.
    const wrong = c.wrong.map(([x, why]) => {
      if (x.n * x.d <= 0n) throw new VariantError(`${id}: a mistake leaves no positive figure`)
      return [c.show(x), why] as const
    })
    return {
      stem: c.stem,
      key: c.show(c.key),
      wrong,
      figures: Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, fig(v)])),
    }
  })

/** Consignor names a forwarder meets; all invented. */
const SHIPPERS = [
  'Harbourline Textiles',
  'Calder Tools',
  'Brightwater Foods',
  'Norrland Furniture',
  'Ostra Medical',
  'Pellham Cycles',
  'Quayside Ceramics',
  'Veldt Coffee Traders',
] as const
export const shipper = (rng: Rng): string => rng.pick(SHIPPERS)
