import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Calc, type CalcScenario, computed, isoWeek } from './calc.js'
import { at, changeDays, weekdayIn, year, ymd } from './draws.js'
import { DAY, isoDate, longDate, longDay, naive } from './zone-rules.js'

const family = (id: string, draw: (rng: Rng) => CalcScenario): ScenarioFamily => ({ id, draw })
/**
 * The days around New Year, 2024–2029, whose ISO 8601 week belongs to the other year (29–31
 * December in week 1 of the next year, 1–3 January in week 52 or 53 of the last): the cases the
 * turn-of-the-year family asks about, where the week-based year is the point.
 */
const TURN_OF_YEAR: readonly number[] = [2024, 2025, 2026, 2027, 2028, 2029].flatMap((y) =>
  [ymd(y, 12, 28), ymd(y, 12, 29), ymd(y, 12, 30), ymd(y, 12, 31)]
    .concat([1, 2, 3].map((d) => ymd(y + 1, 1, d)))
    .filter((t) => isoWeek(t).slice(0, 4) !== String(new Date(t).getUTCFullYear())),
)
const listed = (days: readonly number[]) => days.map((d) => longDate(d)).join(' and ')

/** Easter Sunday (Gregorian), by the anonymous algorithm in Meeus's Astronomical Algorithms. */
function easter(y: number): number {
  const a = y % 19
  const b = Math.floor(y / 100)
  const c = y % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return ymd(y, month, day)
}

/** A working-day deadline over stated holidays, with the usual miscounts. */
function deadline(
  start: number,
  n: number,
  holidays: readonly number[],
  what: string,
  partly?: { readonly holidays: readonly number[]; readonly mistake: string },
): CalcScenario {
  const h = holidays.map(isoDate)
  const base = { op: 'workday', start: isoDate(start), n, holidays: h, show: 'day' } as const
  return computed(
    `${what} arrives on ${longDay(start)}. The contract gives ${n} business days (Monday to Friday, the day of receipt not counted); ${listed(holidays)} ${holidays.length === 1 ? 'is a public holiday' : 'are public holidays'}. On which day is the reply due?`,
    base,
    [
      [{ ...base, calendar: true }, 'counted calendar days, weekends and holidays included'],
      [{ ...base, weekendsOnly: true }, 'skipped weekends but not the stated holidays'],
      [{ ...base, countStart: true }, 'counted the day of receipt as the first business day'],
      [
        { ...base, calendar: true, countStart: true },
        'counted calendar days from the day of receipt as day one',
      ],
      ...(partly
        ? [[{ ...base, holidays: partly.holidays.map(isoDate) }, partly.mistake] as const]
        : []),
    ],
  )
}

