import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, drawn, symbol } from '../scenario/scenario-text.js'
import { bps, client, count, FREQ, money, ROUND, rateText, show, tvm } from './tvm-calc.js'

// Annuities and perpetuities. Ordinary annuity: payments at the end of each period,
// PV = C(1 − (1 + i)^−n)/i, FV = C((1 + i)^n − 1)/i; an annuity due pays at the start, so each
// value is the ordinary one times (1 + i). Perpetuity PV = C/i; growing perpetuity (Gordon)
// PV = C₁/(i − g) with C₁ the first payment, one period away; growing annuity
// PV = C₁/(i − g)·(1 − ((1 + g)/(1 + i))^n); a deferred annuity is discounted from the period
// before its first payment (Brealey, Myers & Allen, Principles of Corporate Finance, ch. 2;
// CFA Institute, Quantitative Methods, “The Time Value of Money”).

export const ANNUITY_FAMILIES: readonly ScenarioFamily[] = [
  tvm('tvm-fv-ordinary-annuity', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 1000, 12000, 250)
    const b = bps(rng, 250, 900)
    const i = b / 10000
    const n = drawn(rng, 5, 25)
    return {
      stem: `${cap(client(rng))} saves ${show(money($), c)} at the end of each year for ${n} years in an account paying ${rateText(b)} compounded annually. What is the balance just after the last deposit? ${ROUND}`,
      shape: money($),
      key: ['fvAnn', c, i, n, 0],
      wrong: [
        [
          'dueForOrdinary',
          ['fvAnn', c, i, n, 1],
          'treats the deposits as made at the start of each year (annuity due)',
        ],
        ['noInterest', ['times', c, n], 'adds the deposits without interest'],
        ['missingPeriod', ['fvAnn', c, i, n - 1, 0], 'counts one deposit too few'],
        ['extraPeriod', ['fvAnn', c, i, n + 1, 0], 'counts one deposit too many'],
        ['lumpOfAll', ['fv', c * n, i, n], 'compounds the sum of all deposits from the start'],
        [
          'presentValue',
          ['pvAnn', c, i, n, 0],
          'gives the present value instead of the future value',
        ],
      ],
    }
  }),
  tvm('tvm-fv-annuity-due', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 1000, 12000, 250)
    const b = bps(rng, 250, 900)
    const i = b / 10000
    const n = drawn(rng, 5, 25)
    return {
      stem: `${cap(client(rng))} pays ${show(money($), c)} into a pension plan at the start of each year for ${n} years; the plan earns ${rateText(b)} compounded annually. What is it worth at the end of year ${n}? ${ROUND}`,
      shape: money($),
      key: ['fvAnn', c, i, n, 1],
      wrong: [
        [
          'ordinaryForDue',
          ['fvAnn', c, i, n, 0],
          'treats the payments as made at the end of each year (ordinary annuity)',
        ],
        ['noInterest', ['times', c, n], 'adds the payments without interest'],
        ['dueTwice', ['fvAnn', c, i, n, 2], 'applies the annuity-due adjustment twice'],
        [
          'ordinaryOneMore',
          ['fvAnn', c, i, n + 1, 0],
          'adds a period to an ordinary annuity instead of compounding one more year',
        ],
        ['missingPeriod', ['fvAnn', c, i, n - 1, 1], 'counts one payment too few'],
        ['extraPeriod', ['fvAnn', c, i, n + 1, 1], 'counts one payment too many'],
      ],
    }
  }),
  tvm('tvm-pv-ordinary-annuity', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 2000, 20000, 500)
    const b = bps(rng, 300, 1000)
    const i = b / 10000
    const n = drawn(rng, 5, 20)
    return {
      stem: `A contract pays ${client(rng)} ${show(money($), c)} at the end of each year for ${n} years. At a discount rate of ${rateText(b)} a year, what is it worth today? ${ROUND}`,
      shape: money($),
      key: ['pvAnn', c, i, n, 0],
      wrong: [
        [
          'dueForOrdinary',
          ['pvAnn', c, i, n, 1],
          'values the payments as made at the start of each year',
        ],
        ['undiscounted', ['times', c, n], 'adds the payments without discounting'],
        ['extraPeriod', ['pvAnn', c, i, n + 1, 0], 'counts one payment too many'],
        ['missingPeriod', ['pvAnn', c, i, n - 1, 0], 'counts one payment too few'],
        [
          'lumpAtEnd',
          ['pv', c * n, i, n],
          'discounts the total of the payments from the last year',
        ],
        ['perpetuity', ['perp', c, i], 'values the payments as a perpetuity'],
      ],
    }
  }),
  tvm('tvm-pv-annuity-due-lease', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 300, 3000, 25)
    const b = bps(rng, 300, 1200)
    const r = b / 10000
    const n = rng.pick([24, 36, 48, 60])
    return {
      stem: `An equipment lease calls for ${n} monthly payments of ${show(money($), c)}, each due at the start of the month. At a nominal ${rateText(b)} a year compounded monthly, what is the present value of the payments? ${ROUND}`,
      shape: money($),
      key: ['pvAnn', c, r / 12, n, 1],
      wrong: [
        [
          'ordinaryForDue',
          ['pvAnn', c, r / 12, n, 0],
          'values the payments as made at the end of each month',
        ],
        ['undiscounted', ['times', c, n], 'adds the payments without discounting'],
        ['annualRateMonthly', ['pvAnn', c, r, n, 1], 'applies the annual rate each month'],
        [
          'firstPaymentTwice',
          ['sum', c, c * ((1 - (1 + r / 12) ** -n) / (r / 12)) * (1 + r / 12)],
          'adds the first payment again to the annuity-due value',
        ],
        ['missingPeriod', ['pvAnn', c, r / 12, n - 1, 1], 'counts one payment too few'],
      ],
    }
  }),
  tvm('tvm-fv-monthly-savings-plan', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 100, 1500, 25)
    const b = bps(rng, 200, 800)
    const r = b / 10000
    const t = drawn(rng, 3, 20)
    return {
      stem: `${cap(client(rng))} saves ${show(money($), c)} at the end of every month for ${t} years at a nominal ${rateText(b)} a year compounded monthly. How much is saved up at the end? ${ROUND}`,
      shape: money($),
      key: ['fvAnn', c, r / 12, 12 * t, 0],
      wrong: [
        [
          'annualLump',
          ['fvAnn', 12 * c, r, t, 0],
          'deposits the year’s savings as one sum at each year-end',
        ],
        [
          'dueForOrdinary',
          ['fvAnn', c, r / 12, 12 * t, 1],
          'treats the deposits as made at the start of each month',
        ],
        ['noInterest', ['times', c, 12 * t], 'adds the deposits without interest'],
        ['yearsAsPeriods', ['fvAnn', c, r / 12, t, 0], 'uses the years as the number of months'],
        [
          'startOfYearLump',
          ['fvAnn', 12 * c, r, t, 1],
          'deposits the year’s savings as one sum at the start of each year',
        ],
      ],
    }
  }),
  tvm('tvm-sinking-fund-deposit', (rng) => {
    const $ = symbol(rng)
    const f = drawn(rng, 20000, 250000, 5000)
    const b = bps(rng, 250, 800)
    const i = b / 10000
    const n = drawn(rng, 4, 15)
    return {
      stem: `${cap(client(rng))} must replace a machine for ${show(money($), f)} in ${n} years and will set aside an equal sum at the end of each year in an account paying ${rateText(b)} compounded annually. What is each deposit? ${ROUND}`,
      shape: money($),
      key: ['sink', f, i, n, 0],
      wrong: [
        [
          'dueForOrdinary',
          ['sink', f, i, n, 1],
          'treats the deposits as made at the start of each year',
        ],
        ['noInterest', ['over', f, n], 'divides the target by the years, ignoring interest'],
        ['loanPayment', ['pmt', f, i, n, 0], 'uses the loan-payment (present value) formula'],
        [
          'discountedTarget',
          ['over', f / (1 + i) ** n, n],
          'divides the target’s present value by the years',
        ],
        ['extraPeriod', ['sink', f, i, n + 1, 0], 'counts one deposit too many'],
        ['missingPeriod', ['sink', f, i, n - 1, 0], 'counts one deposit too few'],
      ],
    }
  }),
  tvm('tvm-sinking-fund-deposit-due', (rng) => {
    const $ = symbol(rng)
    const f = drawn(rng, 10000, 120000, 1000)
    const b = bps(rng, 250, 800)
    const r = b / 10000
    const m = rng.pick([4, 12])
    const t = drawn(rng, 2, 8)
    const [adv, per] = FREQ[m]!
    return {
      stem: `To have ${show(money($), f)} in ${t} years, ${client(rng)} will deposit an equal amount at the start of each ${per}, earning a nominal ${rateText(b)} a year compounded ${adv}. What is each deposit? ${ROUND}`,
      shape: money($),
      key: ['sink', f, r / m, m * t, 1],
      wrong: [
        [
          'ordinaryForDue',
          ['sink', f, r / m, m * t, 0],
          'treats the deposits as made at the end of each period',
        ],
        ['noInterest', ['over', f, m * t], 'divides the target by the number of deposits'],
        ['annualRatePeriodic', ['sink', f, r, m * t, 1], 'applies the annual rate each period'],
        ['loanPayment', ['pmt', f, r / m, m * t, 1], 'uses the present-value payment formula'],
        ['yearsAsPeriods', ['sink', f, r / m, t, 1], 'uses the years as the number of deposits'],
      ],
    }
  }),
  tvm('tvm-deferred-annuity', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 2000, 20000, 500)
    const b = bps(rng, 300, 1000)
    const i = b / 10000
    const n = drawn(rng, 4, 12)
    const first = drawn(rng, 3, 8)
    return {
      stem: `A settlement pays ${show(money($), c)} a year for ${n} years, the first payment at the end of year ${first}. At ${rateText(b)} a year, what is it worth today? ${ROUND}`,
      shape: money($),
      key: ['deferredAnn', c, i, n, first - 1],
      wrong: [
        [
          'discountedOneTooMany',
          ['deferredAnn', c, i, n, first],
          'discounts the annuity value from the year of the first payment, one year too many',
        ],
        ['notDeferred', ['pvAnn', c, i, n, 0], 'ignores the deferral'],
        [
          'discountedTwoFew',
          ['deferredAnn', c, i, n, first - 2],
          'discounts two years fewer than the deferral',
        ],
        ['undiscounted', ['times', c, n], 'adds the payments without discounting'],
        [
          'wholeSpan',
          ['pvAnn', c, i, n + first - 1, 0],
          'values payments for the whole span from year 1',
        ],
      ],
    }
  }),
  tvm('tvm-growing-perpetuity-next-payment', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 1000, 20000, 250)
    const b = bps(rng, 600, 1200)
    const gb = bps(rng, 100, Math.min(b - 200, 500))
    const i = b / 10000
    const g = gb / 10000
    return {
      stem: `A rental property’s net rent next year is ${show(money($), c)} and is expected to grow ${rateText(gb)} a year forever. At a required return of ${rateText(b)}, what is the stream worth today? ${ROUND}`,
      shape: money($),
      key: ['gperp', c, i, g],
      wrong: [
        [
          'grownAgain',
          ['gperp', c * (1 + g), i, g],
          'grows next year’s rent one more year before dividing',
        ],
        ['levelPerpetuity', ['perp', c, i], 'ignores the growth'],
        ['addedGrowth', ['over', c, i + g], 'adds the growth rate to the discount rate'],
        [
          'discountedOnce',
          ['over', c / (i - g), 1 + i],
          'discounts the Gordon value one more year',
        ],
        ['halfGrowth', ['gperp', c, i, g / 2], 'uses half the growth rate'],
      ],
    }
  }),
  tvm('tvm-growing-perpetuity-from-current-payment', (rng) => {
    const $ = symbol(rng)
    const d0 = drawn(rng, 100, 500, 5) / 100
    const b = bps(rng, 700, 1300)
    const gb = bps(rng, 100, Math.min(b - 250, 600))
    const i = b / 10000
    const g = gb / 10000
    return {
      stem: `A company just paid a dividend of ${show(money($), d0)} a share and is expected to grow dividends ${rateText(gb)} a year forever. At a required return of ${rateText(b)}, what is a share worth? ${ROUND}`,
      shape: money($),
      key: ['gperp', d0 * (1 + g), i, g],
      wrong: [
        [
          'currentDividend',
          ['gperp', d0, i, g],
          'divides the dividend just paid instead of next year’s',
        ],
        ['twoYearsGrowth', ['gperp', d0 * (1 + g) ** 2, i, g], 'grows the dividend two years'],
        ['noGrowth', ['perp', d0, i], 'values the dividend as a level perpetuity'],
        [
          'addedGrowth',
          ['over', d0 * (1 + g), i + g],
          'adds the growth rate to the required return',
        ],
      ],
    }
  }),
  tvm('tvm-growing-annuity', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 2000, 30000, 500)
    const b = bps(rng, 500, 1100)
    const gb = bps(rng, 100, Math.min(b - 150, 500))
    const i = b / 10000
    const g = gb / 10000
    const n = drawn(rng, 5, 20)
    return {
      stem: `A client’s contract pays ${show(money($), c)} at the end of the first year, rising ${rateText(gb)} a year, for ${n} payments in all. At ${rateText(b)} a year, what is the contract worth today? ${ROUND}`,
      shape: money($),
      key: ['gann', c, i, g, n],
      wrong: [
        ['levelAnnuity', ['pvAnn', c, i, n, 0], 'ignores the growth'],
        ['growingPerpetuity', ['gperp', c, i, g], 'values the payments as a growing perpetuity'],
        [
          'netRateAnnuity',
          ['pvAnn', c, i - g, n, 0],
          'discounts a level annuity at the rate less the growth',
        ],
        ['extraPeriod', ['gann', c, i, g, n + 1], 'counts one payment too many'],
        [
          'grownFirst',
          ['gann', c * (1 + g), i, g, n],
          'grows the first payment before the first year',
        ],
      ],
    }
  }),
  tvm('tvm-deferred-perpetuity', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 1000, 15000, 250)
    const b = bps(rng, 400, 1000)
    const i = b / 10000
    const first = drawn(rng, 3, 10)
    return {
      stem: `A fund will pay ${show(money($), c)} a year forever, the first payment at the end of year ${first}. At ${rateText(b)} a year, what is it worth today? ${ROUND}`,
      shape: money($),
      key: ['pv', ['perp', c, i], i, first - 1],
      wrong: [
        [
          'oneTooMany',
          ['pv', c / i, i, first],
          'discounts the perpetuity value from the year of the first payment',
        ],
        ['notDeferred', ['perp', c, i], 'ignores the deferral'],
        ['twoTooFew', ['pv', c / i, i, first - 2], 'discounts two years fewer than the deferral'],
        [
          'simpleDiscount',
          ['simplePv', c / i, i, first - 1],
          'discounts the perpetuity value with simple interest',
        ],
      ],
    }
  }),
  tvm('tvm-retirement-lump-for-withdrawals', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 10000, 60000, 1000)
    const b = bps(rng, 250, 700)
    const i = b / 10000
    const n = drawn(rng, 15, 30)
    return {
      stem: `${cap(client(rng))} wants to withdraw ${show(money($), c)} at the start of each year for ${n} years, the first withdrawal on the day of retiring. With the fund earning ${rateText(b)} a year, how much is needed on that day? ${ROUND}`,
      shape: money($),
      key: ['pvAnn', c, i, n, 1],
      wrong: [
        [
          'ordinaryForDue',
          ['pvAnn', c, i, n, 0],
          'values the withdrawals as made at the end of each year',
        ],
        ['noInterest', ['times', c, n], 'multiplies the withdrawal by the years'],
        ['futureValue', ['fvAnn', c, i, n, 1], 'gives the future value of the withdrawals'],
        ['missingPeriod', ['pvAnn', c, i, n - 1, 1], 'counts one withdrawal too few'],
        ['extraPeriod', ['pvAnn', c, i, n + 1, 1], 'counts one withdrawal too many'],
      ],
    }
  }),
  tvm('tvm-pv-quarterly-annuity', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 500, 6000, 100)
    const b = bps(rng, 300, 1000)
    const r = b / 10000
    const t = drawn(rng, 3, 10)
    return {
      stem: `A tenant will pay ${client(rng)} ${show(money($), c)} at the end of each quarter for ${t} years. At a nominal ${rateText(b)} a year compounded quarterly, what are the payments worth today? ${ROUND}`,
      shape: money($),
      key: ['pvAnn', c, r / 4, 4 * t, 0],
      wrong: [
        [
          'annualised',
          ['pvAnn', 4 * c, r, t, 0],
          'lumps each year’s payments at year-end and discounts annually',
        ],
        ['nominalAsPeriodic', ['pvAnn', c, r, 4 * t, 0], 'applies the annual rate each quarter'],
        ['yearsAsPeriods', ['pvAnn', c, r / 4, t, 0], 'uses the years as the number of quarters'],
        [
          'dueForOrdinary',
          ['pvAnn', c, r / 4, 4 * t, 1],
          'treats the payments as made at the start of each quarter',
        ],
        ['undiscounted', ['times', c, 4 * t], 'adds the payments without discounting'],
      ],
    }
  }),
  tvm('tvm-number-of-withdrawals', (rng) => {
    const $ = symbol(rng)
    const pv = drawn(rng, 100000, 500000, 10000)
    const b = bps(rng, 300, 700)
    const i = b / 10000
    const c = Math.round((pv * i * rng.pick([1.3, 1.5, 1.8, 2.2])) / 500) * 500
    return {
      stem: `A fund of ${show(money($), pv)} earns ${rateText(b)} a year. If ${client(rng)} withdraws ${show(money($), c)} at the end of each year, how many withdrawals does it support (to two decimals)?`,
      shape: count('withdrawals', 2),
      key: ['nper', pv, c, i],
      wrong: [
        ['noInterest', ['over', pv, c], 'divides the fund by the withdrawal, ignoring interest'],
        [
          'logOverRate',
          ['over', Math.log(c / (c - pv * i)), i],
          'divides the log by the rate instead of by the log of one plus the rate',
        ],
        [
          'interestOnOriginal',
          ['over', pv, c - pv * i],
          'keeps interest on the original fund, so it falls by the withdrawal less that interest each year',
        ],
        [
          'dueAssumed',
          ['nper', pv - c, c, i],
          'takes the first withdrawal today and counts only the ones after it',
        ],
        [
          'roundsUp',
          ['ceil', ['nper', pv, c, i]],
          'rounds up to whole withdrawals, counting the last part one as full',
        ],
      ],
    }
  }),
  tvm('tvm-perpetuity-semiannual-payments-annual-rate', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 500, 10000, 250)
    const b = bps(rng, 400, 1000)
    const e = b / 10000
    return {
      stem: `A perpetual bond pays ${show(money($), c)} every six months, the first in six months. At an effective ${rateText(b)} a year, what is it worth? ${ROUND}`,
      shape: money($),
      key: ['perp', c, ['periodic', e, 2]],
      wrong: [
        ['halvedRate', ['perp', c, e / 2], 'halves the effective annual rate for the half-year'],
        ['annualRate', ['perp', c, e], 'divides a half-year payment by the annual rate'],
        [
          'annualisedPayment',
          ['perp', 2 * c, e],
          'doubles the payment and divides by the annual rate',
        ],
        ['dueAssumed', ['sum', c, c / ((1 + e) ** 0.5 - 1)], 'counts a payment today as well'],
      ],
    }
  }),
  tvm('tvm-saving-then-leaving-to-grow', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 1000, 10000, 250)
    const b = bps(rng, 300, 900)
    const i = b / 10000
    const k = drawn(rng, 5, 12)
    const n = drawn(rng, 5, 15)
    return {
      stem: `${cap(client(rng))} deposits ${show(money($), c)} at the end of each year for ${k} years, then stops and leaves the money for ${n} more years, all at ${rateText(b)} compounded annually. What is it worth at the end? ${ROUND}`,
      shape: money($),
      key: ['fv', ['fvAnn', c, i, k, 0], i, n],
      wrong: [
        ['noLaterGrowth', ['fvAnn', c, i, k, 0], 'stops the interest when the deposits stop'],
        ['depositsThroughout', ['fvAnn', c, i, k + n, 0], 'counts deposits over the whole span'],
        [
          'lumpOfDeposits',
          ['fv', c * k, i, n],
          'compounds the plain sum of deposits from the last one',
        ],
        [
          'dueForOrdinary',
          ['fv', ['fvAnn', c, i, k, 1], i, n],
          'treats the deposits as made at the start of each year',
        ],
        [
          'shortGrowth',
          ['fv', c * (((1 + i) ** k - 1) / i), i, n - 1],
          'compounds one year too few after the deposits',
        ],
      ],
    }
  }),
  tvm('tvm-withdrawal-from-a-lump-due', (rng) => {
    const $ = symbol(rng)
    const pv = drawn(rng, 50000, 400000, 5000)
    const b = bps(rng, 250, 700)
    const i = b / 10000
    const n = drawn(rng, 10, 30)
    return {
      stem: `A client retires with ${show(money($), pv)} earning ${rateText(b)} a year and wants equal withdrawals at the start of each year for ${n} years, leaving nothing. What is each withdrawal? ${ROUND}`,
      shape: money($),
      key: ['pmt', pv, i, n, 1],
      wrong: [
        ['ordinaryForDue', ['pmt', pv, i, n, 0], 'works out end-of-year withdrawals'],
        ['noInterest', ['over', pv, n], 'divides the fund by the years'],
        ['interestOnly', ['times', pv, i], 'withdraws the interest only, leaving the capital'],
        ['sinkingFund', ['sink', pv, i, n, 1], 'uses the future-value (sinking fund) factor'],
        ['extraPeriod', ['pmt', pv, i, n + 1, 1], 'spreads it over one withdrawal too many'],
      ],
    }
  }),
  tvm('tvm-due-premium-over-ordinary', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 1000, 10000, 250)
    const b = bps(rng, 300, 900)
    const i = b / 10000
    const n = drawn(rng, 5, 20)
    return {
      stem: `Saving ${show(money($), c)} a year for ${n} years at ${rateText(b)} compounded annually, how much more does ${client(rng)} have at the end of year ${n} by depositing at the start of each year rather than at the end? ${ROUND}`,
      shape: money($),
      key: ['times', ['fvAnn', c, i, n, 0], i],
      wrong: [
        ['oneDeposit', ['sum', c], 'counts one extra deposit'],
        ['oneYearInterest', ['times', c, i], 'counts one year’s interest on one deposit'],
        ['interestOnTotal', ['times', c * n, i], 'counts one year’s interest on the deposits made'],
        ['dueValue', ['fvAnn', c, i, n, 1], 'gives the annuity due’s whole value'],
        [
          'doubleGap',
          ['times', c * (((1 + i) ** n - 1) / i), (1 + i) ** 2 - 1],
          'compounds the gap over two years',
        ],
      ],
    }
  }),
  tvm('tvm-bond-price-semiannual-coupons', (rng) => {
    const $ = symbol(rng)
    const face = rng.pick([1000, 5000, 10000])
    const cb = bps(rng, 200, 800)
    const yb = cb + rng.pick([-150, -100, -50, 50, 100, 150])
    const y = yb / 10000
    const n = drawn(rng, 3, 12)
    const cpn = (face * cb) / 20000
    return {
      stem: `A bond with a face value of ${show(money($), face)} pays a ${rateText(cb)} coupon semi-annually and matures in ${n} years. At a yield of ${rateText(yb)} (semi-annual compounding), what is its price? ${ROUND}`,
      shape: money($),
      key: ['sum', ['pvAnn', cpn, y / 2, 2 * n, 0], ['pv', face, y / 2, 2 * n]],
      wrong: [
        [
          'annualCoupons',
          ['sum', 2 * cpn * ((1 - (1 + y) ** -n) / y), face / (1 + y) ** n],
          'treats the coupons as annual',
        ],
        ['couponsOnly', ['pvAnn', cpn, y / 2, 2 * n, 0], 'leaves out the face value'],
        [
          'faceUndiscounted',
          ['sum', cpn * ((1 - (1 + y / 2) ** (-2 * n)) / (y / 2)), face],
          'adds the face value without discounting',
        ],
        [
          'couponRate',
          [
            'sum',
            cpn * ((1 - (1 + cb / 20000) ** (-2 * n)) / (cb / 20000)),
            face / (1 + cb / 20000) ** (2 * n),
          ],
          'discounts at the coupon rate instead of the yield',
        ],
        [
          'fullCoupon',
          [
            'sum',
            2 * cpn * ((1 - (1 + y / 2) ** (-2 * n)) / (y / 2)),
            face / (1 + y / 2) ** (2 * n),
          ],
          'pays the annual coupon every half-year',
        ],
        [
          'annualYieldPerHalfYear',
          ['sum', ['pvAnn', cpn, y, 2 * n, 0], ['pv', face, y, 2 * n]],
          'discounts each half-year at the full annual yield',
        ],
      ],
    }
  }),
  tvm('tvm-implied-growth-from-a-perpetuity-price', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 200, 2000, 25) / 100
    const b = bps(rng, 800, 1400)
    const gb = bps(rng, 100, 500)
    const i = b / 10000
    const price = Math.round((c / (i - gb / 10000)) * 100) / 100
    return {
      stem: `A share expected to pay ${show(money($), c)} next year trades at ${show(money($), price)}. Investors require ${rateText(b)}. What constant growth rate does the price imply (to two decimals of a percent)?`,
      shape: { kind: 'pct', dp: 2 },
      key: ['diff', i, ['over', c, price]],
      wrong: [
        ['yieldOnly', ['over', c, price], 'gives the dividend yield'],
        ['addedYield', ['sum', i, c / price], 'adds the dividend yield to the required return'],
        [
          'grownDividend',
          ['sum', i, -(c * (1 + i)) / price],
          'grows the dividend a year at the required return',
        ],
        ['requiredReturn', ['sum', i], 'takes the required return as the growth'],
      ],
    }
  }),
  tvm('tvm-pv-annuity-with-a-balloon', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 200, 2000, 25)
    const balloon = drawn(rng, 5000, 30000, 500)
    const b = bps(rng, 300, 1000)
    const r = b / 10000
    const n = rng.pick([24, 36, 48, 60])
    return {
      stem: `A vehicle finance deal asks ${show(money($), c)} at the end of each month for ${n} months and a final balloon of ${show(money($), balloon)} with the last payment. At a nominal ${rateText(b)} a year compounded monthly, what is the deal worth today? ${ROUND}`,
      shape: money($),
      key: ['sum', ['pvAnn', c, r / 12, n, 0], ['pv', balloon, r / 12, n]],
      wrong: [
        [
          'balloonUndiscounted',
          ['sum', c * ((1 - (1 + r / 12) ** -n) / (r / 12)), balloon],
          'adds the balloon without discounting',
        ],
        ['paymentsOnly', ['pvAnn', c, r / 12, n, 0], 'leaves out the balloon'],
        ['undiscounted', ['sum', c * n, balloon], 'adds everything without discounting'],
        [
          'annualRateEachMonth',
          ['sum', ['pvAnn', c, r, n, 0], ['pv', balloon, r, n]],
          'applies the annual rate each month',
        ],
        [
          'balloonYears',
          ['sum', c * ((1 - (1 + r / 12) ** -n) / (r / 12)), balloon / (1 + r) ** (n / 12)],
          'discounts the balloon annually',
        ],
      ],
    }
  }),
  tvm('tvm-fv-annuity-after-a-rate-mismatch', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 100, 1500, 25)
    const e = bps(rng, 300, 900)
    const ear = e / 10000
    const t = drawn(rng, 3, 15)
    return {
      stem: `${cap(client(rng))} deposits ${show(money($), c)} at the end of each month for ${t} years in a fund earning an effective ${rateText(e)} a year. What is it worth at the end? ${ROUND}`,
      shape: money($),
      key: ['fvAnn', c, ['periodic', ear, 12], 12 * t, 0],
      wrong: [
        ['earOver12', ['fvAnn', c, ear / 12, 12 * t, 0], 'divides the effective rate by 12'],
        [
          'annualLump',
          ['fvAnn', 12 * c, ear, t, 0],
          'deposits the year’s savings at each year-end',
        ],
        ['noInterest', ['times', c, 12 * t], 'adds the deposits without interest'],
        [
          'dueForOrdinary',
          ['fvAnn', c, ['periodic', ear, 12], 12 * t, 1],
          'treats the deposits as made at the start of each month',
        ],
        [
          'startOfYearLump',
          ['fvAnn', 12 * c, ear, t, 1],
          'deposits the year’s savings at the start of each year',
        ],
      ],
    }
  }),
]
