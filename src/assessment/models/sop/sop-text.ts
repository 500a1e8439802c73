import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type Fraction, frac } from '../exact.js'
import { type ApScenario, family } from '../payables/ap-text.js'

export { type Fraction, frac } from '../exact.js'
export type SalesOpsScenario = ApScenario

/*
 * Sales-operations scenarios for a freelance revenue-operations analyst. Every drawn figure is a
 * whole number (dollars, deals, reps, days) or a rate in whole percent or basis points, kept as an
 * exact fraction, so each key is an exact rational rounded once, a half rounded up, as the stem
 * says. `figures` records each input as `n/d` so the key test can work it again its own way.
 */

export const times = (...xs: readonly Fraction[]): Fraction =>
  xs.reduce((p, x) => frac(p.n * x.n, p.d * x.d), frac(1))
export const over = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d, a.d * b.n)
export const plus = (...xs: readonly Fraction[]): Fraction =>
  xs.reduce((p, x) => frac(p.n * x.d + x.n * p.d, p.d * x.d), frac(0))
export const minus = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d - b.n * a.d, a.d * b.d)
/** A whole number. */
export const w = (n: number | bigint): Fraction => frac(n)
/** A whole percent as a fraction: `pc(12)` is 0.12. */
export const pc = (n: number | bigint): Fraction => frac(n, 100)
export const lt = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d
export const min = (a: Fraction, b: Fraction): Fraction => (lt(a, b) ? a : b)
export const max = (a: Fraction, b: Fraction): Fraction => (lt(a, b) ? b : a)
/** The whole number of times `b` fits in `a`, rounded up (a, b > 0): reps or deals needed. */
export function ceil(x: Fraction): Fraction {
  if (x.n * x.d < 0n) throw new VariantError('a headcount below zero')
  const q = x.n / x.d
  return frac(q * x.d === x.n ? q : q + 1n)
}
export function floor(x: Fraction): Fraction {
  if (x.n * x.d < 0n) throw new VariantError('a headcount below zero')
  return frac(x.n / x.d)
}

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** `x` (≥ 0) to `dp` places, a half rounded up, grouped. */
export function fixed(x: Fraction, dp: number): string {
  const m = (2n * x.n * 10n ** BigInt(dp) + x.d) / (2n * x.d)
  if (dp === 0) return group(m.toString())
  const t = m.toString().padStart(dp + 1, '0')
  return `${group(t.slice(0, -dp))}.${t.slice(-dp)}`
}
/** Dollars to the cent: `$1,234.50`. */
export const usd = (x: Fraction): string => `$${fixed(x, 2)}`
/** Whole dollars: `$12,345`. */
export const usd0 = (x: Fraction): string => `$${fixed(x, 0)}`
/** A share as a percent to one place: `12.5%`. */
export const pct1 = (x: Fraction): string => `${fixed(times(x, w(100)), 1)}%`
export const one = (x: Fraction): string => fixed(x, 1)
export const whole = (x: Fraction): string => fixed(x, 0)
/** A drawn whole dollar amount in a step: `money(rng, 40, 90, 1000)` is $40,000–$90,000. */
export const drawn = (rng: Rng, low: number, high: number, step = 1): Fraction =>
  w(rng.int(low, high) * step)

export const fig = (x: Fraction): string => `${x.n}/${x.d}`
/** `$12,345` for a stem. */
export const $ = (x: Fraction): string => `$${fixed(x, 0)}`

export const REPS = ['Avery', 'Blake', 'Casey', 'Dana', 'Emerson', 'Finley', 'Harper', 'Jordan']

export interface Reckoning {
  readonly stem: string
  readonly show: (x: Fraction) => string
  readonly inputs: Readonly<Record<string, Fraction>>
  readonly key: Fraction
  readonly wrong: readonly (readonly [Fraction, string])[]
}

/**
 * A numeric family: the draw names its inputs, key and named mistakes as exact fractions, each
 * shown the one way the stem says. A mistake below zero is no figure a sales analyst would
 * report, so the draw is refused rather than showing it.
 */
export const reckon = (id: string, draw: (rng: Rng) => Reckoning) =>
  family(id, (rng) => {
    const c = draw(rng)
    const wrong = c.wrong.map(([x, why]) => {
      if (x.n * x.d < 0n) throw new VariantError(`${id}: a mistake falls below zero`)
      return [c.show(x), why] as const
    })
    return {
      stem: c.stem,
      key: c.show(c.key),
      wrong,
      figures: Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, fig(v)])),
    }
  })

/** A drawn rate as whole-percent text for a stem: `pt(pc(12))` is `12`. */
export const pt = (x: Fraction): string => fixed(times(x, w(100)), 0)
/** A ratio to one place: `4.5×`. */
export const times1 = (x: Fraction): string => `${fixed(x, 1)}×`
/** A month of the year by number: `month 7`. */
export const monthNo = (x: Fraction): string => `month ${fixed(x, 0)}`
/** Days to one place. */
export const days1 = (x: Fraction): string => `${fixed(x, 1)} days`
export const count = (x: Fraction): string => fixed(x, 0)
