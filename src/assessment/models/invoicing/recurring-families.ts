import { MONTH_NAMES } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  dated,
  dayOf,
  drawDay,
  family,
  monthLength,
  onDay,
  parts,
  pct,
  purse,
  sum,
  whole,
} from './invoice-text.js'

/** Months and their lengths in a non-leap year, for stems that name a month without a year. */
const LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const monthIn = (rng: { int(a: number, b: number): number }) => {
  const i = rng.int(0, 11)
  return { name: `${MONTH_NAMES[i]} 2026`, len: LENGTHS[i]! }
}

/**
 * Recurring billing: subscription and retainer cycles, proration by days for starts, upgrades,
 * seat changes and cancellations, anniversary dates and annual terms; the proration basis
 * (actual days in the month, or a stated 30-day month) is always stated.
 */
export const RECURRING_FAMILIES: readonly ScenarioFamily[] = [
  family('prorate-first-month-actual-days', (rng) => {
    const m = purse(rng)
    const fee = whole(rng, 29, 600)
    const mo = monthIn(rng)
    const start = rng.int(3, mo.len - 3)
    const days = mo.len - start + 1
    const key = Math.round((fee * days) / mo.len)
    return sum(rng, m, {
      stem: `A monthly plan of ${m(fee)} starts on ${start} ${mo.name}. The first invoice is prorated by actual days in the month, counting the start day, rounded to the cent. What does it charge?`,
      key,
      wrong: [
        [Math.round((fee * (mo.len - start)) / mo.len), 'leaves the start day out'],
        [Math.round((fee * days) / 30), 'divides by 30 instead of the days in the month'],
        [Math.round((fee * (start - 1)) / mo.len), 'charges the days before the start'],
        [fee, 'charges the full month'],
      ],
      formula: `=ROUND(B1*(${mo.len}-${start}+1)/${mo.len},2)`,
      cells: { B1: fee / 100 },
    })
  }),
  family('prorate-thirty-day-convention', (rng) => {
    const m = purse(rng)
    const fee = whole(rng, 40, 900)
    const mo = monthIn(rng)
    const start = rng.int(2, Math.min(mo.len, 30) - 3)
    const days = 30 - start + 1
    const key = Math.round((fee * days) / 30)
    if (mo.len === 30)
      return sum(rng, m, {
        stem: `A retainer of ${m(fee)} a month starts on ${start} ${mo.name}. The contract prorates on a 30-day month: the first invoice charges (30 − start day + 1)/30 of the fee, rounded to the cent. What does it charge?`,
        key,
        wrong: [
          [Math.round((fee * (30 - start)) / 30), 'leaves the start day out'],
          [Math.round((fee * (start - 1)) / 30), 'charges the days before the start'],
          [
            Math.round((fee * days) / 365) * 12,
            'prorates a year by 365 days and multiplies by twelve',
          ],
          [fee, 'charges the full month'],
        ],
        formula: `=ROUND(B1*(30-${start}+1)/30,2)`,
        cells: { B1: fee / 100 },
      })
    return sum(rng, m, {
      stem: `A retainer of ${m(fee)} a month starts on ${start} ${mo.name}, a ${mo.len}-day month. The contract prorates on a 30-day month whatever the calendar: the first invoice charges (30 − start day + 1)/30 of the fee, rounded to the cent. What does it charge?`,
      key,
      wrong: [
        [
          Math.round((fee * (mo.len - start + 1)) / mo.len),
          'prorates by the actual days instead of the stated 30',
        ],
        [Math.round((fee * (30 - start)) / 30), 'leaves the start day out'],
        [Math.round((fee * (start - 1)) / 30), 'charges the days before the start'],
        [fee, 'charges the full month'],
      ],
      formula: `=ROUND(B1*(30-${start}+1)/30,2)`,
      cells: { B1: fee / 100 },
    })
  }),
  family('mid-cycle-upgrade-charge', (rng) => {
    const m = purse(rng)
    const oldFee = whole(rng, 20, 150)
    const newFee = oldFee + whole(rng, 10, 200)
    const mo = monthIn(rng)
    const left = rng.int(5, mo.len - 3)
    const key = Math.round(((newFee - oldFee) * left) / mo.len)
    return sum(rng, m, {
      stem: `A client upgrades from a ${m(oldFee)} to a ${m(newFee)} monthly plan with ${left} of the ${mo.len} days of the paid cycle left. The billing system credits the unused days of the old plan and charges the new plan for those days, prorated by days, netted and rounded to the cent. What is the extra charge now?`,
      key,
      wrong: [
        [Math.round((newFee * left) / mo.len), 'charges the new plan without crediting the old'],
        [newFee - oldFee, 'charges the full monthly difference'],
        [
          Math.round(((newFee - oldFee) * (mo.len - left)) / mo.len),
          'prorates by the days used instead of the days left',
        ],
        [
          newFee - Math.round((oldFee * left) / mo.len),
          'charges a full month of the new plan less the credit',
        ],
      ],
      formula: `=ROUND((B2-B1)*${left}/${mo.len},2)`,
      cells: { B1: oldFee / 100, B2: newFee / 100 },
    })
  }),
  family('downgrade-credit', (rng) => {
    const m = purse(rng)
    const newFee = whole(rng, 20, 150)
    const oldFee = newFee + whole(rng, 10, 200)
    const mo = monthIn(rng)
    const left = rng.int(5, mo.len - 3)
    const key = Math.round(((oldFee - newFee) * left) / mo.len)
    return sum(rng, m, {
      stem: `A client moves down from a ${m(oldFee)} to a ${m(newFee)} monthly plan with ${left} of ${mo.len} paid days left. The policy credits the difference for the days left, prorated by days and rounded to the cent, to the next invoice. What credit is given?`,
      key,
      wrong: [
        [oldFee - newFee, 'credits the full monthly difference'],
        [Math.round((oldFee * left) / mo.len), 'credits the old plan without charging the new'],
        [
          Math.round(((oldFee - newFee) * (mo.len - left)) / mo.len),
          'prorates by the days already used',
        ],
        [Math.round(((oldFee - newFee) * left) / 30), 'divides by 30 instead of the cycle length'],
      ],
      formula: `=ROUND((B1-B2)*${left}/${mo.len},2)`,
      cells: { B1: oldFee / 100, B2: newFee / 100 },
    })
  }),
  family('cancellation-unused-days-refund', (rng) => {
    const m = purse(rng)
    const fee = whole(rng, 30, 400)
    const mo = monthIn(rng)
    const last = rng.int(4, mo.len - 4)
    const key = Math.round((fee * (mo.len - last)) / mo.len)
    return sum(rng, m, {
      stem: `A client paid ${m(fee)} for ${mo.name} and cancels with service ending at the end of ${last} ${mo.name}. Terms refund the unused days after the last day of service, prorated by actual days and rounded to the cent. What is refunded?`,
      key,
      wrong: [
        [Math.round((fee * last) / mo.len), 'refunds the days used'],
        [Math.round((fee * (mo.len - last + 1)) / mo.len), 'refunds the last day of service too'],
        [Math.round((fee * (30 - last)) / 30), 'uses a 30-day month'],
        [fee, 'refunds the whole month'],
      ],
      formula: `=ROUND(B1*(${mo.len}-${last})/${mo.len},2)`,
      cells: { B1: fee / 100 },
    })
  }),
  family('annual-prepay-discount', (rng) => {
    const m = purse(rng)
    const monthly = whole(rng, 15, 300)
    const d = rng.pick([10, 15, 16, 20])
    const key = monthly * 12 - pct(monthly * 12, d)
    return sum(rng, m, {
      stem: `A plan costs ${m(monthly)} a month, or a year paid upfront with ${d}% off twelve monthly payments. What is the annual invoice?`,
      key,
      wrong: [
        [monthly * 12, 'leaves out the annual discount'],
        [(monthly - pct(monthly, d)) * 11, 'bills eleven discounted months'],
        [monthly * 12 - monthly * (d / 100) * 1, 'takes the discount off one month only'],
        [monthly * 12 + pct(monthly * 12, d), 'adds the discount'],
      ],
      formula: '=ROUND(B1*12*(1-B2/100),2)',
      cells: { B1: monthly / 100, B2: d },
    })
  }),
  family('annual-plan-remaining-months', (rng) => {
    const m = purse(rng)
    const annual = whole(rng, 600, 6000)
    const used = rng.int(2, 10)
    const key = Math.round((annual * (12 - used)) / 12)
    return sum(rng, m, {
      stem: `A client on a ${m(annual)} annual plan cancels after ${used} full months. The contract refunds the remaining whole months at one twelfth of the annual fee each, rounded to the cent. What is refunded?`,
      key,
      wrong: [
        [Math.round((annual * used) / 12), 'refunds the months used'],
        [Math.round((annual * (11 - used)) / 12), 'keeps the current month as well'],
        [annual - used * Math.round(annual / 10), 'divides the year into ten months'],
        [annual, 'refunds the whole year'],
      ],
      formula: `=ROUND(B1*(12-${used})/12,2)`,
      cells: { B1: annual / 100 },
    })
  }),
  family('seats-added-mid-cycle', (rng) => {
    const m = purse(rng)
    const per = whole(rng, 6, 40)
    const seats = rng.int(2, 12)
    const mo = monthIn(rng)
    const left = rng.int(4, mo.len - 3)
    const key = Math.round((per * seats * left) / mo.len)
    return sum(rng, m, {
      stem: `A team adds ${seats} seats at ${m(per)} per seat per month with ${left} days left in a ${mo.len}-day billing cycle. The added seats are charged now, prorated by days and rounded to the cent. What is the charge?`,
      key,
      wrong: [
        [per * seats, 'charges the added seats for a full month'],
        [
          Math.round((per * seats * (mo.len - left)) / mo.len),
          'prorates by the days already passed',
        ],
        [Math.round((per * left) / mo.len), 'charges one seat only'],
        [Math.round((per * seats * left) / 365), 'divides by the days in a year'],
      ],
      formula: `=ROUND(B1*${seats}*${left}/${mo.len},2)`,
      cells: { B1: per / 100 },
    })
  }),
  family('usage-over-allowance', (rng) => {
    const m = purse(rng)
    const base = whole(rng, 20, 300)
    const inc = rng.pick([500, 1000, 2000, 5000])
    const unit = rng.pick([2, 3, 5, 8, 12])
    const used = inc + rng.int(30, 3000)
    const key = base + (used - inc) * unit
    return sum(rng, m, {
      stem: `A plan bills ${m(base)} a month including ${inc} messages; each message over that costs ${m(unit)}. This month ${used} were sent. What is the month's charge?`,
      key,
      wrong: [
        [base + used * unit, 'charges every message on top of the base'],
        [(used - inc) * unit, 'leaves out the base fee'],
        [used * unit, 'charges every message and no base'],
        [base + (used - inc) * unit * 10, 'reads the per-message price as ten times too big'],
      ],
      formula: '=B1+MAX(0,B4-B2)*B3',
      cells: { B1: base / 100, B2: inc, B3: unit / 100, B4: used },
    })
  }),
  family('monthly-anniversary-short-month', (rng) => {
    const y = rng.pick([2025, 2026, 2027, 2028])
    const startDay = rng.pick([29, 30, 31])
    const startMonth = rng.pick([0, 2, 4, 7, 9])
    const start = dayOf(y, startMonth, Math.min(startDay, monthLength(dayOf(y, startMonth, 1))))
    const sd = parts(start).d
    const next1 = dayOf(y, startMonth + 1, 1)
    const len = monthLength(next1)
    if (len >= sd)
      return onDay(rng, {
        stem: `A subscription billed on ${dated(start)} renews on the same day of each month; when a month has no such day it bills on that month's last day. When is the next invoice?`,
        key: dayOf(y, startMonth + 1, sd),
        wrong: [
          [start + 30, 'adds 30 days'],
          [dayOf(y, startMonth + 2, 1), 'moves to the first of the month after'],
          [start + 28, 'adds four weeks'],
          [start + 31, 'adds 31 days'],
          [dayOf(y, startMonth + 1, 0) + 1, 'bills on the first of the next month'],
        ],
        facts: { rule: 'anniversary', from: start },
      })
    return onDay(rng, {
      stem: `A subscription billed on ${dated(start)} renews on the same day of each month; when a month has no such day it bills on that month's last day. When is the next invoice?`,
      key: dayOf(y, startMonth + 1, len),
      wrong: [
        [start + 30, 'adds 30 days'],
        [dayOf(y, startMonth + 1, sd), 'lets the missing day roll into the following month'],
        [dayOf(y, startMonth + 2, 1), 'moves to the first of the month after'],
        [start + 28, 'adds four weeks'],
        [start + 31, 'adds 31 days'],
      ],
      facts: { rule: 'anniversary', from: start },
    })
  }),
  family('quarterly-in-advance-next-invoice', (rng) => {
    const y = rng.pick([2025, 2026, 2027])
    const q = rng.int(0, 3)
    const issued = dayOf(y, q * 3, 1)
    const key = dayOf(y, q * 3 + 3, 1)
    return onDay(rng, {
      stem: `A maintenance contract is billed quarterly in advance on the first day of each calendar quarter. The invoice for the current quarter was issued on ${dated(issued)}. When is the next one issued?`,
      key,
      wrong: [
        [issued + 90, 'adds 90 days'],
        [dayOf(y, q * 3 + 3, 0), 'bills on the last day of the quarter, in arrears'],
        [dayOf(y, q * 3 + 1, 1), 'bills monthly'],
        [dayOf(y, q * 3 + 4, 1), 'counts four months to a quarter'],
      ],
      facts: { rule: 'quarter', from: issued },
    })
  }),
  family('trial-then-first-charge', (rng) => {
    const start = drawDay(rng)
    const t = rng.pick([7, 14, 30])
    return onDay(rng, {
      stem: `A client signs up on ${dated(start)} with a ${t}-day free trial. Trial days are counted from the signup day itself, and the first charge is made on the first day after the trial. On what date is the first charge?`,
      key: start + t,
      wrong: [
        [start + t - 1, 'charges on the last trial day'],
        [start + t + 1, 'counts the trial from the day after signup'],
        [dayOf(parts(start).y, parts(start).m + 1, parts(start).d), 'charges a month after signup'],
        [start + t + 30, 'adds a month to the end of the trial'],
      ],
      facts: { rule: 'trial', from: start, days: t },
    })
  }),
  family('annual-escalation', (rng) => {
    const m = purse(rng)
    const fee = whole(rng, 200, 3000)
    const x = rng.pick([2.5, 3, 4, 5])
    const y2 = fee + pct(fee, x)
    const key = y2 + pct(y2, x)
    return sum(rng, m, {
      stem: `A support contract of ${m(fee)} a month in year one rises by ${x}% on each anniversary, on the fee then in force, rounded to the cent. What is the monthly fee in year three?`,
      key,
      wrong: [
        [fee + pct(fee, 2 * x), 'adds both rises to the year-one fee without compounding'],
        [y2, 'applies one rise only'],
        [fee + pct(fee, 3 * x), 'applies three rises'],
        [fee + pct(fee, x * x), 'squares the percentage'],
      ],
      formula: '=ROUND(ROUND(B1*(1+B2/100),2)*(1+B2/100),2)',
      cells: { B1: fee / 100, B2: x },
    })
  }),
  family('pause-credit-days', (rng) => {
    const m = purse(rng)
    const fee = whole(rng, 25, 300)
    const mo = monthIn(rng)
    const paused = rng.int(5, 20)
    const key = Math.round((fee * paused) / mo.len)
    return sum(rng, m, {
      stem: `A client paid ${m(fee)} for ${mo.name} (${mo.len} days) and paused the service for ${paused} days of it. Paused days are credited by actual days in the month, rounded to the cent. What credit goes on the next invoice?`,
      key,
      wrong: [
        [Math.round((fee * (mo.len - paused)) / mo.len), 'credits the days the service ran'],
        [Math.round((fee * paused) / 30), 'divides by 30 instead of the month length'],
        [Math.round((fee * paused) / 7), 'treats the fee as weekly'],
        [fee, 'credits the whole month'],
      ],
      formula: `=ROUND(B1*${paused}/${mo.len},2)`,
      cells: { B1: fee / 100 },
    })
  }),
  family('retainer-rollover-cap', (rng) => {
    const m = purse(rng)
    const inc = rng.pick([10, 20, 30])
    const cap = rng.pick([5, 8, 10])
    const lastUsed = inc - cap - rng.int(2, 6)
    const rate = whole(rng, 40, 100)
    const rolled = Math.min(cap, inc - lastUsed)
    const used = inc + rolled + rng.int(11, 18)
    const key = (used - inc - rolled) * rate
    return sum(rng, m, {
      stem: `A retainer includes ${inc} hours a month; unused hours roll into the next month up to a cap of ${cap} hours, and hours beyond the allowance are billed at ${m(rate)}. Last month ${lastUsed} hours were used; this month ${used}. What overage is billed this month?`,
      key,
      wrong: [
        [(used - inc) * rate, 'ignores the rolled-over hours'],
        [(used - inc - (inc - lastUsed)) * rate, 'rolls over all unused hours, ignoring the cap'],
        [(used - inc - cap * 2) * rate, 'counts the cap twice'],
        [used * rate, 'bills every hour'],
      ],
      formula: `=MAX(0,${used}-(${inc}+MIN(${cap},${inc}-${lastUsed})))*B1`,
      cells: { B1: rate / 100 },
    })
  }),
  family('recurring-prorated-with-vat', (rng) => {
    const m = purse(rng)
    const fee = whole(rng, 30, 500)
    const r = rng.pick([20, 21, 23, 19])
    const mo = monthIn(rng)
    const start = rng.int(5, mo.len - 4)
    const net = Math.round((fee * (mo.len - start + 1)) / mo.len)
    const key = net + pct(net, r)
    return sum(rng, m, {
      stem: `A ${m(fee)} monthly service (net) starts on ${start} ${mo.name}, a ${mo.len}-day month. The first invoice prorates by days including the start day, rounds the net to the cent, then adds ${r}% VAT. What is its total?`,
      key,
      wrong: [
        [net, 'leaves out the VAT'],
        [fee + pct(fee, r), 'charges a full month'],
        [
          Math.round((fee * (mo.len - start)) / mo.len) +
            pct(Math.round((fee * (mo.len - start)) / mo.len), r),
          'leaves the start day out',
        ],
        [net + pct(fee, r), 'charges VAT on the full monthly fee'],
      ],
      formula: `=ROUND(B1*(${mo.len}-${start}+1)/${mo.len},2)+ROUND(ROUND(B1*(${mo.len}-${start}+1)/${mo.len},2)*B2/100,2)`,
      cells: { B1: fee / 100, B2: r },
    })
  }),
  family('weekly-billing-count-in-month', (rng) => {
    const m = purse(rng)
    const y = rng.pick([2025, 2026, 2027])
    const mo = rng.int(0, 11)
    const w = rng.int(1, 5)
    const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
    const first = dayOf(y, mo, 1)
    const len = monthLength(first)
    let count = 0
    for (let d = 0; d < len; d++) if (parts(first + d).w === w) count++
    const fee = whole(rng, 60, 400)
    return sum(rng, m, {
      stem: `A cleaner is invoiced ${m(fee)} for each ${names[w]} visit, billed once at month end for every ${names[w]} in the month. How much is the invoice for ${MONTH_NAMES[mo]} ${y}?`,
      key: count * fee,
      wrong: [
        [4 * fee, 'assumes four weeks in every month'],
        [Math.round((fee * 52) / 12), 'bills a twelfth of 52 weeks'],
        [(count === 5 ? 4 : 5) * fee, `miscounts the ${names[w]}s in the month`],
        [Math.round((fee * len) / 7), 'prorates the month as days ÷ 7 visits'],
        [
          fee * Math.ceil((len + parts(first).w) / 7),
          'bills every calendar week the month touches',
        ],
      ],
      formula: `=B1*${count}`,
      cells: { B1: fee / 100 },
    })
  }),
  family('arrears-versus-advance-period', (rng) => {
    const m = purse(rng)
    const y = rng.pick([2025, 2026, 2027])
    const mo = rng.int(1, 10)
    const rate = whole(rng, 30, 90)
    const hPrev = rng.int(10, 60)
    const hThis = rng.int(10, 60)
    const fixed = whole(rng, 200, 900)
    if (hPrev === hThis)
      return sum(rng, m, {
        stem: `A client is billed on the 1st of each month: a fixed fee of ${m(fixed)} in advance for the new month plus hours at ${m(rate)} in arrears. The same ${hPrev} hours were logged in ${MONTH_NAMES[mo - 1]} and ${MONTH_NAMES[mo]}. What does the invoice of 1 ${MONTH_NAMES[mo]} ${y} total?`,
        key: fixed + hPrev * rate,
        wrong: [
          [hPrev * rate, 'leaves out the fixed fee billed in advance'],
          [2 * fixed + hPrev * rate, 'bills the fixed fee for two months'],
          [fixed, 'leaves out the hours in arrears'],
          [fixed + 2 * hPrev * rate, 'bills two months of hours'],
        ],
        formula: `=B1+${hPrev}*B2`,
        cells: { B1: fixed / 100, B2: rate / 100 },
      })
    return sum(rng, m, {
      stem: `A client is billed on the 1st of each month: a fixed fee of ${m(fixed)} in advance for the month starting, plus hours at ${m(rate)} an hour in arrears for the month just ended. ${hPrev} hours were logged in ${MONTH_NAMES[mo - 1]} ${y} and ${hThis} in ${MONTH_NAMES[mo]} ${y}. What does the invoice of 1 ${MONTH_NAMES[mo]} ${y} total?`,
      key: fixed + hPrev * rate,
      wrong: [
        [fixed + hThis * rate, 'bills the hours of the month starting, in advance'],
        [hPrev * rate, 'leaves out the fixed fee billed in advance'],
        [fixed + (hPrev + hThis) * rate, 'bills the hours of both months'],
        [fixed, 'leaves out the hours in arrears'],
      ],
      formula: `=B1+${hPrev}*B2`,
      cells: { B1: fixed / 100, B2: rate / 100 },
    })
  }),
  family('mid-cycle-price-change-notice', (rng) => {
    const m = purse(rng)
    const oldFee = whole(rng, 30, 300)
    const newFee = oldFee + whole(rng, 5, 60)
    const notice = rng.pick([30, 60])
    const months = rng.int(3, 6)
    const k = notice / 30
    const key = k * oldFee + (months - k) * newFee
    return sum(rng, m, {
      stem: `A monthly plan of ${m(oldFee)} rises to ${m(newFee)}. Monthly billing dates are 30 days apart; the contract needs ${notice} days' notice, and a rise takes effect from the first billing date at least ${notice} days after notice is given. Notice is given the day after a billing date. What do the next ${months} monthly invoices total?`,
      key,
      wrong: [
        [months * newFee, 'applies the new price at once'],
        [months * oldFee, 'never applies the rise'],
        [
          (k - 1) * oldFee + (months - k + 1) * newFee,
          'counts the notice period from the last billing date',
        ],
        [
          (k + 1) * oldFee + (months - k - 1) * newFee,
          'adds a full notice period after the next billing date',
        ],
      ],
      formula: `=${k}*B1+${months - k}*B2`,
      cells: { B1: oldFee / 100, B2: newFee / 100 },
    })
  }),
]
