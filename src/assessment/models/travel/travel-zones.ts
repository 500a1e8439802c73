// Airports and their clocks, worked out from each region's daylight-saving law (US Energy Policy
// Act 2005: second Sunday of March to first Sunday of November at 02:00 local; EU Directive
// 2000/84/EC: last Sunday of March to last Sunday of October at 01:00 UTC; New South Wales:
// first Sunday of October to first Sunday of April), not from a time-zone library: the key test
// checks every clock against the platform's IANA database.

export const MIN = 60_000
export const DAY = 24 * 60 * MIN

type Law = 'us' | 'eu' | 'nsw' | 'none'

export interface Airport {
  readonly code: string
  readonly city: string
  readonly zone: string
  /** Standard offset from UTC in minutes. */
  readonly std: number
  readonly law: Law
}

const a = (code: string, city: string, zone: string, std: number, law: Law): Airport => ({
  code,
  city,
  zone,
  std,
  law,
})

export const AIRPORTS = {
  JFK: a('JFK', 'New York', 'America/New_York', -300, 'us'),
  ORD: a('ORD', 'Chicago', 'America/Chicago', -360, 'us'),
  DEN: a('DEN', 'Denver', 'America/Denver', -420, 'us'),
  LAX: a('LAX', 'Los Angeles', 'America/Los_Angeles', -480, 'us'),
  PHX: a('PHX', 'Phoenix', 'America/Phoenix', -420, 'none'),
  LHR: a('LHR', 'London', 'Europe/London', 0, 'eu'),
  CDG: a('CDG', 'Paris', 'Europe/Paris', 60, 'eu'),
  FRA: a('FRA', 'Frankfurt', 'Europe/Berlin', 60, 'eu'),
  ATH: a('ATH', 'Athens', 'Europe/Athens', 120, 'eu'),
  DXB: a('DXB', 'Dubai', 'Asia/Dubai', 240, 'none'),
  DEL: a('DEL', 'Delhi', 'Asia/Kolkata', 330, 'none'),
  SIN: a('SIN', 'Singapore', 'Asia/Singapore', 480, 'none'),
  HND: a('HND', 'Tokyo', 'Asia/Tokyo', 540, 'none'),
  SYD: a('SYD', 'Sydney', 'Australia/Sydney', 600, 'nsw'),
  GRU: a('GRU', 'São Paulo', 'America/Sao_Paulo', -180, 'none'),
  JNB: a('JNB', 'Johannesburg', 'Africa/Johannesburg', 120, 'none'),
} as const

export type Code = keyof typeof AIRPORTS

/** Day of month of the n-th Sunday (n = -1: the last) of a month, month 0-based. */
function sunday(y: number, m: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(y, m, 1)).getUTCDay()
    return 1 + ((7 - first) % 7) + 7 * (n - 1)
  }
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  const dow = new Date(Date.UTC(y, m, lastDay)).getUTCDay()
  return lastDay - dow
}

/** Offset from UTC in minutes at a UTC instant (ms). */
export function offsetAt(ap: Airport, t: number): number {
  const y = new Date(t).getUTCFullYear()
  const h = 60 * MIN
  let summer = false
  if (ap.law === 'us') {
    const on = Date.UTC(y, 2, sunday(y, 2, 2)) + 2 * h - ap.std * MIN
    const off = Date.UTC(y, 10, sunday(y, 10, 1)) + 2 * h - (ap.std + 60) * MIN
    summer = t >= on && t < off
  } else if (ap.law === 'eu') {
    summer = t >= Date.UTC(y, 2, sunday(y, 2, -1)) + h && t < Date.UTC(y, 9, sunday(y, 9, -1)) + h
  } else if (ap.law === 'nsw') {
    const off = Date.UTC(y, 3, sunday(y, 3, 1)) + 3 * h - (ap.std + 60) * MIN
    const on = Date.UTC(y, 9, sunday(y, 9, 1)) + 2 * h - ap.std * MIN
    summer = t < off || t >= on
  }
  return ap.std + (summer ? 60 : 0)
}

/** The instant of a wall-clock time (given as ms of that wall time read as UTC). */
export function instantOf(ap: Airport, wall: number): number {
  return wall - offsetAt(ap, wall - ap.std * MIN) * MIN
}

/** The wall-clock time (as ms read as UTC) at an airport at an instant. */
export const wallOf = (ap: Airport, t: number): number => t + offsetAt(ap, t) * MIN

const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: number) => String(n).padStart(2, '0')

/** A wall time as an itinerary prints it: `Tue 9 Mar 06:15`. */
export function clock(wall: number): string {
  const d = new Date(wall)
  return `${DOW[d.getUTCDay()]} ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}
/** The time of day alone: `06:15`. */
export const hm = (wall: number): string => clock(wall).slice(-5)
/** The date alone: `Tue 9 Mar`. */
export const day = (wall: number): string => clock(wall).slice(0, -6)

/** A wall time in the travel year on a drawn day (0 = 1 January) at hh:mm. */
export const YEAR = 2027
export const wallAt = (dayOfYear: number, h: number, m: number): number =>
  Date.UTC(YEAR, 0, 1 + dayOfYear, h, m)
