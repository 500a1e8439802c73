import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, choose, drawn, rule } from '../scenario/scenario-text.js'

export { cap, choose, drawn, rule }

/**
 * An executive-assistance scenario. `facts` repeat what the key follows from under a `kind` the
 * key test recognises: the drawn times, zones, itinerary, policy or rules for families it works
 * out again with its own implementation (time zones with Intl), or (`kind: 'rule'`) the documented
 * answer the key states and the page it comes from, which the test checks against its own table.
 */
export interface ExaScenario extends Scenario {
  readonly facts: Readonly<{ kind: string } & Record<string, unknown>>
}

export interface ExaFamily extends ScenarioFamily {
  draw(rng: Rng): ExaScenario
}

export const family = (id: string, draw: (rng: Rng) => ExaScenario): ExaFamily => ({ id, draw })

/** Executives a remote assistant supports, by role. */
const EXECS = [
  'the CEO of a design agency',
  'a managing partner at a law firm',
  'the founder of a software start-up',
  'the CFO of a logistics company',
  'the director of a charity',
  'the head of sales at a medical-device maker',
  'the owner of a property group',
  'a venture investor',
] as const
export const exec = (rng: Rng): string => rng.pick(EXECS)
export const NAMES = [
  'Maya',
  'Daniel',
  'Priya',
  'Tomás',
  'Ingrid',
  'Kwame',
  'Sofia',
  'Hiro',
] as const
export const person = (rng: Rng): string => rng.pick(NAMES)

// ---------------------------------------------------------------------------------------------
// Clock arithmetic. Times are minutes since 1970-01-01 00:00 on a clock (UTC or a wall clock);
// a zone's offset comes from its standard offset and its daylight-saving rule, written here from
// the rules each government publishes, never from a time-zone library (the key test uses Intl).
// ---------------------------------------------------------------------------------------------

const DAY = 1440
/** Minutes since the epoch of a date and time on some clock. */
export const at = (y: number, m: number, d: number, hh = 0, mm = 0): number =>
  Date.UTC(y, m - 1, d, hh, mm) / 60000
const parts = (t: number) => {
  const d = new Date(t * 60000)
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    w: d.getUTCDay(),
    hh: d.getUTCHours(),
    mm: d.getUTCMinutes(),
  }
}
/** The day of month of the n-th (1-based) weekday `w` (0 Sunday) of a month, or the last (n = -1). */
function nthWeekday(y: number, m: number, w: number, n: number): number {
  if (n > 0) {
    const first = parts(at(y, m, 1)).w
    return 1 + ((w - first + 7) % 7) + 7 * (n - 1)
  }
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const lw = parts(at(y, m, lastDay)).w
  return lastDay - ((lw - w + 7) % 7)
}

type DstRule = 'us' | 'eu' | 'au' | 'nz' | 'none'
/** [standard offset in minutes east of UTC, daylight-saving rule, city] */
export const ZONES = {
  'America/New_York': [-300, 'us', 'New York'],
  'America/Chicago': [-360, 'us', 'Chicago'],
  'America/Denver': [-420, 'us', 'Denver'],
  'America/Los_Angeles': [-480, 'us', 'Los Angeles'],
  'America/Phoenix': [-420, 'none', 'Phoenix'],
  'Pacific/Honolulu': [-600, 'none', 'Honolulu'],
  'America/Sao_Paulo': [-180, 'none', 'São Paulo'],
  'Europe/London': [0, 'eu', 'London'],
  'Europe/Dublin': [0, 'eu', 'Dublin'],
  'Europe/Paris': [60, 'eu', 'Paris'],
  'Europe/Berlin': [60, 'eu', 'Berlin'],
  'Europe/Madrid': [60, 'eu', 'Madrid'],
  'Europe/Helsinki': [120, 'eu', 'Helsinki'],
  'Africa/Johannesburg': [120, 'none', 'Johannesburg'],
  'Asia/Dubai': [240, 'none', 'Dubai'],
  'Asia/Kolkata': [330, 'none', 'Mumbai'],
  'Asia/Kathmandu': [345, 'none', 'Kathmandu'],
  'Asia/Singapore': [480, 'none', 'Singapore'],
  'Asia/Tokyo': [540, 'none', 'Tokyo'],
  'Australia/Brisbane': [600, 'none', 'Brisbane'],
  'Australia/Sydney': [600, 'au', 'Sydney'],
  'Australia/Adelaide': [570, 'au', 'Adelaide'],
  'Pacific/Auckland': [720, 'nz', 'Auckland'],
} as const satisfies Record<string, readonly [number, DstRule, string]>
export type Zone = keyof typeof ZONES
export const city = (z: Zone): string => ZONES[z][2]
export const stdOffset = (z: Zone): number => ZONES[z][0]

