import { VariantError } from '../assemble-variant.js'
import { MONTH_NAMES } from '../month-names.js'

/**
 * Daylight-saving rules as the governments publish them, for 2025–2028 (the years the families
 * draw): the EU changes at 01:00 UTC on the last Sunday of March and October; the US and Canada
 * at 02:00 local on the second Sunday of March and the first Sunday of November; south-eastern
 * Australia at 02:00 standard time on the first Sunday of October until the first Sunday of
 * April; New Zealand from the last Sunday of September until the first Sunday of April.
 */
type Rule = 'EU' | 'US' | 'AU' | 'NZ'

interface Zone {
  /** Standard offset from UTC in minutes. */
  readonly std: number
  readonly rule?: Rule
}

/** The IANA zones the families use, with the offsets those zones keep in 2025–2028. */
export const ZONES: Readonly<Record<string, Zone>> = {
  UTC: { std: 0 },
  'Europe/London': { std: 0, rule: 'EU' },
  'Europe/Lisbon': { std: 0, rule: 'EU' },
  'Europe/Paris': { std: 60, rule: 'EU' },
  'Europe/Berlin': { std: 60, rule: 'EU' },
  'Europe/Madrid': { std: 60, rule: 'EU' },
  'Europe/Warsaw': { std: 60, rule: 'EU' },
  'Europe/Athens': { std: 120, rule: 'EU' },
  'Europe/Helsinki': { std: 120, rule: 'EU' },
  'America/New_York': { std: -300, rule: 'US' },
  'America/Toronto': { std: -300, rule: 'US' },
  'America/Chicago': { std: -360, rule: 'US' },
  'America/Denver': { std: -420, rule: 'US' },
  'America/Los_Angeles': { std: -480, rule: 'US' },
  'America/Phoenix': { std: -420 },
  'America/Mexico_City': { std: -360 },
  'America/Sao_Paulo': { std: -180 },
  'America/Bogota': { std: -300 },
  'Asia/Dubai': { std: 240 },
  'Asia/Karachi': { std: 300 },
  'Asia/Kolkata': { std: 330 },
  'Asia/Kathmandu': { std: 345 },
  'Asia/Singapore': { std: 480 },
  'Asia/Manila': { std: 480 },
  'Asia/Shanghai': { std: 480 },
  'Asia/Tokyo': { std: 540 },
  'Asia/Seoul': { std: 540 },
  'Australia/Sydney': { std: 600, rule: 'AU' },
  'Australia/Melbourne': { std: 600, rule: 'AU' },
  'Australia/Adelaide': { std: 570, rule: 'AU' },
  'Australia/Brisbane': { std: 600 },
  'Australia/Perth': { std: 480 },
  'Pacific/Auckland': { std: 720, rule: 'NZ' },
  'Africa/Johannesburg': { std: 120 },
  'Africa/Lagos': { std: 60 },
  'Africa/Nairobi': { std: 180 },
}

const MIN = 60_000
const DAY = 86_400_000

/** Day of the month of the n-th (1-based) Sunday of a month; month 1–12. */
export function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay()
  return 1 + ((7 - first) % 7) + 7 * (n - 1)
}

/** Day of the month of the last Sunday of a month; month 1–12. */
export function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0))
  return last.getUTCDate() - last.getUTCDay()
}

/** The UTC instants (ms) a rule's daylight time starts and ends in a calendar year. */
function changes(rule: Rule, std: number, year: number): { start: number; end: number } {
  const at = (month: number, day: number, hour: number, offset: number) =>
    Date.UTC(year, month - 1, day, hour) - offset * MIN
  switch (rule) {
    case 'EU':
      return { start: at(3, lastSunday(year, 3), 1, 0), end: at(10, lastSunday(year, 10), 1, 0) }
    case 'US':
      return {
        start: at(3, nthSunday(year, 3, 2), 2, std),
        end: at(11, nthSunday(year, 11, 1), 2, std + 60),
      }
    case 'AU':
      return {
        start: at(10, nthSunday(year, 10, 1), 2, std),
        end: at(4, nthSunday(year, 4, 1), 3, std + 60),
      }
    case 'NZ':
      return {
        start: at(9, lastSunday(year, 9), 2, std),
        end: at(4, nthSunday(year, 4, 1), 3, std + 60),
      }
  }
}

/** A zone's offset from UTC in minutes at a UTC instant. */
export function offsetAt(zone: string, utc: number): number {
  const z = ZONES[zone]
  if (!z) throw new RangeError(`no rules for ${zone}`)
  if (!z.rule) return z.std
  const { start, end } = changes(z.rule, z.std, new Date(utc).getUTCFullYear())
  // Southern-hemisphere summer spans the new year: daylight time outside [end, start).
  const summer = start < end ? utc >= start && utc < end : utc >= start || utc < end
  return summer ? z.std + 60 : z.std
}

/**
 * Wall-clock times are held as the ms a UTC clock showing them would have ("naive" times), so
 * calendar arithmetic on them never meets an offset.
 */
export const naive = (iso: string): number =>
  Date.parse(`${iso.length === 10 ? `${iso}T00:00` : iso}Z`)

/** The instant a zone's wall clock shows `wall`; a time skipped by a spring-forward is refused. */
export function instantOf(zone: string, wall: number): number {
  const z = ZONES[zone]!
  // In an overlap the first (daylight) reading is meant, as RFC 5545 §3.3.5 says.
  for (const offset of [z.std + 60, z.std]) {
    if (offsetAt(zone, wall - offset * MIN) === offset) return wall - offset * MIN
  }
  throw new VariantError(`${zone} never shows ${new Date(wall).toISOString()}`)
}

export const wallOf = (zone: string, utc: number): number => utc + offsetAt(zone, utc) * MIN

const pad = (n: number) => String(n).padStart(2, '0')
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `14:30` */
export const hm = (t: number) => {
  const d = new Date(t)
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
/** `Tue 31 Mar` */
export const dayName = (t: number) => {
  const d = new Date(t)
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`
}
/** `Tue 31 Mar, 14:30` */
export const dayHm = (t: number) => `${dayName(t)}, ${hm(t)}`
/** `31 March 2026`, for stems. */
export const longDate = (t: number) => {
  const d = new Date(t)
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}
/** `Tuesday 31 March 2026`, for stems. */
export const longDay = (t: number) =>
  `${new Date(t).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })} ${longDate(t)}`
/** `2026-03-31` */
export const isoDate = (t: number) => new Date(t).toISOString().slice(0, 10)
/** `2026-03-31T14:30` */
export const isoLocal = (t: number) => new Date(t).toISOString().slice(0, 16)
/** `UTC+05:30`, `UTC-03:00` */
export const utcLabel = (minutes: number) =>
  `UTC${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`
/** `7 h 05 min` */
export const span = (minutes: number) => `${Math.floor(minutes / 60)} h ${pad(minutes % 60)} min`
/** `2:30 PM` */
export const h12 = (t: number) => {
  const d = new Date(t)
  const h = d.getUTCHours()
  return `${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`
}

export { DAY, MIN }
