import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { directed, fixed } from '../egu/egu-text.js'
import { type Fraction, frac } from '../exact.js'
import { type ApScenario, family } from '../payables/ap-text.js'

export { cap } from '../scenario/scenario-text.js'
export type RetailScenario = ApScenario

/*
 * Retail merchandising scenarios for a buyer, merchandiser or planner. Every figure a family
 * draws is a whole number (money in cents, rates in basis points, units and weeks as counts) and
 * every working is an exact fraction, so a key is rounded once, the way its stem says: money
 * half away from zero to the cent unless the stem rounds a ceiling down or a price up,
 * percentages to two decimal places, ratios to two places, units as the stem states. `figures`
 * keeps the drawn whole numbers so the key test can work every option again its own way.
 */

type X = Fraction | number
const F = (x: X): Fraction => (typeof x === 'number' ? frac(x) : x)

/** The product of its factors. */
export const mul = (...xs: readonly X[]): Fraction =>
  xs.map(F).reduce((p, x) => frac(p.n * x.n, p.d * x.d), frac(1))
/** `a ÷ b`. */
export const div = (a: X, b: X): Fraction => {
  const [x, y] = [F(a), F(b)]
  return frac(x.n * y.d, x.d * y.n)
}
/** The sum of its terms. */
export const add = (...xs: readonly X[]): Fraction =>
  xs.map(F).reduce((s, x) => frac(s.n * x.d + x.n * s.d, s.d * x.d), frac(0))
/** `a − b`. */
export const sub = (a: X, b: X): Fraction => add(a, mul(-1, b))
/** `1 − x`, the complement of a rate. */
export const comp = (x: X): Fraction => sub(1, x)
/** An amount drawn in cents, as currency units. */
export const cc = (cents: number): Fraction => frac(cents, 100)
/** A rate drawn in basis points, as a fraction of one. */
export const rate = (bp: number): Fraction => frac(bp, 10000)
/** Whole units of `x` rounded up (x > 0). */
export const ceil = (x: Fraction): Fraction => frac((x.n + x.d - 1n) / x.d)
/** Whole units of `x` rounded down (x ≥ 0). */
export const floor = (x: Fraction): Fraction => frac(x.n / x.d)
/** `x` as a plain number, for comparisons in a draw (never shown). */
export const num = (x: Fraction): number => Number(x.n) / Number(x.d)

/** A drawn amount in cents: whole units from `low` to `high` and any cents. */
export const drawCents = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100 + rng.int(0, 99)
/** A price ending in .99: whole units from `low` to `high`, less a cent, in cents. */
export const draw99 = (rng: Rng, low: number, high: number): number => rng.int(low, high) * 100 - 1
/** A plan figure in whole thousands of currency units from `low` to `high` thousand, in cents. */
export const thousands = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100000
/** An amount in cents rounded to the nearest whole thousand currency units. */
export const nearestThousand = (cents: number): number => Math.round(cents / 100000) * 100000
/** A whole count as a fraction, for answers that are counts. */
export const whole = (x: number): Fraction => frac(x)
/** A rate in basis points from whole percents `low` to `high` in steps of `step`. */
export const drawPct = (rng: Rng, low: number, high: number, step = 1): number =>
  rng.int(Math.ceil(low / step), Math.floor(high / step)) * step * 100

/** A money formatter for one draw, one symbol for the whole case. */
export function moneyOf(rng: Rng): (x: Fraction) => string {
  const symbol = rng.pick(['$', '€', '£'])
  return (x) => `${symbol}${fixed(x, 2)}`
}
/** A drawn amount in cents shown with the draw's symbol. */
export const cash = (show: (x: Fraction) => string, cents: number): string => show(cc(cents))
/** A fraction of one as a percentage to two decimal places: `45.25%`. */
export const pct = (x: Fraction): string => `${fixed(mul(x, 100), 2)}%`
/** A drawn rate in basis points as the stem writes it: `45%`, `12.5%`. */
export const bpText = (bp: number): string => `${fixed(frac(bp, 100), bp % 100 === 0 ? 0 : 2)}%`
/** A ratio to two decimal places: `3.45`. */
export const two = (x: Fraction): string => fixed(x, 2)
/** A count with its unit (plural, made singular for exactly one), rounded as the stem says. */
export const countOf =
  (unit: string, how: 'half' | 'up' | 'down' = 'half', places = 0) =>
  (x: Fraction): string => {
    const shown = how === 'half' ? fixed(x, places) : directed(x, places, how)
    return `${shown} ${shown === '1' ? unit.replace(/s$/, '') : unit}`
  }
/** Money rounded down or up to the cent, for ceilings and floors a stem states. */
export const moneyDirected =
  (show: (x: Fraction) => string, how: 'up' | 'down') =>
  (x: Fraction): string =>
    show(how === 'down' ? div(floor(mul(x, 100)), 100) : div(ceil(mul(x, 100)), 100))
/** A whole number grouped for a stem: `12,400`. */
export const n = (x: number): string => x.toLocaleString('en-US')

/** A family's draw: its stem, how answers show, the key and each named mistake, and the figures. */
export interface Worked {
  readonly stem: string
  readonly show: (x: Fraction) => string
  readonly key: Fraction
  readonly wrong: readonly (readonly [Fraction, string])[]
  readonly figures: Readonly<Record<string, number>>
}

/**
 * A numeric family: every answer is a positive quantity shown one way, so a mistake that lands on
 * zero or below (an answer no planner could write down) refuses the draw rather than showing.
 */
export const worked = (id: string, draw: (rng: Rng) => Worked) =>
  family(id, (rng) => {
    const w = draw(rng)
    for (const x of [w.key, ...w.wrong.map(([v]) => v)])
      if (x.n * x.d <= 0n) throw new VariantError(`${id}: an answer is not positive`)
    return {
      stem: w.stem,
      key: w.show(w.key),
      wrong: w.wrong.map(([x, why]) => [w.show(x), why] as const),
      figures: w.figures,
    }
  })
