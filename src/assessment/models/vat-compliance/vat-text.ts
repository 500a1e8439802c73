import type { Rng } from '../../rng.js'

export {
  addDays,
  cents,
  drawDate,
  type ExpenseScenario as VatScenario,
  eur,
  family,
  gbp,
  monthEnd,
  share,
  showDate,
  sum,
  usd,
  weekday,
} from '../expenses/expense-text.js'

/*
 * VAT and sales-tax scenarios for a freelance bookkeeper. Every family's draw returns `figures`
 * (amounts in integer cents, rates in basis points, dates as ISO strings) so the key test can
 * work the key and every named mistake again with its own arithmetic; amounts are rounded half
 * away from zero to the cent unless the stem states another rounding, and every stem states the
 * rate, threshold, date basis and rule its key depends on.
 */

/** The small businesses whose VAT a freelance bookkeeper prepares; all invented. */
const CLIENTS = [
  'a joinery workshop',
  'a wedding photographer',
  'a design studio',
  'a bike repair shop',
  'a catering business',
  'a software consultancy',
  'a garden centre',
  'an online craft shop',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** A drawn rate in basis points between `low` and `high`, in steps of `step`. */
export const rateBp = (rng: Rng, low: number, high: number, step = 25): number =>
  low + step * rng.int(0, Math.floor((high - low) / step))

/** A rate in basis points as a stem shows it: 725 → `7.25 %`, 600 → `6 %`. */
export const pctText = (bp: number): string => `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')} %`
