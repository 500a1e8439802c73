import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Calc, computed } from './calc.js'
import { weekdayIn, year, ymd } from './draws.js'
import { DAY, isoDate, longDate } from './zone-rules.js'

type Pick = number | 'last' | 'count'

/** A recurrence question: DTSTART, RRULE, what is asked, and each misreading as another rule. */
interface RuleCase {
  readonly start: number
  readonly rule: string
  readonly pick: Pick
  readonly ask: string
  readonly wrong: readonly (readonly [rule: string, mistake: string, pick?: Pick, start?: number])[]
  /** Dates written with their year (ISO 8601), where occurrences fall in different years. */
  readonly withYear?: boolean
}

const show = (pick: Pick, withYear = false) =>
  pick === 'count' ? 'count' : withYear ? 'iso' : 'day'

function recurrence(id: string, draw: (rng: Rng) => RuleCase): ScenarioFamily {
  return {
    id,
    draw: (rng) => {
      const c = draw(rng)
      const start = isoDate(c.start)
      const key: Calc = {
        op: 'rrule',
        start,
        rule: c.rule,
        pick: c.pick,
        show: show(c.pick, c.withYear),
      }
      return computed(
        `An event starts on ${longDate(c.start)} (DTSTART;VALUE=DATE:${start.replace(/-/g, '')}) with RRULE:${c.rule}. Read as RFC 5545 §3.3.10 defines it, ${c.ask}?`,
        key,
        c.wrong.map(([rule, mistake, pick = c.pick, from = c.start]) => [
          { op: 'rrule', start: isoDate(from), rule, pick, show: show(pick, c.withYear) },
          mistake,
        ]),
      )
    },
  }
}

