import { grouped } from '../../engines/number-format.js'
import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type ApScenario, family as ledgerFamily, purse } from '../payables/ap-text.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'

export { share } from '../payables/ap-text.js'

/*
 * Cost-volume-profit scenarios for a freelance management accountant advising a small business.
 * Every family's draw returns `figures` (money in integer cents, rates in basis points, units as
 * whole numbers) so the key test can work the key and every named mistake again with exact
 * rationals. Money is rounded half away from zero to the cent, percentages and ratios half away
 * from zero to the places the stem states, and unit answers are rounded up or down as the stem
 * says (a break-even or target volume is always rounded up to a whole unit).
 */
export type CvpScenario = ApScenario

/** An amount below zero as an option shows it. */
const NEGATIVE = /(^|\s)-[€$£\d]|[€$£]-/

/** A CVP family: declared named mistakes kept distinct, none below zero. */
export const family = (id: string, draw: (rng: Rng) => CvpScenario): ScenarioFamily => {
  const inner = ledgerFamily(id, draw)
  return {
    id,
    draw: (rng) => {
      const s = inner.draw(rng) as CvpScenario
      if (NEGATIVE.test(s.key)) throw new VariantError(`${id}: a key below zero`)
      const wrong = s.wrong.filter(([text]) => !NEGATIVE.test(text))
      if (wrong.length < 3) throw new VariantError(`${id}: fewer than three mistakes above zero`)
      return { ...s, wrong }
    },
  }
}

/** The draw's money formatter, `$1,234.50`, one currency symbol for the whole case. */
export const money = purse

const big = (x: number) => BigInt(Math.round(x))
/** `a ÷ b` rounded up to a whole number, exactly (b > 0). */
export function up(a: number, b: number): number {
  if (b <= 0) throw new VariantError('a divisor at or below zero')
  const [x, y] = [big(a), big(b)]
  const q = x / y
  return Number(x % y > 0n ? q + 1n : q)
}
/** `a ÷ b` rounded down to a whole number, exactly (b > 0). */
export function down(a: number, b: number): number {
  if (b <= 0) throw new VariantError('a divisor at or below zero')
  const [x, y] = [big(a), big(b)]
  const q = x / y
  return Number(x % y < 0n ? q - 1n : q)
}
/** `a ÷ b` rounded half away from zero to a whole number, exactly. */
export function near(a: number, b: number): number {
  if (b === 0) throw new VariantError('a divisor of zero')
  const [x, y] = [big(a), big(b)]
  const neg = x < 0n !== y < 0n
  const [ax, ay] = [x < 0n ? -x : x, y < 0n ? -y : y]
  const r = (2n * ax + ay) / (2n * ay)
  return Number(neg ? -r : r)
}

/** A whole number of units: `1,234 units`. */
export const units = (n: number, word = 'units'): string => `${grouped(n, 0)} ${word}`
/** `num ÷ den` as a percentage to one decimal place: `37.5%`. */
export const pct = (num: number, den: number): string =>
  `${grouped(near(num * 1000, den) / 10, 1)}%`
/** `num ÷ den` as a plain ratio to two decimal places: `2.45`. */
export const ratio = (num: number, den: number): string => grouped(near(num * 100, den) / 100, 2)
/** A rate in basis points as a stem shows it: 2500 → `25%`, 1250 → `12.5%`. */
export const rate = (bp: number): string => `${bp / 100}%`

/** A drawn amount in cents between `low` and `high` whole currency units, with cents. */
export const cents = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100 + rng.int(0, 99)
/** A drawn round amount: a whole number of `step` currency units between `low` and `high` steps. */
export const round = (rng: Rng, low: number, high: number, step: number): number =>
  rng.int(low, high) * step * 100

/** Small businesses a freelance management accountant advises, and what each makes. */
const MAKERS = [
  ['a candle maker', 'candle'],
  ['a craft bakery', 'celebration cake'],
  ['a bicycle workshop', 'rebuilt bike'],
  ['a leather-goods studio', 'wallet'],
  ['a print shop', 'poster run'],
  ['a pottery', 'serving bowl'],
  ['a furniture maker', 'oak stool'],
  ['a soap company', 'gift box'],
  ['a coffee roaster', 'bag of beans'],
  ['a garden-planter maker', 'planter'],
] as const
/** A client and the product it sells, `['a pottery', 'serving bowl']`. */
export const maker = (rng: Rng): readonly [string, string] => rng.pick(MAKERS)

/** Each case's figures, refusing a draw whose figure is not above zero. */
export function positive(...xs: number[]): void {
  if (xs.some((x) => !(x > 0))) throw new VariantError('a figure at or below zero')
}
