import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { MONTH_NAMES } from '../month-names.js'
import { type ApScenario, family } from '../payables/ap-text.js'

export { family } from '../payables/ap-text.js'
export { cap } from '../scenario/scenario-text.js'
export type TimeScenario = ApScenario

/*
 * Time-zone and calendar scenarios for a remote freelancer or virtual assistant. A wall-clock
 * time is kept as the milliseconds Date.UTC gives for its fields, so a local time and its
 * arithmetic never pass through the machine's own zone; an instant is real UTC milliseconds.
 * Each zone's offset comes from the daylight-saving rule its stem states, worked here from the
 * rule itself (nth or last Sunday of a month at a stated hour), not looked up, for the years
 * 2027 to 2029 in which those stated rules and the published zone data agree.
 */

export const MIN = 60_000
export const HOUR = 3_600_000
export const DAY = 86_400_000

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const
/** The shared English month names, under the name this model's stems use. */
export const MONTHS = MONTH_NAMES

/** A wall-clock (or UTC) time from its fields; `month` counts from 1. */
export const at = (y: number, month: number, d: number, h = 0, mi = 0): number =>
  Date.UTC(y, month - 1, d, h, mi)

/** The day of the month of a month's `n`th Sunday (n = -1: the last). */
export function sunday(y: number, month: number, n: number): number {
  if (n < 0) {
    const last = new Date(Date.UTC(y, month, 0))
    return last.getUTCDate() - last.getUTCDay()
  }
  const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay()
  return 1 + ((7 - first) % 7) + 7 * (n - 1)
}

/** How a zone's stated daylight-saving rule runs; `none` keeps one offset all year. */
export type DstRule = 'us' | 'eu' | 'au' | 'nz' | 'none'

export interface Zone {
  /** The IANA name, recorded for the key test. */
  readonly id: string
  readonly city: string
  /** Standard offset from UTC in minutes. */
  readonly std: number
  readonly rule: DstRule
}

const zone = (id: string, city: string, std: number, rule: DstRule): Zone => ({
  id,
  city,
  std,
  rule,
})

export const NEW_YORK = zone('America/New_York', 'New York', -300, 'us')
export const CHICAGO = zone('America/Chicago', 'Chicago', -360, 'us')
export const DENVER = zone('America/Denver', 'Denver', -420, 'us')
export const LOS_ANGELES = zone('America/Los_Angeles', 'Los Angeles', -480, 'us')
export const PHOENIX = zone('America/Phoenix', 'Phoenix', -420, 'none')
export const ST_JOHNS = zone('America/St_Johns', 'St. John’s, Newfoundland', -210, 'us')
export const SAO_PAULO = zone('America/Sao_Paulo', 'São Paulo', -180, 'none')
export const HONOLULU = zone('Pacific/Honolulu', 'Honolulu', -600, 'none')
export const LONDON = zone('Europe/London', 'London', 0, 'eu')
export const LISBON = zone('Europe/Lisbon', 'Lisbon', 0, 'eu')
export const BERLIN = zone('Europe/Berlin', 'Berlin', 60, 'eu')
export const PARIS = zone('Europe/Paris', 'Paris', 60, 'eu')
export const ATHENS = zone('Europe/Athens', 'Athens', 120, 'eu')
export const DUBAI = zone('Asia/Dubai', 'Dubai', 240, 'none')
export const KOLKATA = zone('Asia/Kolkata', 'Kolkata', 330, 'none')
export const KATHMANDU = zone('Asia/Kathmandu', 'Kathmandu', 345, 'none')
export const SINGAPORE = zone('Asia/Singapore', 'Singapore', 480, 'none')
export const TOKYO = zone('Asia/Tokyo', 'Tokyo', 540, 'none')
export const ADELAIDE = zone('Australia/Adelaide', 'Adelaide', 570, 'au')
export const SYDNEY = zone('Australia/Sydney', 'Sydney', 600, 'au')
export const BRISBANE = zone('Australia/Brisbane', 'Brisbane', 600, 'none')
export const AUCKLAND = zone('Pacific/Auckland', 'Auckland', 720, 'nz')
/** Anywhere on Earth: UTC−12:00 all year (the IANA name's sign is the POSIX one, reversed). */
export const AOE = zone('Etc/GMT+12', 'Anywhere on Earth', -720, 'none')
export const UTC = zone('Etc/UTC', 'UTC', 0, 'none')

