import type { Rng } from '../../rng.js'
import { grouped } from '../scenario/scenario-text.js'

export {
  type ApScenario as OhsScenario,
  addDays,
  family,
  share,
  showDate,
} from '../payables/ap-text.js'
export { cap } from '../scenario/scenario-text.js'

/*
 * Scenarios for a freelance health-and-safety adviser. Every family's draw returns `figures`
 * (whole numbers: hours, cases, decibels in tenths, lengths in millimetres or centimetres) so the
 * key test can work the key and every named mistake again by a second route. Rational answers
 * are rounded half away from zero in exact integer arithmetic (`share`); answers that need a
 * logarithm or a root are rounded from floating point, as each stem says.
 */

/** `n` to `dp` places with thousands separators and an optional unit: `1,250 m`. */
export const num = (n: number, dp = 0, unit = ''): string =>
  `${grouped(n, dp)}${unit === '' || unit === '%' ? unit : ` ${unit}`}`

/** A value held in hundredths, shown to two places: 342 → `3.42`. */
export const hund = (h: number, unit = ''): string => num(h / 100, 2, unit)

/** A value held in tenths, shown to one place: 873 → `87.3`. */
export const tenth = (t: number, unit = ''): string => num(t / 10, 1, unit)

/** `x` rounded half away from zero to `dp` places and kept as an integer count of those places. */
export const places = (x: number, dp: number): number => {
  const f = 10 ** dp
  return Math.sign(x) * Math.round(Math.abs(x) * f)
}

/** `a ÷ b` rounded up to a whole number, exactly; both positive integers. */
export function ceilDiv(a: number, b: number): number {
  const [x, y] = [BigInt(a), BigInt(b)]
  return Number((x + y - 1n) / y)
}

/** `a ÷ b` rounded down to a whole number, exactly; both positive integers. */
export const floorDiv = (a: number, b: number): number => Number(BigInt(a) / BigInt(b))

/** The small employers a freelance safety adviser works for; invented. */
const EMPLOYERS = [
  'a joinery workshop',
  'a builders’ merchant',
  'a commercial kitchen',
  'a parcel warehouse',
  'a small print works',
  'a garage and MOT centre',
  'a roofing contractor',
  'a food-packing unit',
  'a landscaping firm',
  'a metal fabrication shop',
] as const
export const employer = (rng: Rng): string => rng.pick(EMPLOYERS)
