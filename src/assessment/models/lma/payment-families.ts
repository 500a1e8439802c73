import {
  annuityPayment,
  balanceAfter,
  cents,
  draw,
  drawRate,
  type Fraction,
  loan,
  minus,
  over,
  plus,
  power,
  presentValue,
  rateIn,
  times,
  toFloat,
  usd,
  usdIn,
  w,
} from './lma-text.js'

// Amortising payments and schedules. Every stem states that the monthly rate is the annual
// nominal rate over 12, that payments fall at the end of each month, that interest runs on the
// exact balance, and how the answer is rounded; where a later figure needs the payment, the stem
// quotes the payment the lender rounded to the cent, as a statement would show it.

const BASIS =
  'The monthly rate i is the annual rate ÷ 12, payments fall at the end of each month and interest runs on the exact balance.'

/** A loan, a rate, a term in years and the lender's payment rounded to the cent. */
function mortgage(rng: Parameters<typeof draw>[0], terms = [15, 20, 25, 30]) {
  const L = draw(rng, 80, 900, 1000)
  const r = drawRate(rng, 3, 8)
  const y = w(rng.pick(terms))
  const n = Number(y.n) * 12
  const i = over(r, w(12))
  return { L, r, y, n, i, P: cents(annuityPayment(L, i, n)) }
}

/** Interest on `b` for a 31-day month at actual/365, the statement basis some lenders use. */
const day31 = (b: Fraction, r: Fraction) => over(times(b, r, w(31)), w(365))
/** The balance a straight-line schedule would show after `k` of `n` payments. */
const straight = (L: Fraction, k: number, n: number) => times(L, over(w(n - k), w(n)))

