import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  addDays,
  anyMoney,
  cents,
  drawDate,
  employee,
  family,
  monthEnd,
  share,
  showDate,
  usd,
  weekday,
} from './expense-text.js'

// Deadlines and approval. The US accountable-plan periods are those IRS Publication 463
// (chapter 6, "Reimbursements") gives as reasonable under the fixed-date method: an advance paid
// no more than 30 days before the expense, the expense substantiated within 60 days after it was
// paid or incurred, and any excess returned within 120 days after it was paid or incurred; under
// the periodic-statement method, excess is returned within 120 days after a statement sent at
// least quarterly. Amounts not substantiated in time are treated as paid under a nonaccountable
// plan and reported as wages. Company deadlines are stated in each stem.

/** The same day `n` months later, clamped to the month's last day: the "two months" slip. */
function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const last = monthEnd(new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 10))
  const day = Math.min(d, Number(last.slice(8)))
  return `${last.slice(0, 8)}${String(day).padStart(2, '0')}`
}
const isWeekday = (iso: string) => weekday(iso) > 0 && weekday(iso) < 6
/** The `n`th weekday on or after `iso` (the first is `iso` itself when a weekday). */
function nthWeekdayFrom(iso: string, n: number): string {
  let d = iso
  let seen = 0
  for (;;) {
    if (isWeekday(d) && ++seen === n) return d
    d = addDays(d, 1)
  }
}
/** The next weekday on or after `iso`. */
const rollForward = (iso: string) => nthWeekdayFrom(iso, 1)
/** The weekday on or before `iso`. */
function rollBack(iso: string): string {
  let d = iso
  while (!isWeekday(d)) d = addDays(d, -1)
  return d
}
/** A drawn Saturday or Sunday, for deadlines that must be moved off a weekend. */
function weekendDate(rng: Rng): string {
  for (;;) {
    const d = drawDate(rng)
    if (!isWeekday(d)) return d
  }
}
/** A drawn date falling on weekday `wd` (1 Monday … 5 Friday). */
function weekdayOn(rng: Rng, wd: number): string {
  const d = drawDate(rng)
  return addDays(d, (wd - weekday(d) + 7) % 7)
}
/** The `n`th weekday before `iso`. */
function nthWeekdayBack(iso: string, n: number): string {
  let d = iso
  let seen = 0
  while (seen < n) {
    d = addDays(d, -1)
    if (isWeekday(d)) seen++
  }
  return d
}
/** The first day of the month after the one `iso` falls in. */
const nextMonthStart = (iso: string) => addDays(monthEnd(iso), 1)

