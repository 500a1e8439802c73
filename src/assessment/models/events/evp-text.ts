import type { Rng } from '../../rng.js'
import { usd } from '../expenses/expense-text.js'

export {
  addDays,
  daysBetween,
  drawDate,
  type ExpenseScenario as EventScenario,
  family,
  showDate,
  usd,
  weekday,
} from '../expenses/expense-text.js'

/*
 * Event-planning scenarios. Every family's draw returns `figures` (money in integer cents, rates
 * in whole percent or basis points, dates as ISO strings, times as minutes after midnight) so the
 * key test can work the key and every named mistake again by its own arithmetic and calendar.
 * Every stem states the rule, rate, rounding and date basis its key depends on.
 */

/** A whole count as an option shows it, grouped: `1,250`. */
export const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** Whole units up, for people a table, bus or room must hold. */
export const up = (a: number, b: number): number => Math.ceil(a / b)
/** Whole units down, for the people a space can hold. */
export const down = (a: number, b: number): number => Math.floor(a / b)

/** `c` × `pct` %, to the cent, half up (every amount here is positive). */
export const pctOf = (c: number, pct: number): number => Math.round((c * pct) / 100)

/** A drawn amount between `low` and `high` whole dollars, with cents, in cents. */
export const cents = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100 + rng.int(0, 99)

/** A drawn whole-dollar amount between `low` and `high` dollars, in cents. */
export const dollars = (rng: Rng, low: number, high: number): number => rng.int(low, high) * 100

/** Clients an event coordinator plans for; all invented. */
const CLIENTS = [
  'Harbor Analytics',
  'Mendel & Pryce',
  'Northwind Dental Group',
  'Cobalt Robotics',
  'Lakeside Rotary Club',
  'Fernway Credit Union',
  'Atlas Biotech',
  'Juniper Schools Trust',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** Minutes after midnight as a 12-hour clock time, `9:05 am`, `12:30 pm`. */
export function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440
  const h = Math.floor(m / 60)
  const h12 = h % 12 === 0 ? 12 : h % 12
  return `${h12}:${String(m % 60).padStart(2, '0')} ${h < 12 ? 'am' : 'pm'}`
}

export { usd as money }
