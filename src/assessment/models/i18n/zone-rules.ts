/**
 * Time-zone rules for the zones the families use, as the IANA database has them for 2026: the
 * standard and daylight offsets in minutes east of UTC and the UTC instants daylight time starts
 * and ends. EU zones change at 01:00 UTC on the last Sundays of March and October; US zones at
 * 02:00 local on the second Sunday of March and the first Sunday of November; Sydney at 02:00
 * standard on the first Sunday of October and 03:00 daylight on the first Sunday of April.
 */
const MIN = 60_000
const DAY = 86_400_000

/** The day of the month of the `nth` Sunday (or the last, for `nth` 0) of a month, 1-based month. */
export function sunday(year: number, month: number, nth: number): number {
  if (nth === 0) {
    const last = new Date(Date.UTC(year, month, 0))
    return last.getUTCDate() - last.getUTCDay()
  }
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay()
  return 1 + ((7 - first) % 7) + 7 * (nth - 1)
}

interface Zone {
  readonly std: number
  readonly dst?: number
  /** Daylight start and end as UTC milliseconds in `year`. */
  readonly span?: (year: number) => readonly [start: number, end: number]
}

const eu = (y: number) =>
  [Date.UTC(y, 2, sunday(y, 3, 0), 1), Date.UTC(y, 9, sunday(y, 10, 0), 1)] as const
const us = (std: number) => (y: number) =>
  [
    Date.UTC(y, 2, sunday(y, 3, 2), 2) - std * MIN,
    Date.UTC(y, 10, sunday(y, 11, 1), 2) - (std + 60) * MIN,
  ] as const

export const ZONES: Readonly<Record<string, Zone>> = {
  'Europe/London': { std: 0, dst: 60, span: eu },
  'Europe/Berlin': { std: 60, dst: 120, span: eu },
  'Europe/Paris': { std: 60, dst: 120, span: eu },
  'America/New_York': { std: -300, dst: -240, span: us(-300) },
  'America/Chicago': { std: -360, dst: -300, span: us(-360) },
  'America/Los_Angeles': { std: -480, dst: -420, span: us(-480) },
  // Southern hemisphere: daylight from October to April, so the span is when it is NOT in force.
  'Australia/Sydney': {
    std: 600,
    dst: 660,
    span: (y) =>
      [
        Date.UTC(y, 3, sunday(y, 4, 1), 3) - 660 * MIN,
        Date.UTC(y, 9, sunday(y, 10, 1), 2) - 600 * MIN,
      ] as const,
  },
  'Asia/Kolkata': { std: 330 },
  'Asia/Tokyo': { std: 540 },
  'Asia/Kathmandu': { std: 345 },
}

/** Minutes east of UTC in `zone` at the UTC instant `t`. */
export function offsetAt(zone: string, t: number): number {
  const z = ZONES[zone]!
  if (!z.span || z.dst === undefined) return z.std
  const [a, b] = z.span(new Date(t).getUTCFullYear())
  const inSpan = t >= a && t < b
  const southern = zone === 'Australia/Sydney'
  return inSpan !== southern ? z.dst : z.std
}

/** `2026-03-07 14:05` for the UTC instant `t` shifted by `offset` minutes. */
export function wall(t: number, offset: number): string {
  return new Date(t + offset * MIN).toISOString().slice(0, 16).replace('T', ' ')
}

/** `GMT+05:30`, `GMT-04:00`, or `GMT` for zero, as Intl's longOffset writes it. */
export function gmt(offset: number): string {
  if (offset === 0) return 'GMT'
  const a = Math.abs(offset)
  return `GMT${offset < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`
}

export { DAY, MIN }
