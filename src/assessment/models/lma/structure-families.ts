import {
  annuityPayment,
  balanceAfter,
  ceilWhole,
  cents,
  draw,
  drawRate,
  type Fraction,
  gbp,
  gbpIn,
  loan,
  minus,
  ofFloat,
  over,
  pct,
  plus,
  power,
  rateIn,
  times,
  toFloat,
  w,
} from './lma-text.js'

// Interest-only, balloon and part-and-part loans, overpayments, offset and payment holidays, as
// a UK broker's assistant works them. Every stem states the monthly rate (annual ÷ 12), that
// payments fall at the end of each month, that interest runs on the exact balance, and the
// rounding; the named slips are what clients and new assistants do with these products: repay
// the whole loan on an interest-only quote, spread a lump sum without interest, forget that the
// balloon still earns interest.

const BASIS =
  'The monthly rate i is the annual rate ÷ 12, payments fall at the end of each month and interest runs on the exact balance.'

function mortgage(rng: Parameters<typeof draw>[0], terms = [20, 25, 30]) {
  const L = draw(rng, 80, 700, 1000)
  const r = drawRate(rng, 3, 7)
  const y = rng.pick(terms)
  const n = y * 12
  const i = over(r, w(12))
  return { L, r, y, n, i, P: cents(annuityPayment(L, i, n)) }
}

/** Months to clear `b` at `pay` a month and `i` a month, the last, smaller payment counted. */
function monthsToClear(b: Fraction, pay: Fraction, i: Fraction): Fraction {
  const x = toFloat(b) * toFloat(i)
  const m = -Math.log(1 - x / toFloat(pay)) / Math.log(1 + toFloat(i))
  return w(Math.ceil(m - 1e-9))
}
const monthsText = (x: Fraction) => `${x.n} months`

