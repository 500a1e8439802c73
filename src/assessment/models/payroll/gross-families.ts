import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { drawn, employer, family, mulDiv, person, type Slip, usd, worked } from './payroll-text.js'

// Gross pay under the FLSA: overtime at one and one-half times the regular rate for hours over
// 40 in a workweek (29 U.S.C. 207(a); 29 CFR 778.107); the regular rate is total remuneration
// for the workweek divided by the hours worked (29 CFR 778.109), including shift differentials
// (778.207(b)) and non-discretionary bonuses (778.208–.211); each workweek stands alone
// (778.104); a salary for a fixed 40-hour week gives a regular rate of salary ÷ 40, and a
// monthly salary is first turned into a weekly one by × 12 ÷ 52 (778.113); a fixed salary for
// fluctuating hours earns half-time for overtime (778.114); piece rates divide total piece
// earnings by hours (778.111); two rates in one week give a weighted average (778.115); paid
// holiday hours are not hours worked and holiday pay is not in the regular rate (778.218–.219).

const ROUND = 'Round only the final amount to the nearest cent.'

export const GROSS_FAMILIES: readonly ScenarioFamily[] = [
  family('overtime-hourly-over-forty', (rng) => {
    const r = drawn(rng, 1500, 3800, 25)
    const h = drawn(rng, 42, 55)
    return worked(rng, {
      stem: `${person(rng)}, a non-exempt hourly employee of ${employer(rng)} paid ${usd(r)} an hour, worked ${h} hours in the workweek. Under the FLSA, what is the week’s gross pay? ${ROUND}`,
      in: { r, h },
      key: 40 * r + mulDiv(3 * r, h - 40, 2),
      wrong: [
        ['straight', r * h, 'pays every hour at the straight rate'],
        ['overtimeOnly', mulDiv(3 * r, h - 40, 2), 'gives only the overtime pay'],
        ['fortyOnly', 40 * r, 'pays only the first 40 hours'],
        ['allAtOneAndHalf', mulDiv(3 * r, h, 2), 'pays all hours at time and a half'],
        ['doubleTime', 40 * r + 2 * r * (h - 40), 'pays the overtime hours at double time'],
        [
          'premiumOnly',
          40 * r + mulDiv(r, h - 40, 2),
          'pays only the half-time premium for overtime hours',
        ],
      ],
    })
  }),
  family('overtime-shift-differential-in-regular-rate', (rng) => {
    const r = drawn(rng, 1600, 3000, 50)
    const d = drawn(rng, 100, 300, 25)
    const h = drawn(rng, 42, 52)
    const n = drawn(rng, 8, 24, 8)
    const straight = r * h + d * n
    return worked(rng, {
      stem: `A non-exempt employee earns ${usd(r)} an hour plus a night-shift differential of ${usd(d)} an hour for the ${n} night hours among the ${h} hours worked this workweek. Under the FLSA the differential is part of the regular rate. What is the week’s gross pay? ${ROUND}`,
      in: { r, d, h, n },
      key: straight + mulDiv(straight, h - 40, 2 * h),
      wrong: [
        [
          'baseRateOnly',
          straight + mulDiv(r, h - 40, 2),
          'leaves the differential out of the regular rate',
        ],
        ['noDifferential', 40 * r + mulDiv(3 * r, h - 40, 2), 'drops the differential altogether'],
        [
          'fullRateAgain',
          straight + mulDiv(3 * straight, h - 40, 2 * h),
          'adds time and a half on top of straight time already paid for the overtime hours',
        ],
        [
          'overForty',
          straight + mulDiv(straight, h - 40, 80),
          'divides the week’s pay by 40 instead of the hours worked',
        ],
      ],
    })
  }),
  family('overtime-nondiscretionary-bonus', (rng) => {
    const r = drawn(rng, 1500, 3000, 50)
    const b = drawn(rng, 5000, 30000, 500)
    const h = drawn(rng, 43, 55)
    const total = r * h + b
    return worked(rng, {
      stem: `A warehouse worker paid ${usd(r)} an hour worked ${h} hours this workweek and earned a production bonus of ${usd(b)} promised under a written incentive plan for that week. Under the FLSA, what is the week’s total gross pay, bonus included? ${ROUND}`,
      in: { r, b, h },
      key: total + mulDiv(total, h - 40, 2 * h),
      wrong: [
        [
          'bonusExcluded',
          b + 40 * r + mulDiv(3 * r, h - 40, 2),
          'treats the promised bonus as discretionary and leaves it out of the regular rate',
        ],
        [
          'overForty',
          total + mulDiv(total, h - 40, 80),
          'divides the week’s pay by 40 instead of the hours worked',
        ],
        [
          'fullRateAgain',
          total + mulDiv(3 * total, h - 40, 2 * h),
          'adds time and a half on top of straight time already paid for the overtime hours',
        ],
        ['noOvertime', total, 'pays straight time only'],
      ],
    })
  }),
  family('overtime-two-rates-weighted-average', (rng) => {
    const a = drawn(rng, 1500, 2200, 50)
    const c = a + drawn(rng, 300, 1200, 50)
    const ha = drawn(rng, 22, 30)
    const hc = drawn(rng, 20, 25)
    const h = ha + hc
    const straight = a * ha + c * hc
    return worked(rng, {
      stem: `An employee of ${employer(rng)} works two jobs for the same employer: ${ha} hours as a cashier at ${usd(a)} an hour and ${hc} hours as a shift lead at ${usd(c)} an hour in one workweek. No agreement sets another overtime basis, so the regular rate is the weighted average. What is the week’s gross pay under the FLSA? ${ROUND}`,
      in: { a, c, ha, hc },
      key: straight + mulDiv(straight, h - 40, 2 * h),
      wrong: [
        [
          'lowRate',
          straight + mulDiv(a, h - 40, 2),
          'takes the overtime premium at the lower rate',
        ],
        [
          'highRate',
          straight + mulDiv(c, h - 40, 2),
          'takes the overtime premium at the higher rate',
        ],
        [
          'simpleAverage',
          straight + mulDiv(a + c, h - 40, 4),
          'averages the two rates without weighting by hours',
        ],
        ['noOvertime', straight, 'pays straight time only because neither job reached 40 hours'],
      ],
    })
  }),
  family('overtime-workweek-not-pay-period', (rng) => {
    const r = drawn(rng, 1600, 3200, 50)
    const w1 = drawn(rng, 44, 52)
    const w2 = drawn(rng, 26, 36)
    const t = w1 + w2
    return worked(rng, {
      stem: `A non-exempt hourly employee paid ${usd(r)} an hour is paid biweekly. In the two-week pay period they worked ${w1} hours in the first workweek and ${w2} hours in the second (${t} in total). Under the FLSA, what is the gross pay for the period? ${ROUND}`,
      in: { r, w1, w2 },
      key: r * t + mulDiv(r, w1 - 40, 2),
      wrong: [
        [
          'periodAverage',
          r * t,
          'averages the hours over the pay period, so no week counts over 40',
        ],
        [
          'periodOverForty',
          r * t + mulDiv(r, t - 40, 2),
          'counts every hour past 40 in the pay period as overtime',
        ],
        [
          'firstWeekOnly',
          40 * r + mulDiv(3 * r, w1 - 40, 2),
          'pays only the first workweek’s hours',
        ],
        [
          'overEighty',
          r * t + (t > 80 ? mulDiv(r, t - 80, 2) : 0),
          'counts overtime only past 80 hours in the pay period',
        ],
        [
          'fullRateAgain',
          r * t + mulDiv(3 * r, w1 - 40, 2),
          'adds time and a half on top of straight time already paid for the overtime hours',
        ],
        ['doubleTime', r * t + r * (w1 - 40), 'pays the overtime hours at double time'],
      ],
    })
  }),
  family('overtime-salaried-nonexempt-forty-hour-week', (rng) => {
    const s = drawn(rng, 80000, 160000, 1000)
    const h = drawn(rng, 42, 52)
    return worked(rng, {
      stem: `A non-exempt office manager is paid a salary of ${usd(s)} a week for a 40-hour workweek and worked ${h} hours this week. Under the FLSA, what is the week’s gross pay? ${ROUND}`,
      in: { s, h },
      key: s + mulDiv(3 * s, h - 40, 80),
      wrong: [
        [
          'halfTime',
          s + mulDiv(s, h - 40, 80),
          'pays only half-time, as for a fluctuating-workweek salary',
        ],
        [
          'hoursWorkedRate',
          s + mulDiv(3 * s, h - 40, 2 * h),
          'divides the salary by the hours worked, not the 40 it is meant to cover',
        ],
        ['salaryOnly', s, 'treats the salary as covering all hours worked'],
        ['doubleTime', s + mulDiv(2 * s, h - 40, 40), 'pays the overtime hours at double time'],
      ],
    })
  }),
  family('overtime-monthly-salary-regular-rate', (rng) => {
    const m = drawn(rng, 300000, 600000, 5000)
    const o = drawn(rng, 2, 10)
    return worked(rng, {
      stem: `A non-exempt coordinator earns a salary of ${usd(m)} a month for a fixed 40-hour workweek. To find the regular rate, the FLSA rules turn the monthly salary into a weekly one (× 12 ÷ 52). What is the overtime pay for ${o} overtime hours in one workweek? ${ROUND}`,
      in: { m, o },
      key: mulDiv(m * 12 * 3, o, 52 * 40 * 2),
      wrong: [
        ['fourWeeks', mulDiv(m * 3, o, 4 * 40 * 2), 'treats a month as exactly four weeks'],
        [
          'straight',
          mulDiv(m * 12, o, 52 * 40),
          'pays the overtime hours at the straight regular rate',
        ],
        ['halfTime', mulDiv(m * 12, o, 52 * 40 * 2), 'pays only the half-time premium'],
        [
          'semimonthlyAsWeek',
          mulDiv(m * 3, o, 2 * 40 * 2),
          'divides the month into two pay periods and treats each as a week',
        ],
      ],
    })
  }),
  family('fluctuating-workweek-half-time', (rng) => {
    const s = drawn(rng, 90000, 150000, 1000)
    const h = drawn(rng, 44, 55)
    return worked(rng, {
      stem: `Under a valid fluctuating-workweek agreement (29 CFR 778.114), a non-exempt employee receives a fixed salary of ${usd(s)} for whatever hours they work; this week they worked ${h}. What overtime pay is due on top of the salary? ${ROUND}`,
      in: { s, h },
      key: mulDiv(s, h - 40, 2 * h),
      wrong: [
        [
          'timeAndHalf',
          mulDiv(3 * s, h - 40, 2 * h),
          'pays time and a half though straight time is already in the salary',
        ],
        [
          'overForty',
          mulDiv(s, h - 40, 80),
          'divides the salary by 40 instead of the hours worked',
        ],
        [
          'fortyTimeAndHalf',
          mulDiv(3 * s, h - 40, 80),
          'pays time and a half at salary ÷ 40, as for a fixed 40-hour salary',
        ],
        [
          'straightHours',
          mulDiv(s, h - 40, h),
          'pays the overtime hours at the straight regular rate',
        ],
      ],
    })
  }),
  family('overtime-piece-rate', (rng) => {
    const p = drawn(rng, 80000, 160000, 500)
    const h = drawn(rng, 42, 54)
    return worked(rng, {
      stem: `A piece-rate garment worker earned ${usd(p)} in piece earnings for ${h} hours worked in one workweek, with no other pay. Under 29 CFR 778.111, what is the week’s total gross pay including overtime? ${ROUND}`,
      in: { p, h },
      key: p + mulDiv(p, h - 40, 2 * h),
      wrong: [
        [
          'timeAndHalf',
          p + mulDiv(3 * p, h - 40, 2 * h),
          'adds time and a half though the piece earnings already pay straight time for every hour',
        ],
        [
          'overForty',
          p + mulDiv(p, h - 40, 80),
          'divides the piece earnings by 40 instead of the hours worked',
        ],
        ['piecesOnly', p, 'treats piece earnings as covering overtime'],
        [
          'timeAndHalfForty',
          p + mulDiv(3 * p, h - 40, 80),
          'pays time and a half at piece earnings ÷ 40',
        ],
        [
          'premiumOnly',
          mulDiv(p, h - 40, 2 * h),
          'gives the overtime premium without the piece earnings',
        ],
      ],
    })
  }),
  family('bonus-allocated-over-earning-weeks', (rng) => {
    const b = drawn(rng, 60000, 240000, 1000)
    const w = rng.pick([4, 8, 12, 13])
    const h = drawn(rng, 42, 50)
    return worked(rng, {
      stem: `A non-discretionary attendance bonus of ${usd(b)} is paid for a ${w}-week period and is earned equally in each week. The employee worked ${h} hours in every one of those weeks. Under 29 CFR 778.209, how much extra overtime pay does the bonus require for the whole period? ${ROUND}`,
      in: { b, w, h },
      key: mulDiv(b, h - 40, 2 * h),
      wrong: [
        [
          'timeAndHalf',
          mulDiv(3 * b, h - 40, 2 * h),
          'pays time and a half on the bonus though the bonus already pays straight time',
        ],
        [
          'overForty',
          mulDiv(b, h - 40, 80),
          'divides each week’s share by 40 instead of the hours worked',
        ],
        ['oneWeek', mulDiv(b, h - 40, 2 * h * w), 'works out only one week’s extra overtime'],
        [
          'wholeBonusOneWeek',
          mulDiv(b * w, h - 40, 2 * h),
          'allocates the whole bonus to every week',
        ],
      ],
    })
  }),
  family('holiday-hours-not-hours-worked', (rng) => {
    const r = drawn(rng, 1600, 3200, 50)
    const w = drawn(rng, 41, 48)
    const worked40 = 40 * r + mulDiv(3 * r, w - 40, 2)
    return worked(rng, {
      stem: `In a holiday week an hourly employee paid ${usd(r)} an hour worked ${w} hours and was also paid 8 hours of holiday pay at the straight rate under company policy. Under the FLSA, what is the week’s gross pay? ${ROUND}`,
      in: { r, w },
      key: worked40 + 8 * r,
      wrong: [
        [
          'holidayCounts',
          40 * r + mulDiv(3 * r, w - 32, 2),
          'counts the paid holiday hours as hours worked toward 40',
        ],
        ['noHoliday', worked40, 'leaves out the holiday pay the policy grants'],
        ['straightAll', r * (w + 8), 'pays every hour at the straight rate'],
        ['fortyCap', 48 * r, 'pays 40 worked hours plus the holiday, dropping the overtime hours'],
        ['otDouble', 40 * r + 2 * r * (w - 40) + 8 * r, 'pays the overtime hours at double time'],
        ['holidayDouble', worked40 + 16 * r, 'pays the holiday hours at double time'],
      ],
    })
  }),
  family('retroactive-raise-with-overtime', (rng) => {
    const d = drawn(rng, 50, 300, 25)
    const reg = drawn(rng, 120, 320, 40)
    const ot = drawn(rng, 6, 30)
    return worked(rng, {
      stem: `A raise of ${usd(d)} an hour is made retroactive over past workweeks in which the employee worked ${reg} straight-time hours and ${ot} overtime hours. What retroactive pay is due? ${ROUND}`,
      in: { d, reg, ot },
      key: d * reg + mulDiv(3 * d, ot, 2),
      wrong: [
        ['straightOnly', d * (reg + ot), 'pays the raise on overtime hours at straight time'],
        ['regularOnly', d * reg, 'leaves the overtime hours out of the retro pay'],
        ['doubleOt', d * reg + 2 * d * ot, 'pays the raise on overtime hours at double'],
        [
          'premiumOnly',
          d * reg + mulDiv(d, ot, 2),
          'pays only half the raise on the overtime hours',
        ],
      ],
    })
  }),
  family('annual-salary-per-pay-period', (rng) => {
    const a = drawn(rng, 3800000, 9600000, 100000)
    const [name, n] = rng.pick([
      ['weekly', 52],
      ['biweekly', 26],
      ['semimonthly', 24],
      ['monthly', 12],
    ] as const)
    const others: Record<number, string> = {
      52: 'a weekly',
      26: 'a biweekly',
      24: 'a semimonthly',
      12: 'a monthly',
    }
    return worked(rng, {
      stem: `${person(rng)} is hired at an annual salary of ${usd(a)} and paid ${name}. What is the gross pay per regular pay period? ${ROUND}`,
      in: { a, n },
      key: mulDiv(a, 1, n),
      wrong: [
        ...[52, 26, 24, 12]
          .filter((k) => k !== n)
          .map(
            (k): Slip => [
              `per${k}`,
              mulDiv(a, 1, k),
              `divides by the ${k} periods of ${others[k]} payroll`,
            ],
          ),
        ['per4weeks', mulDiv(a, 1, 13), 'divides by 13, counting four-week periods'],
      ],
    })
  }),
  family('biweekly-to-semimonthly-salary', (rng) => {
    const b = drawn(rng, 150000, 400000, 500)
    return worked(rng, {
      stem: `An employer moves its salaried staff from biweekly to semimonthly pay, keeping annual pay the same. An employee’s biweekly salary is ${usd(b)}. What is the new semimonthly salary? ${ROUND}`,
      in: { b },
      key: mulDiv(b, 26, 24),
      wrong: [
        ['same', b, 'keeps the biweekly amount, as if both paid twice a month'],
        ['weeklyHalf', mulDiv(b, 1, 2), 'halves the biweekly pay, as if converting to weekly'],
        ['inverse', mulDiv(b, 24, 26), 'converts in the wrong direction (× 24 ÷ 26)'],
        ['thirdCheck', mulDiv(b, 3, 2), 'treats a month with three biweekly paydays as the norm'],
        ['twiceWeekly', mulDiv(b, 52, 48), 'counts 48 semimonthly periods a year'],
        ['monthlyHalf', mulDiv(b, 52, 24), 'treats the biweekly salary as weekly'],
      ],
    })
  }),
  family('hourly-to-annual-equivalent', (rng) => {
    const r = drawn(rng, 1800, 4500, 25)
    return worked(rng, {
      stem: `A client asks for the annual equivalent of an hourly wage of ${usd(r)} for a full-time 40-hour week paid every week of the year (52 weeks). What is it? ${ROUND}`,
      in: { r },
      key: r * 2080,
      wrong: [
        ['fourWeekMonths', r * 40 * 48, 'counts twelve four-week months (48 weeks)'],
        ['fiftyWeeks', r * 2000, 'counts 50 working weeks'],
        ['twentySixPeriods', r * 80 * 24, 'multiplies a biweekly 80 hours by 24 periods'],
        ['fiftyThree', r * 40 * 53, 'counts 53 weeks'],
      ],
    })
  }),
  family('salary-proration-new-hire', (rng) => {
    const s = drawn(rng, 200000, 450000, 500)
    const D = rng.pick([10, 11, 12])
    const d = drawn(rng, 3, D - 2)
    return worked(rng, {
      stem: `A semimonthly salaried employee (${usd(s)} a period) starts mid-period. The client prorates by working days: the period has ${D} working days and the employee worked ${d} of them. What is the first check’s gross pay? ${ROUND}`,
      in: { s, D, d },
      key: mulDiv(s, d, D),
      wrong: [
        ['daysMissed', mulDiv(s, D - d, D), 'pays the days not worked instead of the days worked'],
        [
          'fifteenDays',
          mulDiv(s, d, 15),
          'divides by 15 calendar days instead of the working days',
        ],
        ['monthDays', mulDiv(s, d, 22), 'divides by about 22 working days in a month'],
        ['fullPeriod', s, 'pays the full period salary'],
        ['weekDays', mulDiv(s, d, 5), 'divides the salary by a five-day week'],
      ],
    })
  }),
  family('minimum-wage-make-up-for-piece-worker', (rng) => {
    const h = drawn(rng, 30, 40)
    const mw = 725
    const p = drawn(rng, 12000, mw * h - 1500, 100)
    return worked(rng, {
      stem: `A piece-rate worker earned ${usd(p)} for ${h} hours worked in a workweek (no overtime). The federal minimum wage is ${usd(mw)} an hour and no higher state rate applies. How much make-up pay must the employer add? ${ROUND}`,
      in: { h, p, mw },
      key: mw * h - p,
      wrong: [
        [
          'forty',
          mw * 40 - p,
          'measures the minimum wage over 40 hours instead of the hours worked',
        ],
        ['fullMinimum', mw * h, 'pays the minimum wage on top of the piece earnings'],
        [
          'timeAndHalf',
          mulDiv(3 * mw, h, 2) - p,
          'measures the shortfall at time and a half for every hour',
        ],
        ['halfShortfall', mulDiv(mw * h - p, 1, 2), 'pays only half the shortfall'],
      ],
    })
  }),
]