const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`
const WEEKDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']

/** The first date on or after `from` that falls on weekday `dow` (0 Sunday). */
const onOrAfter = (from: number, dow: number) =>
  from + ((dow - new Date(from).getUTCDay() + 7) % 7) * DAY
/** The n-th (1-based, or -1 for last) weekday `dow` of a month. */
function nthWeekday(y: number, m: number, dow: number, n: number): number {
  if (n > 0) return onOrAfter(ymd(y, m, 1), dow) + (n - 1) * 7 * DAY
  const last = Date.UTC(y, m, 0)
  return last - ((new Date(last).getUTCDay() - dow + 7) % 7) * DAY
}

/** Recurring events: what an RRULE's FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYSETPOS, COUNT and UNTIL mean. */
export const RECURRENCE_FAMILIES: readonly ScenarioFamily[] = [
  recurrence('monthly-on-the-31st-skips-short-months', (rng) => {
    const y = year(rng)
    const m = rng.pick([1, 3, 5])
    const n = rng.int(3, 6)
    return {
      start: ymd(y, m, 31),
      rule: `FREQ=MONTHLY;COUNT=${n}`,
      pick: 'last',
      ask: 'on which date is the last occurrence',
      wrong: [
        [
          `FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=${n}`,
          'moved the months without a 31st to their last day',
        ],
        [
          `FREQ=MONTHLY;COUNT=${n + 1}`,
          'counted COUNT after the first occurrence, not including it',
        ],
        [
          `FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=${n - 1}`,
          'took the month count as a span, ending on the last day',
        ],
      ],
    }
  }),
  recurrence('last-friday-of-the-month', (rng) => {
    const y = year(rng)
    const m = rng.int(1, 6)
    const k = rng.int(3, 6)
    return {
      start: nthWeekday(y, m, 5, -1),
      rule: 'FREQ=MONTHLY;BYDAY=-1FR',
      pick: k,
      ask: `on which date is the ${ordinal(k)} occurrence`,
      wrong: [
        ['FREQ=MONTHLY;BYDAY=1FR', 'read -1FR as the first Friday', k - 1],
        ['FREQ=MONTHLY;BYDAY=4FR', 'took the last Friday to be always the fourth', k],
        [
          'FREQ=MONTHLY;BYMONTHDAY=-1',
          'read -1 as the last day of the month, whatever its weekday',
          k,
        ],
        ['FREQ=MONTHLY;BYDAY=-2FR', 'read -1FR as one Friday before the last'],
        ['FREQ=MONTHLY;BYDAY=-1FR', 'did not count DTSTART as the first occurrence', k + 1],
      ],
    }
  }),
  recurrence('second-tuesday-of-the-month', (rng) => {
    const y = year(rng)
    const m = rng.int(1, 6)
    const k = rng.int(3, 6)
    return {
      start: nthWeekday(y, m, 2, 2),
      rule: 'FREQ=MONTHLY;BYDAY=2TU',
      pick: k,
      ask: `on which date is the ${ordinal(k)} occurrence`,
      wrong: [
        ['FREQ=MONTHLY;BYDAY=-2TU', 'counted the 2 from the end of the month'],
        ['FREQ=MONTHLY;BYMONTHDAY=2', 'read 2TU as the 2nd day of the month'],
        ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'read it as every second Tuesday'],
        ['FREQ=MONTHLY;BYDAY=2TU', 'did not count DTSTART as the first occurrence', k + 1],
        ['FREQ=MONTHLY;BYDAY=TU', 'read 2TU as every Tuesday of the month'],
      ],
    }
  }),
  recurrence('every-other-week-on-two-days', (rng) => {
    const y = year(rng)
    const n = 2 * rng.int(3, 5)
    return {
      start: onOrAfter(ymd(y, rng.int(1, 9), rng.int(1, 20)), 1),
      rule: `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=${n}`,
      pick: 'last',
      ask: 'on which date is the last occurrence',
      wrong: [
        [`FREQ=WEEKLY;BYDAY=MO,TH;COUNT=${n}`, 'ignored the INTERVAL of 2 and met every week'],
        [
          `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=${2 * n}`,
          'took COUNT as the number of weeks, two meetings in each',
        ],
        [
          `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=${n}`,
          'read the BYDAY list as one meeting a fortnight',
        ],
      ],
    }
  }),
  recurrence('until-bounds-the-last-occurrence', (rng) => {
    const y = year(rng)
    const start = onOrAfter(ymd(y, rng.int(1, 9), rng.int(1, 20)), rng.int(3, 5))
    const until = start + (rng.int(5, 10) * 7 + rng.int(1, 5)) * DAY
    const u = isoDate(until).replace(/-/g, '')
    return {
      start,
      rule: `FREQ=WEEKLY;UNTIL=${u}`,
      pick: 'last',
      ask: 'on which date is the last occurrence',
      wrong: [
        [`FREQ=DAILY;UNTIL=${u}`, 'took the UNTIL date itself as the last occurrence'],
        [`FREQ=WEEKLY;INTERVAL=2;UNTIL=${u}`, 'met every other week'],
        [
          `FREQ=WEEKLY;UNTIL=${isoDate(until - 7 * DAY).replace(/-/g, '')}`,
          'stopped a week early, as if UNTIL excluded its whole week',
        ],
        [
          `FREQ=WEEKLY;UNTIL=${isoDate(until + 6 * DAY).replace(/-/g, '')}`,
          'ran on to the end of the week UNTIL falls in',
        ],
      ],
    }
  }),
  recurrence('count-includes-dtstart-on-weekdays', (rng) => {
    const y = year(rng)
    const n = rng.int(6, 14)
    return {
      start: onOrAfter(ymd(y, rng.int(1, 10), rng.int(1, 20)), 1),
      rule: `FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=${n}`,
      pick: 'last',
      ask: 'on which date is the last occurrence',
      wrong: [
        [`FREQ=DAILY;COUNT=${n}`, 'counted weekend days as well'],
        [
          `FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=${n + 1}`,
          'did not count DTSTART as the first occurrence',
        ],
        [`FREQ=WEEKLY;BYDAY=MO;COUNT=${n}`, 'took it as once a week on the start day'],
      ],
    }
  }),
  recurrence('yearly-on-29-february', (rng) => {
    const y = rng.pick([2028, 2032])
    return {
      start: ymd(y, 2, 29),
      rule: 'FREQ=YEARLY;COUNT=3',
      pick: 2,
      withYear: true,
      ask: 'on which date is the second occurrence',
      wrong: [
        ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1', 'moved it to 28 February in common years'],
        ['FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1', 'moved it to 1 March in common years'],
        ['FREQ=YEARLY;COUNT=3', 'did not count DTSTART as the first occurrence', 3],
      ],
    }
  }),
  recurrence('last-working-day-of-the-month', (rng) => {
    const y = year(rng)
    const m = rng.int(1, 8)
    const k = rng.int(2, 5)
    const last = Date.UTC(y, m, 0)
    const dow = new Date(last).getUTCDay()
    const start = last - (dow === 0 ? 2 : dow === 6 ? 1 : 0) * DAY
    return {
      start,
      rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      pick: k,
      ask: `on which date is the ${ordinal(k)} occurrence`,
      wrong: [
        ['FREQ=MONTHLY;BYMONTHDAY=-1', 'took the last day of the month, weekend or not', k, last],
        ['FREQ=MONTHLY;BYDAY=-1FR', 'took the last Friday of the month'],
        [
          'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
          'read BYSETPOS -1 as the first working day',
          k + 1,
        ],
        [
          'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
          'counted BYSETPOS -1 as one before the last',
        ],
        [
          'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
          'counted DTSTART as an extra occurrence before the first',
          k - 1,
        ],
      ],
    }
  }),
  recurrence('first-monday-of-each-quarter', (rng) => {
    const y = year(rng)
    const k = rng.int(2, 4)
    return {
      start: nthWeekday(y, 1, 1, 1),
      rule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO',
      pick: k,
      withYear: true,
      ask: `on which date is the ${ordinal(k)} occurrence`,
      wrong: [
        ['FREQ=MONTHLY;BYDAY=1MO', 'ignored the INTERVAL of 3 and met every month'],
        ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1', 'took the first day of the quarter', k - 1],
        ['FREQ=MONTHLY;INTERVAL=3;BYDAY=-1MO', 'read 1MO as the last Monday'],
      ],
    }
  }),
  recurrence('fortnightly-payday-friday', (rng) => {
    const y = year(rng)
    const k = rng.int(4, 9)
    return {
      // A second or fourth Friday, so the twice-a-month misreading starts on DTSTART as RFC 5545
      // requires of a rule (a DTSTART off its own rule gives an undefined recurrence set).
      start: nthWeekday(y, rng.int(1, 6), 5, rng.pick([2, 4])),
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
      pick: k,
      ask: `on which date is the ${ordinal(k)} payday`,
      wrong: [
        ['FREQ=WEEKLY;BYDAY=FR', 'ignored the INTERVAL of 2 and paid every week'],
        ['FREQ=MONTHLY;BYDAY=2FR,4FR', 'read fortnightly as the 2nd and 4th Friday of each month'],
        [
          'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
          'counted the first payday after DTSTART as the first',
          k + 1,
        ],
        [
          'FREQ=WEEKLY;INTERVAL=3;BYDAY=FR',
          'took an interval of 2 as two clear weeks between paydays',
        ],
      ],
    }
  }),
  recurrence('every-weekday-count-until', (rng) => {
    const y = year(rng)
    const start = onOrAfter(ymd(y, rng.int(1, 10), rng.int(1, 15)), 1)
    // UNTIL on a weekday, so taking it as exclusive loses an occurrence.
    const until = weekdayIn(rng, start + 10 * DAY, start + 25 * DAY)
    const u = isoDate(until).replace(/-/g, '')
    return {
      start,
      rule: `FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL=${u}`,
      pick: 'count',
      ask: 'how many occurrences are there',
      wrong: [
        [`FREQ=DAILY;UNTIL=${u}`, 'counted every calendar day'],
        [
          `FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL=${isoDate(until - DAY).replace(/-/g, '')}`,
          'treated UNTIL as excluding its own date',
        ],
        [`FREQ=WEEKLY;UNTIL=${u}`, 'took it as once a week'],
        [
          `FREQ=DAILY;UNTIL=${isoDate(until - DAY).replace(/-/g, '')}`,
          'subtracted the start date from the UNTIL date, counting calendar days',
        ],
      ],
    }
  }),
  recurrence('last-day-of-every-month', (rng) => {
    const y = year(rng)
    const m = rng.pick([1, 3, 5, 7, 8, 10, 12])
    const k = rng.int(2, 5)
    return {
      start: Date.UTC(y, m, 0),
      rule: 'FREQ=MONTHLY;BYMONTHDAY=-1',
      pick: k,
      ask: `on which date is the ${ordinal(k)} occurrence`,
      wrong: [
        ['FREQ=MONTHLY;BYMONTHDAY=31', 'read -1 as the 31st, skipping shorter months'],
        ['FREQ=MONTHLY;BYMONTHDAY=1', 'read -1 as the first day of the month', k + 1],
        ['FREQ=MONTHLY;BYMONTHDAY=-2', 'counted -1 as the day before the last'],
        ['FREQ=MONTHLY;BYMONTHDAY=-1', 'did not count DTSTART as the first occurrence', k + 1],
      ],
    }
  }),
  recurrence('friday-the-13th-intersects-by-parts', (rng) => {
    const y = year(rng)
    let t = ymd(y, 1, 13)
    while (new Date(t).getUTCDay() !== 5)
      t = Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1, 13)
    return {
      start: t,
      rule: 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
      pick: 3,
      withYear: true,
      ask: 'on which date is the third occurrence',
      wrong: [
        ['FREQ=MONTHLY;BYMONTHDAY=13', 'kept every 13th, as if BYDAY were ignored'],
        ['FREQ=WEEKLY;BYDAY=FR', 'kept every Friday, as if BYMONTHDAY were ignored'],
        ['FREQ=MONTHLY;BYDAY=2FR', 'took the second Friday of each month'],
        ['FREQ=YEARLY;COUNT=3', 'repeated the date once a year, whatever its weekday'],
      ],
    }
  }),
  recurrence('fourth-thursday-of-november', (rng) => {
    const y = year(rng)
    const k = rng.int(2, 4)
    return {
      start: nthWeekday(y, 11, 4, 4),
      rule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=4TH',
      pick: k,
      withYear: true,
      ask: `on which date is the ${ordinal(k)} occurrence`,
      wrong: [
        ['FREQ=YEARLY;BYMONTH=11;BYDAY=-1TH', 'took the last Thursday of November'],
        ['FREQ=YEARLY;BYMONTH=11;BYDAY=1TH', 'took the first Thursday of November', k - 1],
        ['FREQ=YEARLY;COUNT=5', 'kept the same date every year'],
        [
          'FREQ=YEARLY;BYMONTH=11;BYDAY=4TH',
          'did not count DTSTART as the first occurrence',
          k + 1,
        ],
      ],
    }
  }),
  recurrence('every-third-day-count', (rng) => {
    const y = year(rng)
    const n = rng.int(5, 12)
    return {
      start: ymd(y, rng.int(1, 11), rng.int(1, 20)),
      rule: `FREQ=DAILY;INTERVAL=3;COUNT=${n}`,
      pick: 'last',
      ask: 'on which date is the last occurrence',
      wrong: [
        [`FREQ=DAILY;COUNT=${n}`, 'ignored the INTERVAL of 3'],
        [`FREQ=DAILY;INTERVAL=3;COUNT=${n + 1}`, 'counted COUNT intervals after DTSTART'],
        [
          `FREQ=DAILY;INTERVAL=4;COUNT=${n}`,
          'left two days between meetings plus the meeting day itself',
        ],
      ],
    }
  }),
  recurrence('weekly-without-byday-keeps-the-start-weekday', (rng) => {
    const y = year(rng)
    const dow = rng.int(2, 5)
    const n = rng.int(4, 9)
    return {
      start: onOrAfter(ymd(y, rng.int(1, 10), rng.int(1, 20)), dow),
      rule: `FREQ=WEEKLY;COUNT=${n}`,
      pick: 'last',
      ask: 'on which date is the last occurrence',
      wrong: [
        [`FREQ=WEEKLY;BYDAY=MO;COUNT=${n}`, 'assumed a weekly rule without BYDAY falls on Mondays'],
        [`FREQ=WEEKLY;COUNT=${n + 1}`, 'did not count DTSTART as the first occurrence'],
        [`FREQ=DAILY;COUNT=${n}`, 'read WEEKLY as every day'],
        [
          `FREQ=WEEKLY;BYDAY=${WEEKDAY[(dow + 1) % 7]};COUNT=${n}`,
          'put the meetings on the day after DTSTART',
        ],
      ],
    }
  }),
]
