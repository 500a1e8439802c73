import { VariantError } from '../assemble-variant.js'
import type { Scenario, Wrong } from '../scenario/scenario-model.js'
import { expand } from './rrule.js'
import {
  DAY,
  dayHm,
  dayName,
  h12,
  hm,
  instantOf,
  isoDate,
  MIN,
  naive,
  offsetAt,
  span,
  utcLabel,
  wallOf,
} from './zone-rules.js'

/** How an answer is written. */
export type Show =
  | 'hm'
  | 'dayhm'
  | 'day'
  | 'h12'
  | 'utc'
  | 'span'
  | 'days'
  | 'iso'
  | 'week'
  | 'count'

/**
 * One reading of a scenario's figures, as data: the key's is the professional's, each wrong
 * answer's is the same reading with its named mistake made (an offset read on the wrong date,
 * a sign flipped, calendar days counted). The families compute every answer by evaluating these
 * with their own zone rules, and the key test evaluates them again with the platform's time-zone
 * database, so an answer is right or wrong for a reason a machine can check.
 */
export type Calc =
  | {
      /**
       * The wall time `local` in zone `from`, `add` minutes later, read on the clock of `to`.
       * Mistakes: `fromAt`/`toAt` read a zone's offset at another of its wall times (the season
       * it was thought to be); `flip` applies the difference of the offsets with the wrong sign.
       */
      readonly op: 'convert'
      readonly from: string
      readonly local: string
      readonly to: string
      readonly add?: number
      readonly fromAt?: string
      readonly toAt?: string
      readonly flip?: boolean
      readonly show: Show
    }
  | {
      /** Minutes from `local` on the clock of `from` to `toLocal` on the clock of `to`. */
      readonly op: 'elapsed'
      readonly from: string
      readonly local: string
      readonly to: string
      readonly toLocal: string
      readonly fromAt?: string
      readonly toAt?: string
      readonly show: 'span'
    }
  | {
      /**
       * The time several people's windows are all open: the `earliest` start, the `latest`
       * start of a meeting of `minutes`, or the `length` of the common window, on the clock of
       * `in` (`union`: from the first start to the last end, a mistake). A window's `at` reads its zone's offset at another wall time (a season mistaken).
       */
      readonly op: 'common'
      readonly windows: readonly Window[]
      readonly minutes: number
      readonly pick: 'earliest' | 'latest' | 'length' | 'union'
      readonly in: string
      readonly show: 'hm' | 'dayhm' | 'span'
    }
  | {
      /** A zone's offset from UTC when its clock shows `local`; `flip` writes it with the wrong sign. */
      readonly op: 'offset'
      readonly zone: string
      readonly local: string
      readonly flip?: boolean
      readonly show: 'utc'
    }
  | {
      /**
       * The date `n` working days after `start` (Monday to Friday, minus `holidays`); with
       * `calendar` every day counts, with `weekendsOnly` holidays are ignored, with `countStart`
       * the start day is counted as the first.
       */
      readonly op: 'workday'
      readonly start: string
      readonly n: number
      readonly holidays: readonly string[]
      readonly calendar?: boolean
      readonly weekendsOnly?: boolean
      readonly countStart?: boolean
      readonly show: 'day'
    }
  | {
      /** Working days from `start` to `end`, both counted, minus `holidays`; `calendar` counts all days. */
      readonly op: 'workdays'
      readonly start: string
      readonly end: string
      readonly holidays: readonly string[]
      readonly calendar?: boolean
      readonly weekendsOnly?: boolean
      readonly show: 'days'
    }
  | {
      /**
       * The ISO 8601 week (`2026-W01`) of a date. Mistakes: `us` counts Sunday-first weeks
       * from the one holding 1 January; `days` counts blocks of seven days from 1 January;
       * `month` gives the week of the month; `calendarYear` keeps the ISO week's number but
       * writes the date's calendar year (wrong only at the turn of the year); `mondayZero`
       * numbers Monday-first weeks from the year's first Monday, the days before it week 0 (the
       * C library's `%W`).
       */
      readonly op: 'isoWeek'
      readonly date: string
      readonly mode?: 'us' | 'days' | 'month' | 'calendarYear' | 'mondayZero'
      readonly show: 'week'
    }
  | {
      /**
       * An RFC 5545 recurrence from `start` (a date): its `nth` occurrence (1-based), its
       * `last`, or the `count` of occurrences.
       */
      readonly op: 'rrule'
      readonly start: string
      readonly rule: string
      readonly pick: number | 'last' | 'count'
      readonly show: 'day' | 'iso' | 'count'
    }

/** Someone's working window on their own clock. */
export interface Window {
  readonly zone: string
  readonly start: string
  readonly end: string
  readonly at?: string
}

/** The wall time (naive ms) a zone's offset is read at, as a UTC instant. */
const offsetOf = (zone: string, wallIso: string) => offsetAt(zone, instantOf(zone, naive(wallIso)))

function format(value: number, show: Show): string {
  switch (show) {
    case 'hm':
      return hm(value)
    case 'dayhm':
      return dayHm(value)
    case 'day':
      return dayName(value)
    case 'h12':
      return h12(value)
    case 'utc':
      return utcLabel(value)
    case 'span':
      // A negative length is what no reading of an itinerary shows: no distractor.
      if (value <= 0) throw new VariantError('no positive length')
      return span(value)
    case 'days':
      return `${value} ${value === 1 ? 'day' : 'days'}`
    case 'iso':
      return isoDate(value)
    case 'week':
      return isoWeek(value)
    case 'count':
      return `${value} ${value === 1 ? 'occurrence' : 'occurrences'}`
  }
}

