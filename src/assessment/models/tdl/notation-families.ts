import type { Rng } from '../../rng.js'
import {
  at,
  clock,
  conversion,
  DAY,
  day,
  family,
  HOUR,
  iso,
  isoMinute,
  LOS_ANGELES,
  MIN,
  MONTHS,
  NEW_YORK,
  offsetText,
  UTC,
  utcText,
  when,
  year,
  type Zone,
} from './tdl-text.js'

// Date and time notation: ISO 8601 dates, week numbers, ordinal dates, durations and
// timestamps with offsets; the day-first and month-first orders countries write; and the
// 12-hour clock's 12 AM and 12 PM. Each stem states the convention the key depends on.

const plus = (w: number, n: number): number => w + n * DAY
const dow = (w: number): number => new Date(w).getUTCDay()
const yearOf = (w: number): number => new Date(w).getUTCFullYear()
/** Day of the year, 1 January being 1. */
const dayOfYear = (w: number): number => (w - Date.UTC(yearOf(w), 0, 1)) / DAY + 1
/** ISO 8601 week: weeks run Monday to Sunday and a week belongs to the year of its Thursday. */
function isoWeek(w: number): readonly [number, number] {
  const thursday = plus(w, 3 - ((dow(w) + 6) % 7))
  return [yearOf(thursday), Math.floor((dayOfYear(thursday) - 1) / 7) + 1]
}
/** Week 1 is the week holding 1 January, weeks starting on `first` (0 Sunday, 1 Monday). */
function jan1Week(w: number, first: number): number {
  const jan1 = Date.UTC(yearOf(w), 0, 1)
  return Math.floor((dayOfYear(w) - 1 + ((dow(jan1) - first + 7) % 7)) / 7) + 1
}
/** Seven-day blocks counted from 1 January. */
const blockWeek = (w: number): number => Math.floor((dayOfYear(w) - 1) / 7) + 1
/** Week 1 is the year's first full Monday-to-Sunday week; days before it are week 0. */
function fullWeek(w: number): number {
  const jan1 = Date.UTC(yearOf(w), 0, 1)
  const monday = plus(jan1, (8 - dow(jan1)) % 7)
  return Math.floor((w - monday) / DAY / 7) + 1
}
const wk = (y: number, n: number) => `${y}-W${String(n).padStart(2, '0')}`

/** The Monday of ISO week `n` of ISO year `y`: week 1 holds 4 January. */
function isoMonday(y: number, n: number): number {
  const jan4 = Date.UTC(y, 0, 4)
  return plus(jan4, -((dow(jan4) + 6) % 7) + 7 * (n - 1))
}

