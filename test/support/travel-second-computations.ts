// A second implementation of the travel-planning families' answers, for their key test.

export type In = Readonly<Record<string, number | string>>
export type Twin = (x: In) => string | undefined

// ---- A second implementation: clocks through the platform's IANA time-zone database (Intl),
// money through Intl currency formatting and BigInt half-up rounding, days on sets of day numbers.

const ZONE: Record<string, string> = {
  JFK: 'America/New_York',
  ORD: 'America/Chicago',
  DEN: 'America/Denver',
  LAX: 'America/Los_Angeles',
  PHX: 'America/Phoenix',
  LHR: 'Europe/London',
  CDG: 'Europe/Paris',
  FRA: 'Europe/Berlin',
  ATH: 'Europe/Athens',
  DXB: 'Asia/Dubai',
  DEL: 'Asia/Kolkata',
  SIN: 'Asia/Singapore',
  HND: 'Asia/Tokyo',
  SYD: 'Australia/Sydney',
  GRU: 'America/Sao_Paulo',
  JNB: 'Africa/Johannesburg',
}
export const M = 60_000
export const D = 86_400_000
const fmt = new Map<string, Intl.DateTimeFormat>()
function parts(zone: string, t: number) {
  let f = fmt.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    fmt.set(zone, f)
  }
  return Object.fromEntries(f.formatToParts(new Date(t)).map((p) => [p.type, p.value]))
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** Minutes the zone's clock is ahead of UTC at instant t. */
export function offset(code: string, t: number): number {
  const p = parts(ZONE[code]!, t)
  const wall = Date.UTC(
    Number(p.year),
    MONTHS.indexOf(p.month!.slice(0, 3)),
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
  )
  return Math.round((wall - Math.floor(t / M) * M) / M)
}
/** The instant a wall-clock time (ms read as UTC) names in a zone: two fixed-point steps. */
export function instant(code: string, wall: number): number {
  let t = wall - offset(code, wall) * M
  t = wall - offset(code, t) * M
  return t
}
export const wallAt = (code: string, t: number) => t + offset(code, t) * M
/** A wall time as `Tue 9 Mar 06:15`, through Intl in UTC. */
export function clockOf(wall: number): string {
  const p = parts('UTC', wall)
  return `${p.weekday} ${p.day} ${p.month!.slice(0, 3)} ${p.hour}:${p.minute}`
}
export const dayOf = (wall: number) => clockOf(wall).replace(/ \d\d:\d\d$/, '')
const hmOf = (wall: number) => clockOf(wall).slice(-5)
export const spanOf = (m: number) =>
  m > 0 ? `${Math.trunc(m / 60)} h ${(m % 60).toString().padStart(2, '0')} min` : undefined
const n = (x: In, k: string) => x[k] as number
const s = (x: In, k: string) => x[k] as string

const cur = (c: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: c, minimumFractionDigits: 2 })
const USD = cur('USD')
const EUR = cur('EUR')
export const usd = (cents: number | bigint) => USD.format(Number(cents) / 100)
export const eur = (cents: number | bigint) => EUR.format(Number(cents) / 100)
/** num / den rounded half up, in BigInt. */
export const half = (num: bigint, den: bigint) => (2n * num + den) / (2n * den)
export const big = (v: number, scale: number) => BigInt(Math.round(v * scale))

const Y2027 = Date.UTC(2027, 0, 1)
export const dayNo = (k: number) => Y2027 + k * D
export const longDate = (k: number) => {
  const p = parts('UTC', dayNo(k))
  return `${p.day} ${p.month!.slice(0, 3)} ${p.year}`
}
export const nights = (k: number) => `${k} night${k === 1 ? '' : 's'}`
export const daysText = (k: number) => `${k} day${k === 1 ? '' : 's'}`

export function stays(x: In): [number, number][] {
  const out: [number, number][] = []
  for (let k = 0; `a${k}` in x; k++) out.push([n(x, `a${k}`), n(x, `b${k}`)])
  return out
}
export function daySet(ss: [number, number][]): Set<number> {
  const set = new Set<number>()
  for (const [a, b] of ss) for (let d = a; d <= b; d++) set.add(d)
  return set
}
export const countIn = (set: Set<number>, from: number, to: number) =>
  [...set].filter((d) => d >= from && d <= to).length
/** Day number of the same date m months before (clamped to month end), by walking months. */
export function back(k: number, m: number): number {
  const d = new Date(dayNo(k))
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - m, 1))
  const dim = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d.getUTCDate(), dim))
  return Math.round((target.getTime() - Y2027) / D)
}

