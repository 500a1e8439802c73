import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type Fraction, fixed, frac, minus, over, plus, times, w } from '../egu/egu-text.js'
import { type ApScenario, family } from '../payables/ap-text.js'

export { type Fraction, frac, minus, over, plus, times, w } from '../egu/egu-text.js'
export type OrderScenario = ApScenario

/*
 * Order-processing scenarios for a virtual assistant who runs an online shop's or a
 * wholesaler's orders. Money is drawn in whole cents and rates in basis points, so every key is
 * an exact fraction of cents rounded once (or per line, where the stem says so), half a cent
 * up. `figures` records each drawn input as a number so the key test can work it again its own way.
 */

/**
 * How a stem asks for money: only the answer is rounded, so a chain of discounts, tax and fees
 * has one defensible cent however a reader would round the steps.
 */
export const TO_CENT = 'to the cent, rounding only the answer (half a cent up)'

/** Cents shown as dollars to the cent, half a cent rounded up: `$1,234.50`. */
export const usd = (cents: Fraction): string => `$${fixed(over(cents, w(100)), 2)}`

/** A whole count with its noun: `12 units`. */
export const count =
  (noun: string) =>
  (x: Fraction): string =>
    `${fixed(x, 0)} ${noun}`

/** A share in basis points of an amount: `ofBp(x, 850)` is 8.5 % of x. */
export const ofBp = (x: Fraction, basisPoints: number): Fraction =>
  times(x, frac(basisPoints, 10000))

/** `x` less `basisPoints` of itself. */
export const lessBp = (x: Fraction, basisPoints: number): Fraction => minus(x, ofBp(x, basisPoints))

/** `x` plus `basisPoints` of itself. */
export const moreBp = (x: Fraction, basisPoints: number): Fraction => plus(x, ofBp(x, basisPoints))

/** An amount of cents rounded to a whole cent, half up (amounts here are never negative). */
export function cent(x: Fraction): Fraction {
  return frac((2n * x.n + x.d) / (2n * x.d))
}

/** Whole units rounded down, as a stock count or a fair share is. */
export const floorOf = (x: Fraction): Fraction => frac(x.n / x.d)

/** A percentage from basis points, as a stem writes it: 850 → `8.5%`. */
export const pct = (basisPoints: number): string =>
  `${fixed(frac(basisPoints, 100), 2).replace(/\.?0+$/, '')}%`

/** A drawn number of cents, `low` to `high` dollars in steps of `step` cents. */
export const dollars = (rng: Rng, low: number, high: number, step = 1): number =>
  rng.int((low * 100) / step, (high * 100) / step) * step

/**
 * An order-processing family: the draw names its inputs, its key and its named mistakes as exact
 * fractions, and how an answer is shown (dollars unless it says otherwise).
 */
export interface Worked {
  readonly stem: string
  readonly inputs: Readonly<Record<string, number>>
  readonly key: Fraction
  readonly wrong: readonly (readonly [Fraction, string])[]
  readonly show?: (x: Fraction) => string
}

export const worked = (id: string, draw: (rng: Rng) => Worked) =>
  family(id, (rng) => {
    const c = draw(rng)
    const show = c.show ?? usd
    // A slip that leaves nothing, or less than nothing, is no figure an assistant would write down.
    const wrong = c.wrong.map(([x, why]) => {
      if (x.n * x.d <= 0n) throw new VariantError(`${id}: a mistake leaves no positive figure`)
      return [show(x), why] as const
    })
    if (c.key.n * c.key.d <= 0n) throw new VariantError(`${id}: no positive key`)
    return { stem: c.stem, key: show(c.key), wrong, figures: { ...c.inputs } }
  })

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
/** Day `d` of March 2027, a month whose 1st is a Monday: `Wednesday 10 March`. */
export const march = (d: number): string => `${WEEKDAYS[((d % 7) + 7) % 7]} ${d} March`
/** Whether day `d` of March 2027 is a Saturday or a Sunday. */
export const weekend = (d: number): boolean => d % 7 === 6 || d % 7 === 0
/** The `k`th business day after day `d` of March 2027, skipping weekends and the days in `off`. */
export function businessAfter(d: number, k: number, off: readonly number[]): number {
  let day = d
  for (let left = k; left > 0; ) {
    day++
    if (!weekend(day) && !off.includes(day)) left--
  }
  return day
}
/**
 * Shows an answer day of March 2027 given as a whole fraction, without its weekday: the stem
 * names the weekdays, and an option's own weekday would rule out a weekend date unread.
 */
export const marchDay = (x: Fraction): string => `${x.n / x.d} March`

/** Shop names a VA meets; all invented. */
const SHOPS = [
  'Fernleaf Candles',
  'Harbour Tea Co',
  'Quill & Ink Stationery',
  'Mossway Garden Supply',
  'Brightloom Textiles',
  'Copperpot Kitchenware',
  'Tidewater Pet Goods',
  'Northgate Wholesale',
] as const
export const shop = (rng: Rng): string => rng.pick(SHOPS)

/** An amount of cents rounded up to the next whole cent, as a "how much more" answer is. */
export const centUp = (x: Fraction): Fraction => frac((x.n + x.d - 1n) / x.d)
/** Whole units rounded up, as packs, parcels or started hundreds are counted. */
export const ceilOf = (x: Fraction): Fraction => frac((x.n + x.d - 1n) / x.d)
/** A percentage to one decimal place, a half rounded up: `93.4%`. */
export const percent1 = (x: Fraction): string => `${fixed(x, 1)}%`
