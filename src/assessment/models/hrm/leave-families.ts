import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  cap,
  day,
  daysBetween,
  drawn,
  employer,
  family,
  figure,
  money,
  person,
  symbol,
  texts,
  ukDate,
  unit,
} from './hrm-text.js'
import { LEAVE_PRACTICES } from './leave-practices.js'

// Leave and working time. Accrual follows the policy each stem states. California paid sick
// leave accrues at one hour per 30 hours worked (Cal. Labor Code §246(b)(1)); Washington’s rate,
// one hour per 40 (RCW 49.46.210(1)(a)), is a named slip. UK statutory annual leave is 5.6 weeks
// (4 weeks under reg 13 plus 1.6 under reg 13A of the Working Time Regulations 1998), capped at
// 28 days (reg 13A(3)); on leaving, pay in lieu is (A × B) − C (reg 14(3)); daily rest is 11
// consecutive hours in each 24 (reg 10(1), 12 for young workers, reg 10(2)); average weekly
// working time over the 17-week reference period is (A + B) ÷ C, leave days being replaced by
// the days worked after the period (reg 4(6)). US overtime is one and one-half times the regular
// rate for hours over 40 in a workweek (29 U.S.C. 207(a)(1)); the regular rate includes
// non-discretionary bonuses (29 CFR 778.208–778.211, 778.110(b)), is a weighted average for two
// rates (29 CFR 778.115) and piece earnings ÷ hours for piece work (29 CFR 778.111); each workweek
// stands alone (29 CFR 778.104). FMLA leave for an employee on a reduced schedule is 12 times
// the usual weekly hours (29 CFR 825.205(b)).

