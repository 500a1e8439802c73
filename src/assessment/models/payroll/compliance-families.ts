import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { drawn, family, pctOf, person, usd, worked } from './payroll-text.js'

// Filing and deposit dates and Form W-2 wage boxes (IRS Publication 15 (2026), section 11
// “Depositing Taxes”: monthly depositors deposit a month’s taxes by the 15th of the next month;
// semiweekly depositors deposit taxes for Wednesday, Thursday or Friday paydays by the following
// Wednesday and for Saturday to Tuesday paydays by the following Friday; section 12: Form 941 is
// due on the last day of the month after the quarter; General Instructions for Forms W-2 and
// W-3 (2026): box 1 wages exclude elective 401(k) deferrals and section 125 benefits, box 3
// includes deferrals up to the Social Security wage base, box 5 has no cap). Paydays are drawn
// from months whose deposit days meet no weekend or legal holiday; for federal tax deposits a
// legal holiday is one in the District of Columbia (26 U.S.C. 7503; Pub 15, section 11), so
// DC Emancipation Day (Thursday, April 16, 2026) counts as well as the OPM federal holidays.

const DAY = 86400000
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS =
  'January February March April May June July August September October November December'.split(' ')

const at = (ms: number) => new Date(ms)
const long = (ms: number) => {
  const d = at(ms)
  return `${DAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
}
/** Days after `ms` to the next given weekday (strictly after). */
const next = (ms: number, weekday: number) => {
  const gap = (weekday - at(ms).getUTCDay() + 7) % 7 || 7
  return ms + gap * DAY
}
const semiweekly = (ms: number) => {
  const wd = at(ms).getUTCDay()
  return wd >= 3 && wd <= 5 ? next(ms, 3) : next(ms, 5)
}
const fifteenthAfter = (ms: number) => {
  const d = at(ms)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 15)
}
const quarterReturn = (ms: number) => {
  const d = at(ms)
  const q = Math.floor(d.getUTCMonth() / 3)
  return Date.UTC(d.getUTCFullYear(), q * 3 + 4, 0)
}
const payday = (rng: Rng, months: readonly number[], last: number) =>
  Date.UTC(2026, rng.pick(months), drawn(rng, 1, last))

const BASE = 18450000

export const COMPLIANCE_FAMILIES: readonly ScenarioFamily[] = [
  family('semiweekly-deposit-date', (rng) => {
    // March and August 2026 hold no federal or District of Columbia holiday; April is left out
    // for DC Emancipation Day (Thursday, April 16), which gives a Saturday-to-Tuesday payday of
    // April 11 to 14 an extra business day (Monday, April 20).
    const p = payday(rng, [2, 7], 20)
    const key = semiweekly(p)
    const wd = at(p).getUTCDay()
    return worked(rng, {
      stem: `Your client is a semiweekly schedule depositor. Its employees are paid on ${long(p)}, and the payroll’s taxes are under $100,000. No holiday falls in the weeks concerned. By what date must the employment taxes on that payroll be deposited?`,
      in: { p },
      key: long(key),
      wrong: [
        ['monthly', long(fifteenthAfter(p)), 'uses the monthly depositor’s 15th of the next month'],
        [
          'otherRule',
          long(wd >= 3 && wd <= 5 ? next(p, 5) : next(p, 3)),
          'swaps the Wednesday and Friday rules',
        ],
        [
          'nextDay',
          long(next(p, wd === 5 || wd === 6 ? 1 : wd + 1)),
          'applies the $100,000 next-day rule',
        ],
        ['weekLater', long(p + 7 * DAY), 'deposits a week after payday'],
        ['returnDate', long(quarterReturn(p)), 'waits for the Form 941 due date'],
      ],
    })
  }),
  family('monthly-deposit-date', (rng) => {
    // The 15th of April, May, July, September, October and December 2026 are business days.
    const p = payday(rng, [2, 3, 5, 7, 8, 10], 28)
    const wd = at(p).getUTCDay()
    if (wd === 0 || wd === 6) return worked(rng, monthly(p + 2 * DAY))
    return worked(rng, monthly(p))
  }),
  family('form-941-due-date', (rng) => {
    const q = rng.int(0, 2)
    const end = Date.UTC(2026, q * 3 + 3, 0)
    const due = Date.UTC(2026, q * 3 + 4, 0)
    const md = (ms: number) =>
      `${MONTHS[at(ms).getUTCMonth()]} ${at(ms).getUTCDate()}, ${at(ms).getUTCFullYear()}`
    return worked(rng, {
      stem: `Form 941 for the quarter ending ${md(end)} is being prepared. Ignoring any weekend or holiday extension and any extra days for timely deposits, what is its due date?`,
      in: { q },
      key: md(due),
      wrong: [
        [
          'fifteenth',
          md(Date.UTC(2026, q * 3 + 3, 15)),
          'uses the 15th of the next month, the monthly deposit date',
        ],
        [
          'tenDays',
          md(Date.UTC(2026, q * 3 + 4, 10)),
          'gives the extended date for employers who deposited in full',
        ],
        ['quarterEnd', md(end), 'gives the last day of the quarter itself'],
        ['annual', 'January 31, 2027', 'treats the quarterly return as annual'],
        ['twoMonths', md(Date.UTC(2026, q * 3 + 5, 0)), 'allows two months after the quarter'],
      ],
    })
  }),
  family('w2-box-1-wages', (rng) => {
    const g = drawn(rng, 4000000, 16000000, 1000)
    const k = drawn(rng, 200000, 2300000, 1000)
    const p = drawn(rng, 100000, 600000, 1000)
    const roth = drawn(rng, 0, 500000, 5000)
    return worked(rng, {
      stem: `${person(rng)}’s pay for the year: gross ${usd(g)}, traditional 401(k) deferrals ${usd(k)}, Roth 401(k) deferrals ${usd(roth)}, section 125 health premiums ${usd(p)}. No other benefits. What goes in box 1 (wages, tips, other compensation) of their Form W-2?`,
      in: { g, k, p, roth },
      key: g - k - p,
      wrong: [
        ['box5', g - p, 'reports Medicare wages, leaving the 401(k) deferrals in'],
        ['lessRoth', g - k - p - roth, 'also subtracts the after-tax Roth deferrals'],
        ['gross', g, 'reports gross pay'],
        ['only401k', g - k, 'leaves the cafeteria-plan premiums in'],
      ],
    })
  }),
  family('w2-box-3-social-security-wages', (rng) => {
    const g = drawn(rng, 8000000, 26000000, 1000)
    const k = drawn(rng, 200000, 2300000, 1000)
    const p = drawn(rng, 100000, 600000, 1000)
    return worked(rng, {
      stem: `An employee’s pay for the year: gross ${usd(g)}, traditional 401(k) deferrals ${usd(k)}, section 125 health premiums ${usd(p)}. The Social Security wage base is ${usd(BASE)}. What goes in box 3 (Social Security wages) of the Form W-2?`,
      in: { g, k, p },
      key: Math.min(g - p, BASE),
      wrong: [
        ['uncapped', g - p, 'reports the Medicare wages with no wage base'],
        ['box1', Math.min(g - k - p, BASE), 'subtracts the 401(k) deferrals as for box 1'],
        ['gross', Math.min(g, BASE), 'leaves the cafeteria-plan premiums in'],
        ['baseAlways', BASE, 'reports the wage base whatever the wages'],
        ['box1Uncapped', g - k - p, 'reports box 1 wages'],
        ['grossUncapped', g, 'reports gross pay with no wage base'],
      ],
    })
  }),
  family('w2-box-5-medicare-wages', (rng) => {
    const g = drawn(rng, 19000000, 40000000, 1000)
    const k = drawn(rng, 200000, 2300000, 1000)
    const p = drawn(rng, 100000, 600000, 1000)
    return worked(rng, {
      stem: `An employee’s pay for the year: gross ${usd(g)}, traditional 401(k) deferrals ${usd(k)}, section 125 health premiums ${usd(p)}. The Social Security wage base is ${usd(BASE)}. What goes in box 5 (Medicare wages and tips) of the Form W-2?`,
      in: { g, k, p },
      key: g - p,
      wrong: [
        ['capped', Math.min(g - p, BASE), 'caps Medicare wages at the Social Security wage base'],
        ['box1', g - k - p, 'subtracts the 401(k) deferrals as for box 1'],
        ['gross', g, 'leaves the cafeteria-plan premiums in'],
        ['additionalOnly', Math.max(0, g - p - 20000000), 'reports only wages over $200,000'],
        [
          'box1Capped',
          Math.min(g - k - p, BASE),
          'subtracts the deferrals and caps at the wage base',
        ],
        ['only401k', g - k, 'subtracts the 401(k) deferrals but leaves the cafeteria premiums in'],
        [
          'medicareTax',
          pctOf(g - p, 145),
          'reports the Medicare tax withheld (box 6), not the wages',
        ],
      ],
    })
  }),
]

function monthly(p: number) {
  const wd = at(p).getUTCDay()
  return {
    stem: `Your client is a monthly schedule depositor (its lookback-period taxes were under $50,000). It paid employees on ${long(p)}. By what date must that payroll’s employment taxes be deposited?`,
    in: { p },
    key: long(fifteenthAfter(p)),
    wrong: [
      ['semiweekly', long(semiweekly(p)), 'uses the semiweekly Wednesday/Friday rule'],
      ['returnDate', long(quarterReturn(p)), 'waits for the Form 941 due date'],
      ['tenth', long(fifteenthAfter(p) - 5 * DAY), 'uses the 10th, the tip-reporting date'],
      [
        'monthEnd',
        long(Date.UTC(2026, at(p).getUTCMonth() + 2, 0)),
        'uses the last day of the next month',
      ],
      ['nextDay', long(next(p, wd === 5 ? 1 : wd + 1)), 'applies the $100,000 next-day rule'],
    ] as const,
  }
}