/** The UTC instants daylight saving starts and ends in year `y` under `r`. */
function dstBounds(r: DstRule, std: number, y: number): readonly [number, number] | null {
  switch (r) {
    case 'us': // second Sunday in March 02:00 standard, first Sunday in November 02:00 daylight
      return [
        at(y, 3, nthWeekday(y, 3, 0, 2), 2) - std,
        at(y, 11, nthWeekday(y, 11, 0, 1), 2) - std - 60,
      ]
    case 'eu': // last Sunday in March and in October, 01:00 UTC
      return [at(y, 3, nthWeekday(y, 3, 0, -1), 1), at(y, 10, nthWeekday(y, 10, 0, -1), 1)]
    case 'au': // first Sunday in October 02:00 standard to first Sunday in April 03:00 daylight
      return [
        at(y, 10, nthWeekday(y, 10, 0, 1), 2) - std,
        at(y, 4, nthWeekday(y, 4, 0, 1), 2) - std,
      ]
    case 'nz': // last Sunday in September 02:00 standard to first Sunday in April 03:00 daylight
      return [at(y, 9, nthWeekday(y, 9, 0, -1), 2) - std, at(y, 4, nthWeekday(y, 4, 0, 1), 2) - std]
    default:
      return null
  }
}
/** Whether daylight saving is in force in `z` at UTC instant `u`. */
export function inDst(z: Zone, u: number): boolean {
  const [std, r] = ZONES[z]
  const b = dstBounds(r, std, parts(u).y)
  if (b === null) return false
  const [on, off] = b
  return on < off ? u >= on && u < off : u >= on || u < off
}
/** The offset from UTC of zone `z` at UTC instant `u`, in minutes. */
export const offsetAt = (z: Zone, u: number): number => stdOffset(z) + (inDst(z, u) ? 60 : 0)
/** The wall-clock time in `z` at UTC instant `u`. */
export const toLocal = (z: Zone, u: number): number => u + offsetAt(z, u)
/** The UTC instant of wall time `w` in `z` (times in a spring-forward gap are not drawn). */
export function toUtc(z: Zone, w: number): number {
  let u = w - stdOffset(z)
  for (let i = 0; i < 3; i++) u = w - offsetAt(z, u)
  return u
}
/** A wall time in `from` shown on the clock of `to`. */
export const convert = (from: Zone, to: Zone, w: number): number => toLocal(to, toUtc(from, w))

const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const MON = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const
const two = (n: number) => String(n).padStart(2, '0')
/** `14:05` */
export const hm = (t: number): string => {
  const p = parts(t)
  return `${two(p.hh)}:${two(p.mm)}`
}
/** `Tue 10 Mar` */
export const day = (t: number): string => {
  const p = parts(t)
  return `${WD[p.w]} ${p.d} ${MON[p.m - 1]}`
}
/** `Tue 10 Mar, 14:05` */
export const when = (t: number): string => `${day(t)}, ${hm(t)}`
/** `Tuesday 10 March 2026` as stems state a date. */
export const longDate = (t: number): string => {
  const d = new Date(t * 60000)
  return d.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}
/** `3 h 25 min` */
export const dur = (mins: number): string => {
  const h = Math.floor(Math.abs(mins) / 60)
  const m = Math.abs(mins) % 60
  return `${mins < 0 ? '-' : ''}${h} h${m ? ` ${two(m)} min` : ''}`
}
/** A date drawn on a given weekday rule. */
export const nth = nthWeekday
export const dayOfWeek = (t: number): number => parts(t).w
export const ymd = (t: number) => parts(t)
export const DAY_MIN = DAY

/** Working days (Mon–Fri, not in `holidays`) after the day of `t`, counted `n` on. */
export function addWorkdays(t: number, n: number, holidays: readonly number[] = []): number {
  let d = Math.floor(t / DAY) * DAY
  let left = n
  while (left > 0) {
    d += DAY
    const w = parts(d).w
    if (w !== 0 && w !== 6 && !holidays.includes(d)) left--
  }
  return d
}
