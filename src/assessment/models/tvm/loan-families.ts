import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, drawn, symbol } from '../scenario/scenario-text.js'
import {
  bps,
  client,
  count,
  evaluate,
  money,
  rateText,
  schedulePayment,
  show,
  tvm,
} from './tvm-calc.js'

// Loan payments and amortisation. The level payment repays P over n periods at periodic rate i:
// PMT = P·i / (1 − (1 + i)^−n) (payments in arrears; in advance, divided by 1 + i). A lender’s
// schedule charges each period’s interest on the balance owed (rounded to the cent), the rest
// of the payment repays principal, and the last payment is adjusted to clear the balance
// (the amortisation method of CFA Institute, Quantitative Methods, “The Time Value of Money”,
// and of spreadsheet IPMT/PPMT; US Regulation Z appendix J for the periodic rate = APR ÷ periods).

const SCHED =
  'The payment is the level payment rounded to the nearest cent; each month’s interest is the balance times the annual rate ÷ 12, rounded to the nearest cent.'

interface Loan {
  $: string
  cents: number
  b: number
  years: number
  n: number
}
function loan(rng: Rng, low = 10000, high = 400000, step = 1000): Loan {
  const $ = symbol(rng)
  const cents = drawn(rng, low, high, step) * 100
  const b = bps(rng, 300, 1100)
  const years = rng.pick(
    [3, 4, 5, 10, 15, 20, 25, 30].filter((y) => (cents > 5e6 ? y >= 10 : y <= 10)),
  )
  return { $, cents, b, years, n: 12 * years }
}
const amount = (l: Loan) => show(money(l.$), l.cents / 100)
const pmtOf = (l: Loan) => schedulePayment(l.cents, l.b, 12, l.n) / 100

