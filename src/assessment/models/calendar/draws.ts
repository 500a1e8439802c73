import type { Rng } from '../../rng.js'
import { DAY, instantOf, isoLocal, lastSunday, naive, nthSunday, offsetAt } from './zone-rules.js'

/** The years drawn: both inside the zone rules' range and the platform's time-zone data. */
export const year = (rng: Rng) => rng.pick([2026, 2027])

/** A date (naive ms, midnight) of a year, month (1–12) and day. */
export const ymd = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d)

/** A weekday (Monday–Friday) drawn from `[from, to)`, both naive midnights. */
export function weekdayIn(rng: Rng, from: number, to: number): number {
  const days: number[] = []
  for (let t = from; t < to; t += DAY) if (![0, 6].includes(new Date(t).getUTCDay())) days.push(t)
  return rng.pick(days)
}

/** Any day drawn from `[from, to)`. */
export function dayIn(rng: Rng, from: number, to: number): number {
  return from + rng.int(0, Math.round((to - from) / DAY) - 1) * DAY
}

/** `2026-03-17T09:30` of a date and a clock time. */
export const at = (date: number, h: number, m = 0) => isoLocal(date + (h * 60 + m) * 60_000)

/** The same clock time on 15 January or 15 July of its year: the season someone assumed. */
export const january = (iso: string) => `${iso.slice(0, 4)}-01-15${iso.slice(10)}`
export const july = (iso: string) => `${iso.slice(0, 4)}-07-15${iso.slice(10)}`

/** The days the US and the EU change their clocks in a year (naive midnights). */
export function changeDays(y: number) {
  return {
    usSpring: ymd(y, 3, nthSunday(y, 3, 2)),
    euSpring: ymd(y, 3, lastSunday(y, 3)),
    euAutumn: ymd(y, 10, lastSunday(y, 10)),
    usAutumn: ymd(y, 11, nthSunday(y, 11, 1)),
    auAutumn: ymd(y, 4, nthSunday(y, 4, 1)),
    auSpring: ymd(y, 10, nthSunday(y, 10, 1)),
    nzSpring: ymd(y, 9, lastSunday(y, 9)),
  }
}

/** A clock time on the half or whole hour inside working hours. */
export const clock = (rng: Rng, from = 8, to = 17): [number, number] => [
  rng.int(from, to),
  rng.pick([0, 30]),
]

export { DAY, naive }

/** The same clock time in whichever of January or July gives the zone another offset. */
export function otherSeason(zone: string, iso: string): string {
  const offset = (wall: string) => offsetAt(zone, instantOf(zone, naive(wall)))
  return offset(january(iso)) !== offset(iso) ? january(iso) : july(iso)
}