const legs = (x: In) => {
  const t1 = instant(s(x, 'O'), n(x, 'dep1'))
  const t2 = instant(s(x, 'H'), n(x, 'arr1'))
  const t3 = instant(s(x, 'H'), n(x, 'dep2'))
  const t4 = instant(s(x, 'D'), n(x, 'arr2'))
  return { t1, t2, t3, t4 }
}
const journey: Record<string, Twin> = {
  key: (x) => {
    const { t1, t4 } = legs(x)
    return spanOf((t4 - t1) / M)
  },
  clock: (x) => spanOf((n(x, 'arr2') - n(x, 'dep1')) / M),
  flights: (x) => {
    const { t1, t2, t3, t4 } = legs(x)
    return spanOf((t2 - t1 + t4 - t3) / M)
  },
  reversed: (x) => {
    const { t1, t4 } = legs(x)
    const clock = (n(x, 'arr2') - n(x, 'dep1')) / M
    return spanOf(clock + offset(s(x, 'D'), t4) - offset(s(x, 'O'), t1))
  },
  legOneClock: (x) => {
    const { t2, t4 } = legs(x)
    return spanOf((n(x, 'arr1') - n(x, 'dep1') + t4 - t2) / M)
  },
}
const verdict = (m: number | undefined, mct: number) =>
  m === undefined || m <= 0
    ? undefined
    : `${spanOf(m)}: ${m < mct ? 'short of' : 'meets'} the ${mct}-minute minimum`
const layover = (x: In) =>
  (instant(s(x, 'H'), n(x, 'dep2')) - instant(s(x, 'O'), n(x, 'dep1'))) / M - n(x, 'b1')
const byClock = (x: In) => (n(x, 'dep2') - n(x, 'dep1')) / M - n(x, 'b1')
const connection: Record<string, Twin> = {
  key: (x) => verdict(layover(x), n(x, 'need')),
  domesticMct: (x) => verdict(layover(x), 45),
  noTerminal: (x) => verdict(layover(x), 75),
  domesticTerminal: (x) => verdict(layover(x), 60),
  clock: (x) => verdict(byClock(x), n(x, 'need')),
  reversed: (x) => {
    const t = instant(s(x, 'O'), n(x, 'dep1'))
    return verdict(byClock(x) + offset(s(x, 'H'), t) - offset(s(x, 'O'), t), n(x, 'need'))
  },
}
function flightPick(x: In, ok: (dep: number, i: number) => boolean): string | undefined {
  for (let i = 11; i >= 0; i--) {
    const dep = n(x, `dep${i}`)
    if (ok(dep, i)) return `${s(x, 'code')}${100 + 11 * i} leaving ${hmOf(dep)}`
  }
  return undefined
}
const meetAt = (x: In) => instant(s(x, 'D'), n(x, 'meeting'))
const lands = (x: In, dep: number) => instant(s(x, 'O'), dep) + n(x, 'block') * M
const latest: Record<string, Twin> = {
  key: (x) => flightPick(x, (d) => lands(x, d) <= meetAt(x) - n(x, 'buffer') * M),
  noBuffer: (x) => flightPick(x, (d) => lands(x, d) <= meetAt(x)),
  clock: (x) => flightPick(x, (d) => d + n(x, 'block') * M <= n(x, 'meeting') - n(x, 'buffer') * M),
  reversed: (x) => {
    const gap = (offset(s(x, 'D'), meetAt(x)) - offset(s(x, 'O'), meetAt(x))) * M
    return flightPick(x, (d) => d + n(x, 'block') * M <= n(x, 'meeting') - n(x, 'buffer') * M + gap)
  },
  bufferAfter: (x) => flightPick(x, (d) => lands(x, d) <= meetAt(x) + n(x, 'buffer') * M),
  departure: (x) => flightPick(x, (d) => instant(s(x, 'O'), d) <= meetAt(x) - n(x, 'buffer') * M),
}
const cutoff: Record<string, Twin> = {
  key: (x) => clockOf(n(x, 'dep') - n(x, 'before') * M),
  sameDate: (x) => clockOf(n(x, 'dep') - n(x, 'before') * M + D),
  after: (x) => clockOf(n(x, 'dep') + n(x, 'before') * M),
  noon: (x) => clockOf(n(x, 'dep') + (12 * 60 - n(x, 'before')) * M),
  nextNight: (x) => clockOf(n(x, 'dep') - n(x, 'before') * M + 2 * D),
}
/** Every worked family's key and slips, by family id. */
export const TWINS: Record<string, Record<string, Twin>> = {
  'two-leg-journey-time-from-local-times': journey,
  'two-leg-journey-time-in-daylight-saving-gap-weeks': journey,
  'connection-against-published-minimum': connection,
  'connection-in-daylight-saving-gap-weeks': connection,
  'latest-flight-landing-before-a-meeting': latest,
  'latest-flight-in-daylight-saving-gap-weeks': latest,
  'bag-drop-closes-the-evening-before': cutoff,
}