const pad = (n: number) => String(n).padStart(2, '0')
const mdy = (w: number) => {
  const d = new Date(w)
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`
}
/** The date whose day and month are `w`'s swapped, when that is a date. */
function swapped(w: number): number {
  const d = new Date(w)
  return Date.UTC(d.getUTCFullYear(), d.getUTCDate() - 1, d.getUTCMonth() + 1)
}
/** A date whose day is 12 or less and differs from its month, so both orders read as dates. */
function ambiguous(rng: Rng): number {
  const m = rng.int(1, 12)
  let d = rng.int(1, 12)
  while (d === m) d = rng.int(1, 12)
  return at(year(rng), m, d)
}
/** An Etc zone `hours` behind UTC: its POSIX name carries a plus sign. */
const ETC = (hours: number): Zone => ({
  id: `Etc/GMT+${hours}`,
  city: `Etc/GMT+${hours}`,
  std: -60 * hours,
  rule: 'none',
})
/**
 * Days the week-1 slip moves a date: when 1 January falls Friday to Sunday the week holding it
 * comes a week before ISO week 1; Tuesday to Thursday, the first full week comes a week after;
 * on a Monday every reading agrees.
 */
function otherWeek1(y: number): number {
  const j = dow(Date.UTC(y, 0, 1))
  if (j === 1) return 0
  return j >= 5 || j === 0 ? -7 : 7
}
/** Day `n` of a year read as if every month had `len` days, when that month has such a day. */
function monthsOf(y: number, n: number, len: number, why: string): [string, string][] {
  const [m, d] = [Math.floor((n - 1) / len), ((n - 1) % len) + 1]
  return d <= new Date(Date.UTC(y, m + 1, 0)).getUTCDate() ? [[day(Date.UTC(y, m, d)), why]] : []
}
const utcStamp = (t: number) => `${isoMinute(t)}Z`

export const NOTATION_FAMILIES = [
  family('iso-week-date-with-a-weekday-number', (rng) => {
    const y = rng.pick([2027, 2028, 2029])
    const n = rng.int(3, 50)
    const d = rng.int(2, 6)
    const monday = isoMonday(y, n)
    return {
      stem: `A delivery schedule gives dates in ISO 8601 week-date form, ${wk(y, n)}-${d}: weeks run Monday to Sunday, week 1 holds 4 January, and the last digit is the day of the week, 1 for Monday to 7 for Sunday. What date is ${wk(y, n)}-${d}?`,
      key: day(plus(monday, d - 1)),
      wrong: [
        [day(plus(monday, d - 2)), 'numbers the days from Sunday as 1, as US calendars do'],
        [day(plus(monday, d)), 'numbers the days from Monday as 0'],
        [
          day(plus(Date.UTC(y, 0, 1), 7 * (n - 1) + d - 1)),
          'counts whole weeks from 1 January, whatever its weekday',
        ],
        [
          day(plus(monday, d - 1 + otherWeek1(y))),
          'takes week 1 as the week holding 1 January, or the first full week',
        ],
      ],
      figures: { y, n, d },
    }
  }),
  family('monday-of-an-iso-week', (rng) => {
    const y = rng.pick([2027, 2028])
    const n = rng.int(3, 50)
    return {
      stem: `A German client asks for delivery on the Monday of ${wk(y, n)}. In ISO 8601, weeks run Monday to Sunday and week 1 is the week that holds 4 January (so the year’s first Thursday). What date is that Monday?`,
      key: day(isoMonday(y, n)),
      wrong: [
        [
          day(plus(Date.UTC(y, 0, 1), 7 * (n - 1))),
          'counts whole weeks from 1 January, whatever its weekday',
        ],
        [day(plus(isoMonday(y, n), -1)), 'starts the week on Sunday, as US calendars do'],
        [day(plus(isoMonday(y, n), 7)), 'takes the week after the one holding 1 January as week 1'],
        [day(plus(isoMonday(y, n), -7)), 'takes the week holding 1 January as week 1'],
      ],
      figures: { y, n },
    }
  }),
  family('iso-week-at-the-turn-of-the-year', (rng) => {
    const w = rng.pick([
      at(2027, 1, 1),
      at(2027, 1, 2),
      at(2027, 1, 3),
      at(2028, 1, 1),
      at(2028, 1, 2),
      at(2029, 12, 31),
      at(2028, 12, 31),
      at(2027, 12, 31),
    ])
    const [iy, n] = isoWeek(w)
    const y = yearOf(w)
    return {
      stem: `A project tracker labels weeks in ISO 8601 form, year-Wnn: weeks run Monday to Sunday, week 1 holds the year’s first Thursday, and a week carries the year its Thursday falls in. What label does ${day(w)} carry?`,
      key: wk(iy, n),
      // A count that runs past week 53 gives a label no ISO calendar shows, which a candidate
      // strikes out unread, so it is no distractor.
      wrong: (
        [
          [wk(y, jan1Week(w, 1)), 'takes week 1 as the week holding 1 January'],
          [wk(y, n), 'labels the week with the date’s own calendar year'],
          [wk(y, blockWeek(w)), 'counts seven-day blocks from 1 January'],
          [wk(y, jan1Week(w, 0)), 'takes the US count, weeks starting on Sunday'],
          [
            wk(y, Math.max(1, fullWeek(w))),
            'takes week 1 as the first full week, counting days before it in week 1',
          ],
          [wk(iy, n + 1), 'counts the part-week before week 1 as a week of its own'],
        ] as const
      ).filter(([label]) => Number(label.slice(-2)) <= 53),
      figures: { date: iso(w) },
    }
  }),
  family('us-written-invoice-date-net-30', (rng) => {
    const inv = ambiguous(rng)
    return {
      stem: `A US client’s invoice is dated ${mdy(inv)}, written month/day/year as in the US, on terms of net 30: due 30 calendar days after the invoice date. What is the due date, in ISO 8601 (year-month-day)?`,
      key: iso(plus(inv, 30)),
      wrong: [
        [iso(plus(swapped(inv), 30)), 'reads the date day first, as in Europe'],
        [iso(plus(inv, 29)), 'counts the invoice date as day 1'],
        [
          iso(Date.UTC(yearOf(inv), new Date(inv).getUTCMonth() + 1, new Date(inv).getUTCDate())),
          'reads net 30 as one calendar month',
        ],
        [
          iso(plus(Date.UTC(yearOf(inv), new Date(inv).getUTCMonth() + 1, 0), 30)),
          'counts from the end of the invoice month, as for EOM terms',
        ],
      ],
      figures: { inv: iso(inv) },
    }
  }),
  family('day-first-deadline-days-away', (rng) => {
    const due = ambiguous(rng)
    const today = plus(Math.min(due, swapped(due)), -rng.int(5, 25))
    const t = new Date(today)
    const d = new Date(due)
    const dotted = `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`
    const n = (due - today) / DAY
    const us = (swapped(due) - today) / DAY
    return {
      stem: `A German client writes that the final files are due on ${dotted}, in the German day.month.year order. Today is ${day(today)}. How many calendar days away is the deadline (the deadline day counted, today not)?`,
      key: `${n} days`,
      wrong: [
        [`${us} days`, 'reads the date month first, as in the US'],
        [`${n + 1} days`, 'counts today as well'],
        [`${n - 1} days`, 'leaves out the deadline day'],
        [
          `${30 * (12 * (d.getUTCFullYear() - t.getUTCFullYear()) + d.getUTCMonth() - t.getUTCMonth()) + d.getUTCDate() - t.getUTCDate()} days`,
          'counts each month between as 30 days',
        ],
      ],
      figures: { due: iso(due), today: iso(today) },
    }
  }),
  family('iso-duration-months-and-minutes', (rng) => {
    const start = at(year(rng), rng.int(1, 9), rng.int(1, 28), rng.int(8, 16), 0)
    const n = rng.int(2, 5)
    const monthLater = Date.UTC(
      yearOf(start),
      new Date(start).getUTCMonth() + n,
      new Date(start).getUTCDate(),
      new Date(start).getUTCHours(),
    )
    return {
      stem: `A retainer starts at ${isoMinute(start)} and its contract gives the term as the ISO 8601 duration P${n}M (in ISO 8601, M before T is months and M after T is minutes; a month term ends on the same day and time ${n} months later). When does the term end?`,
      key: isoMinute(monthLater),
      wrong: [
        [isoMinute(start + n * MIN), `reads P${n}M as ${n} minutes`],
        [isoMinute(plus(start, 30 * n)), `counts ${n} months as ${30 * n} days`],
        [isoMinute(plus(start, 7 * n)), `reads it as ${n} weeks`],
        [isoMinute(start + n * HOUR), `reads it as ${n} hours`],
      ],
      figures: { start: isoMinute(start), n },
    }
  }),
  family('timestamp-with-an-offset-to-utc', (rng) => {
    const off = rng.pick([-300, -240, -180, 330, 345, 540, 600])
    const local = at(
      year(rng),
      rng.int(1, 12),
      rng.int(1, 27),
      rng.pick([0, 1, 2, 21, 22, 23]),
      rng.pick([0, 15, 30, 45]),
    )
    const t = local - off * MIN
    return {
      stem: `A client’s system logs an order at ${isoMinute(local)}${offsetText(off).replace('−', '-')} (ISO 8601: local time followed by its offset from UTC). What is that instant in UTC?`,
      key: utcStamp(t),
      wrong: [
        [utcStamp(local + off * MIN), 'adds the offset instead of subtracting it'],
        [utcStamp(local), 'drops the offset and reads the local time as UTC'],
        [
          utcStamp(
            Date.UTC(yearOf(local), new Date(local).getUTCMonth(), new Date(local).getUTCDate()) +
              (((t % DAY) + DAY) % DAY),
          ),
          'converts the time but keeps the local date',
        ],
        [
          utcStamp(local - Math.trunc(off / 60) * HOUR),
          'applies only the whole hours of the offset',
        ],
      ],
      figures: { local: isoMinute(local), off },
    }
  }),
  family('ordinal-date-to-calendar-date', (rng) => {
    const y = rng.pick([2027, 2028])
    const n = rng.int(40, 340)
    const date = plus(Date.UTC(y, 0, 1), n - 1)
    const other = y === 2028 ? 2027 : 2028
    const sameDayOther = plus(Date.UTC(other, 0, 1), n - 1)
    const dm = new Date(sameDayOther)
    return {
      stem: `A batch label carries the ISO 8601 ordinal date ${y}-${String(n).padStart(3, '0')} (year, then day of the year, 1 January being day 001). ${y === 2028 ? '2028 is a leap year.' : '2027 is not a leap year.'} What calendar date is it?`,
      key: day(date),
      wrong: [
        [day(plus(Date.UTC(y, 0, 1), n)), 'counts 1 January as day 0'],
        [
          day(Date.UTC(y, dm.getUTCMonth(), dm.getUTCDate())),
          y === 2028 ? 'forgets the leap day, 29 February' : 'adds a leap day 2027 does not have',
        ],
        ...monthsOf(y, n, 30, 'counts every month as 30 days'),
        ...monthsOf(y, n, 31, 'counts every month as 31 days'),
      ],
      figures: { y, n },
    }
  }),
  family('unix-timestamp-to-utc', (rng) => {
    const t = at(
      rng.pick([2027, 2028]),
      rng.int(1, 12),
      rng.int(1, 28),
      rng.int(0, 23),
      rng.pick([0, 10, 20, 30, 40, 50]),
    )
    const s = t / 1000
    const zone = NEW_YORK
    return {
      stem: `An API gives a payment time as the Unix timestamp ${s} (seconds since 1970-01-01T00:00Z, leap seconds not counted). The client is in New York, which is on ${utcText(-300)} in winter and ${utcText(-240)} in summer. What is the payment time in UTC?`,
      key: utcStamp(t),
      wrong: [
        [utcStamp(t - 5 * HOUR), 'shows New York winter time labelled as UTC'],
        [utcStamp(t - 4 * HOUR), 'shows New York summer time labelled as UTC'],
        [utcStamp(t + 5 * HOUR), 'applies New York’s offset the wrong way'],
        [utcStamp(Math.round(s / 1000) * 1000), 'reads the seconds as milliseconds'],
      ],
      figures: { s, zone: zone.id },
    }
  }),
  conversion('utc-time-to-a-us-client-on-the-12-hour-clock', (rng) => {
    const w = at(
      year(rng),
      rng.int(6, 8),
      rng.int(1, 28),
      rng.int(15, 23),
      rng.pick([0, 15, 30, 45]),
    )
    return {
      stem: `A webinar starts at ${clock(w)} UTC on ${day(w)}. A Los Angeles client, on ${utcText(-420)} that day, reads times on the 12-hour clock. At what local time does the webinar start for them?`,
      from: UTC,
      to: LOS_ANGELES,
      wall: w,
      show: 'clock12',
      slips: [
        ['rev', 'adds the offset instead of subtracting it'],
        ['stdB', 'uses Los Angeles’s winter offset, UTC−08:00'],
        ['toUtc', 'reads the UTC time as local time'],
        ['dstB', 'adds a daylight hour to the daylight offset again'],
      ],
    }
  }),
  family('weekday-of-a-date-across-a-leap-year', (rng) => {
    // Dates before 29 February move on one weekday, those after it two: a candidate who always
    // adds the leap day is caught as surely as one who forgets it.
    const w = at(2028, rng.next() < 0.4 ? rng.int(1, 2) : rng.int(3, 12), rng.int(1, 28))
    const early = new Date(w).getUTCMonth() < 2
    const d = new Date(w)
    const lastYear = Date.UTC(2027, d.getUTCMonth(), d.getUTCDate())
    const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
    return {
      stem: `A client’s calendar shows ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} 2027 as a ${names[dow(lastYear)]}. 2028 is a leap year (29 February 2028 exists). What weekday is ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} 2028?`,
      key: names[dow(w)]!,
      wrong: [
        early
          ? [
              names[(dow(lastYear) + 2) % 7]!,
              'moves on two weekdays for the leap year, though the date comes before 29 February',
            ]
          : [names[(dow(lastYear) + 1) % 7]!, 'moves on one weekday, forgetting the leap day'],
        [names[dow(lastYear)]!, 'keeps the same weekday'],
        [names[(dow(lastYear) + 6) % 7]!, 'moves back one weekday instead of on'],
      ],
      figures: { date: iso(w) },
    }
  }),
  family('iso-duration-to-decimal-hours', (rng) => {
    const d = rng.int(0, 1)
    const h = rng.int(1, 7)
    const m = rng.pick([15, 30, 45])
    const text = `P${d ? `${d}D` : ''}T${h}H${m}M`
    const total = d * 24 * 60 + h * 60 + m
    return {
      stem: `A time-tracking export gives a task’s duration as the ISO 8601 duration ${text} (D days of 24 hours, then after T hours H and minutes M). How many hours is that, in decimal hours to two places, for the invoice?`,
      key: `${(total / 60).toFixed(2)} h`,
      wrong: [
        [
          `${(d * 24 + h + m / 100).toFixed(2)} h`,
          'writes the minutes after the point as if they were hundredths',
        ],
        [`${((h * 60 + m) / 60).toFixed(2)} h`, 'drops the day before the T'],
        [
          `${((d * 8 * 60 + h * 60 + m) / 60).toFixed(2)} h`,
          'counts the day as an 8-hour working day',
        ],
        [`${(d * 24 + h).toFixed(2)} h`, 'drops the minutes'],
        [`${(total / 100).toFixed(2)} h`, 'divides the total minutes by 100'],
      ],
      figures: { d, h, m },
    }
  }),
  conversion('posix-style-zone-name-sign', (rng) => {
    const hours = rng.pick([3, 4, 5, 6, 7, 8])
    const z = ETC(hours)
    const w = at(year(rng), rng.int(1, 12), rng.int(1, 28), rng.int(6, 20), rng.pick([0, 30]))
    return {
      stem: `A client’s scheduler runs a job at ${clock(w)} on ${day(w)} in the zone named ${z.id}. In these Etc names the sign is the POSIX one, reversed from the usual: ${z.id} is ${utcText(z.std)}. At what UTC time does the job run?`,
      from: z,
      to: UTC,
      wall: w,
      slips: [
        ['rev', `reads ${z.id} as ${utcText(-z.std)}, the sign as written`],
        ['utc', 'takes the scheduled time as UTC'],
        ['dstA', 'adds a daylight hour the Etc zones never keep'],
        ['keep', 'converts the clock but keeps the local date'],
      ],
    }
  }),
  family('iso-24-00-end-of-day', (rng) => {
    const w = at(year(rng), rng.int(1, 12), rng.int(1, 27))
    return {
      stem: `A contract gives a deadline as ${iso(w)}T24:00. Its definitions say that 24:00 on a date is the end of that day, the same instant as 00:00 on the next day. What is that deadline, as day and time?`,
      key: when(plus(w, 1)),
      wrong: [
        [when(w), 'reads 24:00 as the start of the day named'],
        [when(w + 12 * HOUR), 'reads 24:00 as 12 o’clock midday'],
        [when(plus(w, 1) + 24 * HOUR), 'adds 24 hours to the next day as well'],
        [when(w + 23 * HOUR + 59 * MIN), 'takes 24:00 as 23:59 on the day named'],
      ],
      figures: { date: iso(w) },
    }
  }),
  family('spreadsheet-serial-date', (rng) => {
    const serial = rng.int(46_400, 47_500)
    const epoch = Date.UTC(1899, 11, 30)
    return {
      stem: `A client’s spreadsheet export shows an invoice date as the serial number ${serial.toLocaleString('en-US')} in the 1900 date system, where serial 1 is 1 January 1900 and, copying an old bug, 1900 is counted as a leap year (so for any date after February 1900 the serial counts days from 30 December 1899). What is the invoice date?`,
      key: day(plus(epoch, serial)),
      wrong: [
        [
          day(plus(Date.UTC(1900, 0, 1), serial - 1)),
          'counts from 1 January 1900 as serial 1, forgetting the phantom 29 February',
        ],
        [
          day(plus(Date.UTC(1904, 0, 1), serial)),
          'uses the 1904 date system of older Mac spreadsheets',
        ],
        [day(plus(Date.UTC(1970, 0, 1), serial)), 'counts days from the Unix epoch'],
        [day(plus(Date.UTC(1900, 0, 1), serial)), 'counts from 1 January 1900 as serial 0'],
      ],
      figures: { serial },
    }
  }),
]
