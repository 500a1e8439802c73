// Local time in the audience's zone, worked from each zone's standard offset and its daylight
// saving rule as the law states it (US: second Sunday in March 02:00 to first Sunday in November
// 02:00 local; EU: last Sunday in March to last Sunday in October, 01:00 UTC; New South Wales:
// first Sunday in October 02:00 to first Sunday in April 03:00 local). The key test checks every
// time against the IANA time zone database through Intl.

type Rule = 'us' | 'eu' | 'au' | null
export interface Zone {
  readonly iana: string
  readonly city: string
  /** Standard offset from UTC in minutes. */
  readonly std: number
  readonly rule: Rule
}

export const ZONES: readonly Zone[] = [
  { iana: 'America/New_York', city: 'New York', std: -300, rule: 'us' },
  { iana: 'America/Chicago', city: 'Chicago', std: -360, rule: 'us' },
  { iana: 'America/Los_Angeles', city: 'Los Angeles', std: -480, rule: 'us' },
  { iana: 'Europe/London', city: 'London', std: 0, rule: 'eu' },
  { iana: 'Europe/Berlin', city: 'Berlin', std: 60, rule: 'eu' },
  { iana: 'Europe/Athens', city: 'Athens', std: 120, rule: 'eu' },
  { iana: 'Asia/Dubai', city: 'Dubai', std: 240, rule: null },
  { iana: 'Asia/Kolkata', city: 'Mumbai', std: 330, rule: null },
  { iana: 'Asia/Singapore', city: 'Singapore', std: 480, rule: null },
  { iana: 'Asia/Tokyo', city: 'Tokyo', std: 540, rule: null },
  { iana: 'Australia/Sydney', city: 'Sydney', std: 600, rule: 'au' },
  { iana: 'America/Sao_Paulo', city: 'São Paulo', std: -180, rule: null },
]
export const zone = (iana: string): Zone => ZONES.find((z) => z.iana === iana)!
export const zoneIndex = (z: Zone): number => ZONES.indexOf(z)

const H = 3600_000
const M = 60_000
/** The date (UTC midnight, ms) of the `n`th Sunday of a month (1-based month); n = -1 is the last. */
function sunday(year: number, month: number, n: number): number {
  if (n < 0) {
    const last = Date.UTC(year, month, 0)
    return last - new Date(last).getUTCDay() * 24 * H
  }
  const first = Date.UTC(year, month - 1, 1)
  const lead = (7 - new Date(first).getUTCDay()) % 7
  return first + (lead + (n - 1) * 7) * 24 * H
}

/** Whether daylight saving is in force at instant `t` (ms since the epoch, UTC). */
function summer(z: Zone, t: number): boolean {
  const y = new Date(t).getUTCFullYear()
  switch (z.rule) {
    case 'us':
      return (
        t >= sunday(y, 3, 2) + 2 * H - z.std * M && t < sunday(y, 11, 1) + 2 * H - (z.std + 60) * M
      )
    case 'eu':
      return t >= sunday(y, 3, -1) + H && t < sunday(y, 10, -1) + H
    case 'au':
      return !(
        t >= sunday(y, 4, 1) + 3 * H - (z.std + 60) * M && t < sunday(y, 10, 1) + 2 * H - z.std * M
      )
    default:
      return false
  }
}

/** The zone's offset from UTC in minutes at instant `t`. */
export const offset = (z: Zone, t: number): number => z.std + (summer(z, t) ? 60 : 0)

/** The instant at which the clocks in `z` show the given local wall time (never a skipped hour in our draws). */
export function instantOf(z: Zone, y: number, mo: number, d: number, h: number, mi = 0): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi)
  const guess = wall - z.std * M
  return wall - offset(z, guess) * M
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: number) => String(n).padStart(2, '0')
/** A wall time as the stems and answers write it: `Tue 14 Apr, 19:00`. */
export function wallText(ms: number): string {
  const d = new Date(ms)
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}
/** Instant `t` as the clocks in `z` show it, shifted by `shift` minutes (a slip's offset error). */
export const localText = (z: Zone, t: number, shift = 0): string =>
  wallText(t + (offset(z, t) + shift) * M)
/** The whole-hour difference `a − b` at `t`, as text: `+5 h`, `−3.5 h`. */
export const hours = (minutes: number): string =>
  `${minutes < 0 ? '−' : '+'}${Math.abs(minutes) / 60} h`
