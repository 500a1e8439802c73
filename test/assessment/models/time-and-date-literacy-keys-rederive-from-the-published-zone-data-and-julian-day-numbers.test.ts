import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import {
  TDL_CALENDAR_FAMILIES,
  TDL_DST_FAMILIES,
  TDL_MODELS,
  TDL_NOTATION_FAMILIES,
  TDL_TIMESHEET_FAMILIES,
  TDL_ZONE_FAMILIES,
} from '../../../src/assessment/models/tdl/tdl-models.js'
import type { TimeScenario } from '../../../src/assessment/models/tdl/tdl-text.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { type SecondWorking, scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...TDL_ZONE_FAMILIES,
  ...TDL_DST_FAMILIES,
  ...TDL_CALENDAR_FAMILIES,
  ...TDL_NOTATION_FAMILIES,
  ...TDL_TIMESHEET_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<TimeScenario>(FAMILIES, DRAWS, 2026_12_06)

type F = Readonly<Record<string, number | string>>
type Route = (f: F) => SecondWorking
const num = (f: F, k: string): number => {
  const v = Number(f[k])
  if (!Number.isFinite(v)) throw new Error(`figure ${k} missing`)
  return v
}
const str = (f: F, k: string): string => {
  const v = f[k]
  if (typeof v !== 'string') throw new Error(`figure ${k} missing`)
  return v
}
const pad = (n: number) => String(n).padStart(2, '0')

// ---- Calendar dates as Julian day numbers, with the Gregorian rules written out here.
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const monthDays = (y: number, m: number) =>
  [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!
function jdn(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12)
  const yy = y + 4800 - a
  const mm = m + 12 * a - 3
  return (
    d +
    Math.floor((153 * mm + 2) / 5) +
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) -
    32045
  )
}
function civil(j: number): readonly [number, number, number] {
  const a = j + 32044
  const b = Math.floor((4 * a + 3) / 146097)
  const c = a - Math.floor((146097 * b) / 4)
  const d = Math.floor((4 * c + 3) / 1461)
  const e = c - Math.floor((1461 * d) / 4)
  const m = Math.floor((5 * e + 2) / 153)
  return [
    100 * b + d - 4800 + Math.floor(m / 10),
    m + 3 - 12 * Math.floor(m / 10),
    e - Math.floor((153 * m + 2) / 5) + 1,
  ]
}
/** 0 Sunday … 6 Saturday. */
const wd = (j: number) => (j + 1) % 7
/** A month `m` that may run past December or below January, normalised. */
function ym(y: number, m: number): readonly [number, number] {
  const k = y * 12 + (m - 1)
  return [Math.floor(k / 12), (k % 12) + 1]
}
const J = (isoText: string): number => {
  const [y, m, d] = isoText.slice(0, 10).split('-').map(Number) as [number, number, number]
  return jdn(y, m, d)
}
const endOf = (j: number, k = 0): number => {
  const [y0, m0] = civil(j)
  const [y, m] = ym(y0, m0 + k)
  return jdn(y, m, monthDays(y, m))
}
const clampMonths = (j: number, k: number): number => {
  const [y0, m0, d] = civil(j)
  const [y, m] = ym(y0, m0 + k)
  return jdn(y, m, Math.min(d, monthDays(y, m)))
}
/** Day `d` of month `m` of year `y`, letting a day past the month's end run on. */
const rolled = (y: number, m: number, d: number): number => {
  const [yy, mm] = ym(y, m)
  return jdn(yy, mm, 1) + d - 1
}
const isWork = (j: number, closed: readonly number[] = []) =>
  wd(j) !== 0 && wd(j) !== 6 && !closed.includes(j)
function biz(j: number, n: number, closed: readonly number[] = []): number {
  let t = j
  for (let left = Math.abs(n); left > 0; ) {
    t += n < 0 ? -1 : 1
    if (isWork(t, closed)) left--
  }
  return t
}