/** The UTC instants daylight time starts and ends in year `y`, by the zone's stated rule. */
function dstBounds(z: Zone, y: number): readonly [start: number, end: number] {
  const std = z.std * MIN
  const dst = (z.std + 60) * MIN
  switch (z.rule) {
    case 'us':
      return [at(y, 3, sunday(y, 3, 2), 2) - std, at(y, 11, sunday(y, 11, 1), 2) - dst]
    case 'eu':
      return [at(y, 3, sunday(y, 3, -1), 1), at(y, 10, sunday(y, 10, -1), 1)]
    case 'au':
      return [at(y, 10, sunday(y, 10, 1), 2) - std, at(y, 4, sunday(y, 4, 1), 3) - dst]
    case 'nz':
      return [at(y, 9, sunday(y, 9, -1), 2) - std, at(y, 4, sunday(y, 4, 1), 3) - dst]
    case 'none':
      throw new Error('never: a zone without daylight time has no bounds')
  }
}

/** Whether the zone keeps daylight time at the UTC instant `t`. */
export function onDst(z: Zone, t: number): boolean {
  if (z.rule === 'none') return false
  const [start, end] = dstBounds(z, new Date(t).getUTCFullYear())
  // Southern zones keep daylight time across the new year: from the spring start to the autumn end.
  return start < end ? t >= start && t < end : t >= start || t < end
}

/** The zone's offset from UTC in minutes at the UTC instant `t`. */
export const offsetAt = (z: Zone, t: number): number => z.std + (onDst(z, t) ? 60 : 0)

/** The wall-clock time in `z` at the UTC instant `t`. */
export const wallOf = (z: Zone, t: number): number => t + offsetAt(z, t) * MIN

/** The UTC instant a wall-clock time in `z` names; refused inside a spring-forward gap. */
export function instantOf(z: Zone, wall: number): number {
  for (const off of [z.std, z.std + 60]) {
    const t = wall - off * MIN
    if (offsetAt(z, t) === off) return t
  }
  throw new VariantError(`${z.city}: a wall time inside the spring-forward gap`)
}

const pad = (n: number): string => String(n).padStart(2, '0')
const parts = (w: number) => new Date(w)

