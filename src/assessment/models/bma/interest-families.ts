import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import {
  add,
  CENT,
  DP2,
  div,
  type Fraction,
  frac,
  mul,
  n,
  PCT1,
  pct,
  plain,
  power,
  rest,
  sub,
  tenthPct,
  tenths,
  usd,
  worked,
} from './bma-text.js'

// Interest and the time value of money. Every stem names its day count (exact days over 365,
// or over 360 under the banker’s rule), how the days between two dates are counted, and how
// often interest compounds, because the slips are the wrong year, both end days counted, whole
// months read as days, the annual rate used every period and a discount taken as interest.

/** Days in each month of 2027, a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const
/** The day of 2027 a date falls on, 1 January being day 1. */
const dayOf = (month: number, day: number): number =>
  MONTH_DAYS.slice(0, month).reduce((s, x) => s + x, 0) + day
/** A date of 2027 as a stem writes it: `14 March 2027`. */
const dateText = (month: number, day: number): string => `${day} ${MONTH_NAMES[month]} 2027`
/** Two dates of 2027, the second 40 to 250 days after the first. */
function twoDates(rng: Rng): { m1: number; d1: number; m2: number; d2: number; days: number } {
  const m1 = rng.int(0, 5)
  const d1 = rng.int(1, MONTH_DAYS[m1]!)
  const m2 = rng.int(m1 + 2, Math.min(11, m1 + 8))
  const d2 = rng.int(1, MONTH_DAYS[m2]!)
  return { m1, d1, m2, d2, days: dayOf(m2, d2) - dayOf(m1, d1) }
}
/** The days between two dates counted as 30-day months (the 30/360 count). */
const thirtyDays = (m1: number, d1: number, m2: number, d2: number): number =>
  (m2 - m1) * 30 + Math.min(d2, 30) - Math.min(d1, 30)

const DAYS_RULE = 'counting the day the loan is made but not the day it is repaid'
const rt = (t: number): Fraction => tenths(t)
/** `(1 + x)^k` for a whole k ≥ 0. */
const grow = (x: Fraction, k: number): Fraction => power(add(1, x), k)