export const APPROVAL_FAMILIES = [
  family('substantiate-within-60-days', (rng) => {
    const start = drawDate(rng)
    const paid = addDays(start, rng.int(1, 3))
    const end = addDays(paid, rng.int(2, 5))
    return {
      stem: `${employee(rng)}'s trip ran from ${showDate(start)} to ${showDate(end)}; the hotel bill was paid on ${showDate(paid)}. The company's accountable plan uses the IRS fixed-date periods: an expense must be substantiated within 60 days after it was paid or incurred (the day after payment is day 1). What is the last day to substantiate the hotel bill?`,
      key: showDate(addDays(paid, 60)),
      wrong: [
        [showDate(addMonths(paid, 2)), 'adds two calendar months instead of 60 days'],
        [showDate(addDays(end, 60)), 'counts from the end of the trip'],
        [showDate(addDays(paid, 120)), 'uses the 120-day period for returning excess'],
        [showDate(addDays(start, 60)), 'counts from the start of the trip'],
        [showDate(addDays(paid, 30)), 'uses the 30-day advance window'],
      ],
      figures: { start, paid, end },
    }
  }),
  family('return-excess-within-120-days', (rng) => {
    const advanced = drawDate(rng)
    const paid = addDays(advanced, rng.int(5, 20))
    const filed = addDays(paid, rng.int(10, 40))
    return {
      stem: `${employee(rng)} received a travel advance on ${showDate(advanced)}, paid the trip's costs on ${showDate(paid)} and substantiated them on ${showDate(filed)}, leaving part of the advance unspent. Under the IRS fixed-date periods the company's accountable plan uses, excess must be returned within 120 days after the expense was paid or incurred (the day after is day 1). What is the last day to return the excess?`,
      key: showDate(addDays(paid, 120)),
      wrong: [
        [showDate(addDays(advanced, 120)), 'counts from the day of the advance'],
        [showDate(addDays(filed, 120)), 'counts from the day the report was filed'],
        [showDate(addMonths(paid, 4)), 'adds four calendar months instead of 120 days'],
        [showDate(addDays(paid, 60)), 'uses the 60-day substantiation period'],
      ],
      figures: { advanced, paid, filed },
    }
  }),
  family('advance-no-earlier-than-30-days', (rng) => {
    const trip = drawDate(rng)
    const booked = addDays(trip, -rng.int(45, 80))
    return {
      stem: `${employee(rng)} booked a conference on ${showDate(booked)}; the costs will be incurred when travel starts on ${showDate(trip)}. Under the IRS fixed-date periods, an advance is reasonable only if paid no more than 30 days before the expense is incurred. What is the earliest date the advance should be paid?`,
      key: showDate(addDays(trip, -30)),
      wrong: [
        [showDate(booked), 'pays the advance when the trip is booked'],
        [showDate(addMonths(trip, -1)), 'goes back one calendar month instead of 30 days'],
        [showDate(addDays(trip, -60)), 'uses the 60-day substantiation period'],
        [showDate(addDays(booked, 30)), 'counts 30 days from the booking'],
        [showDate(addDays(trip, 30)), 'counts 30 days after the trip starts'],
      ],
      figures: { trip, booked },
    }
  }),
  family('periodic-statement-120-days', (rng) => {
    const paid = drawDate(rng)
    const statement = addDays(paid, rng.int(20, 70))
    return {
      stem: `Under the IRS periodic-statement method, the company sends each employee a statement at least quarterly listing advances not yet substantiated, and asks for substantiation or return within 120 days of the statement. ${employee(rng)} paid an expense from an advance on ${showDate(paid)}; the statement listing it is dated ${showDate(statement)}. What is the last day to substantiate or return it (the day after the statement is day 1)?`,
      key: showDate(addDays(statement, 120)),
      wrong: [
        [
          showDate(addDays(paid, 120)),
          'counts from the expense date, as the fixed-date method would',
        ],
        [showDate(addMonths(statement, 4)), 'adds four calendar months'],
        [showDate(addDays(statement, 60)), 'uses the 60-day substantiation period'],
        [showDate(addDays(statement, 90)), 'treats "quarterly" as a 90-day deadline'],
      ],
      figures: { paid, statement },
    }
  }),
  family('fifth-business-day-next-month', (rng) => {
    const end = drawDate(rng)
    const start = nextMonthStart(end)
    const key = nthWeekdayFrom(start, 5)
    return {
      stem: `Company policy: an expense report is due by the 5th business day (Monday to Friday; no public holidays fall in the period) of the month after the month in which the trip ended. ${employee(rng)}'s trip ended on ${showDate(end)}. When is the report due?`,
      key: showDate(key),
      wrong: [
        [showDate(addDays(start, 4)), 'takes the 5th calendar day of the month'],
        [
          showDate(nthWeekdayFrom(addDays(end, 1), 5)),
          'counts five business days from the trip’s end',
        ],
        [showDate(nthWeekdayFrom(addDays(start, 1), 5)), 'starts counting on the 2nd of the month'],
        [showDate(rollBack(monthEnd(start))), 'takes the last business day of the month'],
      ],
      figures: { end },
    }
  }),
  family('within-30-days-rolled-forward', (rng) => {
    const raw = weekendDate(rng)
    const end = addDays(raw, -30)
    return {
      stem: `Company policy: submit the report within 30 days after the trip ends (the day after is day 1); a deadline falling on a Saturday or Sunday moves to the next Monday. ${employee(rng)}'s trip ended on ${showDate(end)}. When is the report due?`,
      key: showDate(rollForward(raw)),
      wrong: [
        [showDate(raw), 'leaves the deadline on the weekend'],
        [showDate(rollBack(raw)), 'moves the deadline back to Friday'],
        [showDate(rollForward(addMonths(end, 1))), 'adds a calendar month instead of 30 days'],
        [showDate(nthWeekdayFrom(addDays(end, 1), 30)), 'counts 30 business days'],
      ],
      figures: { end },
    }
  }),
  family('payroll-cut-off', (rng) => {
    const approved = drawDate(rng, true)
    const day = Number(approved.slice(8))
    const cut = 15
    const thisRun = rollBack(monthEnd(approved))
    const nextRun = rollBack(monthEnd(nextMonthStart(approved)))
    const key = day <= cut ? thisRun : nextRun
    return {
      stem: `Approved expense reports are paid with the monthly payroll on the last business day (Monday to Friday) of the month, if approved by the ${cut}th of that month; reports approved after the ${cut}th go into the next month's payroll. ${employee(rng)}'s report was approved on ${showDate(approved)}. On what day is it paid?`,
      key: showDate(key),
      wrong: [
        [
          showDate(day <= cut ? nextRun : thisRun),
          day <= cut
            ? 'defers a report approved by the cut-off'
            : 'pays a report approved after the cut-off this month',
        ],
        [
          showDate(day <= cut ? monthEnd(approved) : monthEnd(nextMonthStart(approved))),
          'takes the last calendar day, weekend or not',
        ],
        [showDate(addDays(approved, 30)), 'pays 30 days after approval'],
        [
          showDate(
            rollForward(
              day <= cut
                ? addDays(monthEnd(approved), 1)
                : addDays(monthEnd(nextMonthStart(approved)), 1),
            ),
          ),
          'rolls a weekend month end forward into the next month',
        ],
      ],
      figures: { approved, cut },
    }
  }),
  family('receipts-due-after-statement', (rng) => {
    const raw = weekendDate(rng)
    const close = addDays(raw, -10)
    const arrived = addDays(close, rng.int(2, 3))
    return {
      stem: `The company card statement closed on ${showDate(close)} and reached ${employee(rng)} on ${showDate(arrived)}. Policy: receipts for every line are due 10 days after the statement closes (the day after closing is day 1); a due date on a Saturday or Sunday moves to the next Monday. When are the receipts due?`,
      key: showDate(rollForward(raw)),
      wrong: [
        [showDate(raw), 'leaves the due date on the weekend'],
        [showDate(rollBack(raw)), 'moves the due date back to Friday'],
        [showDate(nthWeekdayFrom(addDays(close, 1), 10)), 'counts 10 business days'],
        [showDate(rollForward(addDays(arrived, 10))), 'counts from the day the statement arrived'],
      ],
      figures: { close, arrived },
    }
  }),
  family('unsubstantiated-advance-taxable', (rng) => {
    const advance = rng.int(8, 30) * 5000
    const inTime = advance - cents(rng, 120, 350)
    const late = cents(rng, 40, 90)
    const returned = advance - inTime - late - cents(rng, 10, 30)
    if (returned <= 0) throw new VariantError('nothing returned')
    const m = usd
    const key = advance - inTime - returned
    return {
      stem: `${employee(rng)} had a ${m(advance)} advance under an accountable plan. They substantiated ${m(inTime)} within 60 days, substantiated a further ${m(late)} five months later, and returned ${m(returned)} within 120 days. Amounts not substantiated or returned within those periods are treated as paid under a nonaccountable plan and reported as wages. How much is reported as wages?`,
      key: m(key),
      wrong: [
        [m(advance - inTime - returned - late), 'accepts the late substantiation'],
        [m(advance - inTime), 'forgets the amount returned'],
        [m(advance), 'treats the whole advance as wages'],
        [m(late + returned), 'taxes the late and returned amounts'],
      ],
      figures: { advance, inTime, late, returned },
    }
  }),
  family('approval-threshold-by-report-total', (rng) => {
    const director = rng.pick([1000, 1500, 2000]) * 100
    const total = director + rng.int(50, 600) * 100 + rng.int(1, 99)
    const l0 = share(total, rng.int(25, 35), 100) + rng.int(0, 99)
    const l1 = share(total, rng.int(30, 40), 100) - rng.int(0, 99)
    const lines = [l0, l1, total - l0 - l1]
    const advance = (Math.ceil((total - director) / 10000) + rng.int(0, 3)) * 10000
    const m = anyMoney(rng)
    return {
      stem: `Policy: a report whose total of expenses (before netting any advance) is over ${m(director)} needs a director's sign-off as well as the manager's. ${employee(rng)}'s report has lines of ${m(lines[0]!)}, ${m(lines[1]!)} and ${m(lines[2]!)}, and a ${m(advance)} advance to net off. What total decides the routing, and so whose sign-off does it need?`,
      key: `${m(total)}: manager's and director's`,
      wrong: [
        [
          `${m(total - advance)}: manager's sign-off alone`,
          'routes on the amount due after the advance',
        ],
        [`${m(Math.max(...lines))}: manager's sign-off alone`, 'routes on the largest line'],
        [`${m(total + advance)}: manager's and director's`, 'adds the advance to the total'],
        [
          `${m(total)}: director's sign-off alone`,
          'lets the director’s sign-off replace the manager’s',
        ],
      ],
      figures: { lines: lines.join(','), advance, director },
    }
  }),
  family('stale-after-90-days', (rng) => {
    const spent = drawDate(rng)
    const end = addDays(spent, rng.int(2, 6))
    return {
      stem: `Company policy: an expense submitted more than 90 days after the date it was incurred is not reimbursed (the day after is day 1). ${employee(rng)} paid for a hotel on ${showDate(spent)}; the trip ended on ${showDate(end)}. What is the last day the hotel can still be submitted?`,
      key: showDate(addDays(spent, 90)),
      wrong: [
        [showDate(addMonths(spent, 3)), 'adds three calendar months instead of 90 days'],
        [showDate(addDays(end, 90)), 'counts from the end of the trip'],
        [showDate(addDays(spent, 60)), 'uses the IRS 60-day substantiation period'],
        [showDate(addDays(spent, 120)), 'uses the IRS 120-day return period'],
        [showDate(addDays(spent, 89)), 'counts the expense date as day 1'],
      ],
      figures: { spent, end },
    }
  }),
  family('approver-three-business-days', (rng) => {
    const submitted = rng.pick([weekdayOn(rng, 3), weekdayOn(rng, 4), weekdayOn(rng, 5)])
    return {
      stem: `Policy: an approver must act within 3 business days (Monday to Friday, no holidays in the period) after the day a report is submitted; the day after submission is the first. ${employee(rng)} submitted a report on ${showDate(submitted)}. By what day must it be approved?`,
      key: showDate(nthWeekdayFrom(addDays(submitted, 1), 3)),
      wrong: [
        [showDate(addDays(submitted, 3)), 'counts 3 calendar days'],
        [showDate(nthWeekdayFrom(submitted, 3)), 'counts the submission day as the first'],
        [
          showDate(rollForward(addDays(submitted, 3))),
          'counts calendar days, then moves off the weekend',
        ],
        [showDate(nthWeekdayFrom(addDays(submitted, 1), 5)), 'allows a working week of 5 days'],
      ],
      figures: { submitted },
    }
  }),
  family('fiscal-year-accrual-cut-off', (rng) => {
    const fyEnd = rng.pick(['2026-03-31', '2026-06-30', '2026-09-30', '2027-03-31', '2027-06-30'])
    const days = rng.pick([10, 15, 20])
    const spent = addDays(fyEnd, -rng.int(3, 25))
    return {
      stem: `${employee(rng)}'s client closes its financial year on ${showDate(fyEnd)}. To be accrued in that year, expenses incurred in it must be submitted within ${days} days after the year end (the day after is day 1). ${employee(rng)} has a receipt dated ${showDate(spent)}. What is the last day to submit it for this year's accounts?`,
      key: showDate(addDays(fyEnd, days)),
      wrong: [
        [showDate(addDays(spent, days)), 'counts from the receipt date'],
        [
          showDate(addDays(`${fyEnd.slice(0, 4)}-12-31`, days)),
          'counts from the calendar year end',
        ],
        [showDate(nthWeekdayFrom(addDays(fyEnd, 1), days)), 'counts business days'],
        [
          showDate(addDays(monthEnd(addDays(fyEnd, 1)), days)),
          'counts from the end of the next month',
        ],
      ],
      figures: { fyEnd, days, spent },
    }
  }),
  family('reminder-before-deadline', (rng) => {
    const end = drawDate(rng)
    const window = rng.pick([30, 45])
    const lead = rng.pick([5, 7])
    const due = addDays(end, window)
    return {
      stem: `Reports are due ${window} days after a trip ends (the day after is day 1), and the assistant sends a reminder ${lead} days before the due date. ${employee(rng)}'s trip ended on ${showDate(end)}. On what day should the reminder go out?`,
      key: showDate(addDays(due, -lead)),
      wrong: [
        [showDate(addDays(end, lead)), 'counts the reminder from the trip’s end'],
        [showDate(due), 'sends it on the due date'],
        [showDate(addDays(due, lead)), 'sends it after the due date'],
        [showDate(addDays(addMonths(end, 1), -lead)), 'takes the window as a calendar month'],
        [showDate(nthWeekdayBack(due, lead)), 'counts back business days'],
      ],
      figures: { end, window, lead },
    }
  }),
  family('settle-advance-after-return', (rng) => {
    const back = weekdayOn(rng, rng.int(1, 5))
    const left = addDays(back, -rng.int(3, 8))
    return {
      stem: `Policy: any unspent travel advance is settled within 10 business days after the traveller returns (the day after return is the first; Monday to Friday, no holidays in the period). ${employee(rng)} left on ${showDate(left)} and returned on ${showDate(back)}. What is the last day to settle?`,
      key: showDate(nthWeekdayFrom(addDays(back, 1), 10)),
      wrong: [
        [showDate(addDays(back, 10)), 'counts 10 calendar days'],
        [showDate(nthWeekdayFrom(back, 10)), 'counts the return day as the first'],
        [showDate(nthWeekdayFrom(addDays(left, 1), 10)), 'counts from the day the trip began'],
        [showDate(nthWeekdayFrom(addDays(back, 1), 5)), 'allows one working week'],
      ],
      figures: { back, left },
    }
  }),
]