/** `Tue 9 Mar, 14:30`: a wall-clock time with its day. */
export function when(w: number): string {
  const d = parts(w)
  return `${WEEKDAYS[d.getUTCDay()]!.slice(0, 3)} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!.slice(0, 3)}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
/** `14:30`. */
export function clock(w: number): string {
  const d = parts(w)
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
/** `2:30 PM`, `12:05 AM`. */
export function clock12(w: number): string {
  const d = parts(w)
  const h = d.getUTCHours()
  return `${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`
}
/** `Friday 5 March 2027`. */
export function day(w: number): string {
  const d = parts(w)
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}
/** `5 March` with no weekday, for stems. */
export function dayMonth(w: number): string {
  const d = parts(w)
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`
}
/** `2027-03-05`. */
export const iso = (w: number): string => new Date(w).toISOString().slice(0, 10)
/** `2027-03-05T14:30`, how figures record a wall-clock time. */
export const isoMinute = (w: number): string => new Date(w).toISOString().slice(0, 16)

/** `+05:30`, `−04:00` (a true minus sign, as offsets are printed). */
export function offsetText(minutes: number): string {
  const a = Math.abs(minutes)
  return `${minutes < 0 ? '−' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`
}
/** `UTC+05:30`. */
export const utcText = (minutes: number): string => `UTC${offsetText(minutes)}`

/** A duration in minutes as `7 h 05 min`. */
export function hm(minutes: number): string {
  if (minutes < 0) throw new VariantError('a negative duration')
  return `${Math.floor(minutes / 60)} h ${pad(minutes % 60)} min`
}

/** The rule a stem states for a zone, so the candidate can work its offset on any date. */
export function ruleText(z: Zone): string {
  const s = utcText(z.std)
  const d = utcText(z.std + 60)
  switch (z.rule) {
    case 'us':
      return `${z.city} is on ${s} and moves to daylight time, ${d}, on the second Sunday of March at 2:00 local time, returning on the first Sunday of November at 2:00 local time`
    case 'eu':
      return `${z.city} is on ${s} and moves to summer time, ${d}, at 01:00 UTC on the last Sunday of March, returning at 01:00 UTC on the last Sunday of October`
    case 'au':
      return `${z.city} is on ${s} and keeps daylight time, ${d}, from the first Sunday of October at 2:00 local time until the first Sunday of April at 3:00 local time`
    case 'nz':
      return `${z.city} is on ${s} and keeps daylight time, ${d}, from the last Sunday of September at 2:00 local time until the first Sunday of April at 3:00 local time`
    case 'none':
      return `${z.city} keeps ${s} all year`
  }
}

/** The offset a stem states as in force on the day. */
export const offsetOn = (z: Zone, t: number): string => `${z.city} is on ${utcText(offsetAt(z, t))}`

/** A year the stated rules and the published zone data agree on. */
export const year = (rng: Rng): number => rng.int(2027, 2029)

/** A whole-hour or half-hour working time between `lo` and `hi` o'clock. */
export const workTime = (rng: Rng, lo = 8, hi = 17): [number, number] => [
  rng.int(lo, hi),
  rng.pick([0, 0, 15, 30, 45]),
]

/*
 * A conversion's named slips, each an offset misread: the stem's time put through offsets that
 * are not the ones in force. `rev` subtracts the difference that should be added; `stdA`/`dstA`
 * take the source zone on standard or daylight time whatever the date, `stdB`/`dstB` the
 * target; `utc` reads the given time as UTC; `toUtc` stops at UTC; `hourA`/`hourB` drop an
 * offset's half or three-quarter hour; `keep` keeps the source date with the converted clock;
 * `bothStd`/`bothDst` take both zones on standard or daylight time; `revStd` applies the
 * usual (standard-time) difference the wrong way; `dstAstdB` takes the source on daylight and the
 * target on standard time, the gap of the other half of the year between the hemispheres.
 */
export type Slip =
  | 'rev'
  | 'stdA'
  | 'dstA'
  | 'stdB'
  | 'dstB'
  | 'utc'
  | 'toUtc'
  | 'hourA'
  | 'hourB'
  | 'keep'
  | 'bothStd'
  | 'bothDst'
  | 'revStd'
  | 'dstAstdB'

const trunc = (m: number) => Math.trunc(m / 60) * 60

/** The wall time in `b` a slip gives for the wall time `w` in `a`. */
export function slipped(slip: Slip, a: Zone, b: Zone, w: number): number {
  const t = instantOf(a, w)
  const oa = offsetAt(a, t)
  const ob = offsetAt(b, t)
  const shift = (fa: number, fb: number) => w + (fb - fa) * MIN
  switch (slip) {
    case 'rev':
      return shift(ob, oa)
    case 'stdA':
      return shift(a.std, ob)
    case 'dstA':
      return shift(a.std + 60, ob)
    case 'stdB':
      return shift(oa, b.std)
    case 'dstB':
      return shift(oa, b.std + 60)
    case 'utc':
      return shift(0, ob)
    case 'toUtc':
      return shift(oa, 0)
    case 'hourA':
      return shift(trunc(oa), ob)
    case 'hourB':
      return shift(oa, trunc(ob))
    case 'keep': {
      const k = shift(oa, ob)
      return Math.floor(w / DAY) * DAY + (((k % DAY) + DAY) % DAY)
    }
    case 'bothStd':
      return shift(a.std, b.std)
    case 'bothDst':
      return shift(a.std + 60, b.std + 60)
    case 'revStd':
      return shift(b.std, a.std)
    case 'dstAstdB':
      return shift(a.std + 60, b.std)
  }
}

/** A conversion draw: the story, the two zones, the wall time in the first, and the slips. */
export interface Conversion {
  readonly stem: string
  readonly from: Zone
  readonly to: Zone
  /** The wall-clock time in `from`. */
  readonly wall: number
  readonly slips: readonly (readonly [Slip, string])[]
  /** How the answers are written (default `when`). */
  readonly show?: 'when' | 'clock' | 'clock12'
}

const SHOWS = { when, clock, clock12 } as const

/**
 * A family that converts a wall time between zones: the key is the same instant read in the
 * second zone, each slip the offset misread it names. `figures` records the zones by IANA name,
 * the wall time and the slips, so the key test can work each again from the published zone data.
 */
export const conversion = (id: string, draw: (rng: Rng) => Conversion) =>
  family(id, (rng) => {
    const c = draw(rng)
    const show = SHOWS[c.show ?? 'when']
    const key = wallOf(c.to, instantOf(c.from, c.wall))
    return {
      stem: c.stem,
      key: show(key),
      wrong: c.slips.map(([s, why]) => [show(slipped(s, c.from, c.to, c.wall)), why] as const),
      figures: {
        from: c.from.id,
        to: c.to.id,
        wall: isoMinute(c.wall),
        slips: c.slips.map(([s]) => s).join(' '),
        show: c.show ?? 'when',
      },
    }
  })
