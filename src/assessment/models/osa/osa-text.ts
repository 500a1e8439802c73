import { type Fraction, frac } from '../exact.js'

export type { JournalismScenario as OnlineStoreScenario } from '../dju/dju-text.js'
export {
  add,
  CENT,
  cents,
  DP1,
  div,
  dollars,
  type Fraction,
  frac,
  HALF,
  mul,
  n,
  num,
  PCT1,
  PTS1,
  pc,
  pct,
  plain,
  points,
  rest,
  sub,
  usd,
  WHOLE,
  worked,
} from '../dju/dju-text.js'
export { ceil, floor } from '../rmm/rmm-text.js'

/*
 * Online store administration scenarios for a freelance virtual assistant who runs the back
 * office of a client's shop: prices and codes, stock, orders and shipping, refunds and payouts,
 * and the store's reports. Every platform rule a key depends on is stated in the stem. Every
 * drawn figure is a whole number (cents, whole or tenth percents, units, days), every working an
 * exact fraction, so each key is rounded once, half up, the way its stem says. `figures` keeps
 * the draw so the key test can work every option again its own way.
 */

/** A stem's money sentence for the nearest cent. */
export const CENTS = 'to the nearest cent (a half rounded up)'

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
/** Day `k` of a calendar that starts on Monday 1 March 2027, as a stem writes it. */
export const dayText = (k: number): string => {
  const date = new Date(Date.UTC(2027, 2, 1 + k))
  const month = date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })
  return `${WEEKDAYS[k % 7]} ${date.getUTCDate()} ${month}`
}
/** A day offset shown as its date. */
export const asDay = (x: Fraction): string => {
  const k = Number(x.n / x.d)
  return `${new Date(Date.UTC(2027, 2, 1 + k)).getUTCDate()} March (${WEEKDAYS[k % 7]})`
}
/** Whether day `k` of that calendar is Monday to Friday. */
export const weekday = (k: number): boolean => k % 7 < 5
/** The day `count` Monday-to-Friday days after day `k`, skipping any day in `closed`. */
export function workingDaysAfter(
  k: number,
  count: number,
  closed: readonly number[] = [],
  saturdays = false,
): number {
  let d = k
  for (let left = count; left > 0; ) {
    d++
    if ((weekday(d) || (saturdays && d % 7 === 5)) && !closed.includes(d)) left--
  }
  return d
}
/** A day as a fraction, for a date answer. */
export const dayOf = (k: number): Fraction => frac(k)