/** `2026-W09`: the week (Monday first) holding the year's first Thursday is week 1. */
export function isoWeek(t: number): string {
  const dow = (new Date(t).getUTCDay() + 6) % 7
  const thursday = t + (3 - dow) * DAY
  const year = new Date(thursday).getUTCFullYear()
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY))
  return `${year}-W${String(week).padStart(2, '0')}`
}

const weekend = (t: number) => [0, 6].includes(new Date(t).getUTCDay())

function working(c: { holidays: readonly string[]; calendar?: boolean; weekendsOnly?: boolean }) {
  return (t: number) =>
    c.calendar === true ||
    (!weekend(t) && (c.weekendsOnly === true || !c.holidays.includes(isoDate(t))))
}

/** What a reading gives, written as its answer. */
export function evaluate(c: Calc): string {
  switch (c.op) {
    case 'convert': {
      const fromOff = offsetOf(c.from, c.fromAt ?? c.local)
      const utc = naive(c.local) - fromOff * MIN + (c.add ?? 0) * MIN
      const toOff = c.toAt ? offsetOf(c.to, c.toAt) : offsetAt(c.to, utc)
      const shifted = c.flip
        ? naive(c.local) + (c.add ?? 0) * MIN - (toOff - fromOff) * MIN
        : utc + toOff * MIN
      return format(shifted, c.show)
    }
    case 'elapsed': {
      const a = naive(c.local) - offsetOf(c.from, c.fromAt ?? c.local) * MIN
      const b = naive(c.toLocal) - offsetOf(c.to, c.toAt ?? c.toLocal) * MIN
      return format((b - a) / MIN, c.show)
    }
    case 'offset':
      return format((c.flip ? -1 : 1) * offsetOf(c.zone, c.local) || 0, c.show)
    case 'common': {
      const utc = (w: Window, wall: string) => naive(wall) - offsetOf(w.zone, w.at ?? wall) * MIN
      const start = Math.max(...c.windows.map((w) => utc(w, w.start)))
      const end = Math.min(...c.windows.map((w) => utc(w, w.end)))
      if (c.pick === 'union') {
        const first = Math.min(...c.windows.map((w) => utc(w, w.start)))
        const last = Math.max(...c.windows.map((w) => utc(w, w.end)))
        return format((last - first) / MIN, 'span')
      }
      if (end - start < c.minutes * MIN) throw new VariantError('no common window that long')
      if (c.pick === 'length') return format((end - start) / MIN, 'span')
      const t = c.pick === 'earliest' ? start : end - c.minutes * MIN
      return format(wallOf(c.in, t), c.show)
    }
    case 'workday': {
      const counts = working(c)
      let t = naive(c.start)
      let left = c.n
      if (c.countStart && counts(t)) left--
      while (left > 0) {
        t += DAY
        if (counts(t)) left--
      }
      return format(t, c.show)
    }
    case 'workdays': {
      const counts = working(c)
      let n = 0
      for (let t = naive(c.start); t <= naive(c.end); t += DAY) if (counts(t)) n++
      return format(n, c.show)
    }
    case 'isoWeek': {
      const t = naive(c.date)
      if (!c.mode) return format(t, c.show)
      const d = new Date(t)
      const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1)
      const day = (t - jan1) / DAY
      // The ISO week's own number, but with the date's calendar year in front.
      if (c.mode === 'calendarYear') return `${d.getUTCFullYear()}${isoWeek(t).slice(4)}`
      const week =
        c.mode === 'month'
          ? Math.ceil(d.getUTCDate() / 7)
          : c.mode === 'days'
            ? 1 + Math.floor(day / 7)
            : c.mode === 'mondayZero'
              ? Math.floor((day + 7 - ((d.getUTCDay() + 6) % 7)) / 7)
              : 1 + Math.floor((day + new Date(jan1).getUTCDay()) / 7)
      return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
    }
    case 'rrule': {
      const dates = expand(c.start, c.rule)
      if (c.pick === 'count') return format(dates.length, 'count')
      const at = c.pick === 'last' ? dates[dates.length - 1] : dates[c.pick - 1]
      if (at === undefined) throw new RangeError(`${c.rule} has no occurrence ${c.pick}`)
      return format(at, c.show)
    }
  }
}

/** A wrong answer given as the mistaken reading that computes it. */
export type WrongCalc = readonly [calc: Calc, mistake: string]

/** A scenario whose key and wrong answers are readings the key test evaluates again. */
export interface CalcScenario extends Scenario {
  readonly calcs: { readonly key: Calc; readonly wrong: readonly WrongCalc[] }
}

/** The scenario of a stem, the key's reading and the mistaken readings. */
export function computed(stem: string, key: Calc, wrong: readonly WrongCalc[]): CalcScenario {
  // A mistaken reading that leaves no answer at all (no common window) is no distractor.
  const kept = wrong.filter(([calc]) => {
    try {
      evaluate(calc)
      return true
    } catch (error) {
      if (error instanceof VariantError) return false
      throw error
    }
  })
  return {
    stem,
    key: evaluate(key),
    wrong: kept.map(([calc, mistake]): Wrong => [evaluate(calc), mistake]),
    calcs: { key, wrong: kept },
  }
}

export { wallOf }
