import { afterAll, expect, it } from 'vitest'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  executeTasks,
  generateVariants,
  readText,
} from '../../../src/assessment/index.js'
import type { Calc, CalcScenario } from '../../../src/assessment/models/calendar/calc.js'
import { CALENDAR_MODELS } from '../../../src/assessment/models/calendar/calendar-models.js'
import { DATE_FAMILIES } from '../../../src/assessment/models/calendar/date-families.js'
import { INVITE_FAMILIES } from '../../../src/assessment/models/calendar/invite-families.js'
import { RECURRENCE_FAMILIES } from '../../../src/assessment/models/calendar/recurrence-families.js'
import { SLOT_FAMILIES } from '../../../src/assessment/models/calendar/slot-families.js'
import { TRAVEL_FAMILIES } from '../../../src/assessment/models/calendar/travel-families.js'
import { ZONE_FAMILIES } from '../../../src/assessment/models/calendar/zone-families.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...ZONE_FAMILIES,
  ...SLOT_FAMILIES,
  ...RECURRENCE_FAMILIES,
  ...INVITE_FAMILIES,
  ...TRAVEL_FAMILIES,
  ...DATE_FAMILIES,
]
const DRAWS = 60
const VARIANTS = 300

// ---- The platform's time-zone database (ICU), read through Intl, never the families' rules.

const MINUTE = 60_000
const parts = new Map<string, Intl.DateTimeFormat>()
function zoneParts(zone: string, utc: number): Record<string, number> {
  let f = parts.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
    parts.set(zone, f)
  }
  return Object.fromEntries(
    f
      .formatToParts(utc)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  )
}
/** The wall clock of a zone at an instant, as the ms of a UTC clock showing the same reading. */
function wall(zone: string, utc: number): number {
  const p = zoneParts(zone, utc)
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!)
}
const offset = (zone: string, utc: number) => (wall(zone, utc) - utc) / MINUTE
const wallMs = (iso: string) => Date.parse(`${iso.length === 10 ? `${iso}T00:00` : iso}Z`)

/** The instant a zone's clock shows `iso`; of two (clocks going back) the first, per RFC 5545. */
function instant(zone: string, iso: string): number {
  const w = wallMs(iso)
  const candidates = [...new Set([offset(zone, w - 86_400_000), offset(zone, w + 86_400_000)])]
    .map((o) => w - o * MINUTE)
    .filter((u) => wall(zone, u) === w)
    .sort((a, b) => a - b)
  if (candidates.length === 0) throw new Error(`${zone} never shows ${iso}`)
  return candidates[0]!
}
const offsetAtWall = (zone: string, iso: string) => offset(zone, instant(zone, iso))

// ---- Writing answers, independently of the families' formatting helpers.

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
})
const twelve = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
})
const two = (n: number) => String(n).padStart(2, '0')
const weekdayOf = (t: number) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short' }).format(t)

function write(value: number, show: string): string {
  const d = new Date(value)
  switch (show) {
    case 'hm':
      return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
    case 'day': {
      const p = Object.fromEntries(dayFormat.formatToParts(value).map((x) => [x.type, x.value]))
      // British English in ICU abbreviates September as "Sept"; the answers use three letters.
      return `${p.weekday} ${p.day} ${p.month!.slice(0, 3)}`
    }
    case 'dayhm':
      return `${write(value, 'day')}, ${write(value, 'hm')}`
    case 'h12':
      return twelve.format(value).replace(/[\s\u202f]+/g, ' ')
    case 'utc':
      return `UTC${value < 0 ? '-' : '+'}${two(Math.trunc(Math.abs(value) / 60))}:${two(Math.abs(value) % 60)}`
    case 'span':
      if (value <= 0) throw new Error('a non-positive length')
      return `${Math.trunc(value / 60)} h ${two(value % 60)} min`
    case 'days':
      return `${value} day${value === 1 ? '' : 's'}`
    case 'count':
      return `${value} occurrence${value === 1 ? '' : 's'}`
    case 'iso':
      return d.toISOString().slice(0, 10)
    default:
      throw new Error(`no writing for ${show}`)
  }
}

// ---- Dates: weekdays from Intl, ISO weeks by the Thursday rule, RRULE expanded day by day.

const DAY = 86_400_000
const isWeekend = (t: number) => ['Sat', 'Sun'].includes(weekdayOf(t))
const iso = (t: number) => new Date(t).toISOString().slice(0, 10)