export const LOAN_FAMILIES: readonly ScenarioFamily[] = [
  tvm('tvm-monthly-loan-payment', (rng) => {
    const l = loan(rng)
    const P = l.cents / 100
    const r = l.b / 10000
    return {
      stem: `${cap(client(rng))} borrows ${amount(l)} over ${l.years} years at ${rateText(l.b)} a year, repaid monthly in arrears (interest compounded monthly). What is the monthly payment, rounded to the nearest cent?`,
      shape: money(l.$),
      key: ['schedPmt', l.cents, l.b, 12, l.n],
      wrong: [
        [
          'annualPaymentOver12',
          ['over', P / ((1 - (1 + r) ** -l.years) / r), 12],
          'works out an annual payment and divides it by 12',
        ],
        ['noInterest', ['over', P, l.n], 'divides the loan by the number of payments'],
        [
          'simpleAddOn',
          ['over', P * (1 + r * l.years), l.n],
          'adds simple interest for the whole term and divides by the payments',
        ],
        ['inAdvance', ['pmt', P, r / 12, l.n, 1], 'treats the payments as made in advance'],
        ['annualRateEachMonth', ['pmt', P, r, l.n, 0], 'applies the annual rate each month'],
      ],
    }
  }),
  tvm('tvm-annual-loan-payment', (rng) => {
    const $ = symbol(rng)
    const P = drawn(rng, 5000, 200000, 1000)
    const b = bps(rng, 300, 1100)
    const i = b / 10000
    const n = drawn(rng, 3, 15)
    return {
      stem: `A business loan of ${show(money($), P)} is repaid in ${n} equal annual payments at the end of each year, at ${rateText(b)} a year. What is each payment? Round to the nearest cent.`,
      shape: money($),
      key: ['schedPmt', P * 100, b, 1, n],
      wrong: [
        ['straightLine', ['over', P, n], 'divides the loan by the years, ignoring interest'],
        [
          'firstYearEqualPrincipal',
          ['sum', P / n, P * i],
          'adds the first year’s interest to an equal share of principal',
        ],
        ['inAdvance', ['pmt', P, i, n, 1], 'treats the payments as made at the start of each year'],
        ['sinkingFund', ['sink', P, i, n, 0], 'uses the sinking-fund (future value) factor'],
        [
          'simpleAddOn',
          ['over', P * (1 + i * n), n],
          'adds simple interest for the term and divides by the years',
        ],
      ],
    }
  }),
  tvm('tvm-interest-in-payment-k', (rng) => {
    const l = loan(rng)
    const k = drawn(rng, 3, Math.min(l.n - 2, 40))
    return {
      stem: `A loan of ${amount(l)} at ${rateText(l.b)} a year is repaid over ${l.years} years in monthly payments of ${show(money(l.$), pmtOf(l))}. ${SCHED} How much of payment ${k} is interest?`,
      shape: money(l.$),
      key: ['schedInterest', l.cents, l.b, 12, l.n, k],
      wrong: [
        [
          'previousPeriod',
          ['schedInterest', l.cents, l.b, 12, l.n, k - 1],
          'takes the interest of payment k − 1, on the balance one month too early',
        ],
        [
          'nextPeriod',
          ['schedInterest', l.cents, l.b, 12, l.n, k + 1],
          'takes the interest charged on the balance after payment k',
        ],
        [
          'originalBalance',
          ['schedInterest', l.cents, l.b, 12, l.n, 1],
          'charges interest on the original loan, not the balance',
        ],
        [
          'principalPart',
          ['schedPrincipal', l.cents, l.b, 12, l.n, k],
          'gives the principal part of the payment',
        ],
        [
          'averageInterest',
          ['over', pmtOf(l) * l.n - l.cents / 100, l.n],
          'averages the total interest over all payments',
        ],
      ],
    }
  }),
  tvm('tvm-principal-in-payment-k', (rng) => {
    const l = loan(rng)
    const k = drawn(rng, 3, Math.min(l.n - 2, 40))
    return {
      stem: `A loan of ${amount(l)} at ${rateText(l.b)} a year has ${l.n} monthly payments of ${show(money(l.$), pmtOf(l))}. ${SCHED} How much principal does payment ${k} repay?`,
      shape: money(l.$),
      key: ['schedPrincipal', l.cents, l.b, 12, l.n, k],
      wrong: [
        [
          'previousPeriod',
          ['schedPrincipal', l.cents, l.b, 12, l.n, k - 1],
          'takes the principal of payment k − 1',
        ],
        [
          'nextPeriod',
          ['schedPrincipal', l.cents, l.b, 12, l.n, k + 1],
          'takes the principal of the payment after k',
        ],
        [
          'firstPayment',
          ['schedPrincipal', l.cents, l.b, 12, l.n, 1],
          'takes the first payment’s principal, on the original balance',
        ],
        ['equalShare', ['over', l.cents / 100, l.n], 'divides the loan by the number of payments'],
        [
          'interestPart',
          ['schedInterest', l.cents, l.b, 12, l.n, k],
          'gives the interest part of the payment',
        ],
      ],
    }
  }),
  tvm('tvm-balance-after-k-payments', (rng) => {
    const l = loan(rng)
    const k = drawn(rng, 6, Math.min(l.n - 6, 72))
    return {
      stem: `${cap(client(rng))} has a ${amount(l)} loan at ${rateText(l.b)} a year with ${l.n} monthly payments of ${show(money(l.$), pmtOf(l))}. ${SCHED} What is the balance owed just after payment ${k}?`,
      shape: money(l.$),
      key: ['schedBalance', l.cents, l.b, 12, l.n, k],
      wrong: [
        [
          'previousPeriod',
          ['schedBalance', l.cents, l.b, 12, l.n, k - 1],
          'gives the balance before payment k',
        ],
        [
          'nextPeriod',
          ['schedBalance', l.cents, l.b, 12, l.n, k + 1],
          'counts one payment too many',
        ],
        [
          'straightLine',
          ['times', l.cents / 100, 1 - k / l.n],
          'reduces the balance in equal steps, as if every payment were principal of P ÷ n',
        ],
        [
          'paymentsSubtracted',
          ['sum', l.cents / 100, -k * pmtOf(l)],
          'subtracts the whole payments, ignoring interest',
        ],
        [
          'interestLeftOut',
          ['sum', l.cents / 100, -k * pmtOf(l), (l.cents / 100) * (l.b / 10000) * (k / 12)],
          'subtracts the payments and adds back simple interest',
        ],
      ],
    }
  }),
  tvm('tvm-total-interest-over-the-loan', (rng) => {
    const l = loan(rng)
    const P = l.cents / 100
    const r = l.b / 10000
    return {
      stem: `A ${amount(l)} loan at ${rateText(l.b)} a year is repaid in ${l.n} monthly payments of ${show(money(l.$), pmtOf(l))}. ${SCHED} The last payment is adjusted to clear the balance. How much interest is paid over the life of the loan?`,
      shape: money(l.$),
      key: ['schedInterestTo', l.cents, l.b, 12, l.n, l.n],
      wrong: [
        [
          'simpleOnOriginal',
          ['times', P, r * l.years],
          'charges simple interest on the original loan for the whole term',
        ],
        ['totalPayments', ['times', pmtOf(l), l.n], 'gives the total of the payments'],
        ['halfBalance', ['times', P / 2, r * l.years], 'charges simple interest on half the loan'],
        [
          'firstYearTimesYears',
          ['times', ['schedInterestTo', l.cents, l.b, 12, l.n, 12], l.years],
          'multiplies the first year’s interest by the years',
        ],
        [
          'compounded',
          ['gain', P, r / 12, l.n],
          'compounds the whole loan over the term as if nothing were repaid',
        ],
      ],
    }
  }),

  tvm('tvm-interest-paid-in-the-first-year', (rng) => {
    const l = loan(rng)
    const P = l.cents / 100
    const r = l.b / 10000
    return {
      stem: `A client’s ${amount(l)} loan at ${rateText(l.b)} a year is repaid in ${l.n} monthly payments of ${show(money(l.$), pmtOf(l))}. ${SCHED} How much interest is paid in the first 12 payments (for the client’s tax return)?`,
      shape: money(l.$),
      key: ['schedInterestTo', l.cents, l.b, 12, l.n, 12],
      wrong: [
        ['originalBalance', ['times', P, r], 'charges a year’s interest on the original loan'],
        [
          'firstTimes12',
          ['times', ['schedInterest', l.cents, l.b, 12, l.n, 1], 12],
          'multiplies the first month’s interest by 12',
        ],
        [
          'thirteenPayments',
          ['schedInterestTo', l.cents, l.b, 12, l.n, 13],
          'adds up 13 payments’ interest',
        ],
        [
          'principalRepaid',
          ['schedPrincipalTo', l.cents, l.b, 12, l.n, 12],
          'gives the principal repaid in the year',
        ],
        [
          'elevenPayments',
          ['schedInterestTo', l.cents, l.b, 12, l.n, 11],
          'adds up only 11 payments’ interest',
        ],
        [
          'twelfthTimes12',
          ['times', ['schedInterest', l.cents, l.b, 12, l.n, 12], 12],
          'multiplies the twelfth month’s interest by 12',
        ],
      ],
    }
  }),
  tvm('tvm-principal-repaid-in-the-first-year', (rng) => {
    const l = loan(rng)
    const P = l.cents / 100
    return {
      stem: `A ${amount(l)} loan at ${rateText(l.b)} a year has ${l.n} monthly payments of ${show(money(l.$), pmtOf(l))}. ${SCHED} How much principal do the first 12 payments repay?`,
      shape: money(l.$),
      key: ['schedPrincipalTo', l.cents, l.b, 12, l.n, 12],
      wrong: [
        ['straightLine', ['over', P, l.years], 'divides the loan by the years'],
        [
          'firstTimes12',
          ['times', ['schedPrincipal', l.cents, l.b, 12, l.n, 1], 12],
          'multiplies the first month’s principal by 12',
        ],
        ['totalPaid', ['times', pmtOf(l), 12], 'counts the whole payments as principal'],
        [
          'interestPaid',
          ['schedInterestTo', l.cents, l.b, 12, l.n, 12],
          'gives the interest paid in the year',
        ],
        [
          'thirteenPayments',
          ['schedPrincipalTo', l.cents, l.b, 12, l.n, 13],
          'adds up 13 payments’ principal',
        ],
      ],
    }
  }),
  tvm('tvm-final-adjusted-payment', (rng) => {
    const l = loan(rng, 5000, 60000, 500)
    return {
      stem: `A ${amount(l)} loan at ${rateText(l.b)} a year has ${l.n} monthly payments of ${show(money(l.$), pmtOf(l))}. ${SCHED} The last payment is whatever clears the balance with its interest. What is the last payment?`,
      shape: money(l.$),
      key: ['schedLast', l.cents, l.b, 12, l.n],
      wrong: [
        [
          'balanceOnly',
          ['schedPrincipal', l.cents, l.b, 12, l.n, l.n],
          'pays the balance without that month’s interest',
        ],
        [
          'interestOnly',
          ['schedInterest', l.cents, l.b, 12, l.n, l.n],
          'pays only the last month’s interest',
        ],
        [
          'levelPlusInterest',
          [
            'sum',
            ['schedPmt', l.cents, l.b, 12, l.n],
            ['schedInterest', l.cents, l.b, 12, l.n, l.n],
          ],
          'adds the last month’s interest to a level payment',
        ],
        [
          'balanceBeforeLast',
          ['schedBalance', l.cents, l.b, 12, l.n, l.n - 2],
          'pays the balance owed one payment too early',
        ],
      ],
    }
  }),
  tvm('tvm-payment-in-advance', (rng) => {
    const $ = symbol(rng)
    const P = drawn(rng, 5000, 80000, 500)
    const b = bps(rng, 400, 1200)
    const r = b / 10000
    const n = rng.pick([24, 36, 48, 60])
    return {
      stem: `An equipment finance agreement of ${show(money($), P)} over ${n} months at a nominal ${rateText(b)} a year (compounded monthly) requires each payment at the start of the month, the first on signing. What is the payment? Round to the nearest cent.`,
      shape: money($),
      key: ['pmt', P, r / 12, n, 1],
      wrong: [
        ['ordinaryForDue', ['pmt', P, r / 12, n, 0], 'works out payments in arrears'],
        ['noInterest', ['over', P, n], 'divides the amount by the number of payments'],
        ['annualRateMonthly', ['pmt', P, r, n, 1], 'applies the annual rate each month'],
        [
          'oneFewerPeriods',
          ['pmt', P, r / 12, n - 1, 0],
          'takes the first payment as a deposit and spreads the loan over the rest in arrears, at full size',
        ],
        [
          'addOn',
          ['over', P * (1 + (r * n) / 12), n],
          'adds simple interest for the term and divides by the payments',
        ],
      ],
    }
  }),
  tvm('tvm-affordable-loan-amount', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 300, 4000, 25)
    const b = bps(rng, 300, 1000)
    const r = b / 10000
    const years = rng.pick([3, 4, 5, 10, 15, 20, 25, 30])
    const n = 12 * years
    return {
      stem: `${cap(client(rng))} can afford ${show(money($), c)} a month for ${years} years. At a nominal ${rateText(b)} a year compounded monthly, with payments in arrears, how much can be borrowed? Round to the nearest cent.`,
      shape: money($),
      key: ['pvAnn', c, r / 12, n, 0],
      wrong: [
        ['noInterest', ['times', c, n], 'multiplies the payment by the number of payments'],
        [
          'annualDiscount',
          ['pvAnn', 12 * c, r, years, 0],
          'discounts the year’s payments as one sum at each year-end',
        ],
        ['dueForOrdinary', ['pvAnn', c, r / 12, n, 1], 'treats the payments as made in advance'],
        ['annualRateMonthly', ['pvAnn', c, r, n, 0], 'applies the annual rate each month'],
        ['futureValue', ['fvAnn', c, r / 12, n, 0], 'gives the future value of the payments'],
      ],
    }
  }),
  tvm('tvm-number-of-loan-payments', (rng) => {
    const $ = symbol(rng)
    const P = drawn(rng, 5000, 60000, 500)
    const b = bps(rng, 400, 1500)
    const r = b / 10000
    const c = Math.round((P * (r / 12) * rng.pick([1.5, 2, 2.5, 3, 4])) / 5) * 5
    return {
      stem: `A ${show(money($), P)} card balance at a nominal ${rateText(b)} a year (monthly compounding) is paid down by ${show(money($), c)} at the end of each month, with no new spending. How many payments does it take (to one decimal)?`,
      shape: count('payments', 1),
      key: ['nper', P, c, r / 12],
      wrong: [
        ['noInterest', ['over', P, c], 'divides the balance by the payment'],
        [
          'annualRate',
          ['over', -Math.log(1 - (P * r) / 12 / c), r / 12],
          'divides the log by the monthly rate instead of by the log of one plus it',
        ],
        [
          'interestOnOriginal',
          ['over', P, c - (P * r) / 12],
          'keeps charging interest on the original balance',
        ],
        [
          'dueAssumed',
          ['nper', P - c, c, r / 12],
          'takes the first payment as made today and counts only the payments after it',
        ],
        [
          'roundsUp',
          ['ceil', ['nper', P, c, r / 12]],
          'rounds up to whole payments, counting the last part payment as a full one',
        ],
        [
          'yearEndLumps',
          ['times', ['nper', P, 12 * c, r], 12],
          'treats each year’s payments as one sum at year-end',
        ],
      ],
    }
  }),
  tvm('tvm-payment-with-a-balloon', (rng) => {
    const $ = symbol(rng)
    const P = drawn(rng, 15000, 80000, 1000)
    const B = Math.round((P * rng.pick([0.2, 0.25, 0.3, 0.35])) / 100) * 100
    const b = bps(rng, 300, 1000)
    const r = b / 10000
    const n = rng.pick([36, 48, 60])
    const i = r / 12
    return {
      stem: `A ${show(money($), P)} vehicle loan at a nominal ${rateText(b)} a year (monthly) runs ${n} months and leaves a balloon of ${show(money($), B)} due with the last payment. What is the level monthly payment in arrears? Round to the nearest cent.`,
      shape: money($),
      key: ['pmt', ['diff', P, ['pv', B, i, n]], i, n, 0],
      wrong: [
        [
          'balloonUndiscounted',
          ['pmt', P - B, i, n, 0],
          'subtracts the balloon from the loan without discounting it',
        ],
        ['noBalloon', ['pmt', P, i, n, 0], 'ignores the balloon'],
        ['noInterest', ['over', P - B, n], 'divides the amount less the balloon by the payments'],
        [
          'balloonAdded',
          ['pmt', P + B / (1 + i) ** n, i, n, 0],
          'adds the balloon’s value to the loan',
        ],
        [
          'balloonDiscountedAnnually',
          ['pmt', ['diff', P, ['pv', B, r, n / 12]], i, n, 0],
          'discounts the balloon at the annual rate once a year, not monthly',
        ],
        [
          'missingPeriod',
          ['pmt', ['diff', P, ['pv', B, i, n]], i, n - 1, 0],
          'spreads the loan over one payment too few, as if the balloon replaced the last',
        ],
      ],
    }
  }),
  tvm('tvm-interest-only-payment', (rng) => {
    const $ = symbol(rng)
    const P = drawn(rng, 50000, 600000, 5000)
    const b = bps(rng, 300, 900)
    const r = b / 10000
    return {
      stem: `An interest-only bridging loan of ${show(money($), P)} charges a nominal ${rateText(b)} a year, payable monthly. What is each monthly interest payment? Round to the nearest cent.`,
      shape: money($),
      key: ['times', P, r / 12],
      wrong: [
        ['annualInterest', ['times', P, r], 'gives a year’s interest'],
        [
          'effectiveMonthly',
          ['times', P, (1 + r) ** (1 / 12) - 1],
          'takes the rate as effective and finds its monthly equivalent',
        ],
        ['amortising', ['pmt', P, r / 12, 300, 0], 'works out a 25-year repayment loan’s payment'],
        ['quarterlyInterest', ['times', P, r / 4], 'charges a quarter’s interest'],
        ['days365', ['times', P, (r * 31) / 360], 'charges a 31-day month on a 360-day basis'],
      ],
    }
  }),
  tvm('tvm-add-on-interest-payment', (rng) => {
    const $ = symbol(rng)
    const P = drawn(rng, 3000, 30000, 500)
    const b = bps(rng, 400, 1200)
    const r = b / 10000
    const years = rng.pick([2, 3, 4, 5])
    return {
      stem: `A dealer offers ${show(money($), P)} of finance at ${rateText(b)} “add-on” interest for ${years} years: the year’s rate on the original amount is added for each year and the total is split into equal monthly payments. What is the monthly payment? Round to the nearest cent.`,
      shape: money($),
      key: ['over', P * (1 + r * years), 12 * years],
      wrong: [
        [
          'amortised',
          ['pmt', P, r / 12, 12 * years, 0],
          'works out an amortising payment at the quoted rate',
        ],
        ['noInterest', ['over', P, 12 * years], 'leaves out the interest'],
        ['oneYearInterest', ['over', P * (1 + r), 12 * years], 'adds one year’s interest only'],
        [
          'compounded',
          ['over', P * (1 + r) ** years, 12 * years],
          'compounds the interest over the years',
        ],
      ],
    }
  }),
  tvm('tvm-refinanced-payment', (rng) => {
    const l = loan(rng, 80000, 400000, 1000)
    const k = 12 * drawn(rng, 3, Math.max(3, l.years - 5))
    const b2 = Math.max(200, l.b - bps(rng, 100, 300))
    const bal = evaluate(['schedBalance', l.cents, l.b, 12, l.n, k])
    const i2 = b2 / 10000 / 12
    return {
      stem: `A ${amount(l)} loan at ${rateText(l.b)} a year has ${l.n} monthly payments of ${show(money(l.$), pmtOf(l))}; after payment ${k} the balance is ${show(money(l.$), bal)}. It is refinanced at ${rateText(b2)} a year for the remaining ${l.n - k} months. What is the new monthly payment? Round to the nearest cent.`,
      shape: money(l.$),
      key: ['pmt', bal, i2, l.n - k, 0],
      wrong: [
        [
          'originalAmount',
          ['pmt', l.cents / 100, i2, l.n - k, 0],
          'refinances the original loan amount',
        ],
        ['fullTerm', ['pmt', bal, i2, l.n, 0], 'restarts the full original term'],
        ['oldRate', ['pmt', bal, l.b / 10000 / 12, l.n - k, 0], 'keeps the old rate'],
        ['noInterest', ['over', bal, l.n - k], 'divides the balance by the months left'],
        [
          'annualRateMonthly',
          ['pmt', bal, b2 / 10000, l.n - k, 0],
          'applies the new annual rate each month',
        ],
      ],
    }
  }),
  tvm('tvm-accrued-interest-between-payments', (rng) => {
    const $ = symbol(rng)
    const bal = drawn(rng, 1000000, 40000000, 100) / 100
    const b = bps(rng, 300, 1000)
    const r = b / 10000
    const d = drawn(rng, 5, 28)
    return {
      stem: `A loan’s lender charges simple daily interest at ${rateText(b)} a year on an actual/365 basis. ${cap(client(rng))} wants to settle a balance of ${show(money($), bal)} ${d} days after the last payment date. How much interest has accrued? Round to the nearest cent.`,
      shape: money($),
      key: ['times', bal, (r * d) / 365],
      wrong: [
        ['basis360', ['times', bal, (r * d) / 360], 'divides by 360 instead of 365'],
        ['wholeMonth', ['times', bal, r / 12], 'charges a whole month’s interest'],
        ['compoundedDaily', ['gain', bal, r / 365, d], 'compounds the interest daily'],
        ['extraDay', ['times', bal, (r * (d + 1)) / 365], 'counts both the first and last day'],
        ['missingDay', ['times', bal, (r * (d - 1)) / 365], 'leaves out one day'],
      ],
    }
  }),
  tvm('tvm-equal-principal-loan-interest', (rng) => {
    const $ = symbol(rng)
    const P = drawn(rng, 12000, 240000, 1200)
    const b = bps(rng, 300, 1000)
    const i = b / 10000
    const n = rng.pick([4, 5, 6, 8, 10, 12])
    const k = drawn(rng, 2, n - 1)
    const step = P / n
    return {
      stem: `A ${show(money($), P)} term loan at ${rateText(b)} a year repays equal principal of ${show(money($), step)} at the end of each year, plus interest on the balance. What is the total payment in year ${k}? Round to the nearest cent.`,
      shape: money($),
      key: ['sum', step, (P - (k - 1) * step) * i],
      wrong: [
        [
          'interestOnOriginal',
          ['sum', step, P * i],
          'charges interest on the original loan every year',
        ],
        [
          'balanceAfterPayment',
          ['sum', step, (P - k * step) * i],
          'charges interest on the balance after this year’s repayment',
        ],
        ['levelPayment', ['pmt', P, i, n, 0], 'gives the level annuity payment instead'],
        ['interestOnly', ['times', P - (k - 1) * step, i], 'gives only the interest'],
        [
          'previousYear',
          ['sum', step, (P - (k - 2) * step) * i],
          'charges interest on the balance of a year earlier',
        ],
      ],
    }
  }),
  tvm('tvm-quarterly-loan-balance', (rng) => {
    const $ = symbol(rng)
    const P = drawn(rng, 20000, 300000, 1000)
    const b = bps(rng, 300, 1000)
    const years = rng.pick([5, 8, 10, 15])
    const n = 4 * years
    const k = drawn(rng, 2, n - 4)
    const pay = schedulePayment(P * 100, b, 4, n) / 100
    return {
      stem: `A ${show(money($), P)} loan at ${rateText(b)} a year is repaid in ${n} quarterly payments of ${show(money($), pay)}. Each quarter’s interest is the balance times the annual rate ÷ 4, rounded to the nearest cent. What is the balance just after payment ${k}?`,
      shape: money($),
      key: ['schedBalance', P * 100, b, 4, n, k],
      wrong: [
        [
          'previousPeriod',
          ['schedBalance', P * 100, b, 4, n, k - 1],
          'gives the balance before payment k',
        ],
        ['nextPeriod', ['schedBalance', P * 100, b, 4, n, k + 1], 'counts one payment too many'],
        ['straightLine', ['times', P, 1 - k / n], 'reduces the balance in equal steps'],
        [
          'paymentsSubtracted',
          ['sum', P, -k * pay],
          'subtracts the whole payments, ignoring interest',
        ],
        [
          'kYears',
          ['schedBalance', P * 100, b, 4, n, Math.min(n - 1, 4 * k)],
          'reads payment k as year k',
        ],
      ],
    }
  }),
  tvm('tvm-first-payment-interest', (rng) => {
    const l = loan(rng)
    const P = l.cents / 100
    const r = l.b / 10000
    return {
      stem: `A new ${amount(l)} mortgage at ${rateText(l.b)} a year has monthly payments of ${show(money(l.$), pmtOf(l))}. ${SCHED} How much of the first payment is interest?`,
      shape: money(l.$),
      key: ['schedInterest', l.cents, l.b, 12, l.n, 1],
      wrong: [
        ['annualInterest', ['times', P, r], 'charges a year’s interest'],
        [
          'effectiveMonthly',
          ['times', P, (1 + r) ** (1 / 12) - 1],
          'treats the rate as effective and converts it to monthly',
        ],
        ['principalPart', ['schedPrincipal', l.cents, l.b, 12, l.n, 1], 'gives the principal part'],
        [
          'averageInterest',
          ['over', pmtOf(l) * l.n - P, l.n],
          'averages the total interest over all payments',
        ],
        ['days360', ['times', P, (r * 31) / 360], 'charges 31 days on a 360-day basis'],
      ],
    }
  }),
  tvm('tvm-total-cost-of-a-loan', (rng) => {
    const l = loan(rng, 5000, 60000, 500)
    const P = l.cents / 100
    const r = l.b / 10000
    return {
      stem: `A ${amount(l)} loan at ${rateText(l.b)} a year is repaid in ${l.n} monthly payments. ${SCHED} The last payment is adjusted to clear the balance. What is the total of all the payments?`,
      shape: money(l.$),
      key: ['sum', P, ['schedInterestTo', l.cents, l.b, 12, l.n, l.n]],
      wrong: [
        [
          'simpleInterest',
          ['times', P, 1 + r * l.years],
          'adds simple interest on the original loan for the term',
        ],
        ['compoundedLoan', ['fv', P, r / 12, l.n], 'compounds the whole loan over the term'],
        ['principalOnly', ['sum', P], 'gives the principal'],
        [
          'halfSimple',
          ['times', P, 1 + (r * l.years) / 2],
          'adds simple interest on half the loan',
        ],
        [
          'interestOnly',
          ['schedInterestTo', l.cents, l.b, 12, l.n, l.n],
          'gives only the total interest',
        ],
        [
          'principalAdded',
          ['sum', P, ['times', ['schedPmt', l.cents, l.b, 12, l.n], l.n]],
          'adds the principal to the payments, which already repay it',
        ],
      ],
    }
  }),
  tvm('tvm-balance-by-remaining-payments', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 300, 3000, 5)
    const b = bps(rng, 300, 1000)
    const r = b / 10000
    const left = drawn(rng, 12, 120)
    return {
      stem: `A client’s loan at a nominal ${rateText(b)} a year (monthly) has ${left} monthly payments of ${show(money($), c)} left, the next due in a month. What payoff amount clears it today (the present value of the remaining payments)? Round to the nearest cent.`,
      shape: money($),
      key: ['pvAnn', c, r / 12, left, 0],
      wrong: [
        ['sumOfPayments', ['times', c, left], 'adds up the payments left'],
        ['dueForOrdinary', ['pvAnn', c, r / 12, left, 1], 'treats the next payment as due today'],
        ['annualRateMonthly', ['pvAnn', c, r, left, 0], 'applies the annual rate each month'],
        ['extraPeriod', ['pvAnn', c, r / 12, left + 1, 0], 'counts one payment too many'],
        ['missingPeriod', ['pvAnn', c, r / 12, left - 1, 0], 'counts one payment too few'],
      ],
    }
  }),
  tvm('tvm-payment-from-an-effective-rate', (rng) => {
    const $ = symbol(rng)
    const P = drawn(rng, 10000, 100000, 1000)
    const e = bps(rng, 400, 1200)
    const ear = e / 10000
    const years = rng.pick([2, 3, 4, 5])
    return {
      stem: `A lender quotes a loan of ${show(money($), P)} at an effective ${rateText(e)} a year, repaid in ${12 * years} monthly payments in arrears. What is the monthly payment? Round to the nearest cent.`,
      shape: money($),
      key: ['pmt', P, ['periodic', ear, 12], 12 * years, 0],
      wrong: [
        ['earOver12', ['pmt', P, ear / 12, 12 * years, 0], 'divides the effective rate by 12'],
        [
          'annualOver12',
          ['over', P / ((1 - (1 + ear) ** -years) / ear), 12],
          'works out an annual payment and divides it by 12',
        ],
        ['noInterest', ['over', P, 12 * years], 'divides the loan by the payments'],
        [
          'dueForOrdinary',
          ['pmt', P, ['periodic', ear, 12], 12 * years, 1],
          'treats the payments as made in advance',
        ],
      ],
    }
  }),
  tvm('tvm-extra-payment-interest-saved-next-month', (rng) => {
    const l = loan(rng)
    const k = drawn(rng, 6, 36)
    const extra = drawn(rng, 1000, 10000, 500)
    const bal = evaluate(['schedBalance', l.cents, l.b, 12, l.n, k])
    const r = l.b / 10000
    return {
      stem: `After payment ${k}, ${client(rng)}’s loan balance at ${rateText(l.b)} a year (interest monthly at the annual rate ÷ 12) is ${show(money(l.$), bal)}. An extra ${show(money(l.$), extra)} is paid off the principal the same day. How much less interest is charged in the next month? Round to the nearest cent.`,
      shape: money(l.$),
      key: ['times', extra, r / 12],
      wrong: [
        ['annualSaving', ['times', extra, r], 'counts a year’s interest on the extra payment'],
        [
          'balanceInterest',
          ['times', bal - extra, r / 12],
          'gives the next month’s interest on the reduced balance',
        ],
        ['wholeExtra', ['sum', extra], 'counts the whole extra payment as interest saved'],
        ['dailySaving', ['times', extra, r / 365], 'counts one day’s interest'],
        [
          'days30Of365',
          ['times', extra, (r * 30) / 365],
          'counts 30 days at the annual rate ÷ 365',
        ],
        [
          'effectiveMonthly',
          ['times', extra, ['periodic', r, 12]],
          'treats the annual rate as effective and converts it to monthly',
        ],
      ],
    }
  }),
  tvm('tvm-loan-apr-from-payment', (rng) => {
    const $ = symbol(rng)
    const P = drawn(rng, 5000, 50000, 500)
    const b = bps(rng, 400, 1500)
    const n = rng.pick([24, 36, 48, 60])
    const c = Math.round(((P * (b / 120000)) / (1 - (1 + b / 120000) ** -n)) * 100) / 100
    return {
      stem: `A borrower repays ${show(money($), P)} with ${n} monthly payments of ${show(money($), c)}. What is the loan’s effective annual rate (to two decimals of a percent)?`,
      shape: { kind: 'pct', dp: 2 },
      key: ['loanEar', P, c, n, 12],
      wrong: [
        ['aprOnly', ['loanApr', P, c, n, 12], 'gives the APR (monthly rate × 12), a nominal rate'],
        [
          'simpleCost',
          ['over', (c * n - P) / P, n / 12],
          'divides total interest by the loan and the years',
        ],
        ['totalCost', ['over', c * n - P, P], 'gives total interest as a share of the loan'],
        ['monthlyRate', ['loanRate', P, c, n], 'gives the monthly rate'],
        [
          'termGrowth',
          ['ear', ['times', ['loanRate', P, c, n], n], n],
          'compounds the monthly rate over all the payments, not over 12 months',
        ],
        ['continuousApr', ['earCont', ['loanApr', P, c, n, 12]], 'compounds the APR continuously'],
      ],
    }
  }),
]