/** Business-day deadlines, day counts, ISO 8601 weeks and durations, and clock notation. */
export const DATE_FAMILIES: readonly ScenarioFamily[] = [
  family('business-day-deadline-over-a-holiday', (rng) => {
    const y = year(rng)
    const start = weekdayIn(rng, ymd(y, 5, 4), ymd(y, 9, 20))
    const n = rng.int(5, 9)
    const holiday = weekdayIn(rng, start + DAY, start + (n - 1) * DAY)
    return deadline(start, n, [holiday], 'A client’s request')
  }),
  family('business-day-deadline-over-easter', (rng) => {
    const y = year(rng)
    const e = easter(y)
    const start = weekdayIn(rng, e - 9 * DAY, e - 2 * DAY)
    // Enough business days to run past Easter Monday, so that skipping the holidays matters.
    const before = (e - 3 * DAY - start) / DAY - (start < e - 7 * DAY ? 2 : 0)
    return deadline(start, before + rng.int(2, 4), [e - 2 * DAY, e + DAY], 'A supplier’s query', {
      holidays: [e - 2 * DAY],
      mistake: 'skipped Good Friday but counted Easter Monday as a working day',
    })
  }),
  family('business-day-deadline-over-christmas', (rng) => {
    const y = rng.pick([2025, 2026])
    const start = weekdayIn(rng, ymd(y, 12, 15), ymd(y, 12, 24))
    const holidays = [ymd(y, 12, 25), ymd(y, 12, 26), ymd(y + 1, 1, 1)].filter(
      (t) => ![0, 6].includes(new Date(t).getUTCDay()),
    )
    return deadline(start, rng.int(4, 8), holidays, 'A board paper for review')
  }),
  family('business-days-between-two-dates', (rng) => {
    const y = year(rng)
    const start = weekdayIn(rng, ymd(y, 2, 2), ymd(y, 10, 1))
    const end = start + rng.int(9, 25) * DAY
    const holiday = weekdayIn(rng, start + DAY, end)
    const base = {
      op: 'workdays',
      start: isoDate(start),
      end: isoDate(end),
      holidays: [isoDate(holiday)],
      show: 'days',
    } as const
    return computed(
      `A contractor is booked from ${longDay(start)} to ${longDay(naive(isoDate(end)))}, both days included, and is paid per business day (Monday to Friday); ${longDate(holiday)} is a public holiday. How many days are billable?`,
      base,
      [
        [{ ...base, calendar: true }, 'counted calendar days'],
        [{ ...base, weekendsOnly: true }, 'left the public holiday in'],
        [
          { ...base, start: isoDate(start + DAY) },
          'counted the span between the dates, leaving out the first day',
        ],
      ],
    )
  }),
  family('calendar-day-payment-term', (rng) => {
    const y = year(rng)
    const start = weekdayIn(rng, ymd(y, 1, 5), ymd(y, 11, 20))
    const n = rng.pick([14, 30, 45])
    const base = {
      op: 'workday',
      start: isoDate(start),
      n,
      holidays: [],
      calendar: true,
      show: 'day',
    } as const
    return computed(
      `An invoice dated ${longDay(start)} is payable “net ${n}”: ${n} calendar days after the invoice date. On which day is it due?`,
      base,
      [
        [{ ...base, calendar: false }, 'counted business days instead of calendar days'],
        [{ ...base, countStart: true }, 'counted the invoice date as day one'],
        [
          { ...base, n: n === 30 ? 31 : n + 1 },
          'added a day for the day the invoice reached the client',
        ],
      ],
    )
  }),
  family('conference-length-in-days-inclusive', (rng) => {
    const y = year(rng)
    const start = weekdayIn(rng, ymd(y, 3, 2), ymd(y, 11, 10))
    // The fair runs through at least one whole weekend, so counting only weekdays is always a
    // different count from subtracting the dates; every mistake then undercounts, and the key
    // is not the middle of a run of off-by-one answers around it.
    const sunday = start + ((7 - new Date(start).getUTCDay()) % 7) * DAY
    const end = sunday + rng.int(0, 6) * DAY
    const base = {
      op: 'workdays',
      start: isoDate(start),
      end: isoDate(end),
      holidays: [],
      calendar: true,
      show: 'days',
    } as const
    return computed(
      `A trade fair runs from ${longDay(start)} to ${longDay(end)}, both days included, and is open every day of that span. For how many days must the stand staff be booked?`,
      base,
      [
        [
          { ...base, start: isoDate(start + DAY) },
          'subtracted the dates, leaving out the first day',
        ],
        [{ ...base, calendar: false }, 'counted only the weekdays of the fair'],
        [
          { ...base, calendar: false, start: isoDate(start + DAY) },
          'counted only weekdays and left out the first day as well',
        ],
      ],
    )
  }),
  family('iso-week-number', (rng) => {
    // Years whose 1 January falls on a Friday or Saturday: week 1 starts on the first Monday,
    // so a week count that starts at 1 January is off by one, as it is in practice.
    const y = rng.pick([2027, 2028])
    const date = isoDate(ymd(y, rng.int(3, 11), rng.int(1, 28)))
    const key: Calc = { op: 'isoWeek', date, show: 'week' }
    return computed(
      `A client’s project plan is written in ISO 8601 week numbers. Which week holds ${longDay(naive(date))}?`,
      key,
      [
        [{ ...key, mode: 'us' }, 'counted Sunday-first weeks from the week holding 1 January'],
        [{ ...key, mode: 'days' }, 'counted blocks of seven days from 1 January'],
        [{ ...key, mode: 'month' }, 'gave the week of the month, not of the year'],
        [
          { ...key, date: isoDate(naive(date) - 7 * DAY) },
          'numbered the first full Monday-to-Sunday week 0, not 1',
        ],
      ],
    )
  }),
  family('iso-week-at-the-turn-of-the-year', (rng) => {
    const date = isoDate(rng.pick(TURN_OF_YEAR))
    const key: Calc = { op: 'isoWeek', date, show: 'week' }
    return computed(
      `Under ISO 8601 (weeks start on Monday; week 1 is the week holding the year’s first Thursday), which week holds ${longDay(naive(date))}?`,
      key,
      [
        [{ ...key, mode: 'us' }, 'counted Sunday-first weeks from the week holding 1 January'],
        [
          { ...key, mode: 'days' },
          'took the calendar year and counted seven-day blocks from 1 January',
        ],
        [
          { ...key, mode: 'calendarYear' },
          'kept the date’s calendar year with the ISO week number',
        ],
        [
          { ...key, mode: 'mondayZero' },
          'counted weeks from the year’s first Monday, the days before it as week 0',
        ],
        [
          { ...key, date: isoDate(naive(date) - 7 * DAY) },
          'counted only the weeks completed before the date',
        ],
      ],
    )
  }),
  family('duration-pt24h-across-spring-forward', (rng) => {
    const c = changeDays(year(rng))
    const eu = rng.next() < 0.5
    const zone = eu
      ? // Zones three hours ahead of UTC in summer: with one or two hours ahead, the end in UTC
        // would read the same as one of the other mistakes.
        rng.pick(['Europe/Athens', 'Europe/Helsinki'])
      : rng.pick(['America/New_York', 'America/Denver'])
    const local = at((eu ? c.euSpring : c.usSpring) - DAY, rng.int(9, 16))
    const key: Calc = { op: 'convert', from: zone, local, to: zone, add: 24 * 60, show: 'dayhm' }
    return computed(
      `An event in ${zone} starts ${longDay(naive(local))} at ${local.slice(11)} with DURATION:PT24H; the clocks go forward that night. RFC 5545 §3.3.6 makes PT24H an exact 24 hours. When does it end on the local clock?`,
      key,
      [
        [{ ...key, add: 23 * 60 }, 'read PT24H as a nominal day, the same clock time next day'],
        [{ ...key, add: 22 * 60 }, 'took an hour off for the change instead of adding it'],
        [{ ...key, to: 'UTC' }, 'gave the end in UTC'],
      ],
    )
  }),
  family('duration-p1d-across-fall-back', (rng) => {
    const c = changeDays(year(rng))
    const eu = rng.next() < 0.5
    const zone = eu
      ? rng.pick(['Europe/Paris', 'Europe/Athens'])
      : rng.pick(['America/Chicago', 'America/Los_Angeles'])
    const local = at((eu ? c.euAutumn : c.usAutumn) - DAY, rng.int(9, 16))
    const key: Calc = { op: 'convert', from: zone, local, to: zone, add: 25 * 60, show: 'dayhm' }
    return computed(
      `An event in ${zone} starts ${longDay(naive(local))} at ${local.slice(11)} with DURATION:P1D; the clocks go back that night. RFC 5545 §3.3.6 makes P1D a nominal day. When does it end on the local clock?`,
      key,
      [
        [{ ...key, add: 24 * 60 }, 'read P1D as exactly 24 hours'],
        [{ ...key, add: 23 * 60 }, 'took an hour off for the change'],
        [{ ...key, to: 'UTC' }, 'gave the end in UTC'],
        [
          { ...key, add: 1, local: `${local.slice(0, 10)}T23:59` },
          'ended it at the close of the start day, as for an all-day event',
        ],
      ],
    )
  }),
  family('weeks-from-a-date', (rng) => {
    const y = year(rng)
    // March to September, so a month after the start is never exactly four weeks (February).
    const start = weekdayIn(rng, ymd(y, 3, 1), ymd(y, 10, 1))
    const weeks = rng.pick([4, 8, 12])
    const d = new Date(start)
    const months = Date.UTC(y, d.getUTCMonth() + weeks / 4, d.getUTCDate())
    const base = {
      op: 'workday',
      start: isoDate(start),
      n: 7 * weeks,
      holidays: [],
      calendar: true,
      show: 'day',
    } as const
    return computed(
      `A trial subscription taken on ${longDay(start)} lasts ${weeks} weeks and ends on the same weekday. On which day does it end?`,
      base,
      [
        [
          { ...base, calendar: false, n: 7 * weeks },
          'counted seven business days to a week, skipping weekends',
        ],
        [
          { ...base, n: 7 * weeks - 1 },
          'counted the start day as the first day, ending a day early',
        ],
        [
          { ...base, n: Math.round((months - start) / DAY) },
          'added a calendar month for every four weeks',
        ],
      ],
    )
  }),
  family('twelve-hour-from-midnight-or-noon-hour', (rng) => {
    const y = year(rng)
    const local = at(ymd(y, 6, 1), rng.pick([0, 12]), rng.pick([5, 10, 20, 40, 50]))
    const key: Calc = { op: 'convert', from: 'UTC', local, to: 'UTC', show: 'h12' }
    return computed(
      `An itinerary gives a departure at ${local.slice(11)} (24-hour clock). How is it written on the 12-hour clock a US traveller reads?`,
      key,
      [
        [{ ...key, add: 12 * 60 }, 'swapped AM and PM around noon and midnight'],
        [{ ...key, add: -60 }, 'took the 12 o’clock hour for the hour before it'],
        [
          { ...key, add: 11 * 60 },
          'swapped AM and PM and took the 12 o’clock hour for the hour before it',
        ],
      ],
    )
  }),
  family('deadline-from-month-end-in-business-days', (rng) => {
    const y = year(rng)
    const m = rng.int(1, 11)
    const end = Date.UTC(y, m, 0)
    const n = rng.int(5, 10)
    const base = { op: 'workday', start: isoDate(end), n, holidays: [], show: 'day' } as const
    return computed(
      `Timesheets are due ${n} business days (Monday to Friday) after the month ends on ${longDay(end)}. On which day are they due?`,
      base,
      [
        [{ ...base, calendar: true }, 'counted calendar days'],
        [{ ...base, countStart: true }, 'counted the month’s last day as the first business day'],
        [
          { ...base, start: isoDate(end + DAY) },
          'started counting after the first day of the new month',
        ],
        [
          { ...base, calendar: true, countStart: true },
          'counted calendar days, the month’s last day as day one',
        ],
        [
          { ...base, calendar: true, start: isoDate(end + DAY) },
          'counted calendar days from the first of the new month',
        ],
      ],
    )
  }),
  family('iso-ordinal-date', (rng) => {
    const y = year(rng)
    const n = rng.int(40, 330)
    const base = {
      op: 'workday',
      start: isoDate(ymd(y, 1, 1)),
      n: n - 1,
      holidays: [],
      calendar: true,
      show: 'day',
    } as const
    return computed(
      `A shipping manifest dates a delivery ${y}-${String(n).padStart(3, '0')} (an ISO 8601 ordinal date: year and day of the year). On which day is the delivery?`,
      base,
      [
        [{ ...base, n }, 'counted 1 January as day 0'],
        [{ ...base, calendar: false, n: n - 1 }, 'counted only working days from 1 January'],
        [
          { ...base, n: thirtyDayMonths(y, n) },
          'took every month as 30 days long and counted month by month',
        ],
      ],
    )
  }),
]

/** Days after 1 January of the date day `n` of the year names when every month is taken as 30 days. */
function thirtyDayMonths(y: number, n: number): number {
  return (ymd(y, 1 + Math.floor((n - 1) / 30), 1 + ((n - 1) % 30)) - ymd(y, 1, 1)) / DAY
}
