import type { Rng } from '../../rng.js'
import { at, DAY, day, family, iso, year } from './tdl-text.js'

// Business days, public holidays and due dates. Each stem states its counting rule (which day
// is day 1, whether weekends and a named closure count, what a month-end clamp does), because
// those are what contracts and payment terms spell out and what a scheduler gets wrong.

const plus = (w: number, n: number): number => w + n * DAY
const dow = (w: number): number => new Date(w).getUTCDay()
const ymd = (w: number) => {
  const d = new Date(w)
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] as const
}
/** The last day of `w`'s month, `k` months on. */
function monthEnd(w: number, k = 0): number {
  const [y, m] = ymd(w)
  return Date.UTC(y, m + k, 0)
}
/** The same day `k` months on, or that month's last day when it is shorter. */
function addMonths(w: number, k: number): number {
  const [y, m, d] = ymd(w)
  return Math.min(Date.UTC(y, m - 1 + k, d), monthEnd(w, k))
}
/** The same day `k` months on, letting a day past the month's end run into the next month. */
function rollMonths(w: number, k: number): number {
  const [y, m, d] = ymd(w)
  return Date.UTC(y, m - 1 + k, d)
}
const weekday = (w: number, closed: readonly number[] = []) =>
  dow(w) !== 0 && dow(w) !== 6 && !closed.includes(w)
/** The `n`th business day after `w` (n < 0: before), skipping weekends and `closed` days. */
function business(w: number, n: number, closed: readonly number[] = []): number {
  const step = n < 0 ? -1 : 1
  let left = Math.abs(n)
  let t = w
  while (left > 0) {
    t = plus(t, step)
    if (weekday(t, closed)) left--
  }
  return t
}
/** `w` itself if a business day, else the next one. */
const onOrAfter = (w: number, closed: readonly number[] = []) =>
  weekday(w, closed) ? w : business(w, 1, closed)

const invoiceDay = (rng: Rng) => at(year(rng), rng.int(1, 12), rng.int(1, 28))
/** A weekday in the year, for a start or an invoice. */
function weekdayIn(rng: Rng, months: readonly [number, number] = [1, 12]): number {
  let w = at(year(rng), rng.int(months[0], months[1]), rng.int(1, 28))
  while (!weekday(w)) w = plus(w, 1)
  return w
}

const CLIENTS = [
  'a design studio',
  'a law firm',
  'a marketing agency',
  'a software house',
  'an events company',
]

