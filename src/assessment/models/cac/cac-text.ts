import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type Fraction, frac } from '../exact.js'
import { type ApScenario, family } from '../payables/ap-text.js'

export { type Fraction, frac } from '../exact.js'
export type CostScenario = ApScenario

/*
 * Cost accounting scenarios for a freelance cost accountant who keeps the costing records of
 * small manufacturers, workshops and contractors. Every figure a family draws is a whole number
 * or an exact decimal kept as a fraction, so each key is an exact rational rounded once, half away
 * from zero, as the stem says. `figures` records each drawn input as `n/d` so the key test can
 * work the key and every named mistake again with its own arithmetic.
 */

type Q = Fraction | number
const f = (x: Q): Fraction => (typeof x === 'number' ? frac(x) : x)

/** Sum of any figures. */
export const add = (...xs: readonly Q[]): Fraction =>
  xs.map(f).reduce((a, b) => frac(a.n * b.d + b.n * a.d, a.d * b.d), frac(0))
export const sub = (a: Q, b: Q): Fraction => {
  const [x, y] = [f(a), f(b)]
  return frac(x.n * y.d - y.n * x.d, x.d * y.d)
}
/** Product of any figures. */
export const mul = (...xs: readonly Q[]): Fraction =>
  xs.map(f).reduce((a, b) => frac(a.n * b.n, a.d * b.d), frac(1))
export const div = (a: Q, b: Q): Fraction => {
  const [x, y] = [f(a), f(b)]
  if (y.n === 0n) throw new VariantError('a draw divides by zero')
  return frac(x.n * y.d, x.d * y.n)
}
/** A percentage as a fraction: `pc(15)` is 15/100. */
export const pc = (x: Q): Fraction => div(x, 100)
export const sign = (x: Fraction): number => (x.n === 0n ? 0 : x.n < 0n ? -1 : 1)
export const abs = (x: Fraction): Fraction => (x.n < 0n ? frac(-x.n, x.d) : x)
export const gt = (a: Q, b: Q): boolean => sign(sub(a, b)) > 0

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** `|x|` to `dp` places, half away from zero, grouped: `1,234.50`. */
export function fixed(x: Fraction, dp: number): string {
  const a = abs(x)
  const s = a.n * 10n ** BigInt(dp)
  const m = (2n * s + a.d) / (2n * a.d)
  const t = m.toString().padStart(dp + 1, '0')
  const whole = group(dp === 0 ? t : t.slice(0, -dp))
  return `${x.n < 0n && m !== 0n ? '-' : ''}${dp === 0 ? whole : `${whole}.${t.slice(-dp)}`}`
}

/** A drawn decimal: a whole number from `low` to `high`, over 10^`places`. */
export const dec = (rng: Rng, low: number, high: number, places = 0): Fraction =>
  frac(rng.int(low, high), 10n ** BigInt(places))
/** A drawn whole number that is a multiple of `step`. */
export const step = (rng: Rng, low: number, high: number, by: number): number =>
  rng.int(Math.ceil(low / by), Math.floor(high / by)) * by

/** A drawn figure as the stem shows it, exactly: `1,250`, `3.75`. */
export function exact(x: Q): string {
  const y = f(x)
  for (let k = 0; k < 9; k++) if ((y.n * 10n ** BigInt(k)) % y.d === 0n) return fixed(y, k)
  throw new Error('never: drawn figures are terminating decimals')
}

/** One currency symbol for a case. */
export const symbol = (rng: Rng): string => rng.pick(['$', '€', '£'])

/** How an answer is shown: money to the cent, a money rate, a quantity with its unit. */
export const money =
  (sym: string, dp = 2) =>
  (x: Fraction): string =>
    `${x.n < 0n ? '-' : ''}${sym}${fixed(abs(x), dp)}`
export const qty =
  (unit: string, dp = 0) =>
  (x: Fraction): string =>
    `${fixed(x, dp)} ${unit}`
/**
 * A variance: its size to the cent and whether it is favourable (positive: actual cost below
 * standard or actual revenue above) or adverse. A reversed sign is a mistake a practitioner
 * makes, so the label is part of the answer.
 */
export const variance =
  (sym: string) =>
  (x: Fraction): string =>
    `${sym}${fixed(abs(x), 2)} ${x.n < 0n ? 'adverse' : 'favourable'}`
/** Over- (positive) or under-absorbed (negative) overhead. */
export const absorption =
  (sym: string) =>
  (x: Fraction): string =>
    `${sym}${fixed(abs(x), 2)} ${x.n < 0n ? 'under-absorbed' : 'over-absorbed'}`

/**
 * A costing family: the draw names its inputs, how its answers are shown, its key and its named
 * mistakes as exact fractions. `signed` answers (variances, absorption) may be negative but not
 * zero; every other answer must be a positive amount, since a slip that leaves nothing or less
 * shows no figure a cost accountant could post.
 */
export interface Costing {
  readonly stem: string
  readonly show: (x: Fraction) => string
  readonly inputs: Readonly<Record<string, Q>>
  readonly key: Fraction
  readonly wrong: readonly (readonly [Fraction, string])[]
  readonly signed?: boolean
}

export const costing = (id: string, draw: (rng: Rng) => Costing) =>
  family(id, (rng) => {
    const c = draw(rng)
    const bad = (x: Fraction) => (c.signed ? x.n === 0n : sign(x) <= 0)
    if (bad(c.key)) throw new VariantError(`${id}: the key is no amount`)
    const wrong = c.wrong.map(([x, why]) => {
      if (bad(x)) throw new VariantError(`${id}: a mistake leaves no amount`)
      return [c.show(x), why] as const
    })
    return {
      stem: c.stem,
      key: c.show(c.key),
      wrong,
      figures: Object.fromEntries(
        Object.entries(c.inputs).map(([k, v]) => [k, `${f(v).n}/${f(v).d}`]),
      ),
    }
  })

/** The small manufacturers and workshops a freelance cost accountant keeps the costing of. */
const CLIENTS = [
  'a furniture workshop',
  'a small brewery',
  'a metal fabrication shop',
  'a bakery',
  'a print works',
  'a joinery',
  'a cosmetics maker',
  'a plastics moulder',
  'a garment maker',
  'a food processor',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

export { cap } from '../scenario/scenario-text.js'