function week(
  date: string,
  mode?: 'us' | 'days' | 'month' | 'calendarYear' | 'mondayZero',
): string {
  const t = wallMs(date)
  const y = new Date(t).getUTCFullYear()
  const jan1 = Date.UTC(y, 0, 1)
  const ordinal = Math.round((t - jan1) / DAY) + 1
  const mondayIndex = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekdayOf(t))
  let year = y
  let n: number
  if (mode === 'month') n = Math.ceil(new Date(t).getUTCDate() / 7)
  else if (mode === 'days') n = Math.ceil(ordinal / 7)
  // Weeks counted from the year's first Monday; the days before it are week 0.
  else if (mode === 'mondayZero') n = Math.floor((ordinal - 1 + 7 - mondayIndex) / 7)
  else if (mode === 'us') {
    const jan1Sunday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(weekdayOf(jan1))
    n = Math.ceil((ordinal + jan1Sunday) / 7)
  } else {
    // The week's Thursday decides the year; its ordinal day decides the week.
    const thursday = t + (3 - mondayIndex) * DAY
    year = new Date(thursday).getUTCFullYear()
    n = Math.ceil((Math.round((thursday - Date.UTC(year, 0, 1)) / DAY) + 1) / 7)
    if (mode === 'calendarYear') year = y
  }
  return `${year}-W${two(n)}`
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']
function rrule(start: string, rule: string): number[] {
  const r = Object.fromEntries(rule.split(';').map((p) => p.split('='))) as Record<string, string>
  const t0 = wallMs(start)
  const s = new Date(t0)
  const interval = Number(r.INTERVAL ?? 1)
  const count = r.COUNT ? Number(r.COUNT) : Number.POSITIVE_INFINITY
  const until = r.UNTIL
    ? wallMs(`${r.UNTIL.slice(0, 4)}-${r.UNTIL.slice(4, 6)}-${r.UNTIL.slice(6, 8)}`)
    : Number.POSITIVE_INFINITY
  const period = (t: number) => {
    const d = new Date(t)
    switch (r.FREQ) {
      case 'DAILY':
        return Math.round(t / DAY)
      case 'WEEKLY':
        return Math.floor((Math.round(t / DAY) + 3) / 7) // 1970-01-05 was a Monday
      case 'MONTHLY':
        return d.getUTCFullYear() * 12 + d.getUTCMonth()
      default:
        return d.getUTCFullYear()
    }
  }
  const byDay = r.BYDAY?.split(',').map((x) => ({
    n: x.length > 2 ? Number(x.slice(0, -2)) : 0,
    day: x.slice(-2),
  }))
  const byMonthDay = r.BYMONTHDAY?.split(',').map(Number)
  const byMonth = r.BYMONTH?.split(',').map(Number)
  const matches = (t: number) => {
    const d = new Date(t)
    const dom = d.getUTCDate()
    const monthLength = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
    if (byMonth && !byMonth.includes(d.getUTCMonth() + 1)) return false
    if (byMonthDay && !byMonthDay.some((m) => (m > 0 ? m === dom : monthLength + 1 + m === dom)))
      return false
    if (byDay) {
      const name = DAYS[d.getUTCDay()]
      const ok = byDay.some(({ n, day }) =>
        day !== name
          ? false
          : n === 0
            ? true
            : n > 0
              ? Math.ceil(dom / 7) === n
              : Math.ceil((monthLength - dom + 1) / 7) === -n,
      )
      if (!ok) return false
    }
    if (r.FREQ === 'WEEKLY' && !byDay) return d.getUTCDay() === s.getUTCDay()
    if (r.FREQ === 'MONTHLY' && !byDay && !byMonthDay) return dom === s.getUTCDate()
    if (r.FREQ === 'YEARLY' && !byDay && !byMonthDay && !byMonth)
      return dom === s.getUTCDate() && d.getUTCMonth() === s.getUTCMonth()
    return true
  }
  const groups = new Map<number, number[]>()
  const first = period(t0)
  // Whole periods from the start's, so BYSETPOS sees each period's full set of days.
  const from =
    r.FREQ === 'YEARLY'
      ? Date.UTC(s.getUTCFullYear(), 0, 1)
      : r.FREQ === 'MONTHLY'
        ? Date.UTC(s.getUTCFullYear(), s.getUTCMonth(), 1)
        : t0 - 7 * DAY
  for (let t = from; t < Date.UTC(s.getUTCFullYear() + 10, 0, 1); t += DAY) {
    const p = period(t)
    if (p < first || (p - first) % interval !== 0 || !matches(t)) continue
    groups.set(p, [...(groups.get(p) ?? []), t])
  }
  const out: number[] = []
  for (const [, days] of [...groups].sort((a, b) => a[0] - b[0])) {
    const pos = r.BYSETPOS ? Number(r.BYSETPOS) : undefined
    const chosen = pos === undefined ? days : [days[pos > 0 ? pos - 1 : days.length + pos]!]
    for (const t of chosen) if (t >= t0 && t <= until && out.length < count) out.push(t)
  }
  return out
}

