import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type Fraction, frac } from '../exact.js'
import { type ApScenario, family } from '../payables/ap-text.js'

export { type Fraction, frac } from '../exact.js'
export { family } from '../payables/ap-text.js'
export { cap } from '../scenario/scenario-text.js'
export type UnitsScenario = ApScenario

/*
 * Engineering unit conversion scenarios for a freelance technician who converts drawings,
 * datasheets and specifications between SI and US customary units. Every figure a family draws
 * is an exact decimal, kept as a fraction, and every factor is an exact definition the stem
 * names, so each key is an exact rational rounded once, half away from zero, as the stem says.
 * `figures` records each drawn input as `n/d` so the key test can work it again its own way.
 */

/** Product of fractions, reduced only at the end by the caller's rounding. */
export const times = (...xs: readonly Fraction[]): Fraction =>
  xs.reduce((p, x) => frac(p.n * x.n, p.d * x.d), frac(1))
/** `a ÷ b`. */
export const over = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d, a.d * b.n)
export const plus = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d + b.n * a.d, a.d * b.d)
export const minus = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d - b.n * a.d, a.d * b.d)
/** A decimal written as text, exactly: `q('0.3048')`. */
export function q(text: string): Fraction {
  const [whole, part = ''] = text.split('.')
  return frac(BigInt(`${whole}${part}`), 10n ** BigInt(part.length))
}
/** A whole number as a fraction. */
export const w = (n: number): Fraction => frac(n)

/** A drawn decimal: a whole number from `low` to `high`, over 10^`places`. */
export const drawDec = (rng: Rng, low: number, high: number, places = 0): Fraction =>
  frac(rng.int(low, high), 10n ** BigInt(places))

/** `n/d` for the figures the key test reads. */
export const fig = (x: Fraction): string => `${x.n}/${x.d}`

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** `|n| ÷ d` rounded half away from zero to a whole number (d > 0). */
function roundAbs(n: bigint, d: bigint): bigint {
  const a = n < 0n ? -n : n
  return (2n * a + d) / (2n * d)
}

/** A scaled integer `m × 10^-k` as grouped decimal text with `k` places (k may be negative). */
function scaled(m: bigint, k: number, negative: boolean): string {
  const sign = negative && m !== 0n ? '-' : ''
  if (k <= 0) return `${sign}${group((m * 10n ** BigInt(-k)).toString())}`
  const t = m.toString().padStart(k + 1, '0')
  return `${sign}${group(t.slice(0, -k))}.${t.slice(-k)}`
}

/** `x` to `dp` decimal places, half away from zero, grouped: `1,234.50`. */
export function fixed(x: Fraction, dp: number): string {
  const m = roundAbs(x.n * 10n ** BigInt(dp), x.d)
  return scaled(m, dp, x.n < 0n)
}

/** `x` rounded down (`'down'`) or up (`'up'`) to `dp` places; x > 0. */
export function directed(x: Fraction, dp: number, way: 'up' | 'down'): string {
  const s = x.n * 10n ** BigInt(dp)
  const m = s / x.d + (way === 'up' && s % x.d !== 0n ? 1n : 0n)
  return scaled(m, dp, false)
}

/** The power of ten `k` that puts `|x| × 10^k` among `sf`-digit whole numbers, before rounding. */
function sigScale(x: Fraction, sf: number): number {
  const a = x.n < 0n ? -x.n : x.n
  if (a === 0n) throw new VariantError('a zero has no significant figures')
  let k = sf - 1 - (a.toString().length - x.d.toString().length)
  const lo = 10n ** BigInt(sf - 1)
  const at = (j: number) => (j >= 0 ? (a * 10n ** BigInt(j)) / x.d : a / (x.d * 10n ** BigInt(-j)))
  while (at(k) < lo) k++
  while (at(k) >= lo * 10n) k--
  return k
}

/** `|x|` to `sf` significant figures: the `sf`-digit whole number and its power-of-ten scale. */
function sigDigits(x: Fraction, sf: number): readonly [bigint, number] {
  let k = sigScale(x, sf)
  const a = x.n < 0n ? -x.n : x.n
  let m = k >= 0 ? roundAbs(a * 10n ** BigInt(k), x.d) : roundAbs(a, x.d * 10n ** BigInt(-k))
  if (m === 10n ** BigInt(sf)) {
    m /= 10n
    k--
  }
  return [m, k]
}

/** `x` to `sf` significant figures, half away from zero, grouped: `0.001235`, `123,500`. */
export function sig(x: Fraction, sf = 4): string {
  const [m, k] = sigDigits(x, sf)
  return scaled(m, k, x.n < 0n)
}

const SUPER = '⁰¹²³⁴⁵⁶⁷⁸⁹'
/** `x` in scientific notation with `sf` significant figures: `3.45 × 10⁻⁴`. */
export function sci(x: Fraction, sf = 3): string {
  const [m, k] = sigDigits(x, sf)
  const digits = m.toString()
  const mant = sf > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
  const exp = String(sf - 1 - k)
    .replace(/\d/g, (c) => SUPER[Number(c)] ?? c)
    .replace('-', '⁻')
  return `${x.n < 0n ? '-' : ''}${mant} × 10${exp}`
}

/** An answer with its unit: `25.40 mm`. */
export const withUnit = (text: string, unit: string): string => `${text} ${unit}`

/** A figure drawn exactly, shown as its exact decimal. */
export function exact(x: Fraction): string {
  let k = 0
  while ((x.n * 10n ** BigInt(k)) % x.d !== 0n) {
    k++
    if (k > 12) throw new Error('never: drawn figures are terminating decimals')
  }
  return scaled(((x.n < 0n ? -x.n : x.n) * 10n ** BigInt(k)) / x.d, k, x.n < 0n)
}

/**
 * A conversion family: the draw names its inputs, its unit, the rounding it states, its key and
 * its named mistakes as exact fractions; each answer is shown rounded the one way the stem says.
 */
export interface Conversion {
  readonly stem: string
  readonly unit: string
  readonly show: (x: Fraction) => string
  readonly inputs: Readonly<Record<string, Fraction>>
  readonly key: Fraction
  readonly wrong: readonly (readonly [Fraction, string])[]
}

export const conversion = (id: string, draw: (rng: Rng) => Conversion) =>
  family(id, (rng) => {
    const c = draw(rng)
    const text = (x: Fraction) => withUnit(c.show(x), c.unit)
    // A slip that lands on zero or below shows no quantity a technician could write down.
    const wrong = c.wrong.map(([x, why]) => {
      if (x.n * x.d <= 0n && c.key.n * c.key.d > 0n)
        throw new VariantError(`${id}: a mistake leaves no positive quantity`)
      return [text(x), why] as const
    })
    return {
      stem: c.stem,
      key: text(c.key),
      wrong,
      figures: Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, fig(v)])),
    }
  })

/** Significant figures as a stem says them. */
export const sf4 = (x: Fraction): string => sig(x, 4)

/** `x` (> 0) cut to `sf` significant figures without rounding, as a slip that truncates. */
export function sigDown(x: Fraction, sf: number): string {
  const k = sigScale(x, sf)
  const m = k >= 0 ? (x.n * 10n ** BigInt(k)) / x.d : x.n / (x.d * 10n ** BigInt(-k))
  return scaled(m, k, false)
}
