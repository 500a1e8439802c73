import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, drawn, symbol } from '../scenario/scenario-text.js'
import { bps, client, count, FREQ, money, percent, ROUND, rateText, show, tvm } from './tvm-calc.js'

// Single sums (present and future value, compounding frequency, continuous compounding).
// The formulas are the standard ones of any corporate-finance text (e.g. Brealey, Myers & Allen,
// Principles of Corporate Finance, ch. 2; CFA Institute, Quantitative Methods, “The Time Value of
// Money”): FV = PV(1 + r/m)^(mt), PV = FV / (1 + r/m)^(mt), continuous FV = PV·e^(rt), simple
// interest FV = PV(1 + rt). Amounts are rounded to the cent only at the end.

export const LUMP_FAMILIES: readonly ScenarioFamily[] = [
  tvm('tvm-fv-annual-compounding', (rng) => {
    const $ = symbol(rng)
    const p = drawn(rng, 2000, 60000, 500)
    const b = bps(rng, 250, 900)
    const i = b / 10000
    const n = drawn(rng, 4, 15)
    return {
      stem: `${cap(client(rng))} deposits ${show(money($), p)} today at ${rateText(b)} a year compounded annually. What will it be worth in ${n} years? ${ROUND}`,
      shape: money($),
      key: ['fv', p, i, n],
      wrong: [
        [
          'simpleInterest',
          ['simpleFv', p, i, n],
          'uses simple interest, never earning interest on interest',
        ],
        ['extraPeriod', ['fv', p, i, n + 1], 'counts one year too many'],
        ['missingPeriod', ['fv', p, i, n - 1], 'counts one year too few'],
        [
          'monthlyAssumed',
          ['fv', p, i / 12, 12 * n],
          'compounds monthly though the deposit compounds annually',
        ],
        ['discounted', ['pv', p, i, n], 'discounts the deposit instead of compounding it'],
        [
          'continuous',
          ['fvCont', p, i, n],
          'compounds continuously though interest is credited once a year',
        ],
      ],
    }
  }),
  tvm('tvm-fv-with-compounding-frequency', (rng) => {
    const $ = symbol(rng)
    const p = drawn(rng, 5000, 80000, 1000)
    const b = bps(rng, 300, 900)
    const r = b / 10000
    const m = rng.pick([2, 4, 12])
    const t = drawn(rng, 3, 10)
    return {
      stem: `A savings account pays a nominal ${rateText(b)} a year compounded ${FREQ[m]![0]}. ${cap(client(rng))} leaves ${show(money($), p)} in it for ${t} years. What is the balance at the end? ${ROUND}`,
      shape: money($),
      key: ['fv', p, r / m, m * t],
      wrong: [
        [
          'nominalAsPeriodic',
          ['fv', p, r, m * t],
          'applies the annual rate in every compounding period',
        ],
        [
          'annualCompounding',
          ['fv', p, r, t],
          'compounds once a year, ignoring the stated frequency',
        ],
        [
          'yearsAsPeriods',
          ['fv', p, r / m, t],
          'uses the number of years as the number of periods',
        ],
        ['simpleInterest', ['simpleFv', p, r, t], 'uses simple interest'],
        [
          'continuous',
          ['fvCont', p, r, t],
          'compounds continuously instead of at the stated frequency',
        ],
        ['extraPeriod', ['fv', p, r / m, m * t + 1], 'counts one compounding period too many'],
      ],
    }
  }),
  tvm('tvm-pv-of-a-future-sum', (rng) => {
    const $ = symbol(rng)
    const f = drawn(rng, 10000, 120000, 1000)
    const b = bps(rng, 300, 1000)
    const i = b / 10000
    const n = drawn(rng, 3, 12)
    return {
      stem: `${cap(client(rng))} must pay ${show(money($), f)} in ${n} years. How much must be set aside today in an account earning ${rateText(b)} compounded annually? ${ROUND}`,
      shape: money($),
      key: ['pv', f, i, n],
      wrong: [
        ['simpleDiscount', ['simplePv', f, i, n], 'discounts with simple interest'],
        ['extraPeriod', ['pv', f, i, n + 1], 'discounts one year too many'],
        ['missingPeriod', ['pv', f, i, n - 1], 'discounts one year too few'],
        [
          'subtractsRate',
          ['decline', f, i, n],
          'takes the rate off the amount each year, (1 − r)^n',
        ],
        ['undiscounted', ['sum', f], 'sets aside the full amount, ignoring interest'],
        [
          'continuous',
          ['pvCont', f, i, n],
          'discounts continuously though interest is credited once a year',
        ],
      ],
    }
  }),
  tvm('tvm-pv-with-monthly-compounding', (rng) => {
    const $ = symbol(rng)
    const f = drawn(rng, 8000, 90000, 500)
    const b = bps(rng, 300, 900)
    const r = b / 10000
    const m = rng.pick([4, 12])
    const t = drawn(rng, 2, 9)
    return {
      stem: `A supplier lets ${client(rng)} pay ${show(money($), f)} in ${t} years instead of now. At a nominal ${rateText(b)} a year compounded ${FREQ[m]![0]}, what is that payment worth today? ${ROUND}`,
      shape: money($),
      key: ['pv', f, r / m, m * t],
      wrong: [
        [
          'annualCompounding',
          ['pv', f, r, t],
          'discounts once a year, ignoring the stated frequency',
        ],
        ['nominalAsPeriodic', ['pv', f, r, m * t], 'applies the annual rate in every period'],
        [
          'yearsAsPeriods',
          ['pv', f, r / m, t],
          'uses the number of years as the number of periods',
        ],
        ['simpleDiscount', ['simplePv', f, r, t], 'discounts with simple interest'],
        [
          'compounded',
          ['fv', f, r / m, m * t],
          'compounds the payment forward instead of discounting it',
        ],
        [
          'rateSubtracted',
          ['decline', f, r / m, m * t],
          'multiplies by one minus the periodic rate each period instead of dividing by one plus it',
        ],
        [
          'continuousDiscount',
          ['pvCont', f, r, t],
          'discounts continuously, not at the stated frequency',
        ],
      ],
    }
  }),
  tvm('tvm-continuous-compounding-fv', (rng) => {
    const $ = symbol(rng)
    const p = drawn(rng, 5000, 70000, 500)
    const b = bps(rng, 200, 800)
    const r = b / 10000
    const t = drawn(rng, 3, 12)
    return {
      stem: `A deposit of ${show(money($), p)} earns ${rateText(b)} a year compounded continuously. What is it worth after ${t} years? ${ROUND}`,
      shape: money($),
      key: ['fvCont', p, r, t],
      wrong: [
        ['annualCompounding', ['fv', p, r, t], 'compounds annually instead of continuously'],
        ['simpleInterest', ['simpleFv', p, r, t], 'uses simple interest'],
        ['extraPeriod', ['fvCont', p, r, t + 1], 'counts the years inclusively, one too many'],
        [
          'monthsAsYears',
          ['fvCont', p, r / 12, t],
          'divides the rate by 12 as if it were compounded monthly',
        ],
        [
          'doubledRate',
          ['fvCont', p, 2 * r, t],
          'doubles the rate, reading it as a half-year rate',
        ],
      ],
    }
  }),
  tvm('tvm-continuous-compounding-pv', (rng) => {
    const $ = symbol(rng)
    const f = drawn(rng, 10000, 100000, 1000)
    const b = bps(rng, 200, 800)
    const r = b / 10000
    const t = drawn(rng, 2, 10)
    return {
      stem: `What is the present value of ${show(money($), f)} due in ${t} years, discounted at ${rateText(b)} a year compounded continuously? ${ROUND}`,
      shape: money($),
      key: ['pvCont', f, r, t],
      wrong: [
        ['annualCompounding', ['pv', f, r, t], 'discounts with annual compounding'],
        ['simpleDiscount', ['simplePv', f, r, t], 'discounts with simple interest'],
        ['extraPeriod', ['pvCont', f, r, t + 1], 'discounts one year too many'],
        ['missingPeriod', ['pvCont', f, r, t - 1], 'discounts one year too few'],
        ['subtractsRate', ['decline', f, r, t], 'takes the rate off the amount each year'],
      ],
    }
  }),
  tvm('tvm-years-to-double', (rng) => {
    const b = bps(rng, 200, 1200, 50)
    const i = b / 10000
    return {
      stem: `An investment grows at ${rateText(b)} a year compounded annually. Exactly how many years does it take to double (to two decimals)?`,
      shape: count('years', 2),
      key: ['nperLump', 1, 2, i],
      wrong: [
        ['ruleOf72', ['over', 72, b / 100], 'uses the rule of 72, an approximation'],
        ['ruleOf70', ['over', 70, b / 100], 'uses the rule of 70, an approximation'],
        [
          'continuousLog',
          ['over', Math.LN2, i],
          'divides ln 2 by the rate, as for continuous compounding',
        ],
        ['simpleInterest', ['over', 1, i], 'doubles with simple interest, 1 ÷ r'],
        [
          'log10',
          ['over', Math.log10(2), Math.log(1 + i)],
          'divides a common log of 2 by a natural log of the growth factor',
        ],
      ],
    }
  }),
  tvm('tvm-implied-annual-growth-rate', (rng) => {
    const $ = symbol(rng)
    const p = drawn(rng, 10000, 50000, 1000)
    const n = drawn(rng, 4, 10)
    const f = Math.round((p * (1 + drawn(rng, 300, 1200) / 10000) ** n) / 100) * 100
    return {
      stem: `A client’s portfolio grew from ${show(money($), p)} to ${show(money($), f)} over ${n} years with no deposits or withdrawals. What was its compound annual growth rate (to two decimals of a percent)?`,
      shape: percent(2),
      key: ['rate', p, f, n],
      wrong: [
        [
          'averageSimple',
          ['over', f / p - 1, n],
          'divides the total growth by the years (simple average)',
        ],
        ['totalGrowth', ['rate', p, f, 1], 'reports the total growth over all the years'],
        ['extraPeriod', ['rate', p, f, n + 1], 'counts one year too many'],
        ['missingPeriod', ['rate', p, f, n - 1], 'counts one year too few'],
        [
          'continuousRate',
          ['over', Math.log(f / p), n],
          'reports the continuously compounded rate',
        ],
        [
          'growthOnEndValue',
          ['over', (f - p) / f, n],
          'divides the gain by the ending value and the years',
        ],
      ],
    }
  }),
  tvm('tvm-years-to-reach-a-target', (rng) => {
    const $ = symbol(rng)
    const p = drawn(rng, 5000, 40000, 1000)
    const f = p * rng.pick([1.5, 1.75, 2.5, 3])
    const b = bps(rng, 300, 900)
    const r = b / 10000
    const m = rng.pick([4, 12])
    return {
      stem: `${cap(client(rng))} has ${show(money($), p)} in an account paying a nominal ${rateText(b)} a year compounded ${FREQ[m]![0]}. How many years until it reaches ${show(money($), f)}, with no further deposits (to two decimals)?`,
      shape: count('years', 2),
      key: ['over', ['nperLump', p, f, r / m], m],
      wrong: [
        [
          'annualCompounding',
          ['nperLump', p, f, r],
          'compounds annually, ignoring the stated frequency',
        ],
        ['simpleInterest', ['over', f / p - 1, r], 'uses simple interest'],
        ['continuous', ['over', Math.log(f / p), r], 'compounds continuously, ln(FV/PV) ÷ r'],
        [
          'periodsAsYears',
          ['nperLump', p, f, r / m],
          'reports the number of compounding periods as years',
        ],
      ],
    }
  }),
  tvm('tvm-fv-with-a-rate-change', (rng) => {
    const $ = symbol(rng)
    const p = drawn(rng, 5000, 50000, 1000)
    const b1 = bps(rng, 200, 500)
    const b2 = b1 + bps(rng, 150, 500)
    const n1 = drawn(rng, 2, 5)
    const n2 = drawn(rng, 3, 8)
    const i1 = b1 / 10000
    const i2 = b2 / 10000
    const lowFirst = rng.next() < 0.5
    const [ra, rb, na, nb] = lowFirst ? [i1, i2, n1, n2] : [i2, i1, n1, n2]
    return {
      stem: `A deposit of ${show(money($), p)} earns ${rateText(ra * 10000)} compounded annually for the first ${na} years and ${rateText(rb * 10000)} compounded annually for the ${nb} years after that. What is it worth at the end? ${ROUND}`,
      shape: money($),
      key: ['fv', ['fv', p, ra, na], rb, nb],
      wrong: [
        ['firstRateThroughout', ['fv', p, ra, na + nb], 'applies the first rate to every year'],
        ['secondRateThroughout', ['fv', p, rb, na + nb], 'applies the second rate to every year'],
        [
          'simpleInterest',
          ['simpleFv', p, 1, ra * na + rb * nb],
          'adds simple interest at each rate',
        ],
        [
          'averageRate',
          ['fv', p, (ra + rb) / 2, na + nb],
          'compounds the plain average of the two rates',
        ],
        [
          'secondOnOriginal',
          ['sum', p * (1 + ra) ** na, p * ((1 + rb) ** nb - 1)],
          'earns the second rate on the original deposit only',
        ],
      ],
    }
  }),
  tvm('tvm-fv-of-two-deposits', (rng) => {
    const $ = symbol(rng)
    const d1 = drawn(rng, 2000, 20000, 500)
    const d2 = drawn(rng, 2000, 20000, 500)
    const k = drawn(rng, 2, 5)
    const n = k + drawn(rng, 3, 8)
    const b = bps(rng, 300, 900)
    const i = b / 10000
    return {
      stem: `${cap(client(rng))} deposits ${show(money($), d1)} today and ${show(money($), d2)} at the end of year ${k}, in an account paying ${rateText(b)} compounded annually. What is the balance at the end of year ${n}? ${ROUND}`,
      shape: money($),
      key: ['fvFlows', i, n, 0, d1, k, d2],
      wrong: [
        [
          'bothFullTerm',
          ['fvFlows', i, n, 0, d1, 0, d2],
          'compounds the second deposit from today as well',
        ],
        [
          'secondUncompounded',
          ['fvFlows', i, n, 0, d1, n, d2],
          'adds the second deposit without any interest',
        ],
        [
          'wrongTerm',
          ['fvFlows', i, n, 0, d1, n - k, d2],
          'compounds the second deposit for k years, not the years left',
        ],
        [
          'simpleInterest',
          ['sum', d1 * (1 + i * n), d2 * (1 + i * (n - k))],
          'uses simple interest',
        ],
        ['extraPeriod', ['fvFlows', i, n + 1, 0, d1, k, d2], 'counts one year too many on both'],
        ['missingPeriod', ['fvFlows', i, n - 1, 0, d1, k, d2], 'counts one year too few on both'],
        [
          'secondAtStartOfYear',
          ['fvFlows', i, n, 0, d1, k - 1, d2],
          'dates the second deposit at the start of year k, a year early',
        ],
      ],
    }
  }),
  tvm('tvm-move-a-payment-in-time', (rng) => {
    const $ = symbol(rng)
    const x = drawn(rng, 5000, 50000, 500)
    const a = drawn(rng, 2, 5)
    const c = drawn(rng, 2, 5)
    const b = bps(rng, 300, 1000)
    const i = b / 10000
    return {
      stem: `A debt of ${show(money($), x)} is due in ${a} years. The lender agrees to take one payment ${c} years later instead, at ${rateText(b)} a year compounded annually. What payment settles the debt at the later date? ${ROUND}`,
      shape: money($),
      key: ['fv', x, i, c],
      wrong: [
        [
          'fromToday',
          ['fv', x, i, a + c],
          'compounds from today rather than from the original due date',
        ],
        ['discounted', ['pv', x, i, c], 'discounts the debt instead of compounding it'],
        [
          'originalDateTerm',
          ['fv', x, i, a],
          'compounds for the original term instead of the delay',
        ],
        ['simpleInterest', ['simpleFv', x, i, c], 'uses simple interest for the delay'],
        ['presentValueOnly', ['pv', x, i, a], 'gives the debt’s value today'],
      ],
    }
  }),
  tvm('tvm-interest-earned-over-the-term', (rng) => {
    const $ = symbol(rng)
    const p = drawn(rng, 5000, 60000, 500)
    const b = bps(rng, 250, 900)
    const i = b / 10000
    const n = drawn(rng, 4, 12)
    return {
      stem: `An amount of ${show(money($), p)} is invested at ${rateText(b)} compounded annually for ${n} years. How much interest does it earn in total? ${ROUND}`,
      shape: money($),
      key: ['gain', p, i, n],
      wrong: [
        ['simpleInterest', ['times', p, i * n], 'counts simple interest, P × r × n'],
        ['futureValue', ['fv', p, i, n], 'gives the whole future value instead of the interest'],
        ['lastYearOnly', ['periodInterest', p, i, n], 'gives only the last year’s interest'],
        ['extraPeriod', ['gain', p, i, n + 1], 'counts one year too many'],
        [
          'discountGap',
          ['sum', p, -p / (1 + i) ** n],
          'takes the deposit less its discounted value',
        ],
      ],
    }
  }),
  tvm('tvm-interest-earned-in-one-year', (rng) => {
    const $ = symbol(rng)
    const p = drawn(rng, 5000, 60000, 500)
    const b = bps(rng, 300, 1000)
    const i = b / 10000
    const k = drawn(rng, 3, 9)
    return {
      stem: `An amount of ${show(money($), p)} is invested at ${rateText(b)} compounded annually, with interest left in the account. How much interest is earned during year ${k} alone? ${ROUND}`,
      shape: money($),
      key: ['periodInterest', p, i, k],
      wrong: [
        ['firstYear', ['times', p, i], 'takes the first year’s interest, on the original deposit'],
        [
          'nextYear',
          ['periodInterest', p, i, k + 1],
          'takes the interest of the year after, on the balance at the end of year k',
        ],
        ['cumulative', ['gain', p, i, k], 'gives all the interest earned up to year k'],
        [
          'averageYear',
          ['over', p * ((1 + i) ** k - 1), k],
          'averages the interest of the first k years',
        ],
      ],
    }
  }),
  tvm('tvm-daily-compounding-savings', (rng) => {
    const $ = symbol(rng)
    const p = drawn(rng, 10000, 90000, 1000)
    const b = bps(rng, 300, 700)
    const r = b / 10000
    const d = drawn(rng, 200, 900, 5)
    return {
      stem: `A deposit of ${show(money($), p)} earns a nominal ${rateText(b)} a year compounded daily on a 365-day year. What is the balance after ${d} days? ${ROUND}`,
      shape: money($),
      key: ['fv', p, r / 365, d],
      wrong: [
        ['simpleInterest', ['simpleFv', p, r / 365, d], 'uses simple interest for the days'],
        ['basis360', ['fv', p, r / 360, d], 'divides the rate by 360 instead of 365'],
        ['annualOnFraction', ['fv', p, r, d / 365], 'compounds annually over a fraction of a year'],
        ['extraPeriod', ['fv', p, r / 365, d + 1], 'counts both the first and last day'],
        ['missingPeriod', ['fv', p, r / 365, d - 1], 'leaves out one day'],
        ['monthlyAssumed', ['fv', p, r / 12, d / 30], 'compounds monthly, counting 30-day months'],
      ],
    }
  }),
  tvm('tvm-zero-coupon-price-semiannual-yield', (rng) => {
    const $ = symbol(rng)
    const f = rng.pick([1000, 5000, 10000, 25000])
    const b = bps(rng, 300, 800)
    const y = b / 10000
    const n = drawn(rng, 3, 15)
    return {
      stem: `A zero-coupon bond pays ${show(money($), f)} in ${n} years. At a yield of ${rateText(b)} a year with semi-annual compounding (the bond convention), what is its price? ${ROUND}`,
      shape: money($),
      key: ['pv', f, y / 2, 2 * n],
      wrong: [
        ['annualCompounding', ['pv', f, y, n], 'discounts annually instead of semi-annually'],
        ['nominalAsPeriodic', ['pv', f, y, 2 * n], 'applies the annual yield to each half-year'],
        [
          'yearsAsPeriods',
          ['pv', f, y / 2, n],
          'uses the number of years as the number of half-years',
        ],
        ['simpleDiscount', ['simplePv', f, y, n], 'discounts with simple interest'],
        ['extraPeriod', ['pv', f, y / 2, 2 * n + 1], 'discounts one half-year too many'],
      ],
    }
  }),
  tvm('tvm-extra-interest-from-monthly-compounding', (rng) => {
    const $ = symbol(rng)
    const p = drawn(rng, 10000, 100000, 1000)
    const b = bps(rng, 300, 900)
    const r = b / 10000
    const t = drawn(rng, 3, 10)
    return {
      stem: `Two accounts pay a nominal ${rateText(b)} a year: one compounds monthly, the other annually. On ${show(money($), p)} left for ${t} years, how much more does the monthly account end with? ${ROUND}`,
      shape: money($),
      key: ['diff', ['fv', p, r / 12, 12 * t], ['fv', p, r, t]],
      wrong: [
        [
          'againstSimple',
          ['sum', p * (1 + r / 12) ** (12 * t), -p * (1 + r * t)],
          'compares with simple interest, not annual compounding',
        ],
        ['oneYearOnly', ['sum', p * (1 + r / 12) ** 12, -p * (1 + r)], 'compares one year only'],
        [
          'earGapTimesYears',
          ['times', p * ((1 + r / 12) ** 12 - 1 - r), t],
          'multiplies the first year’s gap by the years',
        ],
        [
          'continuousGap',
          ['sum', p * Math.exp(r * t), -p * (1 + r) ** t],
          'compounds the monthly account continuously',
        ],
      ],
    }
  }),
  tvm('tvm-purchasing-power-of-a-future-sum', (rng) => {
    const $ = symbol(rng)
    const x = drawn(rng, 20000, 150000, 1000)
    const b = bps(rng, 150, 600)
    const pi = b / 10000
    const n = drawn(rng, 5, 20)
    return {
      stem: `${cap(client(rng))} expects ${show(money($), x)} in ${n} years. If inflation runs at ${rateText(b)} a year, what is that sum worth in today’s money? ${ROUND}`,
      shape: money($),
      key: ['pv', x, pi, n],
      wrong: [
        [
          'subtractsRate',
          ['decline', x, pi, n],
          'takes the inflation rate off each year, (1 − π)^n',
        ],
        ['simpleDiscount', ['simplePv', x, pi, n], 'discounts with simple inflation'],
        ['extraPeriod', ['pv', x, pi, n + 1], 'discounts one year too many'],
        ['missingPeriod', ['pv', x, pi, n - 1], 'discounts one year too few'],
        ['inflated', ['fv', x, pi, n], 'inflates the sum instead of deflating it'],
        [
          'simpleSubtracted',
          ['times', x, 1 - pi * n],
          'takes simple inflation off the sum, × (1 − πn)',
        ],
      ],
    }
  }),
  tvm('tvm-monthly-rate-quoted-per-month', (rng) => {
    const $ = symbol(rng)
    const p = drawn(rng, 2000, 30000, 500)
    const mb = rng.pick([50, 75, 100, 125, 150])
    const i = mb / 10000
    const t = drawn(rng, 2, 6)
    return {
      stem: `A lender quotes ${rateText(mb)} a month, compounded monthly. What does ${show(money($), p)} grow to, unpaid, over ${t} years? ${ROUND}`,
      shape: money($),
      key: ['fv', p, i, 12 * t],
      wrong: [
        [
          'annualCompounding',
          ['fv', p, 12 * i, t],
          'multiplies the monthly rate by 12 and compounds yearly',
        ],
        ['simpleInterest', ['simpleFv', p, i, 12 * t], 'adds simple interest each month'],
        ['yearsAsPeriods', ['fv', p, i, t], 'uses the years as the number of months'],
        ['extraPeriod', ['fv', p, i, 12 * t + 1], 'counts one month too many'],
        [
          'readAsAnnual',
          ['fv', p, i / 12, 12 * t],
          'reads the monthly rate as an annual rate and divides it by 12',
        ],
        [
          'annualisedMonthly',
          ['fv', p, 12 * i, 12 * t],
          'turns the rate into an annual one (× 12) and still applies it every month',
        ],
      ],
    }
  }),
  tvm('tvm-pv-of-two-future-sums', (rng) => {
    const $ = symbol(rng)
    const x = drawn(rng, 5000, 40000, 500)
    const y = drawn(rng, 5000, 40000, 500)
    const a = drawn(rng, 1, 4)
    const bYear = a + drawn(rng, 2, 6)
    const b = bps(rng, 300, 1000)
    const i = b / 10000
    return {
      stem: `A client is owed ${show(money($), x)} in ${a} years and ${show(money($), y)} in ${bYear} years. At ${rateText(b)} a year compounded annually, what are the two receipts worth together today? ${ROUND}`,
      shape: money($),
      key: ['pvFlows', i, a, x, bYear, y],
      wrong: [
        [
          'bothAtLater',
          ['pvFlows', i, bYear, x, bYear, y],
          'discounts both receipts from the later date',
        ],
        [
          'bothAtEarlier',
          ['pvFlows', i, a, x, a, y],
          'discounts both receipts from the earlier date',
        ],
        [
          'gapForSecond',
          ['pvFlows', i, a, x, bYear - a, y],
          'discounts the second receipt only for the gap between them',
        ],
        [
          'simpleDiscount',
          ['sum', x / (1 + i * a), y / (1 + i * bYear)],
          'discounts with simple interest',
        ],
        ['undiscounted', ['sum', x, y], 'adds the receipts without discounting'],
      ],
    }
  }),
]