export const CALENDAR_FAMILIES = [
  family('net-days-from-the-invoice-date', (rng) => {
    const inv = invoiceDay(rng)
    const n = rng.pick([30, 60])
    return {
      stem: `A freelancer invoices ${rng.pick(CLIENTS)} on ${day(inv)} on terms of net ${n}: payment is due ${n} calendar days after the invoice date, the day after the invoice being day 1. What is the due date?`,
      key: day(plus(inv, n)),
      wrong: [
        [day(plus(inv, n - 1)), 'counts the invoice date as day 1'],
        [
          day(addMonths(inv, n / 30)),
          `reads net ${n} as ${n / 30 === 1 ? 'one calendar month' : 'two calendar months'}`,
        ],
        [day(plus(monthEnd(inv), n)), 'counts from the end of the invoice month, as for EOM terms'],
        [day(business(inv, n)), `counts ${n} business days`],
      ],
      figures: { inv: iso(inv), n },
    }
  }),
  family('net-30-end-of-month', (rng) => {
    const inv = invoiceDay(rng)
    return {
      stem: `An invoice dated ${day(inv)} is on terms of net 30 EOM: payment is due 30 calendar days after the last day of the month the invoice is dated in. What is the due date?`,
      key: day(plus(monthEnd(inv), 30)),
      wrong: [
        [day(plus(inv, 30)), 'counts 30 days from the invoice date, ignoring EOM'],
        [day(monthEnd(inv, 1)), 'takes the end of the following month'],
        [day(monthEnd(plus(inv, 30))), 'adds 30 days first, then goes to that month’s end'],
        [day(plus(monthEnd(inv), 60)), 'adds 30 days for EOM and 30 more for the net term'],
        [day(business(monthEnd(inv), 30)), 'counts 30 business days after the month end'],
      ],
      figures: { inv: iso(inv) },
    }
  }),
  family('due-date-on-a-weekend-moves-to-the-next-business-day', (rng) => {
    const n = rng.pick([14, 30, 45])
    let inv = invoiceDay(rng)
    while (weekday(plus(inv, n))) inv = plus(inv, 1)
    const due = plus(inv, n)
    return {
      stem: `An invoice dated ${day(inv)} is due ${n} calendar days after its date (the day after it is day 1). The contract says a due date that falls on a Saturday or Sunday moves to the next business day (Monday to Friday). On which date is payment due?`,
      key: day(onOrAfter(due)),
      wrong: [
        [day(due), 'leaves the due date on the weekend'],
        [day(business(due, -1)), 'moves it back to the Friday before'],
        [day(plus(due, 2)), 'moves it on two days whatever the day, as for a Saturday'],
        [day(onOrAfter(plus(inv, n - 1))), 'counts the invoice date as day 1, then moves it'],
        [day(business(inv, n)), `counts ${n} business days`],
      ],
      figures: { inv: iso(inv), n },
    }
  }),
  family('business-days-around-a-public-holiday', (rng) => {
    const start = weekdayIn(rng)
    const n = rng.pick([5, 7, 10])
    const hol = business(start, rng.int(2, n - 1))
    const due = business(start, n, [hol])
    return {
      stem: `A translator accepts a job on ${day(start)} and promises delivery within ${n} business days: business days are Monday to Friday, the day after acceptance is day 1, and ${day(hol)} is a public holiday in the client’s country. What is the latest delivery date?`,
      key: day(due),
      wrong: [
        [day(business(start, n)), 'counts the public holiday as a business day'],
        [day(plus(start, n)), 'counts calendar days'],
        [day(business(start, n - 1, [hol])), 'counts the acceptance day as day 1'],
        [day(plus(start, n + 1)), 'counts calendar days and adds a day for the holiday'],
      ],
      figures: { start: iso(start), n, hol: iso(hol) },
    }
  }),
  family('monthly-renewal-from-a-long-month-end', (rng) => {
    const y = year(rng)
    const m = rng.pick([1, 3, 5, 8, 10])
    const start = at(y, m, 31)
    return {
      stem: `A subscription starts on ${day(start)} and renews monthly on the same day of the month; when a month has no such day, it renews on that month’s last day. When is the first renewal?`,
      key: day(addMonths(start, 1)),
      wrong: [
        [
          day(rollMonths(start, 1)),
          'lets the missing day run on into the next month, as a date library does',
        ],
        [day(plus(start, 30)), 'adds 30 days'],
        [day(plus(start, 31)), 'adds 31 days, the length of the starting month'],
        [day(plus(start, 28)), 'adds four weeks'],
        [day(plus(addMonths(start, 1), -1)), 'takes the day before, as for the end of a term'],
      ],
      figures: { start: iso(start) },
    }
  }),
  family('ninety-days-across-a-leap-february', (rng) => {
    const start = at(2028, rng.int(1, 2), rng.int(5, 25))
    return {
      stem: `A 90-day trial period starts on ${day(start)} and ends 90 calendar days later (the day after the start is day 1); 2028 is a leap year. On which date does it end?`,
      key: day(plus(start, 90)),
      wrong: [
        [day(plus(start, 91)), 'counts February 2028 as 28 days'],
        [day(addMonths(start, 3)), 'reads 90 days as three calendar months'],
        [day(plus(start, 89)), 'counts the start date as day 1'],
        [day(business(start, 90)), 'counts 90 business days'],
      ],
      figures: { start: iso(start) },
    }
  }),
  family('early-payment-discount-deadline', (rng) => {
    const inv = invoiceDay(rng)
    return {
      stem: `A supplier’s invoice dated ${day(inv)} has terms of 2/10 net 30: a 2 % discount if paid within 10 calendar days of the invoice date (the day after it is day 1), otherwise the full amount within 30. What is the last day to pay and take the discount?`,
      key: day(plus(inv, 10)),
      wrong: [
        [day(plus(inv, 9)), 'counts the invoice date as day 1'],
        [day(plus(inv, 30)), 'takes the net date as the discount deadline'],
        [day(business(inv, 10)), 'counts 10 business days'],
        [day(plus(monthEnd(inv), 10)), 'counts from the month end, as for 2/10 EOM'],
      ],
      figures: { inv: iso(inv) },
    }
  }),
  family('business-days-between-two-dates', (rng) => {
    const a = weekdayIn(rng)
    const b = plus(a, rng.int(12, 40))
    const hol = business(a, rng.int(2, 8))
    let count = 0
    let weekdays = 0
    for (let t = a; t <= b; t = plus(t, 1)) {
      if (weekday(t)) weekdays++
      if (weekday(t, [hol])) count++
    }
    const days = (b - a) / DAY + 1
    return {
      stem: `A contractor is paid per business day worked from ${day(a)} to ${day(b)}, both days included. Business days are Monday to Friday, and ${day(hol)} is a public holiday with no work. How many business days are paid?`,
      key: `${count} days`,
      wrong: [
        [`${weekdays} days`, 'counts the public holiday as a business day'],
        [`${days} days`, 'counts every calendar day'],
        [`${count - 1} days`, 'leaves out the first day, subtracting the dates'],
        [`${Math.round((days / 7) * 5)} days`, 'takes five-sevenths of the calendar days'],
      ],
      figures: { a: iso(a), b: iso(b), hol: iso(hol) },
    }
  }),
  family('latest-dispatch-business-days-before-an-event', (rng) => {
    const event = weekdayIn(rng)
    const n = rng.pick([3, 5, 7])
    const hol = business(event, -rng.int(1, n - 1))
    return {
      stem: `Printed programmes must reach a venue ${n} business days before an event on ${day(event)}: count back Monday to Friday, the day before the event being the 1st business day, and ${day(hol)} is a public holiday. What is the latest arrival date?`,
      key: day(business(event, -n, [hol])),
      wrong: [
        [day(business(event, -n)), 'counts the public holiday as a business day'],
        [day(plus(event, -n)), 'counts calendar days back'],
        [day(business(event, -(n - 1), [hol])), 'counts the event day as the 1st'],
        [day(business(event, n, [hol])), 'counts forward from the event instead of back'],
      ],
      figures: { event: iso(event), n, hol: iso(hol) },
    }
  }),
  family('six-month-contract-end-date', (rng) => {
    const start = at(year(rng), rng.int(1, 12), rng.int(2, 28))
    const k = rng.pick([3, 6, 12])
    return {
      stem: `A fixed-term contract starts on ${day(start)} and runs for ${k} months; it ends on the day before the same date ${k} months later. On which date does it end?`,
      key: day(plus(addMonths(start, k), -1)),
      wrong: [
        [day(addMonths(start, k)), 'ends it on the same date, a day into the next term'],
        [day(plus(start, 30 * k)), `counts ${k} months as ${30 * k} days`],
        [
          day(plus(start, Math.floor((365 * k) / 12))),
          `counts ${Math.floor((365 * k) / 12)} days, 365 a year pro rata`,
        ],
        [
          day(monthEnd(start, k - 1)),
          `ends it on the last day of the ${k}${k === 3 ? 'rd' : 'th'} month`,
        ],
      ],
      figures: { start: iso(start), k },
    }
  }),
  family('days-booked-inclusive', (rng) => {
    const a = weekdayIn(rng, [1, 11])
    const b = plus(a, rng.int(9, 40))
    const n = (b - a) / DAY
    const weekdays = (() => {
      let c = 0
      for (let t = a; t <= b; t = plus(t, 1)) if (weekday(t)) c++
      return c
    })()
    return {
      stem: `A freelance photographer is booked on a day rate from ${day(a)} to ${day(b)}, both days included, every calendar day charged. How many days are billed?`,
      key: `${n + 1} days`,
      wrong: [
        [`${n} days`, 'subtracts the dates, leaving out the first day'],
        [`${weekdays} days`, 'counts only Monday to Friday'],
        [`${n + 2} days`, 'adds a day at each end'],
        [`${n - 1} days`, 'counts only the days between, leaving out both ends'],
      ],
      figures: { a: iso(a), b: iso(b) },
    }
  }),
  family('week-count-to-a-deadline', (rng) => {
    const start = weekdayIn(rng)
    const k = rng.int(3, 9)
    return {
      stem: `Work starts on ${day(start)} and the client allows ${k} weeks, the deadline falling on the same weekday ${k} weeks later. What is the deadline?`,
      key: day(plus(start, 7 * k)),
      wrong: [
        [
          day(plus(start, 7 * k - 1)),
          'counts the start day as the first day of week 1 and ends the day before',
        ],
        [day(plus(start, 7 * (k - 1))), 'counts the starting week as week 1'],
        [day(plus(start, 5 * k)), 'counts five working days to the week as calendar days'],
        [
          day(addMonths(start, Math.round(k / 4))),
          `reads ${k} weeks as ${Math.round(k / 4)} calendar month${Math.round(k / 4) > 1 ? 's' : ''}`,
        ],
      ],
      figures: { start: iso(start), k },
    }
  }),
  family('quarterly-return-one-month-and-seven-days', (rng) => {
    const y = year(rng)
    const q = rng.int(1, 4)
    const end = Date.UTC(y, 3 * q, 0)
    return {
      stem: `A VAT return for the quarter ending ${day(end)} is due one month and seven days after the quarter ends, which the tax office reads month end to month end: the 7th day of the second month after the quarter’s last month. What is the due date?`,
      key: day(at(y, 3 * q + 2, 7)),
      wrong: [
        [day(plus(end, 37)), 'counts a month as 30 days and adds seven'],
        [day(at(y, 3 * q + 1, 7)), 'takes the 7th of the month right after the quarter'],
        [day(plus(end, 7)), 'adds only the seven days'],
        [day(monthEnd(end, 1)), 'takes the end of the following month'],
        [day(at(y, 3 * q + 3, 7)), 'counts the month from the end of the month after the quarter'],
      ],
      figures: { end: iso(end) },
    }
  }),
  family('notice-period-in-calendar-days-back-from-a-date', (rng) => {
    const end = at(year(rng), rng.int(2, 12), rng.int(1, 28))
    const n = rng.pick([30, 60])
    return {
      stem: `A client must give notice at least ${n} calendar days before a contract’s renewal date, ${day(end)}: notice given on date D counts when D is ${n} or more days before the renewal date. What is the last date notice can be given?`,
      key: day(plus(end, -n)),
      wrong: [
        [day(plus(end, -n + 1)), `counts the renewal date as one of the ${n} days`],
        [
          day(addMonths(end, -n / 30)),
          `reads ${n} days as ${n / 30} calendar month${n > 30 ? 's' : ''}`,
        ],
        [day(business(end, -n)), `counts ${n} business days back`],
        [day(plus(end, n)), 'counts forward from the renewal date'],
      ],
      figures: { end: iso(end), n },
    }
  }),
  family('first-friday-payment-run-on-or-after-the-due-date', (rng) => {
    const inv = invoiceDay(rng)
    const n = rng.pick([14, 21, 30])
    const due = plus(inv, n)
    const friday = (w: number) => plus(w, (5 - dow(w) + 7) % 7)
    return {
      stem: `A client pays suppliers only in its Friday payment run, in the first run on or after an invoice’s due date. An invoice dated ${day(inv)} is due ${n} calendar days after its date (the day after it is day 1). In which run is it paid?`,
      key: day(friday(due)),
      wrong: [
        [day(plus(friday(due), -7)), 'takes the last run before the due date'],
        [day(friday(business(inv, n))), `counts ${n} business days to the due date`],
        [
          day(friday(plus(due, 1))),
          'takes the first run after the due date, skipping a Friday due date',
        ],
        [day(friday(plus(inv, n - 1))), 'counts the invoice date as day 1'],
        [day(due), 'pays on the due date itself'],
        [day(friday(plus(inv, 30 * Math.ceil(n / 30)))), 'reads the term as a net 30'],
      ],
      figures: { inv: iso(inv), n },
    }
  }),
]