export const INTEREST_FAMILIES = [
  worked('exact-interest-between-two-dates', (rng) => {
    const p = rng.int(20, 400) * 100
    const t = rng.int(30, 150)
    const { m1, d1, m2, d2, days } = twoDates(rng)
    return {
      stem: `A business borrows $${n(p)} on ${dateText(m1, d1)} at ${tenthPct(t)} simple interest and repays it on ${dateText(m2, d2)}. Interest is exact: actual days over a 365-day year, ${DAYS_RULE}. What is the interest, ${CENT}?`,
      show: usd(2),
      figures: { p, t, m1, d1, m2, d2 },
      key: mul(p, rt(t), frac(days, 365)),
      wrong: [
        [mul(p, rt(t), frac(days, 360)), 'uses a 360-day year'],
        [mul(p, rt(t), frac(days + 1, 365)), 'counts both the first and the last day'],
        [mul(p, rt(t), frac(thirtyDays(m1, d1, m2, d2), 365)), 'counts each month as 30 days'],
        [mul(p, rt(t), frac(m2 - m1, 12)), 'counts whole calendar months only'],
        [mul(p, rt(t), frac(days - 1, 365)), 'leaves out the first day as well as the last'],
      ],
    }
  }),
  worked('ordinary-interest-under-the-bankers-rule', (rng) => {
    const p = rng.int(20, 400) * 100
    const t = rng.int(30, 150)
    const days = rng.int(30, 300)
    return {
      stem: `A supplier charges ${tenthPct(t)} simple interest on an overdue balance of $${n(p)} for ${days} days, by the banker’s rule: actual days over a 360-day year. What is the interest, ${CENT}?`,
      show: usd(2),
      figures: { p, t, days },
      key: mul(p, rt(t), frac(days, 360)),
      wrong: [
        [mul(p, rt(t), frac(days, 365)), 'uses a 365-day year'],
        [
          mul(p, rt(t), frac(days, 30 * 12 * 12)),
          'turns the days into months and still divides by 360',
        ],
        [mul(p, rt(t), frac(days, 30)), 'reads the yearly rate as a monthly one'],
        [add(p, mul(p, rt(t), frac(days, 360))), 'gives the balance with interest'],
        [mul(p, rt(t)), 'charges a full year’s interest'],
      ],
    }
  }),
  worked('maturity-value-of-a-simple-interest-note', (rng) => {
    const p = rng.int(20, 400) * 100
    const t = rng.int(30, 150)
    const days = rng.pick([30, 60, 90, 120, 150, 180, 270])
    return {
      stem: `A ${days}-day note for $${n(p)} carries simple interest at ${tenthPct(t)} a year, worked on a 360-day year. What is its maturity value (principal plus interest), ${CENT}?`,
      show: usd(2),
      figures: { p, t, days },
      key: mul(p, add(1, mul(rt(t), frac(days, 360)))),
      wrong: [
        [mul(p, rt(t), frac(days, 360)), 'gives the interest only'],
        [mul(p, add(1, mul(rt(t), frac(days, 365)))), 'uses a 365-day year'],
        [mul(p, add(1, rt(t))), 'charges a full year’s interest'],
        [mul(p, add(1, mul(rt(t), frac(days, 30)))), 'reads the days as months'],
        [mul(p, rt(t)), 'gives a full year’s interest only'],
        [mul(p, sub(1, mul(rt(t), frac(days, 360)))), 'takes the interest off as a bank discount'],
      ],
    }
  }),
  worked('days-to-earn-a-stated-interest', (rng) => {
    const p = rng.int(20, 400) * 100
    const t = rng.int(30, 150)
    const days = rng.int(40, 330)
    const i = mul(p, rt(t), frac(days, 360))
    const ic = Number((i.n * 100n) / i.d)
    return {
      stem: `How many days will $${n(p)} take to earn ${usd(2)(frac(ic, 100))} of simple interest at ${tenthPct(t)} a year on a 360-day year, rounded up to a whole day?`,
      show: plain(0, 'days'),
      figures: { p, t, ic },
      key: up(div(mul(frac(ic, 100), 360), mul(p, rt(t)))),
      wrong: [
        [up(div(mul(frac(ic, 100), 365), mul(p, rt(t)))), 'uses a 365-day year'],
        [
          up(div(mul(frac(ic, 100), 12 * 30), mul(p, rt(t), 12))),
          'works in months and reads them as days',
        ],
        [
          up(div(mul(frac(ic, 100), 360), mul(add(p, frac(ic, 100)), rt(t)))),
          'divides by the principal plus interest',
        ],
        [
          up(div(mul(frac(ic, 100), 360 * 2), mul(p, rt(t)))),
          'doubles the days for interest earned both ways',
        ],
      ],
    }
  }),
  worked('rate-from-interest-paid', (rng) => {
    const p = rng.int(20, 400) * 100
    const days = rng.int(60, 300)
    const ic = rng.int(5, Math.floor(p / 10)) * 100
    return {
      stem: `A client paid $${n(ic / 100)} of simple interest on a loan of $${n(p)} for ${days} days, worked as exact interest on a 365-day year. What annual rate is that, ${PCT1}?`,
      show: pct(),
      figures: { p, days, ic },
      key: div(mul(frac(ic, 100), 365), mul(p, days)),
      wrong: [
        [div(mul(frac(ic, 100), 360), mul(p, days)), 'uses a 360-day year'],
        [div(frac(ic, 100), p), 'divides the interest by the principal only'],
        [div(mul(frac(ic, 100), 12), mul(p, days)), 'reads the days as months'],
        [
          div(mul(frac(ic, 100), 365), mul(add(p, frac(ic, 100)), days)),
          'divides by principal plus interest',
        ],
        [
          div(mul(frac(ic, 100), 365), mul(sub(p, frac(ic, 100)), days)),
          'divides by the principal less the interest',
        ],
      ],
    }
  }),
  worked('principal-from-interest-earned', (rng) => {
    const t = rng.int(30, 150)
    const days = rng.pick([30, 60, 90, 120, 180, 270])
    const ic = rng.int(20, 2000) * 100
    return {
      stem: `A deposit earned $${n(ic / 100)} of simple interest in ${days} days at ${tenthPct(t)} a year, on a 360-day year. What was the deposit, ${CENT}?`,
      show: usd(2),
      figures: { t, days, ic },
      key: div(frac(ic, 100), mul(rt(t), frac(days, 360))),
      wrong: [
        [div(frac(ic, 100), mul(rt(t), frac(days, 365))), 'uses a 365-day year'],
        [div(frac(ic, 100), rt(t)), 'leaves out the time'],
        [
          mul(frac(ic, 100), rt(t), frac(days, 360)),
          'multiplies by the rate and time instead of dividing',
        ],
        [div(frac(ic, 100), mul(rt(t), frac(days, 30))), 'reads the days as months'],
        [
          sub(div(frac(ic, 100), mul(rt(t), frac(days, 360))), frac(ic, 100)),
          'takes the interest off the deposit',
        ],
      ],
    }
  }),
  worked('compound-amount-with-periodic-compounding', (rng) => {
    const p = rng.int(10, 200) * 100
    const j = rng.pick([30, 40, 48, 50, 60, 72, 80])
    const m = rng.pick([2, 4, 12])
    const y = rng.int(2, 6)
    const per = m === 2 ? 'half-yearly' : m === 4 ? 'quarterly' : 'monthly'
    return {
      stem: `A client invests $${n(p)} for ${y} years at ${tenthPct(j)} a year compounded ${per}. What is the amount at the end, ${CENT}?`,
      show: usd(2),
      figures: { p, j, m, y },
      key: mul(p, grow(div(rt(j), m), m * y)),
      wrong: [
        [mul(p, grow(rt(j), y)), 'compounds once a year'],
        [mul(p, add(1, mul(rt(j), y))), 'works simple interest'],
        [mul(p, grow(div(rt(j), m), y)), 'compounds only one period a year'],
        [mul(p, grow(rt(j), m * y)), 'uses the annual rate every period'],
        [sub(mul(p, grow(div(rt(j), m), m * y)), p), 'gives the interest only'],
        [add(mul(p, grow(div(rt(j), m), m * y)), p), 'adds the principal to the amount again'],
        ...(m === 12
          ? []
          : ([
              [mul(p, grow(div(rt(j), m), 12 * y)), 'counts months as periods at the period rate'],
            ] as const)),
      ],
    }
  }),
  worked('compound-interest-earned', (rng) => {
    const p = rng.int(10, 200) * 100
    const j = rng.pick([30, 36, 40, 48, 60, 72])
    const m = rng.pick([4, 12])
    const y = rng.int(2, 5)
    const per = m === 4 ? 'quarterly' : 'monthly'
    return {
      stem: `A firm leaves $${n(p)} on deposit for ${y} years at ${tenthPct(j)} a year compounded ${per}. How much interest does it earn, ${CENT}?`,
      show: usd(2),
      figures: { p, j, m, y },
      key: sub(mul(p, grow(div(rt(j), m), m * y)), p),
      wrong: [
        [mul(p, rt(j), y), 'works simple interest'],
        [sub(mul(p, grow(rt(j), y)), p), 'compounds once a year'],
        [mul(p, grow(div(rt(j), m), m * y)), 'gives the amount instead of the interest'],
        [sub(mul(p, grow(div(rt(j), m), m * (y + 1))), p), 'counts one year too many'],
        [
          sub(mul(p, grow(div(rt(j), m), m * y)), mul(p, rt(j))),
          'takes one year’s interest off the amount',
        ],
      ],
    }
  }),
  worked('effective-annual-rate', (rng) => {
    const j = rng.int(30, 180)
    const m = rng.pick([2, 4, 12])
    const per = m === 2 ? 'half-yearly' : m === 4 ? 'quarterly' : 'monthly'
    return {
      stem: `A loan is quoted at ${tenthPct(j)} a year compounded ${per}. What is its effective annual rate, (1 + rate ÷ periods)^periods − 1, ${DP2.replace('two decimal places', 'two decimal places of a percent')}?`,
      show: pct(2),
      figures: { j, m },
      key: sub(grow(div(rt(j), m), m), 1),
      wrong: [
        [rt(j), 'gives the quoted rate'],
        [div(rt(j), m), 'gives the rate for one period'],
        [sub(grow(rt(j), m), 1), 'compounds the annual rate every period'],
        [mul(rt(j), add(1, div(rt(j), m))), 'adds one period’s interest on the rate'],
        [grow(div(rt(j), m), m), 'leaves the 1 in the growth factor'],
      ],
    }
  }),
  worked('present-value-with-compounding', (rng) => {
    const fv = rng.int(50, 900) * 100
    const j = rng.pick([30, 40, 50, 60, 80])
    const m = rng.pick([2, 4, 12])
    const y = rng.int(2, 6)
    const per = m === 2 ? 'half-yearly' : m === 4 ? 'quarterly' : 'monthly'
    return {
      stem: `How much must be deposited today at ${tenthPct(j)} a year compounded ${per} to have $${n(fv)} in ${y} years, ${CENT}?`,
      show: usd(2),
      figures: { fv, j, m, y },
      key: div(fv, grow(div(rt(j), m), m * y)),
      wrong: [
        [div(fv, grow(rt(j), y)), 'discounts once a year'],
        [div(fv, add(1, mul(rt(j), y))), 'discounts at simple interest'],
        [mul(fv, power(sub(1, div(rt(j), m)), m * y)), 'takes the rate off each period'],
        [div(fv, grow(div(rt(j), m), y)), 'discounts only one period a year'],
        [mul(fv, sub(1, mul(rt(j), y))), 'takes simple interest off the future amount'],
      ],
    }
  }),
  worked('present-value-at-simple-interest', (rng) => {
    const fv = rng.int(20, 500) * 100
    const t = rng.int(40, 150)
    const days = rng.int(60, 300)
    return {
      stem: `A customer will pay $${n(fv)} in ${days} days. At ${tenthPct(t)} simple interest on a 365-day year, what is that payment worth today (the sum that grows to it), ${CENT}?`,
      show: usd(2),
      figures: { fv, t, days },
      key: div(fv, add(1, mul(rt(t), frac(days, 365)))),
      wrong: [
        [mul(fv, sub(1, mul(rt(t), frac(days, 365)))), 'takes the interest off the future sum'],
        [div(fv, add(1, mul(rt(t), frac(days, 360)))), 'uses a 360-day year'],
        [div(fv, add(1, rt(t))), 'discounts a full year'],
        [mul(fv, add(1, mul(rt(t), frac(days, 365)))), 'adds interest instead of discounting'],
      ],
    }
  }),
  worked('proceeds-of-a-bank-discount-note', (rng) => {
    const m = rng.int(20, 500) * 100
    const d = rng.int(40, 150)
    const days = rng.pick([30, 60, 90, 120, 180])
    return {
      stem: `A bank discounts a ${days}-day note with a maturity value of $${n(m)} at a discount rate of ${tenthPct(d)}, on a 360-day year (discount = maturity value × rate × days ÷ 360). What are the proceeds, ${CENT}?`,
      show: usd(2),
      figures: { m, d, days },
      key: mul(m, sub(1, mul(rt(d), frac(days, 360)))),
      wrong: [
        [
          div(m, add(1, mul(rt(d), frac(days, 360)))),
          'divides as if the rate were simple interest',
        ],
        [mul(m, sub(1, mul(rt(d), frac(days, 365)))), 'uses a 365-day year'],
        [mul(m, rt(d), frac(days, 360)), 'gives the discount only'],
        [mul(m, sub(1, rt(d))), 'discounts a full year'],
        [mul(m, add(1, mul(rt(d), frac(days, 360)))), 'adds the discount'],
      ],
    }
  }),
  worked('proceeds-of-a-discounted-interest-bearing-note', (rng) => {
    const f = rng.int(20, 300) * 100
    const r = rng.int(40, 120)
    const term = rng.pick([90, 120, 180])
    const held = rng.int(20, term - 30)
    const d = rng.int(50, 150)
    const left = term - held
    const mv = mul(f, add(1, mul(rt(r), frac(term, 360))))
    return {
      stem: `A ${term}-day note for $${n(f)} bears ${tenthPct(r)} simple interest. After ${held} days the holder discounts it at a bank at ${tenthPct(d)} for the days left to maturity. Both use a 360-day year, and the bank discounts the maturity value. What are the proceeds, ${CENT}?`,
      show: usd(2),
      figures: { f, r, term, held, d },
      key: mul(mv, sub(1, mul(rt(d), frac(left, 360)))),
      wrong: [
        [
          mul(f, sub(1, mul(rt(d), frac(left, 360)))),
          'discounts the face value instead of the maturity value',
        ],
        [mul(mv, sub(1, mul(rt(d), frac(term, 360)))), 'discounts over the whole term'],
        [mul(mv, sub(1, mul(rt(d), frac(held, 360)))), 'discounts over the days already held'],
        [mv, 'gives the maturity value'],
        [mul(f, add(1, mul(rt(r), frac(held, 360)))), 'gives the face value with interest to date'],
      ],
    }
  }),
  worked('effective-rate-of-a-discounted-loan', (rng) => {
    const d = rng.int(50, 150)
    const days = rng.pick([90, 120, 180, 270])
    const m = rng.int(10, 200) * 1000
    return {
      stem: `A borrower signs a ${days}-day note for $${n(m)} that a bank discounts at ${tenthPct(d)} on a 360-day year, paying out the proceeds now. What simple interest rate does the borrower really pay on the proceeds, a year being 360 days, ${PCT1}?`,
      show: pct(),
      figures: { d, days, m },
      key: div(rt(d), sub(1, mul(rt(d), frac(days, 360)))),
      wrong: [
        [rt(d), 'gives the discount rate'],
        [
          div(rt(d), add(1, mul(rt(d), frac(days, 360)))),
          'divides by one plus the discount for the term',
        ],
        [mul(rt(d), frac(days, 360)), 'gives the discount for the term as a share of the face'],
        [div(rt(d), sub(1, rt(d))), 'takes a full year’s discount off the face'],
        [
          div(mul(rt(d), frac(days, 360)), sub(1, mul(rt(d), frac(days, 360)))),
          'gives the term’s rate, not the yearly one',
        ],
      ],
    }
  }),
  worked('future-value-of-monthly-deposits', (rng) => {
    const pmt = rng.int(5, 100) * 1000
    const j = rng.pick([24, 36, 48, 60])
    const y = rng.int(2, 5)
    const k = 12 * y
    const i = div(rt(j), 12)
    return {
      stem: `A firm deposits $${n(pmt / 100)} at the end of every month for ${y} years into an account paying ${tenthPct(j)} a year compounded monthly. What is the balance just after the last deposit, ${CENT}? (Use FV = payment × ((1 + i)^n − 1) ÷ i, i the monthly rate.)`,
      show: usd(2),
      figures: { pmt, j, y },
      key: mul(frac(pmt, 100), div(sub(grow(i, k), 1), i)),
      wrong: [
        [mul(frac(pmt, 100), k), 'adds the deposits without interest'],
        [
          mul(frac(pmt, 100), div(sub(grow(i, k), 1), i), add(1, i)),
          'treats the deposits as made at the start of each month',
        ],
        [mul(frac(pmt, 100), k, grow(i, k)), 'compounds every deposit over the whole term'],
        [
          mul(frac(pmt, 100), k, add(1, mul(rt(j), frac(y, 2)))),
          'gives every deposit half the term’s simple interest',
        ],
        [
          mul(frac(pmt, 100), div(sub(grow(rt(j), y), 1), rt(j))),
          'treats the monthly deposit as a yearly one',
        ],
      ],
    }
  }),
  worked('simple-interest-on-a-30-360-count', (rng) => {
    const p = rng.int(20, 400) * 100
    const t = rng.int(30, 150)
    const { m1, d1, m2, d2, days } = twoDates(rng)
    const dd = thirtyDays(m1, d1, m2, d2)
    if (dd === days) rest()
    return {
      stem: `A note for $${n(p)} runs from ${dateText(m1, d1)} to ${dateText(m2, d2)} at ${tenthPct(t)} simple interest on the 30/360 count: every month is 30 days (a 31st counts as the 30th) and the year is 360 days. What is the interest, ${CENT}?`,
      show: usd(2),
      figures: { p, t, m1, d1, m2, d2 },
      key: mul(p, rt(t), frac(dd, 360)),
      wrong: [
        [mul(p, rt(t), frac(days, 360)), 'counts the actual days'],
        [mul(p, rt(t), frac(dd, 365)), 'divides by a 365-day year'],
        [mul(p, rt(t), frac(days, 365)), 'works exact interest instead'],
        [mul(p, rt(t), frac(dd + 1, 360)), 'counts both the first and the last day'],
        [mul(p, rt(t), frac(m2 - m1, 12)), 'counts whole months only'],
      ],
    }
  }),
]

/** Whole units at or above `x` (x > 0). */
function up(x: Fraction): Fraction {
  return frac((x.n + x.d - 1n) / x.d)
}