// ---- Writing dates and times through the platform's own formatter.
const UTC_PARTS = (locale: string, o: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...o })
const LONG = UTC_PARTS('en-US', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const SHORT = UTC_PARTS('en-US', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
const partsOf = (fmt: Intl.DateTimeFormat, ms: number) =>
  Object.fromEntries(fmt.formatToParts(ms).map((p) => [p.type, p.value]))
const msOf = (j: number) => {
  const [y, m, d] = civil(j)
  return Date.UTC(y, m - 1, d)
}
/** `Friday 5 March 2027`. */
const dayText = (j: number) => {
  const p = partsOf(LONG, msOf(j))
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`
}
/** `Tue 9 Mar, 14:30` for a wall time as minutes after the midnight that starts day `j`. */
const whenText = (j: number, mins: number) => {
  const p = partsOf(SHORT, msOf(j) + mins * 60_000)
  return `${p.weekday} ${p.day} ${p.month}, ${p.hour}:${p.minute}`
}
const isoText = (j: number) => {
  const [y, m, d] = civil(j)
  return `${y}-${pad(m)}-${pad(d)}`
}
const clockText = (mins: number) => {
  const x = ((mins % 1440) + 1440) % 1440
  return `${pad(Math.floor(x / 60))}:${pad(x % 60)}`
}
const clock12Text = (mins: number) => {
  const x = ((mins % 1440) + 1440) % 1440
  const h = Math.floor(x / 60)
  return `${h % 12 || 12}:${pad(x % 60)} ${h < 12 ? 'AM' : 'PM'}`
}
const hmText = (mins: number) => `${Math.floor(mins / 60)} h ${pad(mins % 60)} min`
/** Wall time `YYYY-MM-DDTHH:MM` as [day number, minutes after midnight]. */
const wallOf = (text: string): readonly [number, number] => [
  J(text),
  Number(text.slice(11, 13)) * 60 + Number(text.slice(14, 16)),
]
/** A wall time shifted by `mins` minutes, as day and time. */
const shifted = ([j, m]: readonly [number, number], mins: number) => {
  const total = m + mins
  return whenText(j + Math.floor(total / 1440), ((total % 1440) + 1440) % 1440)
}

// ---- Zone offsets from the published zone data the platform carries, not from stated rules.
const zoneFormats = new Map<string, Intl.DateTimeFormat>()
/** The zone's offset from UTC in minutes at the UTC instant `t` (ms). */
function offset(zone: string, t: number): number {
  let fmt = zoneFormats.get(zone)
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
    zoneFormats.set(zone, fmt)
  }
  const p = partsOf(fmt, t)
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!)
  return Math.round((wall - t) / 60_000)
}
/** The zone's standard offset in the year: the smaller of its January and July offsets. */
const standard = (zone: string, year: number) =>
  Math.min(offset(zone, Date.UTC(year, 0, 15)), offset(zone, Date.UTC(year, 6, 15)))
/** The UTC instant (ms) of a wall time in `zone`. */
function instant(zone: string, text: string): number {
  const [j, m] = wallOf(text)
  const wall = msOf(j) + m * 60_000
  let t = wall - offset(zone, wall) * 60_000
  t = wall - offset(zone, t) * 60_000
  return t
}
const yearOfText = (text: string) => Number(text.slice(0, 4))

/** A conversion worked from the zone data: the key and each slip the draw lists. */
const conversion: Route = (f) => {
  const [from, to, wallText, show] = [str(f, 'from'), str(f, 'to'), str(f, 'wall'), str(f, 'show')]
  const t = instant(from, wallText)
  const y = yearOfText(wallText)
  const [oa, ob] = [offset(from, t), offset(to, t)]
  const [sa, sb] = [standard(from, y), standard(to, y)]
  const w = wallOf(wallText)
  const write = (mins: number) => {
    if (show === 'when') return shifted(w, mins)
    if (show === 'clock') return clockText(w[1] + mins)
    return clock12Text(w[1] + mins)
  }
  const hour = (m: number) => Math.sign(m) * Math.floor(Math.abs(m) / 60) * 60
  const slip = (s: string): string => {
    switch (s) {
      case 'rev':
        return write(oa - ob)
      case 'stdA':
        return write(ob - sa)
      case 'dstA':
        return write(ob - sa - 60)
      case 'stdB':
        return write(sb - oa)
      case 'dstB':
        return write(sb + 60 - oa)
      case 'utc':
        return write(ob)
      case 'toUtc':
        return write(-oa)
      case 'hourA':
        return write(ob - hour(oa))
      case 'hourB':
        return write(hour(ob) - oa)
      case 'keep':
        return show === 'when' ? whenText(w[0], (((w[1] + ob - oa) % 1440) + 1440) % 1440) : ''
      case 'bothStd':
        return write(sb - sa)
      case 'bothDst':
        return write(sb - sa)
      case 'revStd':
        return write(sa - sb)
      case 'dstAstdB':
        return write(sb - sa - 60)
      default:
        throw new Error(`unknown slip ${s}`)
    }
  }
  return { key: write(ob - oa), wrong: str(f, 'slips').split(' ').map(slip) }
}

const ZONES: Readonly<Record<string, Route>> = Object.fromEntries(
  TDL_ZONE_FAMILIES.map((x) => [x.id, conversion]),
)

const DST: Readonly<Record<string, Route>> = {
  ...Object.fromEntries(TDL_DST_FAMILIES.map((x) => [x.id, conversion])),
  'reminder-in-the-spring-forward-gap': (f) => {
    const [zone, wallText] = [str(f, 'zone'), str(f, 'wall')]
    const y = yearOfText(wallText)
    const std = standard(zone, y)
    const [j, m] = wallOf(wallText)
    const at = (t: number) => clockText(Math.round((t + offset(zone, t) * 60_000) / 60_000))
    const naive = msOf(j) + m * 60_000
    return {
      key: at(naive - std * 60_000),
      wrong: [
        clockText(m),
        at(naive - (std + 60) * 60_000),
        '03:00',
        clockText(m - 60),
        clockText(m + 120),
      ],
    }
  },
  'night-shift-across-the-november-change': (f) => {
    const [zone, a, b] = [str(f, 'zone'), str(f, 'start'), str(f, 'end')]
    const worked = (instant(zone, b) - instant(zone, a)) / 60_000
    const clock = (J(b) - J(a)) * 1440 + wallOf(b)[1] - wallOf(a)[1]
    return {
      key: hmText(worked),
      wrong: [hmText(clock), hmText(clock - 60), hmText(clock + 120), hmText(1440 - clock)],
    }
  },
  'night-shift-across-the-march-change': (f) => {
    const [zone, a, b] = [str(f, 'zone'), str(f, 'start'), str(f, 'end')]
    const worked = (instant(zone, b) - instant(zone, a)) / 60_000
    const clock = (J(b) - J(a)) * 1440 + wallOf(b)[1] - wallOf(a)[1]
    return {
      key: hmText(worked),
      wrong: [hmText(clock), hmText(clock + 60), hmText(clock - 120), hmText(1440 - clock)],
    }
  },
  'hours-between-two-cities-on-a-march-date': (f) => {
    const [a, b, noon] = [str(f, 'a'), str(f, 'b'), str(f, 'day')]
    const t = instant(a, noon)
    const y = yearOfText(noon)
    const gap = (offset(b, t) - offset(a, t)) / 60
    const usual = (standard(b, y) - standard(a, y)) / 60
    return {
      key: `${gap} hours ahead`,
      wrong: [
        `${usual} hours ahead`,
        `${usual + 1} hours ahead`,
        `${gap} hours behind`,
        `${usual} hours behind`,
      ],
    }
  },
}

const CALENDAR: Readonly<Record<string, Route>> = {
  'net-days-from-the-invoice-date': (f) => {
    const [inv, n] = [J(str(f, 'inv')), num(f, 'n')]
    return {
      key: dayText(inv + n),
      wrong: [inv + n - 1, clampMonths(inv, n / 30), endOf(inv) + n, biz(inv, n)].map(dayText),
    }
  },
  'net-30-end-of-month': (f) => {
    const inv = J(str(f, 'inv'))
    return {
      key: dayText(endOf(inv) + 30),
      wrong: [inv + 30, endOf(inv, 1), endOf(inv + 30), endOf(inv) + 60, biz(endOf(inv), 30)].map(
        dayText,
      ),
    }
  },
  'due-date-on-a-weekend-moves-to-the-next-business-day': (f) => {
    const [inv, n] = [J(str(f, 'inv')), num(f, 'n')]
    const due = inv + n
    const next = (j: number) => (isWork(j) ? j : biz(j, 1))
    return {
      key: dayText(next(due)),
      wrong: [due, biz(due, -1), due + 2, next(inv + n - 1), biz(inv, n)].map(dayText),
    }
  },
  'business-days-around-a-public-holiday': (f) => {
    const [start, n, hol] = [J(str(f, 'start')), num(f, 'n'), J(str(f, 'hol'))]
    return {
      key: dayText(biz(start, n, [hol])),
      wrong: [biz(start, n), start + n, biz(start, n - 1, [hol]), start + n + 1].map(dayText),
    }
  },
  'monthly-renewal-from-a-long-month-end': (f) => {
    const start = J(str(f, 'start'))
    const [y, m] = civil(start)
    return {
      key: dayText(clampMonths(start, 1)),
      wrong: [
        rolled(y, m + 1, 31),
        start + 30,
        start + 31,
        start + 28,
        clampMonths(start, 1) - 1,
      ].map(dayText),
    }
  },
  'ninety-days-across-a-leap-february': (f) => {
    const start = J(str(f, 'start'))
    return {
      key: dayText(start + 90),
      wrong: [start + 91, clampMonths(start, 3), start + 89, biz(start, 90)].map(dayText),
    }
  },
  'early-payment-discount-deadline': (f) => {
    const inv = J(str(f, 'inv'))
    return {
      key: dayText(inv + 10),
      wrong: [inv + 9, inv + 30, biz(inv, 10), endOf(inv) + 10].map(dayText),
    }
  },
  'business-days-between-two-dates': (f) => {
    const [a, b, hol] = [J(str(f, 'a')), J(str(f, 'b')), J(str(f, 'hol'))]
    let [paid, weekdays] = [0, 0]
    for (let j = a; j <= b; j++) {
      if (isWork(j)) weekdays++
      if (isWork(j, [hol])) paid++
    }
    const days = b - a + 1
    return {
      key: `${paid} days`,
      wrong: [weekdays, days, paid - 1, Math.round((days * 5) / 7)].map((x) => `${x} days`),
    }
  },
  'latest-dispatch-business-days-before-an-event': (f) => {
    const [ev, n, hol] = [J(str(f, 'event')), num(f, 'n'), J(str(f, 'hol'))]
    return {
      key: dayText(biz(ev, -n, [hol])),
      wrong: [biz(ev, -n), ev - n, biz(ev, -(n - 1), [hol]), biz(ev, n, [hol])].map(dayText),
    }
  },
  'six-month-contract-end-date': (f) => {
    const [start, k] = [J(str(f, 'start')), num(f, 'k')]
    return {
      key: dayText(clampMonths(start, k) - 1),
      wrong: [
        clampMonths(start, k),
        start + 30 * k,
        start + Math.floor((365 * k) / 12),
        endOf(start, k - 1),
      ].map(dayText),
    }
  },
  'days-booked-inclusive': (f) => {
    const [a, b] = [J(str(f, 'a')), J(str(f, 'b'))]
    let weekdays = 0
    for (let j = a; j <= b; j++) if (isWork(j)) weekdays++
    const n = b - a
    return {
      key: `${n + 1} days`,
      wrong: [n, weekdays, n + 2, n - 1].map((x) => `${x} days`),
    }
  },
  'week-count-to-a-deadline': (f) => {
    const [start, k] = [J(str(f, 'start')), num(f, 'k')]
    return {
      key: dayText(start + 7 * k),
      wrong: [
        start + 7 * k - 1,
        start + 7 * (k - 1),
        start + 5 * k,
        clampMonths(start, Math.round(k / 4)),
      ].map(dayText),
    }
  },
  'quarterly-return-one-month-and-seven-days': (f) => {
    const end = J(str(f, 'end'))
    const [y, m] = civil(end)
    const seventh = (k: number) => {
      const [yy, mm] = ym(y, m + k)
      return jdn(yy, mm, 7)
    }
    return {
      key: dayText(seventh(2)),
      wrong: [end + 37, seventh(1), end + 7, endOf(end, 1), seventh(3)].map(dayText),
    }
  },
  'notice-period-in-calendar-days-back-from-a-date': (f) => {
    const [end, n] = [J(str(f, 'end')), num(f, 'n')]
    return {
      key: dayText(end - n),
      wrong: [end - n + 1, clampMonths(end, -n / 30), biz(end, -n), end + n].map(dayText),
    }
  },
  'first-friday-payment-run-on-or-after-the-due-date': (f) => {
    const [inv, n] = [J(str(f, 'inv')), num(f, 'n')]
    const due = inv + n
    const friday = (j: number) => j + ((5 - wd(j) + 7) % 7)
    return {
      key: dayText(friday(due)),
      wrong: [
        friday(due) - 7,
        friday(biz(inv, n)),
        friday(due + 1),
        friday(inv + n - 1),
        due,
        friday(inv + 30 * Math.ceil(n / 30)),
      ].map(dayText),
    }
  },
}

// ---- ISO 8601 weeks from day numbers: Monday is day number ≡ 0 (mod 7).
const isoDow = (j: number) => (j % 7) + 1
function isoWeekOf(j: number): readonly [number, number] {
  const thursday = j - isoDow(j) + 4
  const y = civil(thursday)[0]
  return [y, Math.floor((thursday - jdn(y, 1, 1)) / 7) + 1]
}
const weekOne = (y: number) => {
  const jan4 = jdn(y, 1, 4)
  return jan4 - isoDow(jan4) + 1
}
const label = (y: number, n: number) => `${y}-W${pad(n)}`

const NOTATION: Readonly<Record<string, Route>> = {
  'iso-week-date-with-a-weekday-number': (f) => {
    const [y, n, d] = [num(f, 'y'), num(f, 'n'), num(f, 'd')]
    const monday = weekOne(y) + 7 * (n - 1)
    const jan1 = jdn(y, 1, 1)
    // The week holding 1 January, or the first full week, numbered 1 instead of ISO's week 1.
    const firstMonday = jan1 + ((8 - wd(jan1)) % 7)
    const holding = jan1 - isoDow(jan1) + 1
    const other = (holding === weekOne(y) ? firstMonday : holding) + 7 * (n - 1) + d - 1
    return {
      key: dayText(monday + d - 1),
      wrong: [monday + d - 2, monday + d, jan1 + 7 * (n - 1) + d - 1, other].map(dayText),
    }
  },
  'monday-of-an-iso-week': (f) => {
    const [y, n] = [num(f, 'y'), num(f, 'n')]
    const monday = weekOne(y) + 7 * (n - 1)
    return {
      key: dayText(monday),
      wrong: [jdn(y, 1, 1) + 7 * (n - 1), monday - 1, monday + 7, monday - 7].map(dayText),
    }
  },
  'iso-week-at-the-turn-of-the-year': (f) => {
    const j = J(str(f, 'date'))
    const y = civil(j)[0]
    const [iy, n] = isoWeekOf(j)
    const jan1 = jdn(y, 1, 1)
    const doy = j - jan1
    const mondayWeek = Math.floor((doy + isoDow(jan1) - 1) / 7) + 1
    const sundayWeek = Math.floor((doy + wd(jan1)) / 7) + 1
    const firstMonday = jan1 + ((8 - wd(jan1)) % 7)
    const full = Math.floor((j - firstMonday) / 7) + 1
    return {
      key: label(iy, n),
      wrong: [
        label(y, mondayWeek),
        label(y, n),
        label(y, Math.floor(doy / 7) + 1),
        label(y, sundayWeek),
        label(y, Math.max(1, full)),
        label(iy, n + 1),
      ].filter((l) => Number(l.split('-W')[1]) <= 53),
    }
  },
  'us-written-invoice-date-net-30': (f) => {
    const inv = J(str(f, 'inv'))
    const [y, m, d] = civil(inv)
    return {
      key: isoText(inv + 30),
      wrong: [jdn(y, d, m) + 30, inv + 29, rolled(y, m + 1, d), endOf(inv) + 30].map(isoText),
    }
  },
  'day-first-deadline-days-away': (f) => {
    const [due, today] = [J(str(f, 'due')), J(str(f, 'today'))]
    const [y, m, d] = civil(due)
    const [ty, tm, td] = civil(today)
    const n = due - today
    return {
      key: `${n} days`,
      wrong: [jdn(y, d, m) - today, n + 1, n - 1, 30 * (12 * (y - ty) + m - tm) + d - td].map(
        (x) => `${x} days`,
      ),
    }
  },
  'iso-duration-months-and-minutes': (f) => {
    const start = str(f, 'start')
    const n = num(f, 'n')
    const [j, m] = wallOf(start)
    const [y, mo, d] = civil(j)
    const [yy, mm] = ym(y, mo + n)
    const stamp = (jj: number, mins: number) => {
      const k = jj + Math.floor(mins / 1440)
      return `${isoText(k)}T${clockText(mins)}`
    }
    return {
      key: stamp(jdn(yy, mm, d), m),
      wrong: [stamp(j, m + n), stamp(j + 30 * n, m), stamp(j + 7 * n, m), stamp(j, m + 60 * n)],
    }
  },
  'timestamp-with-an-offset-to-utc': (f) => {
    const [j, m] = wallOf(str(f, 'local'))
    const off = num(f, 'off')
    const z = (mins: number, day = j) => {
      const k = day + Math.floor(mins / 1440)
      return `${isoText(k)}T${clockText(mins)}Z`
    }
    const utc = m - off
    const whole = Math.sign(off) * Math.floor(Math.abs(off) / 60) * 60
    return {
      key: z(utc),
      wrong: [z(m + off), z(m), z(((utc % 1440) + 1440) % 1440), z(m - whole)],
    }
  },
  'ordinal-date-to-calendar-date': (f) => {
    const [y, n] = [num(f, 'y'), num(f, 'n')]
    const other = y === 2028 ? 2027 : 2028
    const [, om, od] = civil(jdn(other, 1, 1) + n - 1)
    const months = (len: number) => {
      const [m, d] = [Math.floor((n - 1) / len) + 1, ((n - 1) % len) + 1]
      return d <= monthDays(y, m) ? [jdn(y, m, d)] : []
    }
    return {
      key: dayText(jdn(y, 1, 1) + n - 1),
      wrong: [jdn(y, 1, 1) + n, jdn(y, om, od), ...months(30), ...months(31)].map(dayText),
    }
  },
  'unix-timestamp-to-utc': (f) => {
    const s = num(f, 's')
    const stamp = (secs: number) => {
      const days = Math.floor(secs / 86_400)
      const mins = Math.floor((secs - days * 86_400) / 60)
      return `${isoText(jdn(1970, 1, 1) + days)}T${clockText(mins)}Z`
    }
    return {
      key: stamp(s),
      wrong: [
        stamp(s - 5 * 3600),
        stamp(s - 4 * 3600),
        stamp(s + 5 * 3600),
        stamp(Math.round(s / 1000)),
      ],
    }
  },
  'utc-time-to-a-us-client-on-the-12-hour-clock': conversion,
  'posix-style-zone-name-sign': conversion,
  'weekday-of-a-date-across-a-leap-year': (f) => {
    const j = J(str(f, 'date'))
    const [, m, d] = civil(j)
    const last = wd(jdn(2027, m, d))
    const name = (k: number) => dayText(jdn(2027, 1, 3) + (((k % 7) + 7) % 7)).split(' ')[0]!
    return {
      key: name(wd(j)),
      wrong: [name(m < 3 ? last + 2 : last + 1), name(last), name(last - 1)],
    }
  },
  'iso-duration-to-decimal-hours': (f) => {
    const [d, h, m] = [num(f, 'd'), num(f, 'h'), num(f, 'm')]
    const hundredths = (x: number) => `${Math.floor(x / 100)}.${pad(x % 100)} h`
    const total = d * 1440 + h * 60 + m
    return {
      key: hundredths((total * 5) / 3),
      wrong: [
        hundredths((d * 24 + h) * 100 + m),
        hundredths(((h * 60 + m) * 5) / 3),
        hundredths(((d * 480 + h * 60 + m) * 5) / 3),
        hundredths((d * 24 + h) * 100),
        hundredths(total),
      ],
    }
  },
  'iso-24-00-end-of-day': (f) => {
    const j = J(str(f, 'date'))
    return {
      key: whenText(j + 1, 0),
      wrong: [whenText(j, 0), whenText(j, 720), whenText(j + 2, 0), whenText(j, 1439)],
    }
  },
  'spreadsheet-serial-date': (f) => {
    const s = num(f, 'serial')
    return {
      key: dayText(jdn(1899, 12, 30) + s),
      wrong: [
        jdn(1900, 1, 1) + s - 1,
        jdn(1904, 1, 1) + s,
        jdn(1970, 1, 1) + s,
        jdn(1900, 1, 1) + s,
      ].map(dayText),
    }
  },
}

// ---- Money in whole cents, rounded half up with integer division.
const half = (a: number, b: number) => Math.floor((2 * a + b) / (2 * b))
const eur = (c: number) => `€${Math.floor(c / 100).toLocaleString('en-US')}.${pad(c % 100)}`
const list = (f: F, k: string) => str(f, k).split(' ')

const TIMESHEETS: Readonly<Record<string, Route>> = {
  'overnight-shift-with-an-unpaid-break': (f) => {
    const [a, b, brk] = [num(f, 'start'), num(f, 'end'), num(f, 'brk')]
    const span = b + 1440 - a
    return { key: hmText(span - brk), wrong: [span, a - b - brk, span + brk].map(hmText) }
  },
  'hours-and-minutes-billed-at-an-hourly-rate': (f) => {
    const [h, m, rate] = [num(f, 'h'), num(f, 'm'), num(f, 'rate')]
    const halves = 2 * h + half(m, 30)
    return {
      key: eur(half(rate * 100 * (h * 60 + m), 60)),
      wrong: [rate * (100 * h + m), rate * 100 * h, rate * 100 * (h + 1), rate * 50 * halves].map(
        eur,
      ),
    }
  },
  'weekly-timesheet-total-in-decimal-hours': (f) => {
    const days = list(f, 'days').map((x) => x.split(':').map(Number) as [number, number])
    const total = days.reduce((s, [h, m]) => s + h * 60 + m, 0)
    const hundredths = (x: number) => `${Math.floor(x / 100)}.${pad(x % 100)} h`
    return {
      key: hundredths((total * 5) / 3),
      wrong: [
        hundredths(days.reduce((s, [h, m]) => s + h * 100 + m, 0)),
        hundredths(total),
        `${Math.floor(total / 60)}.${pad(total % 60)} h`,
        hundredths(days.reduce((s, [h]) => s + h * 100, 0)),
      ],
    }
  },
  'decimal-hours-to-hours-and-minutes': (f) => {
    const [h, c] = [num(f, 'h'), num(f, 'hundredths')]
    const mins = (c * 3) / 5
    return {
      key: hmText(h * 60 + mins),
      wrong: [h * 60 + c, h * 60 + half(c * 10, 6), h * 60 + half(mins, 15) * 15, h * 60].map(
        hmText,
      ),
    }
  },
  'clock-times-rounded-to-the-quarter-hour': (f) => {
    const [a, b] = [num(f, 'inn'), num(f, 'out')]
    const near = (t: number) => (t % 15 <= 7 ? t - (t % 15) : t - (t % 15) + 15)
    const down = (t: number) => t - (t % 15)
    const up = (t: number) => (t % 15 ? down(t) + 15 : t)
    return {
      key: hmText(near(b) - near(a)),
      wrong: [b - a, near(b - a), down(b) - down(a), up(b) - down(a), down(b) - up(a)].map(hmText),
    }
  },
  'flight-time-from-local-departure-and-arrival': (f) => {
    const [a, b, dep, arr] = [str(f, 'a'), str(f, 'b'), str(f, 'dep'), str(f, 'arr')]
    const [t0, t1] = [instant(a, dep), instant(b, arr)]
    const wall = (J(arr) - J(dep)) * 1440 + wallOf(arr)[1] - wallOf(dep)[1]
    const gap = offset(a, t0) - offset(b, t1)
    return {
      key: hmText((t1 - t0) / 60_000),
      wrong: [wall, wall + gap + 60, wall - gap + 1440].map(hmText),
    }
  },
  'tasks-billed-in-six-minute-units': (f) => {
    const tasks = list(f, 'tasks').map(Number)
    const total = tasks.reduce((s, m) => s + m, 0)
    const h = (hundredths: number) => `${Math.floor(hundredths / 100)}.${pad(hundredths % 100)} h`
    const sum = (g: (m: number) => number) => tasks.reduce((s, m) => s + g(m), 0)
    return {
      key: h(10 * sum((m) => Math.ceil(m / 6))),
      wrong: [
        h(10 * Math.ceil(total / 6)),
        h(10 * sum((m) => half(m, 6))),
        h(sum((m) => 25 * Math.ceil(m / 15))),
        h(10 * half(total, 6)),
        h(10 * sum((m) => Math.floor(m / 6))),
        h(100 * Math.ceil(total / 60)),
        h(sum((m) => 50 * Math.ceil(m / 30))),
      ],
    }
  },
  'weekly-overtime-over-40-hours': (f) => {
    const days = list(f, 'days').map(Number)
    const rate = num(f, 'rate')
    const total = days.reduce((s, m) => s + m, 0)
    const [base, over] = [Math.min(total, 2400), Math.max(0, total - 2400)]
    // Cents for `mins` minutes at `k` halves of the rate.
    const pay = (k: number, mins: number) => half(rate * 50 * k * mins, 60)
    return {
      key: eur(pay(2, base) + pay(3, over)),
      wrong: [
        pay(2, total),
        pay(2, base) + pay(1, over),
        pay(3, total),
        pay(2, base) + pay(4, over),
        pay(2, base),
        days.reduce((s, m) => s + pay(2, Math.min(m, 480)) + pay(3, Math.max(0, m - 480)), 0),
      ].map(eur),
    }
  },
  'break-deducted-only-from-long-shifts': (f) => {
    const len = list(f, 'days').map((x) => {
      const [a, b] = x.split('-').map(Number) as [number, number]
      return b - a
    })
    const sum = (g: (l: number) => number) => len.reduce((s, l) => s + g(l), 0)
    return {
      key: hmText(sum((l) => (l > 360 ? l - 30 : l))),
      wrong: [
        sum((l) => l - 30),
        sum((l) => l),
        sum((l) => (l > 360 ? l - 60 : l)),
        sum((l) => (l >= 360 ? l - 30 : l)),
      ].map(hmText),
    }
  },
  'elapsed-time-between-offset-timestamps': (f) => {
    const [w1, w2] = [wallOf(str(f, 'w1')), wallOf(str(f, 'w2'))]
    const [o1, o2] = [num(f, 'o1'), num(f, 'o2')]
    const wall = (w2[0] - w1[0]) * 1440 + w2[1] - w1[1]
    const diff = wall - o2 + o1
    return {
      key: hmText(diff),
      wrong: [wall, wall + o2 - o1, diff - o1, diff + o2].map(hmText),
    }
  },
  'video-clip-durations-in-minutes-and-seconds': (f) => {
    const clips = list(f, 'clips').map((x) => x.split(':').map(Number) as [number, number])
    const ms = (n: number) => `${Math.floor(n / 60)} min ${pad(n % 60)} s`
    const minutes = clips.reduce((s, [m]) => s + m, 0)
    const seconds = clips.reduce((s, [, x]) => s + x, 0)
    const asDecimal = minutes * 100 + seconds
    return {
      key: ms(minutes * 60 + seconds),
      wrong: [
        ms(half(asDecimal * 3, 5)),
        ms(minutes * 60 + Math.floor(seconds / 100) * 60 + (seconds % 100)),
        ms(minutes * 60),
        ms(clips.reduce((s, [m, x]) => s + (m + half(x, 60)) * 60, 0)),
      ],
    }
  },
  'hours-left-before-an-anywhere-on-earth-deadline': (f) => {
    const [zone, now, deadline] = [str(f, 'zone'), str(f, 'now'), str(f, 'deadline')]
    const end = instant('Etc/GMT+12', deadline)
    const t = instant(zone, now)
    const off = offset(zone, t)
    const mins = (end - t) / 60_000
    return {
      key: hmText(mins),
      wrong: [mins - 720, mins - 720 - off, mins - 1440, mins + off].map(hmText),
    }
  },
  'days-billed-at-a-day-rate-from-hours': (f) => {
    const [len, mins, rate] = [num(f, 'dayLen'), num(f, 'mins'), num(f, 'rate')]
    const decimalRead = Math.floor(mins / 60) * 60 + ((mins % 60) * 3) / 5
    return {
      key: eur(half(rate * 100 * mins, len)),
      wrong: [
        half(rate * 100 * mins, len === 450 ? 480 : 450),
        half(rate * 100 * decimalRead, len),
        half(rate * 100 * mins, 1440),
        rate * 100 * Math.ceil(mins / len),
      ].map(eur),
    }
  },
  'overlap-of-two-working-days': (f) => {
    const [a, b, dayText0] = [str(f, 'a'), str(f, 'b'), str(f, 'day')]
    const [sa, ea, sb, eb] = [num(f, 'sa'), num(f, 'ea'), num(f, 'sb'), num(f, 'eb')]
    const t = instant('Etc/UTC', dayText0)
    const [oa, ob] = [offset(a, t), offset(b, t)]
    // Each working day as UTC minutes; the overlap is the longest common stretch.
    const lap = (x: readonly [number, number], y: readonly [number, number]) =>
      Math.max(
        0,
        ...[-1440, 0, 1440].map((k) => Math.min(x[1], y[1] + k) - Math.max(x[0], y[0] + k)),
      )
    const B = [sb - ob, eb - ob] as const
    return {
      key: hmText(lap([sa - oa, ea - oa], B)),
      wrong: [
        Math.min(ea, eb) - Math.max(sa, sb),
        lap([sa + oa - 2 * ob, ea + oa - 2 * ob], B),
        lap([sa - oa + 60, ea - oa + 60], B),
        lap([sa - oa, ea - oa], [B[0] + 60, B[1] + 60]),
      ].map(hmText),
    }
  },
  'day-shift-across-noon-on-the-12-hour-clock': (f) => {
    const [a, b, lunch] = [num(f, 'start'), num(f, 'end'), num(f, 'lunch')]
    const key = b + 720 - a - lunch
    return {
      key: hmText(key),
      wrong: [
        Math.abs(b - a) - lunch,
        key + lunch,
        key + 2 * lunch,
        1440 - Math.abs(b - a) - lunch,
      ].map(hmText),
    }
  },
  'average-handling-time-per-call': (f) => {
    const calls = list(f, 'calls').map(Number)
    const ms = (n: number) => `${Math.floor(n / 60)} min ${pad(n % 60)} s`
    const total = calls.reduce((s, x) => s + x, 0)
    const asDecimal = calls.reduce((s, x) => s + Math.floor(x / 60) * 100 + (x % 60), 0)
    return {
      key: ms(half(total, 4)),
      wrong: [
        ms(half(asDecimal * 3, 20)),
        ms(calls.reduce((s, x) => s + Math.floor(x / 60), 0) * 15),
        ms(half(total, 240) * 60),
      ],
    }
  },
}

const SECOND: Readonly<Record<string, Route>> = {
  ...ZONES,
  ...DST,
  ...CALENDAR,
  ...NOTATION,
  ...TIMESHEETS,
}

describeEngineIndependent('time-zone and calendar scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 79,
    second: SECOND,
    route:
      'zone offsets from the platform’s published zone data, Julian day numbers and integer minutes and cents',
    digest: (text) => text,
    models: TDL_MODELS,
    engines,
  })
})