const hours2 = unit('hours', 2)
const days2 = unit('days', 2)
const hm = (min: number) => {
  const m = ((min % 1440) + 1440) % 1440
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

export const LEAVE_FAMILIES: readonly ScenarioFamily[] = [
  family('pto-accrual-per-pay-period', (rng) => {
    const a = rng.pick([80, 96, 104, 120, 144, 160])
    const [p, word] = rng.pick([
      [26, 'biweekly'],
      [24, 'semimonthly'],
    ] as const)
    const k = drawn(rng, 5, p - 3)
    const u = drawn(rng, 4, Math.floor((a * k) / p / 2))
    const other = p === 26 ? 24 : 26
    return figure(rng, hours2, {
      stem: `${cap(employer(rng))}’s policy grants full-timers ${a} hours of paid time off a year, accrued evenly over the ${word} pay periods. After ${k} pay periods of the year ${person(rng)} has used ${u} hours. What is their balance?`,
      in: { a, p, k, u },
      key: (a * k) / p - u,
      wrong: [
        ['monthly', (a * k) / 12 - u, 'accrues a twelfth of the year each pay period'],
        ['weekly', (a * k) / 52 - u, 'accrues a fifty-second of the year each pay period'],
        ['otherFrequency', (a * k) / other - u, `spreads the year over ${other} pay periods`],
        ['ignoresUsed', (a * k) / p, 'leaves the hours used in the balance'],
      ],
    })
  }),
  family('california-sick-leave-accrual', (rng) => {
    const h = drawn(rng, 700, 1600, 10)
    const o = drawn(rng, 30, 200, 5)
    return figure(rng, hours2, {
      stem: `A California employer of ${person(rng)} uses the accrual method of Labor Code §246(b)(1) with an 80-hour accrual cap. Since hire they have worked ${h.toLocaleString('en-US')} regular hours and ${o} overtime hours and used no sick leave. How many hours of paid sick leave have they accrued?`,
      in: { h, o },
      key: (h + o) / 30,
      wrong: [
        ['noOvertime', h / 30, 'leaves overtime hours out of hours worked'],
        [
          'overtimeWeighted',
          (h + 1.5 * o) / 30,
          'counts each overtime hour as one and a half hours worked',
        ],
        ['washington', (h + o) / 40, 'uses Washington’s one hour per 40 hours worked'],
        ['everyTwenty', (h + o) / 20, 'accrues one hour per 20 hours worked'],
      ],
    })
  }),
  family('part-time-pro-rata-entitlement', (rng) => {
    const e = drawn(rng, 20, 30)
    const d = rng.pick([2, 3, 4])
    return figure(rng, unit('days', 1), {
      stem: `${cap(employer(rng))} gives full-timers on a five-day week ${e} days of annual leave a year, pro rata for part-timers. ${person(rng)} works ${d} days a week. What is their annual entitlement in days?`,
      in: { e, d },
      key: (e * d) / 5,
      wrong: [
        ['notProRated', e, 'gives the full-time entitlement unchanged'],
        ['sevenDays', (e * d) / 7, 'pro-rates over a seven-day week'],
        ['dayOffPerDay', e - (5 - d), 'takes one day off per weekday not worked'],
        ['hoursWeek', (e * d) / 4, 'pro-rates over a four-day week'],
      ],
    })
  }),
  family('starter-pro-rata-rounded-up-to-half-days', (rng) => {
    const e = drawn(rng, 20, 30)
    const m = drawn(rng, 2, 11)
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]
    const half = (x: number) => Math.ceil(x * 2 - 1e-9) / 2
    return figure(rng, unit('days', 1), {
      stem: `${cap(employer(rng))}’s leave year runs January to December and its entitlement is ${e} days. A starter joining part-way through gets one twelfth for each month of the leave year they are employed in, counting the month they join, rounded up to the next half day. ${person(rng)} joins on ${months[m - 1]} 1. What is their entitlement for this leave year?`,
      in: { e, m },
      key: half((e * (13 - m)) / 12),
      wrong: [
        ['monthsGone', half((e * (m - 1)) / 12), 'counts the months already gone, not those left'],
        ['skipsJoinMonth', half((e * (12 - m)) / 12), 'leaves out the month they join'],
        ['notProRated', e, 'gives the full year’s entitlement'],
        ['roundedDown', Math.floor(((e * (13 - m)) / 12) * 2) / 2, 'rounds down instead of up'],
        [
          'wholeDays',
          Math.ceil((e * (13 - m)) / 12) + 1,
          'rounds up to a whole day and adds one for the joining month',
        ],
      ],
    })
  }),
  family('uk-statutory-holiday-days', (rng) => {
    const d = rng.pick([1, 2, 2.5, 3, 4, 4.5, 6])
    return figure(rng, unit('days', 1), {
      stem: `${person(rng)} works ${d} day${d === 1 ? '' : 's'} every week for a UK employer. Under regulations 13 and 13A of the Working Time Regulations 1998, what is their statutory annual leave entitlement?`,
      in: { d },
      key: Math.min(5.6 * d, 28),
      wrong: [
        ['uncapped', 5.6 * d, 'leaves out the 28-day cap'],
        ['flat28', 28, 'gives every worker 28 days whatever their week'],
        ['fourWeeks', 4 * d, 'gives only the four weeks of regulation 13'],
        [
          'bankOnTop',
          Math.min(5.6 * d, 28) + (8 * d) / 5,
          'adds bank holidays on top of the 5.6 weeks',
        ],
      ],
    })
  }),
  family('uk-holiday-pay-in-lieu-on-leaving', (rng) => {
    // Regulation 14 pays statutory leave only, so the entitlement is the statutory one: 5.6 weeks
    // of the worker's days, at most 28 days (regs 13 and 13A).
    const dpw = rng.pick([5, 5, 4, 3])
    const e = Math.min((56 * dpw) / 10, 28)
    const leave = day(2026, rng.int(3, 10), drawn(rng, 3, 27))
    const start = day(2026, 0, 1)
    const served = daysBetween(start, leave) + 1
    const months = new Date(leave).getUTCMonth()
    const taken = drawn(rng, 2, Math.floor((e * served) / 365 / 2))
    return figure(rng, days2, {
      stem: `A UK employee works ${dpw} days a week and has only the statutory annual leave of regulations 13 and 13A, ${e} days; the leave year starts on 1 January. Their employment ends on ${ukDate(leave)}, and they have taken ${taken} days this leave year. The contract says nothing about leave on leaving, so regulation 14 of the Working Time Regulations 1998 applies with days counted. How many days of leave must be paid in lieu?`,
      in: { e, served, months, taken },
      key: (e * served) / 365 - taken,
      wrong: [
        ['fullYear', e - taken, 'pays the whole year’s entitlement less leave taken'],
        ['completeMonths', (e * months) / 12 - taken, 'counts complete months only'],
        [
          'startedMonths',
          (e * (months + 1)) / 12 - taken,
          'counts the month of leaving as a whole month',
        ],
        ['ignoresTaken', (e * served) / 365, 'forgets the leave already taken'],
      ],
    })
  }),
  family('flsa-weekly-overtime-pay', (rng) => {
    const $ = '$'
    const r = drawn(rng, 1500, 3800, 25)
    const h = drawn(rng, 42, 56)
    return figure(rng, money($), {
      stem: `${person(rng)}, a non-exempt employee paid ${money($)(r)} an hour with no other pay, worked ${h} hours in one workweek. Under the Fair Labor Standards Act, 29 U.S.C. 207(a)(1), what are their gross wages for that week?`,
      in: { r, h },
      key: 40 * r + Math.round(1.5 * r * (h - 40)),
      wrong: [
        ['straight', h * r, 'pays every hour at the straight rate'],
        ['double', 40 * r + 2 * r * (h - 40), 'pays overtime at double time'],
        ['allAtOneHalf', Math.round(1.5 * r * h), 'pays every hour of the week at time and a half'],
        [
          'premiumOnly',
          40 * r + Math.round(0.5 * r * (h - 40)),
          'pays the overtime hours at the half-time premium alone',
        ],
        ['over35', 35 * r + Math.round(1.5 * r * (h - 35)), 'starts overtime after 35 hours'],
        ['fortyOnly', 40 * r, 'pays the first 40 hours and leaves the overtime hours out'],
        [
          'overtimeOnly',
          Math.round(1.5 * r * (h - 40)),
          'gives only the overtime pay, not the week’s gross wages',
        ],
      ],
    })
  }),
  family('flsa-regular-rate-with-a-bonus', (rng) => {
    const $ = '$'
    const r = drawn(rng, 1600, 3000, 25)
    const h = drawn(rng, 43, 54)
    const b = drawn(rng, 5000, 30000, 500)
    const straight = r * h + b
    return figure(rng, money($), {
      stem: `${person(rng)} earns ${money($)(r)} an hour and, for the week, a ${money($)(b)} production bonus the employer promised for meeting targets. They worked ${h} hours. Under 29 U.S.C. 207 and 29 CFR 778.110(b), what are their total gross wages for the week?`,
      in: { r, h, b },
      key: straight + Math.round((0.5 * straight * (h - 40)) / h),
      wrong: [
        [
          'bonusExcluded',
          straight + Math.round(0.5 * r * (h - 40)),
          'leaves the bonus out of the regular rate',
        ],
        [
          'byForty',
          straight + Math.round(0.5 * (r + b / 40) * (h - 40)),
          'spreads the bonus over 40 hours, not all hours worked',
        ],
        [
          'fullTimeAndHalf',
          straight + Math.round((1.5 * straight * (h - 40)) / h),
          'adds time and a half on top of straight pay already given for those hours',
        ],
        ['noOvertime', straight, 'pays no overtime premium'],
      ],
    })
  }),
  family('flsa-weighted-regular-rate-for-two-jobs', (rng) => {
    const $ = '$'
    const r1 = drawn(rng, 1500, 2200, 25)
    const r2 = r1 + drawn(rng, 200, 1000, 25)
    const h1 = drawn(rng, 20, 34)
    const h2 = drawn(rng, 48 - h1, 56 - h1)
    const h = h1 + h2
    const straight = r1 * h1 + r2 * h2
    return figure(rng, money($), {
      stem: `${person(rng)} worked ${h1} hours as a cashier at ${money($)(r1)} and ${h2} hours as a shift lead at ${money($)(r2)} in one workweek, and the parties made no agreement on the overtime rate. Under 29 CFR 778.115, what are the week’s total gross wages?`,
      in: { r1, r2, h1, h2 },
      key: straight + Math.round((0.5 * straight * (h - 40)) / h),
      wrong: [
        [
          'higherRate',
          straight + Math.round(0.5 * r2 * (h - 40)),
          'bases the premium on the higher rate',
        ],
        [
          'lowerRate',
          straight + Math.round(0.5 * r1 * (h - 40)),
          'bases the premium on the lower rate',
        ],
        [
          'simpleAverage',
          straight + Math.round(0.25 * (r1 + r2) * (h - 40)),
          'averages the two rates without weighting by hours',
        ],
        [
          'fullTimeAndHalf',
          straight + Math.round((1.5 * straight * (h - 40)) / h),
          'adds time and a half on top of straight pay already given for those hours',
        ],
      ],
    })
  }),
  family('flsa-workweeks-are-not-averaged', (rng) => {
    const $ = '$'
    const r = drawn(rng, 1500, 3200, 25)
    const h1 = drawn(rng, 44, 52)
    const h2 = drawn(rng, 24, 80 - h1)
    return figure(rng, money($), {
      stem: `${person(rng)} is paid ${money($)(r)} an hour every two weeks. In the pay period they worked ${h1} hours in the first workweek and ${h2} in the second. Under 29 U.S.C. 207(a)(1) and 29 CFR 778.104, what are their gross wages for the period?`,
      in: { r, h1, h2 },
      key: r * (h1 + h2) + Math.round(0.5 * r * (h1 - 40)),
      wrong: [
        ['averaged', r * (h1 + h2), 'averages the two weeks, so finds no overtime'],
        ['double', r * (h1 + h2) + r * (h1 - 40), 'pays week one’s overtime at double time'],
        [
          'allWeekOne',
          Math.round(1.5 * r * h1) + r * h2,
          'pays every hour of week one at time and a half',
        ],
        [
          'periodAsWeek',
          r * (h1 + h2) + Math.round(0.5 * r * (h1 + h2 - 40)),
          'treats the two-week pay period as one workweek, with overtime after 40 hours',
        ],
        [
          'halfRateWeekOne',
          r * (40 + h2) + Math.round(0.5 * r * (h1 - 40)),
          'pays week one’s overtime hours at the half-time premium alone',
        ],
      ],
    })
  }),
  family('flsa-piece-rate-overtime', (rng) => {
    const $ = '$'
    const p = drawn(rng, 60000, 140000, 100)
    const h = drawn(rng, 43, 55)
    return figure(rng, money($), {
      stem: `A piece-rate worker earned ${money($)(p)} in piece rates in a workweek of ${h} hours, and no other pay. Under 29 CFR 778.111, what are their total gross wages for the week?`,
      in: { p, h },
      key: p + Math.round((0.5 * p * (h - 40)) / h),
      wrong: [
        ['noOvertime', p, 'pays no overtime premium on piece work'],
        [
          'fullTimeAndHalf',
          p + Math.round((1.5 * p * (h - 40)) / h),
          'adds time and a half on top of the piece earnings already paid for those hours',
        ],
        [
          'byForty',
          p + Math.round((0.5 * p * (h - 40)) / 40),
          'divides the piece earnings by 40 for the regular rate',
        ],
        [
          'minimumWage',
          p + Math.round(0.5 * 725 * (h - 40)),
          'bases the half-time premium on the $7.25 federal minimum wage, not the regular rate',
        ],
      ],
    })
  }),
  family('unused-vacation-payout-at-the-daily-rate', (rng) => {
    const $ = symbol(rng)
    const s = drawn(rng, 3600000, 12000000, 50000)
    const u = drawn(rng, 3, 18)
    return figure(rng, money($), {
      stem: `${cap(employer(rng))} pays out unused vacation on leaving at a daily rate of annual salary ÷ 260 working days. ${person(rng)} earns ${money($)(s)} a year and leaves with ${u} unused days. What is the payout?`,
      in: { s, u },
      key: Math.round((s * u) / 260),
      wrong: [
        ['calendar', Math.round((s * u) / 365), 'divides the salary by 365 calendar days'],
        ['twentyDays', Math.round((s * u) / 240), 'divides the monthly salary by 20 working days'],
        ['weekly', Math.round((s * u) / 364), 'divides a week’s pay by seven'],
        ['lessHolidays', Math.round((s * u) / 250), 'takes ten public holidays off the 260 days'],
        ['lessLeave', Math.round((s * u) / 232), 'takes 28 days of leave off the 260 working days'],
        ['sixDayWeeks', Math.round((s * u) / 312), 'divides by six-day weeks, 312 days a year'],
      ],
    })
  }),
  family('fmla-hours-left-on-a-reduced-schedule', (rng) => {
    const h = rng.pick([20, 24, 25, 30, 32])
    const used = drawn(rng, 16, h * 6, 4)
    return figure(rng, unit('hours'), {
      stem: `${person(rng)} normally works ${h} hours a week and is eligible for FMLA leave. They have used ${used} hours of intermittent FMLA leave in the current 12-month period. Under 29 CFR 825.205(b), how many hours of FMLA leave remain?`,
      in: { h, used },
      key: 12 * h - used,
      wrong: [
        ['fullTimeWeek', 480 - used, 'uses a 40-hour week for the 12 weeks'],
        ['ignoresUsed', 12 * h, 'forgets the leave already used'],
        [
          'weeksAtForty',
          Math.round(((480 - used) * h) / 40),
          'converts the hours used into weeks of 40 hours',
        ],
        [
          'eightHourDays',
          12 * h - Math.ceil(used / (h / 5)) * 8,
          'charges each day with leave as a full 8-hour day',
        ],
      ],
    })
  }),
  family('uk-earliest-start-after-daily-rest', (rng) => {
    const start = drawn(rng, 12 * 60, 15 * 60, 15)
    const end = start + drawn(rng, 7 * 60, 9 * 60, 15)
    const young = rng.next() < 0.3
    const rest = young ? 12 * 60 : 11 * 60
    return texts(rng, {
      stem: `${person(rng)}, ${young ? 'aged 17' : 'an adult worker'}, finished a shift at a UK warehouse at ${hm(end)} (it began at ${hm(start)}). Under regulation 10 of the Working Time Regulations 1998, what is the earliest time they may start the next day?`,
      in: { start, end, young: young ? 1 : 0 },
      key: hm(end + rest),
      wrong: [
        ['fromStart', hm(start + rest), 'counts the rest from the start of the shift'],
        ['eightHours', hm(end + 8 * 60), 'allows only 8 hours between shifts'],
        [
          'otherAge',
          hm(end + (young ? 11 : 12) * 60),
          young
            ? 'uses the adult 11 hours for a young worker'
            : 'uses the young worker’s 12 hours for an adult',
        ],
        ['breakAdded', hm(end + rest - 20), 'deducts the 20-minute break from the rest'],
      ],
    })
  }),
  family('uk-average-weekly-hours-over-17-weeks', (rng) => {
    const k = drawn(rng, 1, 2)
    const a = drawn(rng, (17 - k) * 42, (17 - k) * 55, 1)
    const b = drawn(rng, k * 40, k * 55, 1)
    return figure(rng, unit('hours', 1), {
      stem: `A UK worker took ${k} week${k > 1 ? 's' : ''} of annual leave within a 17-week reference period, working ${a} hours in the rest of it, and worked ${b} hours in the ${k} week${k > 1 ? 's' : ''} right after the period. Under regulation 4(6) of the Working Time Regulations 1998, what was their average weekly working time?`,
      in: { k, a, b },
      key: (a + b) / 17,
      wrong: [
        ['noReplacement', a / 17, 'leaves out the replacement weeks after the period'],
        ['dropLeaveWeeks', (a + b) / (17 - k), 'also drops the leave weeks from the divisor'],
        ['addLeaveWeeks', (a + b) / (17 + k), 'divides by the weeks including the extra ones'],
        ['leaveAtForty', (a + 40 * k) / 17, 'counts each leave week as 40 hours worked'],
        [
          'workedWeeksOnly',
          a / (17 - k),
          'divides the hours worked by the weeks worked, without the replacement days',
        ],
        [
          'allOverMore',
          a / (17 + k),
          'divides the hours in the period by the weeks including the extra ones',
        ],
      ],
    })
  }),
  ...LEAVE_PRACTICES,
]