/** A reading evaluated with Intl and the independent date helpers above. */
function evaluate(c: Calc): string {
  switch (c.op) {
    case 'convert': {
      const fromOff = offsetAtWall(c.from, c.fromAt ?? c.local)
      const utc = wallMs(c.local) - fromOff * MINUTE + (c.add ?? 0) * MINUTE
      const toOff = c.toAt ? offsetAtWall(c.to, c.toAt) : offset(c.to, utc)
      return write(
        c.flip
          ? wallMs(c.local) + (c.add ?? 0) * MINUTE - (toOff - fromOff) * MINUTE
          : utc + toOff * MINUTE,
        c.show,
      )
    }
    case 'elapsed': {
      const a = wallMs(c.local) - offsetAtWall(c.from, c.fromAt ?? c.local) * MINUTE
      const b = wallMs(c.toLocal) - offsetAtWall(c.to, c.toAt ?? c.toLocal) * MINUTE
      return write((b - a) / MINUTE, 'span')
    }
    case 'offset':
      return write((c.flip ? -1 : 1) * offsetAtWall(c.zone, c.local) || 0, 'utc')
    case 'common': {
      const u = (w: (typeof c.windows)[number], at: string) =>
        wallMs(at) - offsetAtWall(w.zone, w.at ?? at) * MINUTE
      const starts = c.windows.map((w) => u(w, w.start))
      const ends = c.windows.map((w) => u(w, w.end))
      if (c.pick === 'union')
        return write((Math.max(...ends) - Math.min(...starts)) / MINUTE, 'span')
      const start = Math.max(...starts)
      const end = Math.min(...ends)
      if (end - start < c.minutes * MINUTE) throw new Error('no window')
      if (c.pick === 'length') return write((end - start) / MINUTE, 'span')
      const t = c.pick === 'earliest' ? start : end - c.minutes * MINUTE
      return write(wall(c.in, t), c.show)
    }
    case 'workday':
    case 'workdays': {
      const counts = (t: number) =>
        c.calendar === true ||
        (!isWeekend(t) && (c.weekendsOnly === true || !c.holidays.includes(iso(t))))
      if (c.op === 'workdays') {
        let n = 0
        for (let t = wallMs(c.start); t <= wallMs(c.end); t += DAY) if (counts(t)) n++
        return write(n, 'days')
      }
      let t = wallMs(c.start)
      let left = c.n - (c.countStart && counts(t) ? 1 : 0)
      while (left > 0) {
        t += DAY
        if (counts(t)) left--
      }
      return write(t, 'day')
    }
    case 'isoWeek':
      return week(c.date, c.mode)
    case 'rrule': {
      const dates = rrule(c.start, c.rule)
      if (c.pick === 'count') return write(dates.length, 'count')
      const t = c.pick === 'last' ? dates[dates.length - 1] : dates[c.pick - 1]
      if (t === undefined) throw new Error(`no occurrence ${c.pick} of ${c.rule}`)
      return write(t, c.show)
    }
  }
}

/** The parts of a reading that only a mistaken reading sets. */
function mistakenParts(c: Calc): string[] {
  const fields = ['fromAt', 'toAt', 'flip', 'mode', 'weekendsOnly', 'countStart'] as const
  const set = fields.filter((f) => f in c && (c as Record<string, unknown>)[f] !== undefined)
  const windows =
    c.op === 'common' ? c.windows.filter((w) => w.at !== undefined).map(() => 'at') : []
  return [...set, ...windows, ...(c.op === 'common' && c.pick === 'union' ? ['union'] : [])]
}

const DRAWN = drawFamilies(FAMILIES, DRAWS, 2026_12_04)
const computedDraws = DRAWN.filter((d) => 'calcs' in d.s) as { family: string; s: CalcScenario }[]