export const PAYMENT_FAMILIES = [
  loan('monthly-payment', (rng) => {
    const { L, r, y, n, i } = mortgage(rng)
    return {
      stem: `A client borrows ${usdIn(L)} over ${y.n} years at ${rateIn(r)} a year, repaid in equal monthly payments. ${BASIS} Using payment = L × i ÷ (1 − (1 + i)^−n), what is the monthly payment, to the cent?`,
      show: usd,
      inputs: { L, r, y },
      key: annuityPayment(L, i, n),
      wrong: [
        [over(L, w(n)), 'divides the loan by the number of months, leaving out interest'],
        [times(L, i), 'gives the interest-only payment'],
        [
          over(plus(L, times(L, r, y)), w(n)),
          'works flat add-on interest on the whole loan for the whole term',
        ],
        [over(annuityPayment(L, r, Number(y.n)), w(12)), 'divides the annual-payment figure by 12'],
        [annuityPayment(L, i, Number(y.n)), 'takes n as the number of years'],
      ],
    }
  }),
  loan('loan-from-payment', (rng) => {
    const P = draw(rng, 900, 4500)
    const r = drawRate(rng, 3, 8)
    const y = w(rng.pick([20, 25, 30]))
    const n = Number(y.n) * 12
    const i = over(r, w(12))
    return {
      stem: `A buyer can afford ${usdIn(P)} a month for ${y.n} years at ${rateIn(r)} a year. ${BASIS} Using loan = payment × (1 − (1 + i)^−n) ÷ i, how much can they borrow, to the cent?`,
      show: usd,
      inputs: { P, r, y },
      key: presentValue(P, i, n),
      wrong: [
        [times(P, w(n)), 'multiplies the payment by the months, leaving out interest'],
        [
          over(times(P, w(n)), plus(w(1), times(r, y))),
          'discounts the payments at simple interest',
        ],
        [over(P, i), 'values the payments as if they ran for ever'],
        [
          presentValue(times(P, w(12)), r, Number(y.n)),
          'treats a year’s payments as one payment at the year’s end, at the annual rate',
        ],
        [presentValue(P, r, n), 'uses the annual rate as the monthly rate'],
      ],
    }
  }),
  loan('interest-in-first-payment', (rng) => {
    const { L, r, y, n, i, P } = mortgage(rng)
    return {
      stem: `A ${usdIn(L)} loan over ${y.n} years at ${rateIn(r)} a year has a monthly payment of ${usd(P)}. ${BASIS} How much of the first payment is interest, to the cent (half a cent rounded up)?`,
      show: usd,
      inputs: { L, r, y, P },
      key: times(L, i),
      wrong: [
        [times(L, r), 'takes a full year’s interest'],
        [minus(P, times(L, i)), 'gives the principal part of the payment'],
        [over(minus(times(P, w(n)), L), w(n)), 'averages the total interest over all the payments'],
        [
          over(times(L, r, w(30)), w(365)),
          'charges 30 days at actual/365 instead of a twelfth of a year',
        ],
        [day31(L, r), 'charges 31 days at actual/365 instead of a twelfth of a year'],
      ],
    }
  }),
  loan('balance-after-k-payments', (rng) => {
    const { L, r, y, n, i, P } = mortgage(rng)
    // Years whose payments alone would exceed the loan leave the whole-payments slip negative.
    const most = Math.floor((toFloat(L) * 0.9) / toFloat(P) / 12)
    const k = rng.int(2, Math.max(2, Math.min(15, Number(y.n) - 2, most))) * 12
    return {
      stem: `A ${usdIn(L)} mortgage over ${y.n} years at ${rateIn(r)} a year is repaid at ${usd(P)} a month. ${BASIS} What is the balance owed straight after payment ${k}, to the cent?`,
      show: usd,
      inputs: { L, r, y, P, k: w(k) },
      key: balanceAfter(L, i, P, k),
      wrong: [
        [
          minus(L, times(w(k), P)),
          'takes every payment off the loan as if none of it were interest',
        ],
        [
          minus(L, times(w(k), minus(P, times(L, i)))),
          'repays the first month’s principal every month',
        ],
        [
          minus(times(L, power(plus(w(1), i), k)), times(w(k), P)),
          'grows the loan with interest but takes the payments off without it',
        ],
        [
          straight(L, k, n),
          'assumes a straight-line schedule, an equal share of the loan each month',
        ],
      ],
    }
  }),
  loan('interest-in-payment-k', (rng) => {
    const { L, r, y, n, i, P } = mortgage(rng)
    const k = rng.int(
      13,
      Math.min((Number(y.n) - 3) * 12, Math.floor((toFloat(L) * 0.9) / toFloat(P))),
    )
    const before = balanceAfter(L, i, P, k - 1)
    return {
      stem: `A ${usdIn(L)} mortgage over ${y.n} years at ${rateIn(r)} a year is repaid at ${usd(P)} a month. ${BASIS} How much of payment ${k} is interest, to the cent?`,
      show: usd,
      inputs: { L, r, y, P, k: w(k) },
      key: times(before, i),
      wrong: [
        [times(L, i), 'uses the original loan instead of the balance before the payment'],
        [times(straight(L, k - 1, n), i), 'assumes a straight-line balance'],
        [over(minus(times(P, w(n)), L), w(n)), 'averages the total interest over all the payments'],
        [day31(before, r), 'charges 31 days at actual/365 instead of a twelfth of a year'],
        [
          times(minus(L, times(w(k - 1), P)), i),
          'finds the balance by taking whole payments off the loan',
        ],
      ],
    }
  }),
  loan('principal-in-payment-k', (rng) => {
    const { L, r, y, n, i, P } = mortgage(rng)
    const k = rng.int(13, (Number(y.n) - 3) * 12)
    const before = balanceAfter(L, i, P, k - 1)
    return {
      stem: `A ${usdIn(L)} mortgage over ${y.n} years at ${rateIn(r)} a year is repaid at ${usd(P)} a month. ${BASIS} How much of payment ${k} repays principal, to the cent?`,
      show: usd,
      inputs: { L, r, y, P, k: w(k) },
      key: minus(P, times(before, i)),
      wrong: [
        [minus(P, times(L, i)), 'gives the first payment’s principal'],
        [over(L, w(n)), 'divides the loan equally over the months'],
        [times(before, i), 'gives the interest part'],
        [minus(P, times(straight(L, k - 1, n), i)), 'charges interest on a straight-line balance'],
        [minus(P, day31(before, r)), 'charges 31 days of interest at actual/365'],
      ],
    }
  }),
  loan('total-interest-over-term', (rng) => {
    const { L, r, y, n, P } = mortgage(rng)
    return {
      stem: `A ${usdIn(L)} mortgage over ${y.n} years at ${rateIn(r)} a year is repaid in ${n} monthly payments of ${usd(P)} each (take every payment as ${usd(P)}). How much interest is paid over the whole term, to the cent?`,
      show: usd,
      inputs: { L, r, y, P },
      key: minus(times(P, w(n)), L),
      wrong: [
        [times(L, r, y), 'charges simple interest on the whole loan for the whole term'],
        [over(times(L, r, y), w(2)), 'charges the rate on half the loan, as an average balance'],
        [times(P, w(n)), 'gives the total repaid, loan included'],
        [over(minus(times(P, w(n)), L), y), 'gives a year’s share of the interest'],
        [over(minus(times(P, w(n)), L), w(n)), 'gives the average interest in one payment'],
      ],
    }
  }),
  loan('interest-in-first-year', (rng) => {
    const { L, r, y, i, P, n } = mortgage(rng)
    const b12 = balanceAfter(L, i, P, 12)
    return {
      stem: `A ${usdIn(L)} mortgage over ${y.n} years at ${rateIn(r)} a year is repaid at ${usd(P)} a month. ${BASIS} How much interest is paid in the first 12 payments, to the cent?`,
      show: usd,
      inputs: { L, r, y, P },
      key: minus(times(w(12), P), minus(L, b12)),
      wrong: [
        [times(L, r), 'charges a year’s rate on the original loan'],
        [times(w(12), P), 'gives the whole of the year’s payments'],
        [minus(L, b12), 'gives the principal repaid in the year'],
        [over(minus(times(P, w(n)), L), y), 'averages the term’s interest over the years'],
      ],
    }
  }),
  loan('annual-payment-loan', (rng) => {
    const L = draw(rng, 40, 600, 1000)
    const r = drawRate(rng, 4, 9)
    const y = w(rng.int(5, 20))
    const Y = Number(y.n)
    return {
      stem: `A farm equipment loan of ${usdIn(L)} at ${rateIn(r)} a year is repaid in ${Y} equal annual payments, each at the end of a year, interest compounding yearly. Using payment = L × r ÷ (1 − (1 + r)^−n), what is the annual payment, to the cent?`,
      show: usd,
      inputs: { L, r, y },
      key: annuityPayment(L, r, Y),
      wrong: [
        [
          times(w(12), annuityPayment(L, over(r, w(12)), Y * 12)),
          'works a monthly payment and multiplies it by 12',
        ],
        [over(L, y), 'divides the loan by the years, leaving out interest'],
        // (The first year's interest plus an equal share of the loan is this same figure.)
        [over(plus(L, times(L, r, y)), y), 'works flat add-on interest for the whole term'],
        [
          over(annuityPayment(L, r, Y), plus(w(1), r)),
          'takes the payments as due at the start of each year',
        ],
        [
          over(times(L, power(plus(w(1), r), Y)), y),
          'compounds the whole loan over the term and divides by the years',
        ],
      ],
    }
  }),
  loan('principal-repaid-in-year', (rng) => {
    const { L, r, y, i, P } = mortgage(rng, [20, 25, 30])
    const j = rng.int(2, 10)
    const start = balanceAfter(L, i, P, 12 * (j - 1))
    const end = balanceAfter(L, i, P, 12 * j)
    return {
      stem: `A ${usdIn(L)} mortgage over ${y.n} years at ${rateIn(r)} a year is repaid at ${usd(P)} a month. ${BASIS} How much principal is repaid in year ${j} (payments ${12 * j - 11} to ${12 * j}), to the cent?`,
      show: usd,
      inputs: { L, r, y, P, j: w(j) },
      key: minus(start, end),
      wrong: [
        [over(L, y), 'takes an equal share of the loan each year'],
        [times(w(12), P), 'gives the whole of the year’s payments'],
        [minus(times(w(12), P), minus(start, end)), 'gives the interest paid in the year'],
        [minus(L, balanceAfter(L, i, P, 12)), 'gives the first year’s principal'],
      ],
    }
  }),
  loan('quarterly-payment', (rng) => {
    const L = draw(rng, 50, 900, 1000)
    const r = drawRate(rng, 4, 9)
    const y = w(rng.pick([5, 7, 10, 15, 20]))
    const Y = Number(y.n)
    const j = over(r, w(4))
    return {
      stem: `A business loan of ${usdIn(L)} at ${rateIn(r)} a year is repaid over ${Y} years in equal quarterly payments at the end of each quarter; the quarterly rate is the annual rate ÷ 4. Using payment = L × j ÷ (1 − (1 + j)^−n), what is each quarterly payment, to the cent?`,
      show: usd,
      inputs: { L, r, y },
      key: annuityPayment(L, j, 4 * Y),
      wrong: [
        [
          times(w(3), annuityPayment(L, over(r, w(12)), 12 * Y)),
          'works a monthly payment and triples it',
        ],
        [over(L, w(4 * Y)), 'divides the loan by the quarters, leaving out interest'],
        [
          plus(times(L, j), over(L, w(4 * Y))),
          'adds the first quarter’s interest to an equal share of the loan',
        ],
        [annuityPayment(L, j, Y), 'takes n as the number of years'],
      ],
    }
  }),
  loan('interest-saved-by-shorter-term', (rng) => {
    const L = draw(rng, 80, 900, 1000)
    const r = drawRate(rng, 3, 8)
    const [y1, y2] = rng.pick([
      [30, 15],
      [30, 20],
      [25, 15],
      [25, 20],
    ] as const)
    const P1 = cents(annuityPayment(L, over(r, w(12)), 12 * y1))
    const P2 = cents(annuityPayment(L, over(r, w(12)), 12 * y2))
    return {
      stem: `A client compares a ${usdIn(L)} mortgage at ${rateIn(r)} a year over ${y1} years (${usd(P1)} a month) with the same loan over ${y2} years (${usd(P2)} a month). Taking every payment as quoted, how much less interest does the ${y2}-year loan cost over its life, to the cent?`,
      show: usd,
      inputs: { L, r, y1: w(y1), y2: w(y2), P1, P2 },
      key: minus(times(w(12 * y1), P1), times(w(12 * y2), P2)),
      wrong: [
        [times(L, r, w(y1 - y2)), 'charges simple interest on the whole loan for the years saved'],
        [times(minus(P2, P1), w(12 * y2)), 'gives the extra monthly cost over the shorter term'],
        [minus(times(w(12 * y1), P1), L), 'gives the longer loan’s total interest'],
        [times(w(12 * (y1 - y2)), P1), 'counts the payments no longer made'],
        [times(minus(P2, P1), w(12 * y1)), 'gives the extra monthly cost over the longer term'],
      ],
    }
  }),
  loan('payment-with-fee-added', (rng) => {
    const { L, r, y, n, i } = mortgage(rng)
    const F = draw(rng, 9, 60, 50)
    return {
      stem: `A client borrows ${usdIn(L)} over ${y.n} years at ${rateIn(r)} a year and adds the lender’s ${usdIn(F)} arrangement fee to the loan, so interest runs on it too. ${BASIS} Using payment = L × i ÷ (1 − (1 + i)^−n), what is the monthly payment, to the cent?`,
      show: usd,
      inputs: { L, r, y, F },
      key: annuityPayment(plus(L, F), i, n),
      wrong: [
        [annuityPayment(L, i, n), 'leaves the fee out of the loan'],
        [
          plus(annuityPayment(L, i, n), over(F, w(n))),
          'spreads the fee over the months without interest',
        ],
        [annuityPayment(minus(L, F), i, n), 'takes the fee off the loan'],
        [
          plus(annuityPayment(L, i, n), over(plus(F, times(F, r, y)), w(n))),
          'spreads the fee with flat add-on interest for the whole term',
        ],
      ],
    }
  }),
  loan('biweekly-payment', (rng) => {
    const { L, r, y, i } = mortgage(rng, [20, 25, 30])
    const Y = Number(y.n)
    const b = over(r, w(26))
    return {
      stem: `A client wants a true biweekly mortgage: ${usdIn(L)} over ${Y} years at ${rateIn(r)} a year, 26 payments a year at the end of each fortnight, the fortnightly rate being the annual rate ÷ 26. Using payment = L × j ÷ (1 − (1 + j)^−n), what is each fortnightly payment, to the cent?`,
      show: usd,
      inputs: { L, r, y },
      key: annuityPayment(L, b, 26 * Y),
      wrong: [
        [
          over(annuityPayment(L, i, 12 * Y), w(2)),
          'halves the monthly payment, the accelerated scheme',
        ],
        [
          over(times(w(12), annuityPayment(L, i, 12 * Y)), w(26)),
          'spreads a year of monthly payments over 26 fortnights',
        ],
        [over(L, w(26 * Y)), 'divides the loan by the fortnights, leaving out interest'],
        [
          plus(times(L, b), over(L, w(26 * Y))),
          'adds the first fortnight’s interest to an equal share of the loan',
        ],
        [annuityPayment(L, b, Y), 'takes n as the number of years'],
      ],
    }
  }),

  loan('interest-between-payments', (rng) => {
    const { L, r, y, i, P, n } = mortgage(rng, [20, 25, 30])
    const a = rng.int(2, Math.min(120, Math.floor((toFloat(L) * 0.5) / toFloat(P))))
    const b = a + rng.int(5, 23)
    const start = balanceAfter(L, i, P, a - 1)
    const paid = minus(start, balanceAfter(L, i, P, b))
    const m = b - a + 1
    return {
      stem: `A ${usdIn(L)} mortgage over ${y.n} years at ${rateIn(r)} a year is repaid at ${usd(P)} a month. ${BASIS} How much interest is paid in payments ${a} to ${b} inclusive, to the cent?`,
      show: usd,
      inputs: { L, r, y, P, a: w(a), b: w(b) },
      key: minus(times(w(m), P), paid),
      wrong: [
        [times(w(m), start, i), 'charges the first of those months’ interest every month'],
        [times(w(m), L, i), 'charges interest on the original loan every month'],
        [times(w(m), P), 'counts the whole of the payments'],
        [paid, 'gives the principal repaid'],
        [times(w(m), straight(L, a - 1, n), i), 'charges interest on a straight-line balance'],
      ],
    }
  }),
  loan('payment-from-price-and-deposit', (rng) => {
    const price = draw(rng, 120, 900, 1000)
    const d = rng.pick([5, 10, 15, 20, 25])
    const r = drawRate(rng, 3, 8)
    const y = w(rng.pick([20, 25, 30]))
    const n = Number(y.n) * 12
    const i = over(r, w(12))
    const L = times(price, over(w(100 - d), w(100)))
    return {
      stem: `A client buys at ${usdIn(price)} with a ${d}% down payment and borrows the rest over ${y.n} years at ${rateIn(r)} a year. ${BASIS} Using payment = L × i ÷ (1 − (1 + i)^−n), what is the monthly payment, to the cent?`,
      show: usd,
      inputs: { price, d: w(d), r, y },
      key: annuityPayment(L, i, n),
      wrong: [
        [annuityPayment(price, i, n), 'finances the whole price'],
        [
          annuityPayment(times(price, over(w(d), w(100))), i, n),
          'finances the down payment instead of the rest',
        ],
        [over(L, w(n)), 'divides the loan by the months, leaving out interest'],
        [
          plus(times(L, i), over(L, w(n))),
          'adds the first month’s interest to an equal share of the loan',
        ],
        [annuityPayment(L, i, Number(y.n)), 'takes n as the number of years'],
        [times(L, i), 'gives the interest-only payment'],
      ],
    }
  }),
]