export const STRUCTURE_FAMILIES = [
  loan('interest-only-payment', (rng) => {
    const { L, r, y, n, i } = mortgage(rng)
    return {
      stem: `A client takes a ${gbpIn(L)} interest-only mortgage at ${rateIn(r)} a year over ${y} years; the loan is repaid in full at the end. ${BASIS} What is the monthly payment, to the penny (half a penny rounded up)?`,
      show: gbp,
      inputs: { L, r, y: w(y) },
      key: times(L, i),
      wrong: [
        [annuityPayment(L, i, n), 'quotes the capital-and-interest (repayment) payment'],
        [plus(times(L, i), over(L, w(n))), 'adds an equal share of the loan to the interest'],
        [
          over(times(L, r), w(13)),
          'divides the year’s interest by 13, as for four-weekly payments',
        ],
        [over(times(L, r, w(30)), w(365)), 'charges 30 days at actual/365'],
        [times(L, r), 'gives a year’s interest'],
      ],
    }
  }),
  loan('payment-with-balloon', (rng) => {
    const L = draw(rng, 20, 90, 1000)
    const r = drawRate(rng, 4, 10)
    const y = rng.pick([3, 4, 5])
    const n = 12 * y
    const R = times(L, w(rng.int(2, 5)), over(w(1), w(10)))
    const i = over(r, w(12))
    return {
      stem: `A ${gbpIn(L)} car finance deal at ${rateIn(r)} a year runs ${n} months with a final balloon of ${gbpIn(R)} paid on top of the last payment. ${BASIS} The payment amortises L − R over the term and pays the interest on R each month. What is the monthly payment, to the penny?`,
      show: gbp,
      inputs: { L, r, y: w(y), R },
      key: plus(annuityPayment(minus(L, R), i, n), times(R, i)),
      wrong: [
        [annuityPayment(minus(L, R), i, n), 'leaves out the interest on the balloon'],
        [annuityPayment(L, i, n), 'ignores the balloon'],
        [
          plus(over(minus(L, R), w(n)), times(L, i)),
          'spreads L − R evenly and adds interest on the whole loan',
        ],
        [
          minus(annuityPayment(L, i, n), over(R, w(n))),
          'takes an even share of the balloon off the full payment',
        ],
      ],
    }
  }),
  loan('overpayment-shortens-term', (rng) => {
    const { L, r, y, i, P } = mortgage(rng)
    const X = w(Math.round((toFloat(P) * rng.int(10, 45)) / 100))
    const n = 12 * y
    return {
      stem: `A client with a new ${gbpIn(L)} mortgage at ${rateIn(r)} a year over ${y} years (${gbp(P)} a month) pays ${gbpIn(X)} extra every month from the first payment and keeps the payment the same. ${BASIS} How many monthly payments will clear the loan, counting a smaller final payment as one?`,
      show: monthsText,
      inputs: { L, r, y: w(y), P, X },
      key: monthsToClear(L, plus(P, X), i),
      wrong: [
        [ceilTo(over(L, plus(P, X))), 'divides the loan by the new payment, leaving out interest'],
        [ceilTo(over(times(w(n), P), plus(P, X))), 'cuts the term in proportion to the payment'],
        [
          ceilTo(over(L, minus(plus(P, X), times(L, i)))),
          'keeps the first month’s interest all the way',
        ],
        [
          ceilTo(minus(w(n), over(times(X, w(n)), P))),
          'takes off the months the overpayments add up to',
        ],
      ],
    }
  }),
  loan('lump-sum-reduces-payment', (rng) => {
    const { L, r, y, i, P } = mortgage(rng)
    const k = 12 * rng.int(2, 8)
    const n = 12 * y
    const B = balanceAfter(L, i, P, k)
    const X = draw(rng, 5, 40, 1000)
    return {
      stem: `After ${k} payments the balance on a ${gbpIn(L)} mortgage at ${rateIn(r)} a year over ${y} years (${gbp(P)} a month) is ${gbp(cents(B))}. The client pays a ${gbpIn(X)} lump sum and the lender recalculates the payment over the ${n - k} months left. ${BASIS} What is the new payment, to the penny?`,
      show: gbp,
      inputs: { L, r, y: w(y), P, B: cents(B), X, k: w(k) },
      key: annuityPayment(minus(cents(B), X), i, n - k),
      wrong: [
        [minus(P, over(X, w(n - k))), 'spreads the lump sum over the months left without interest'],
        [minus(P, times(X, i)), 'takes off only a month’s interest on the lump sum'],
        [annuityPayment(minus(cents(B), X), i, n), 'recalculates over the full original term'],
        [annuityPayment(minus(L, X), i, n - k), 'takes the lump sum off the original loan'],
      ],
    }
  }),
  loan('offset-monthly-interest', (rng) => {
    const B = draw(rng, 100, 600, 1000)
    const S = draw(rng, 5, 80, 1000)
    const r = drawRate(rng, 3, 7)
    const s = drawRate(rng, 1, 4)
    return {
      stem: `An offset mortgage has ${gbpIn(B)} outstanding at ${rateIn(r)} a year, with ${gbpIn(S)} in the linked savings account, which earns no interest itself. Interest for the month is (balance − savings) × rate ÷ 12. (The client’s ordinary savings account would pay ${rateIn(s)} a year.) What interest is charged this month, to the penny (half a penny rounded up)?`,
      show: gbp,
      inputs: { B, S, r, s },
      key: over(times(minus(B, S), r), w(12)),
      wrong: [
        [over(times(B, r), w(12)), 'charges interest on the whole balance'],
        [
          minus(over(times(B, r), w(12)), over(times(S, s), w(12))),
          'nets the savings interest at the savings rate',
        ],
        [over(times(S, r), w(12)), 'gives the interest the savings save'],
        [times(minus(B, S), r), 'gives a year’s interest'],
      ],
    }
  }),
  loan('offset-equivalent-savings-rate', (rng) => {
    const r = drawRate(rng, 3, 7)
    const t = rng.pick([20, 40, 45])
    const tf = over(w(t), w(100))
    return {
      stem: `Money in an offset account saves interest at the mortgage rate of ${rateIn(r)} a year, and the saving is not taxed. The client pays income tax at ${t}% on savings interest. Using gross rate = offset rate ÷ (1 − tax rate), what gross savings rate would leave them as well off, as a percentage to two decimal places (a half in the last place rounded up)?`,
      show: pct(2),
      inputs: { r, t: w(t) },
      key: over(r, minus(w(1), tf)),
      wrong: [
        [r, 'compares with the mortgage rate itself'],
        [times(r, minus(w(1), tf)), 'takes the tax off the mortgage rate'],
        [times(r, plus(w(1), tf)), 'adds the tax rate’s share on top'],
        [plus(r, tf), 'adds the tax rate to the mortgage rate'],
        [over(r, tf), 'divides by the tax rate instead of by one minus it'],
      ],
    }
  }),
  loan('interest-only-then-repayment', (rng) => {
    const { L, r, y, n, i } = mortgage(rng, [25, 30])
    const k = rng.pick([2, 3, 5])
    return {
      stem: `A ${gbpIn(L)} mortgage at ${rateIn(r)} a year over ${y} years is interest-only for the first ${k} years, then repays capital and interest over the remaining ${y - k} years. ${BASIS} What is the monthly payment once it switches to repayment, to the penny?`,
      show: gbp,
      inputs: { L, r, y: w(y), k: w(k) },
      key: annuityPayment(L, i, n - 12 * k),
      wrong: [
        [annuityPayment(L, i, n), 'amortises over the full term'],
        [times(L, i), 'keeps the interest-only payment'],
        [
          plus(times(L, i), over(L, w(n - 12 * k))),
          'adds an equal share of the loan to the interest',
        ],
        [annuityPayment(L, i, 12 * k), 'amortises over the interest-only years'],
      ],
    }
  }),
  loan('part-and-part-payment', (rng) => {
    const { r, y, n, i } = mortgage(rng)
    const A = draw(rng, 60, 300, 1000)
    const O = draw(rng, 40, 200, 1000)
    return {
      stem: `A part-and-part mortgage at ${rateIn(r)} a year over ${y} years has ${gbpIn(A)} on repayment (capital and interest) and ${gbpIn(O)} interest-only. ${BASIS} What is the total monthly payment, to the penny?`,
      show: gbp,
      inputs: { A, O, r, y: w(y) },
      key: plus(annuityPayment(A, i, n), times(O, i)),
      wrong: [
        [annuityPayment(plus(A, O), i, n), 'puts the whole loan on repayment'],
        [times(plus(A, O), i), 'puts the whole loan on interest-only'],
        [annuityPayment(A, i, n), 'leaves out the interest-only part'],
        [plus(annuityPayment(O, i, n), times(A, i)), 'swaps the two parts'],
      ],
    }
  }),
  loan('balance-with-regular-overpayment', (rng) => {
    const { L, r, y, i, P } = mortgage(rng)
    const X = draw(rng, 2, 20, 50)
    const most = Math.floor((toFloat(L) * 0.9) / toFloat(plus(P, X)) / 12)
    const k = 12 * rng.int(2, Math.max(2, Math.min(10, most)))
    return {
      stem: `A ${gbpIn(L)} mortgage at ${rateIn(r)} a year over ${y} years has a ${gbp(P)} monthly payment; the client pays ${gbp(plus(P, X))} every month instead. ${BASIS} What is the balance straight after payment ${k}, to the penny?`,
      show: gbp,
      inputs: { L, r, y: w(y), P, X, k: w(k) },
      key: balanceAfter(L, i, plus(P, X), k),
      wrong: [
        [balanceAfter(L, i, P, k), 'leaves out the overpayments'],
        [
          minus(balanceAfter(L, i, P, k), times(X, w(k))),
          'takes the overpayments off without the interest they save',
        ],
        [
          minus(L, times(w(k), plus(P, X))),
          'takes every payment off the loan as if none were interest',
        ],
        [
          minus(L, times(w(k), minus(plus(P, X), times(L, i)))),
          'repays the first month’s principal every month',
        ],
      ],
    }
  }),
  loan('repayment-vehicle-saving', (rng) => {
    const L = draw(rng, 80, 400, 1000)
    const s = drawRate(rng, 2, 6)
    const y = rng.pick([15, 20, 25])
    const j = over(s, w(12))
    const g = power(plus(w(1), j), 12 * y)
    return {
      stem: `A client with a ${gbpIn(L)} interest-only mortgage over ${y} years wants to save monthly into an account paying ${rateIn(s)} a year (monthly rate = rate ÷ 12, paid at the end of each month) to have exactly ${gbpIn(L)} at the end. Using saving = L × j ÷ ((1 + j)^n − 1), how much must they save a month, to the penny?`,
      show: gbp,
      inputs: { L, s, y: w(y) },
      key: over(times(L, j), minus(g, w(1))),
      wrong: [
        [over(L, w(12 * y)), 'divides the loan by the months, leaving out the interest earned'],
        [annuityPayment(L, j, 12 * y), 'uses the loan-repayment formula at the savings rate'],
        [over(L, minus(g, w(1))), 'leaves the monthly rate out of the top of the formula'],
        [over(times(L, j), g), 'divides by the growth factor itself, leaving out the − 1'],
      ],
    }
  }),
  loan('payment-holiday-balance', (rng) => {
    const B = draw(rng, 80, 500, 1000)
    const r = drawRate(rng, 3, 7)
    const k = rng.int(2, 6)
    const i = over(r, w(12))
    const P = draw(rng, 600, 2500)
    return {
      stem: `A client owing ${gbpIn(B)} at ${rateIn(r)} a year takes a ${k}-month payment holiday from a ${gbpIn(P)} monthly payment; each month’s interest (monthly rate = rate ÷ 12) is added to the balance and itself earns interest. What is owed at the end of the holiday, to the penny (half a penny rounded up)?`,
      show: gbp,
      inputs: { B, r, k: w(k), P },
      key: times(B, power(plus(w(1), i), k)),
      wrong: [
        [B, 'leaves the balance unchanged'],
        [plus(B, times(B, i, w(k))), 'adds simple interest'],
        [plus(B, times(P, w(k))), 'adds the missed payments'],
        [ofFloat(toFloat(B) * (1 + toFloat(r)) ** (k / 12)), 'compounds yearly instead of monthly'],
      ],
    }
  }),

  loan('lump-sum-shortens-term', (rng) => {
    const { L, r, y, i, P } = mortgage(rng)
    const k = 12 * rng.int(2, 8)
    const n = 12 * y
    const B = cents(balanceAfter(L, i, P, k))
    const X = draw(rng, 5, 40, 1000)
    return {
      stem: `After ${k} payments the balance on a ${gbpIn(L)} mortgage at ${rateIn(r)} a year over ${y} years (${gbp(P)} a month) is ${gbp(B)}. The client pays a ${gbpIn(X)} lump sum and keeps paying ${gbp(P)} a month. ${BASIS} How many more monthly payments clear the loan, counting a smaller final payment as one?`,
      show: monthsText,
      inputs: { L, r, y: w(y), P, B, X, k: w(k) },
      key: monthsToClear(minus(B, X), P, i),
      wrong: [
        [
          ceilTo(over(minus(B, X), P)),
          'divides the new balance by the payment, leaving out interest',
        ],
        [
          ceilTo(over(times(w(n - k), minus(B, X)), B)),
          'cuts the months left in proportion to the balance',
        ],
        [ceilTo(minus(w(n - k), over(X, P))), 'takes off as many payments as the lump sum covers'],
        [
          ceilTo(over(minus(B, X), minus(P, times(minus(B, X), i)))),
          'keeps this month’s interest all the way',
        ],
      ],
    }
  }),
  loan('retained-interest-gross-loan', (rng) => {
    const N = draw(rng, 100, 900, 1000)
    const r = draw(rng, 60, 150, 1, 4)
    const k = rng.int(6, 11)
    return {
      stem: `A bridging lender charges ${rateIn(r)} a month simple on the gross loan and keeps back all ${k} months’ interest from the advance. The client needs ${gbpIn(N)} in hand. Using gross = net ÷ (1 − monthly rate × months), how large must the gross loan be, to the penny (half a penny rounded up)?`,
      show: gbp,
      inputs: { N, r, k: w(k) },
      key: over(N, minus(w(1), times(r, w(k)))),
      wrong: [
        [times(N, plus(w(1), times(r, w(k)))), 'works the interest on the net amount'],
        [times(N, power(plus(w(1), r), k)), 'compounds the interest on the net amount'],
        [over(N, minus(w(1), r)), 'keeps back one month’s interest'],
        [plus(N, times(N, r)), 'adds a single month’s interest'],
        [over(N, power(minus(w(1), r), k)), 'keeps back the interest compounded month by month'],
        [over(N, minus(w(1), times(r, w(12)))), 'keeps back a full year’s interest'],
      ],
    }
  }),
  loan('interest-only-extra-interest', (rng) => {
    const { L, r, y, n, i, P } = mortgage(rng)
    return {
      stem: `A client compares a ${gbpIn(L)} mortgage at ${rateIn(r)} a year over ${y} years on interest-only (${gbp(cents(times(L, i)))} a month, taking it as L × rate ÷ 12 exactly) with repayment at ${gbp(P)} a month. How much more interest does interest-only cost over the term, to the penny?`,
      show: gbp,
      inputs: { L, r, y: w(y), P },
      key: minus(times(w(n), L, i), minus(times(w(n), P), L)),
      wrong: [
        [times(w(n), L, i), 'gives the interest-only loan’s total interest'],
        [minus(times(w(n), P), L), 'gives the repayment loan’s total interest'],
        [minus(times(w(n), P), times(w(n), L, i)), 'takes the difference in total payments'],
        [
          over(minus(times(w(n), L, i), minus(times(w(n), P), L)), w(y)),
          'gives a year’s share of the difference',
        ],
      ],
    }
  }),
  loan('payment-after-holiday', (rng) => {
    const B = draw(rng, 80, 500, 1000)
    const r = drawRate(rng, 3, 7)
    const k = rng.int(2, 6)
    const m = 12 * rng.int(10, 25)
    const i = over(r, w(12))
    const P = cents(annuityPayment(B, i, m + k))
    const grown = times(B, power(plus(w(1), i), k))
    return {
      stem: `A client owing ${gbpIn(B)} at ${rateIn(r)} a year, paying ${gbp(P)} a month, takes a ${k}-month payment holiday; each month’s interest (monthly rate = rate ÷ 12) is added to the balance and earns interest. The term end does not move, so ${m} payments are left afterwards. ${BASIS} What is the new payment, to the penny?`,
      show: gbp,
      inputs: { B, r, k: w(k), m: w(m), P },
      key: annuityPayment(grown, i, m),
      wrong: [
        [annuityPayment(B, i, m), 'leaves out the interest added in the holiday'],
        [
          annuityPayment(grown, i, m + k),
          'spreads the balance over the original number of payments',
        ],
        [plus(P, over(times(P, w(k)), w(m))), 'spreads the missed payments over the months left'],
        [P, 'keeps the old payment'],
        [annuityPayment(plus(B, times(P, w(k))), i, m), 'adds the missed payments to the balance'],
        [
          annuityPayment(grown, i, m - k),
          'takes the holiday months off the months left a second time',
        ],
        [
          annuityPayment(plus(grown, times(P, w(k))), i, m),
          'adds the missed payments on top of the interest already added',
        ],
        [annuityPayment(grown, i, m / 12), 'takes n as the number of years'],
      ],
    }
  }),

  loan('further-advance-payment', (rng) => {
    const B = draw(rng, 80, 400, 1000)
    const r = drawRate(rng, 3, 6)
    const r2 = plus(r, draw(rng, 2, 12, 25, 4))
    const m = 12 * rng.int(10, 22)
    const P = cents(annuityPayment(B, over(r, w(12)), m))
    const A = draw(rng, 10, 60, 1000)
    const i2 = over(r2, w(12))
    return {
      stem: `A client owes ${gbpIn(B)} at ${rateIn(r)} with ${m} payments of ${gbp(P)} left, and borrows a further advance of ${gbpIn(A)} at ${rateIn(r2)} as a separate part repaid over the same ${m} months. ${BASIS} What is the new total monthly payment, to the penny?`,
      show: gbp,
      inputs: { B, r, r2, m: w(m), P, A },
      key: plus(P, annuityPayment(A, i2, m)),
      wrong: [
        [annuityPayment(plus(B, A), i2, m), 'puts the whole debt on the further advance’s rate'],
        [plus(P, over(A, w(m))), 'adds an equal share of the advance, leaving out its interest'],
        [plus(P, times(A, i2)), 'adds only the advance’s interest'],
        [annuityPayment(plus(B, A), over(r, w(12)), m), 'puts the advance on the old rate'],
        [plus(P, annuityPayment(A, i2, m / 12)), 'takes n for the advance as the number of years'],
      ],
    }
  }),
]

const ceilTo = ceilWhole