describeEngineIndependent('calendar-management scenarios', () => {
  it('are at least 90 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(90)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('have keys the time-zone database and an independent calendar give, read without any mistake', () => {
    const wrong: string[] = []
    for (const { family, s } of computedDraws) {
      const mistaken = mistakenParts(s.calcs.key)
      if (mistaken.length > 0) wrong.push(`${family}: the key reading sets ${mistaken.join(', ')}`)
      const again = evaluate(s.calcs.key)
      if (again !== s.key) wrong.push(`${family}: key ${s.key}, recomputed ${again} (${s.stem})`)
    }
    expect(wrong.slice(0, 5)).toEqual([])
    // Every family but the invitation ones computes its answers from drawn figures.
    expect(new Set(computedDraws.map((d) => d.family)).size).toBe(
      FAMILIES.length - INVITE_FAMILIES.length,
    )
  })

  it('have wrong answers that are exactly their named mistaken readings and never the key', () => {
    const wrong: string[] = []
    for (const { family, s } of computedDraws) {
      s.calcs.wrong.forEach(([calc, mistake], i) => {
        const again = evaluate(calc)
        const [text, named] = s.wrong[i]!
        if (named !== mistake || again !== text)
          wrong.push(`${family}: ${mistake} gives ${again}, shown ${text}`)
      })
      for (const [text, mistake] of distinctWrongs(s)) {
        if (text === s.key) wrong.push(`${family}: "${mistake}" gives the key`)
        if (mistake.trim().length < 10) wrong.push(`${family}: an unnamed mistake for ${text}`)
      }
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('key invitation rules to the RFC section each stem names, with three named distractors', () => {
    const problems: string[] = []
    for (const { family, s } of DRAWN.filter((d) => !('calcs' in d.s))) {
      if (!/RFC 554[56] §\d+(\.\d+)*/.test(s.stem)) problems.push(`${family}: names no RFC section`)
      const wrong = distinctWrongs(s)
      if (wrong.length < 3) problems.push(`${family}: fewer than three distinct distractors`)
      if (wrong.some(([, m]) => m.trim().length < 10))
        problems.push(`${family}: an unnamed mistake`)
    }
    expect(problems).toEqual([])
  })

  it('write invitation values in full: every mailto a complete address, nothing elided', () => {
    const problems: string[] = []
    for (const { family, s } of DRAWN.filter((d) => !('calcs' in d.s))) {
      for (const text of [s.key, ...distinctWrongs(s).map(([t]) => t)]) {
        if (/…|\.\.\./.test(text)) problems.push(`${family}: an elided value ${text}`)
        for (const uri of text.match(/mailto:[^":;\s]*/g) ?? [])
          if (!/^mailto:[^@\s]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(uri))
            problems.push(`${family}: ${uri} is no complete mailto address`)
      }
    }
    expect(problems).toEqual([])
  })

  it('show a date without its year only when every option falls in the year after DTSTART', () => {
    const problems: string[] = []
    for (const { family, s } of computedDraws) {
      for (const calc of [s.calcs.key, ...s.calcs.wrong.map(([c]) => c)]) {
        if (calc.op !== 'rrule' || calc.show !== 'day' || typeof calc.pick === 'string') continue
        const t = rrule(calc.start, calc.rule)[calc.pick - 1]
        if (t !== undefined && t - wallMs(calc.start) >= 365 * DAY)
          problems.push(`${family}: ${iso(t)} is shown without its year, over a year after DTSTART`)
      }
    }
    expect(problems.slice(0, 5)).toEqual([])
  })

  it.each(CALENDAR_MODELS.map((m) => [m.id, m] as const))(
    '%s: every variant re-executes to its key, names every family, and its key is longest no more often than chance',
    async (_id, model) => {
      const variants = await generateVariants(model, createRng(12), VARIANTS, engines)
      const answers = await executeTasks(
        variants.map((v) => v.task),
        engines,
      )
      const bad = variants.flatMap((v, i) => {
        const key = v.options.find((o) => v.keys.includes(o.id))
        return v.keys.length === 1 && key?.value === answers[i] ? [] : [`#${i} ${v.family}`]
      })
      expect(bad).toEqual([])
      expect(new Set(variants.map((v) => v.family))).toEqual(new Set(model.families))
      const longest = variants.filter((v) => {
        const lengths = v.options.map((o) => readText(o.markdown).length)
        const top = Math.max(...lengths)
        const at = lengths.flatMap((l, i) => (l === top ? [i] : []))
        return at.length === 1 && v.keys.includes(v.options[at[0]!]!.id)
      })
      expect(longest.length / variants.length).toBeLessThanOrEqual(0.3)
    },
  )
})
