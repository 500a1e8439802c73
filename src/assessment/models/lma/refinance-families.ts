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
  over,
  plus,
  rateIn,
  times,
  usd,
  usdIn,
  w,
} from './lma-text.js'

// Refinancing, points, early repayment charges and redemption figures. Each stem states the
// lender's rule (the charge's percentage and its base, the allowance, the months' interest) and
// how a break-even is counted (whole months, rounded up, since a part month's saving has not yet
// paid the cost back). The named slips are the ones that make a switch look better or worse than
// it is: leaving out a cost, taking the rate difference for the payment difference, charging the
// wrong base.

const BASIS =
  'The monthly rate is the annual rate ÷ 12, payments fall at the end of each month and interest runs on the exact balance.'

/** Whole months of saving, a part month rounded up: the cost is not paid back until it ends. */
const up = ceilWhole
const monthsText = (x: Fraction) => `${x.n} months`

export const REFINANCE_FAMILIES = [
  loan('refinance-break-even-with-charge', (rng) => {
    const B = draw(rng, 100, 500, 1000)
    const old = drawRate(rng, 5, 8)
    const cut = draw(rng, 10, 30, 5, 4)
    const rNew = minus(old, cut)
    const m = 12 * rng.pick([15, 20, 25])
    const P1 = cents(annuityPayment(B, over(old, w(12)), m))
    const P2 = cents(annuityPayment(B, over(rNew, w(12)), m))
    const F = draw(rng, 15, 40, 100)
    const C = draw(rng, 3, 12, 50)
    const e = rng.int(1, 3)
    const erc = times(B, w(e), over(w(1), w(100)))
    const cost = minus(plus(F, erc), C)
    return {
      stem: `A client owes ${gbpIn(B)} at ${rateIn(old)} (${gbp(P1)} a month over the ${m} months left). A new lender offers ${rateIn(rNew)} over the same ${m} months (${gbp(P2)} a month) with ${gbpIn(F)} of fees and ${gbpIn(C)} cashback on completion; the current lender charges an early repayment charge of ${e}% of the balance. Counting whole months of payment saving, rounded up, after how many months has the saving covered the net cost of switching?`,
      show: monthsText,
      inputs: { B, old, rNew, P1, P2, F, C, e: w(e) },
      key: up(over(cost, minus(P1, P2))),
      wrong: [
        [up(over(minus(F, C), minus(P1, P2))), 'leaves out the early repayment charge'],
        [
          up(over(cost, over(times(B, cut), w(12)))),
          'takes the month’s interest saving for the payment saving',
        ],
        [up(over(plus(F, erc), minus(P1, P2))), 'leaves out the cashback'],
        [up(over(plus(plus(F, erc), C), minus(P1, P2))), 'counts the cashback as a cost'],
        [up(over(erc, minus(P1, P2))), 'counts only the early repayment charge'],
      ],
    }
  }),
  loan('points-break-even', (rng) => {
    const L = draw(rng, 150, 700, 1000)
    const r = drawRate(rng, 5, 8)
    const pts = rng.int(1, 3)
    const rLow = minus(r, times(w(pts), over(w(25), w(10000))))
    const n = 360
    const P1 = cents(annuityPayment(L, over(r, w(12)), n))
    const P2 = cents(annuityPayment(L, over(rLow, w(12)), n))
    const price = cents(times(L, over(w(rng.int(105, 125)), w(100))))
    const cost = times(L, w(pts), over(w(1), w(100)))
    const orig = over(L, w(100))
    return {
      stem: `A buyer of a ${usdIn(price)} home borrows ${usdIn(L)} over 30 years. Paying ${pts} discount point${pts > 1 ? 's' : ''} (a point is 1% of the loan amount) cuts the rate from ${rateIn(r)} to ${rateIn(rLow)} and the payment from ${usd(P1)} to ${usd(P2)}. The lender also charges a 1% origination fee on every loan, with or without points. Counting whole months of payment saving, rounded up, how many months until the points are paid back?`,
      show: monthsText,
      inputs: { L, r, rLow, pts: w(pts), P1, P2, price },
      key: up(over(cost, minus(P1, P2))),
      wrong: [
        [
          up(over(times(price, w(pts), over(w(1), w(100))), minus(P1, P2))),
          'takes a point as 1% of the price',
        ],
        [
          up(over(cost, over(times(L, minus(r, rLow)), w(12)))),
          'takes the month’s interest saving for the payment saving',
        ],
        [
          up(over(times(L, w(pts), over(w(1), w(1000))), minus(P1, P2))),
          'takes a point as 0.1% of the loan',
        ],
        [
          up(over(plus(cost, orig), minus(P1, P2))),
          'counts the origination fee, paid either way, as a cost of the points',
        ],
        [
          up(over(cost, times(w(12), minus(P1, P2)))),
          'divides by a year’s saving, giving years, not months',
        ],
      ],
    }
  }),
  loan('charge-with-overpayment-allowance', (rng) => {
    const L = draw(rng, 150, 500, 1000)
    const B = times(L, over(w(rng.int(75, 95)), w(100)))
    const year = rng.int(2, 5)
    const rates = [5, 4, 3, 2, 1]
    const rate = over(w(rates[year - 1]!), w(100))
    const X = times(B, over(w(rng.int(15, 45)), w(100)))
    const allowance = over(B, w(10))
    return {
      stem: `A fixed-rate mortgage of ${gbpIn(L)} has an early repayment charge of 5%, 4%, 3%, 2% and 1% of the amount repaid in years 1 to 5, on whatever exceeds a yearly allowance of 10% of the balance at the start of that year. In year ${year}, with ${gbp(B)} owed at its start, the client overpays ${gbp(X)}. What is the charge, to the penny (half a penny rounded up)?`,
      show: gbp,
      inputs: { L, B, X, year: w(year) },
      key: times(rate, minus(X, allowance)),
      wrong: [
        [times(rate, X), 'charges the whole overpayment, ignoring the allowance'],
        [times(rate, minus(X, over(L, w(10)))), 'takes the allowance as 10% of the original loan'],
        [times(over(w(5), w(100)), minus(X, allowance)), 'uses the first year’s rate'],
        [times(rate, allowance), 'charges the allowance instead of the excess'],
        [
          times(over(w(rates[year - 1]! + 1), w(100)), minus(X, allowance)),
          'uses the previous year’s rate',
        ],
      ],
    }
  }),
  loan('six-months-interest-on-excess', (rng) => {
    const L = draw(rng, 200, 800, 1000)
    const r = drawRate(rng, 4, 8)
    const B = times(L, over(w(rng.int(80, 95)), w(100)))
    const A = times(L, over(w(rng.int(40, 70)), w(100)))
    const excess = minus(A, over(L, w(5)))
    return {
      stem: `A US loan note says: a prepayment in any 12 months of more than 20% of the original principal of ${usdIn(L)} is charged six months’ interest, at the note rate of ${rateIn(r)} a year, on the excess. The balance is ${usd(cents(B))} and the borrower prepays ${usd(A)} this year. What is the charge, to the cent (half a cent rounded up)?`,
      show: usd,
      inputs: { L, r, B: cents(B), A },
      key: times(excess, r, over(w(1), w(2))),
      wrong: [
        [times(A, r, over(w(1), w(2))), 'charges the whole prepayment'],
        [
          times(minus(A, over(cents(B), w(5))), r, over(w(1), w(2))),
          'takes 20% of the current balance',
        ],
        [times(excess, r), 'charges a year’s interest'],
        [times(excess, over(w(6), w(100))), 'reads six months’ interest as 6%'],
        [times(cents(B), r, over(w(1), w(2))), 'charges six months’ interest on the whole balance'],
        [
          times(over(L, w(5)), r, over(w(1), w(2))),
          'charges interest on the 20% allowance instead of the excess',
        ],
      ],
    }
  }),
  loan('rule-of-78-rebate', (rng) => {
    const n = rng.pick([24, 36, 48, 60])
    const k = rng.int(4, n - 6)
    const FC = draw(rng, 1500, 9000, 1)
    const m = n - k
    const t = n * (n + 1)
    return {
      stem: `A precomputed car loan over ${n} months carries a finance charge of ${usdIn(FC)}. The borrower pays it off straight after payment ${k}. The contract rebates unearned interest by the Rule of 78: rebate = charge × m(m + 1) ÷ (n(n + 1)), m being the months left. What is the rebate, to the cent (half a cent rounded up)?`,
      show: usd,
      inputs: { FC, n: w(n), k: w(k) },
      key: over(times(FC, w(m * (m + 1))), w(t)),
      wrong: [
        [over(times(FC, w(m)), w(n)), 'rebates in proportion to the months left'],
        [over(times(FC, w(k * (k + 1))), w(t)), 'uses the months paid instead of the months left'],
        [over(times(FC, w(m * m)), w(n * n)), 'squares the share of months left'],
        [
          minus(FC, over(times(FC, w(m * (m + 1))), w(t))),
          'gives the interest earned, not the rebate',
        ],
      ],
    }
  }),
  loan('redemption-figure', (rng) => {
    const L = draw(rng, 150, 500, 1000)
    const B = cents(times(L, over(w(rng.int(70, 95)), w(100))))
    const r = drawRate(rng, 3, 7)
    const d = rng.int(5, 25)
    const e = rng.int(1, 4)
    const D = draw(rng, 10, 30, 5)
    const acc = over(times(B, r, w(d)), w(365))
    const erc = times(B, over(w(e), w(100)))
    return {
      stem: `A client redeems a ${gbpIn(L)} mortgage ${d} days after the last payment, when ${gbp(B)} is owed at ${rateIn(r)} a year. The lender adds daily interest for those days (balance × rate × days ÷ 365), an early repayment charge of ${e}% of the balance, and a ${gbpIn(D)} exit fee. What is the redemption figure, to the penny (half a penny rounded up)?`,
      show: gbp,
      inputs: { L, B, r, d: w(d), e: w(e), D },
      key: plus(plus(B, acc), plus(erc, D)),
      wrong: [
        [plus(plus(B, acc), D), 'leaves out the early repayment charge'],
        [
          plus(plus(B, acc), plus(times(L, over(w(e), w(100))), D)),
          'works the charge on the original loan',
        ],
        [plus(B, plus(erc, D)), 'leaves out the interest since the last payment'],
        [plus(plus(B, over(times(B, r), w(12))), plus(erc, D)), 'adds a whole month’s interest'],
      ],
    }
  }),
  loan('interest-rate-differential-charge', (rng) => {
    const B = draw(rng, 150, 600, 1000)
    const r = drawRate(rng, 4, 7)
    const c = minus(r, draw(rng, 5, 40, 5, 4))
    const left = rng.int(6, 48)
    const three = times(B, r, over(w(3), w(12)))
    const ird = times(B, minus(r, c), over(w(left), w(12)))
    // Compared exactly, cross-multiplied, so a near tie cannot be misread in floating point.
    const max = three.n * ird.d >= ird.n * three.d ? three : ird
    const min = max === three ? ird : three
    return {
      stem: `A Canadian fixed-rate mortgage with ${usdIn(B)} owed at ${rateIn(r)} has ${left} months of its term left; the lender’s rate for that remaining term is now ${rateIn(c)}. The prepayment charge is the greater of three months’ interest (balance × rate × 3/12) and the interest rate differential (balance × (contract rate − current rate) × months left ÷ 12). What is the charge, to the cent (half a cent rounded up)?`,
      show: usd,
      inputs: { B, r, c, left: w(left) },
      key: max,
      wrong: [
        [min, 'takes the lesser of the two'],
        [plus(three, ird), 'adds the two together'],
        [times(B, minus(r, c)), 'works the differential for one year'],
        [times(B, r, over(w(left), w(12))), 'charges the contract rate for the months left'],
        [
          times(B, c, over(w(3), w(12))),
          'works the three months’ interest at the current rate, not the contract rate',
        ],
      ],
    }
  }),
  loan('temporary-buydown-cost', (rng) => {
    const L = draw(rng, 150, 700, 1000)
    const r = drawRate(rng, 6, 8)
    const pay = (x: Fraction) => cents(annuityPayment(L, over(x, w(12)), 360))
    const P0 = pay(r)
    const P1 = pay(minus(r, over(w(1), w(100))))
    const P2 = pay(minus(r, over(w(2), w(100))))
    return {
      stem: `A builder funds a 2-1 buydown on a ${usdIn(L)}, 30-year loan at ${rateIn(r)}: the borrower pays at 2 points below the note rate in year 1 and 1 point below in year 2. The buydown fund is the payment shortfall: payments are ${usd(P0)} at the note rate, ${usd(P1)} at 1 point below and ${usd(P2)} at 2 points below. What must the fund hold, to the cent?`,
      show: usd,
      inputs: { L, r, P0, P1, P2 },
      key: times(w(12), plus(minus(P0, P2), minus(P0, P1))),
      wrong: [
        [times(w(24), minus(P0, P2)), 'funds the 2-point shortfall for both years'],
        [times(w(12), minus(P0, P2)), 'funds the first year only'],
        [times(L, over(w(3), w(100))), 'charges 3% of the loan, as if buying points'],
        [times(w(12), minus(P0, P1)), 'funds the second year only'],
        [times(w(24), plus(minus(P0, P2), minus(P0, P1))), 'funds both shortfalls for both years'],
        [plus(minus(P0, P2), minus(P0, P1)), 'funds one month of each shortfall, not twelve'],
      ],
    }
  }),
  loan('cost-over-fixed-period', (rng) => {
    const L = draw(rng, 100, 500, 1000)
    const r = drawRate(rng, 3, 6)
    const y = rng.pick([20, 25, 30])
    const i = over(r, w(12))
    const P = cents(annuityPayment(L, i, 12 * y))
    const F = draw(rng, 5, 20, 100)
    const b24 = balanceAfter(L, i, P, 24)
    return {
      stem: `A broker compares two-year fixed deals by their cost over the fix: the fees plus the interest paid in the 24 months. One deal is ${rateIn(r)} on ${gbpIn(L)} over ${y} years, ${gbp(P)} a month, with a ${gbpIn(F)} fee paid up front. ${BASIS} What does it cost over the two years, to the penny?`,
      show: gbp,
      inputs: { L, r, y: w(y), P, F },
      key: plus(F, minus(times(w(24), P), minus(L, b24))),
      wrong: [
        [plus(F, times(w(24), P)), 'counts every payment, capital included'],
        [minus(times(w(24), P), minus(L, b24)), 'leaves out the fee'],
        [plus(F, times(w(24), L, i)), 'charges interest on the original loan all through'],
        [plus(F, minus(L, b24)), 'counts the capital repaid instead of the interest'],
        [
          over(plus(F, minus(times(w(24), P), minus(L, b24))), w(2)),
          'gives a year’s share of the cost',
        ],
      ],
    }
  }),
  loan('payment-on-reversion', (rng) => {
    const L = draw(rng, 100, 500, 1000)
    const r1 = drawRate(rng, 2, 5)
    const r2 = plus(r1, draw(rng, 10, 40, 10, 4))
    const y = rng.pick([25, 30])
    const n = 12 * y
    const P1 = cents(annuityPayment(L, over(r1, w(12)), n))
    const B = cents(balanceAfter(L, over(r1, w(12)), P1, 24))
    const i2 = over(r2, w(12))
    return {
      stem: `A ${gbpIn(L)} mortgage over ${y} years was fixed at ${rateIn(r1)} for two years (${gbp(P1)} a month); after 24 payments ${gbp(B)} is owed and it reverts to the lender’s variable rate of ${rateIn(r2)}. ${BASIS} What is the new payment over the ${n - 24} months left, to the penny?`,
      show: gbp,
      inputs: { L, r1, r2, y: w(y), P1, B },
      key: annuityPayment(B, i2, n - 24),
      wrong: [
        [annuityPayment(L, i2, n), 'works the new rate on the original loan and term'],
        [annuityPayment(B, i2, n), 'spreads the balance over the full original term'],
        [times(P1, over(r2, r1)), 'scales the payment in proportion to the rates'],
        [
          plus(P1, times(B, minus(i2, over(r1, w(12))))),
          'adds only the extra month’s interest to the old payment',
        ],
      ],
    }
  }),
  loan('cash-out-refinance-proceeds', (rng) => {
    const V = draw(rng, 200, 900, 1000)
    const ltv = rng.pick([75, 80])
    const L = times(V, over(w(rng.int(55, 70)), w(100)))
    const B = cents(times(L, over(w(rng.int(70, 90)), w(100))))
    const C = draw(rng, 30, 90, 100)
    const max = times(V, over(w(ltv), w(100)))
    return {
      stem: `A home is valued at ${usdIn(V)}. The owner took a ${usdIn(L)} mortgage years ago and now owes ${usd(B)}. A cash-out refinance lends up to ${ltv}% of value; it pays off the old loan and ${usdIn(C)} of closing costs from the new loan. How much cash does the owner receive at the maximum loan, to the cent?`,
      show: usd,
      inputs: { V, L, B, C, ltv: w(ltv) },
      key: minus(minus(max, B), C),
      wrong: [
        [minus(max, B), 'leaves out the closing costs'],
        [minus(minus(max, L), C), 'pays off the original loan amount'],
        [minus(minus(V, B), C), 'lends the full value'],
        [
          minus(times(minus(V, B), over(w(ltv), w(100))), C),
          'applies the percentage to the equity',
        ],
      ],
    }
  }),
  loan('refinance-payment-with-fees-added', (rng) => {
    const B = draw(rng, 100, 500, 1000)
    const old = drawRate(rng, 5, 8)
    const rNew = minus(old, draw(rng, 10, 30, 5, 4))
    const left = 12 * rng.pick([12, 15, 18])
    const term = 12 * rng.pick([20, 25])
    const F = draw(rng, 20, 60, 100)
    const i = over(rNew, w(12))
    return {
      stem: `A client owes ${gbpIn(B)} at ${rateIn(old)} with ${left} months left. They remortgage at ${rateIn(rNew)} over ${term} months and add the ${gbpIn(F)} of fees to the new loan. ${BASIS} What is the new monthly payment, to the penny?`,
      show: gbp,
      inputs: { B, old, rNew, left: w(left), term: w(term), F },
      key: annuityPayment(plus(B, F), i, term),
      wrong: [
        [annuityPayment(B, i, term), 'leaves the fees out of the loan'],
        [annuityPayment(plus(B, F), i, left), 'keeps the old remaining term'],
        [annuityPayment(plus(B, F), over(old, w(12)), term), 'keeps the old rate'],
        [
          plus(annuityPayment(B, i, term), over(F, w(term))),
          'spreads the fees over the months without interest',
        ],
        [annuityPayment(plus(B, F), i, term / 12), 'takes n as the number of years'],
      ],
    }
  }),

  loan('net-saving-over-same-term', (rng) => {
    const B = draw(rng, 100, 500, 1000)
    const old = drawRate(rng, 5, 8)
    const cut = draw(rng, 15, 40, 5, 4)
    const rNew = minus(old, cut)
    const m = 12 * rng.pick([10, 15, 20])
    const orig = m + 12 * rng.pick([5, 10])
    const P1 = cents(annuityPayment(B, over(old, w(12)), m))
    const P2 = cents(annuityPayment(B, over(rNew, w(12)), m))
    const C = cents(times(minus(P1, P2), w(rng.int(8, 20))))
    return {
      stem: `A client owes ${usdIn(B)} at ${rateIn(old)}, paying ${usd(P1)} a month with ${m} payments left of an original ${orig}. Refinancing at ${rateIn(rNew)} over the same ${m} months costs ${usd(C)} at closing and brings the payment to ${usd(P2)}. Taking every payment as quoted, what is the net saving over the ${m} months, to the cent?`,
      show: usd,
      inputs: { B, old, rNew, m: w(m), orig: w(orig), P1, P2, C },
      key: minus(times(w(m), minus(P1, P2)), C),
      wrong: [
        [times(w(m), minus(P1, P2)), 'leaves out the closing costs'],
        [
          minus(times(w(m), over(times(B, cut), w(12))), C),
          'takes the month’s interest saving for the payment saving',
        ],
        [minus(times(w(orig), minus(P1, P2)), C), 'counts the saving over the original term'],
        [
          minus(times(w(m), over(times(B, cut), w(24))), C),
          'charges the rate cut on half the balance, as an average, for the months left',
        ],
      ],
    }
  }),
  loan('step-down-prepayment-penalty', (rng) => {
    const L = draw(rng, 300, 900, 1000)
    const B = times(L, over(w(rng.int(80, 97)), w(100)))
    const m = rng.int(13, 47)
    const fixed = m % 12 === 0 ? m + 1 : m
    const year = Math.floor(fixed / 12) + 1
    const rate = over(w(6 - year), w(100))
    return {
      stem: `A ${usdIn(L)} commercial loan carries a 5-4-3-2-1 prepayment penalty: 5% of the balance prepaid in loan year 1 (months 1 to 12 after funding), 4% in year 2, and so on to 1% in year 5. The borrower pays off the ${usd(B)} balance ${fixed} months after funding. What is the penalty, to the cent?`,
      show: usd,
      inputs: { L, B, m: w(fixed) },
      key: times(B, rate),
      wrong: [
        [
          times(B, over(w(7 - year), w(100))),
          'takes the completed years as the loan year, one year early',
        ],
        [times(B, over(w(5 - year), w(100))), 'counts the part year as a full year'],
        [times(L, rate), 'charges the original loan amount'],
        [times(B, over(w(5), w(100))), 'charges the first year’s 5% whatever the year'],
      ],
    }
  }),
  loan('points-to-buy-down-rate', (rng) => {
    // Points worked on the price equal the points plus the fee when the loan is q/(q + 1) of the
    // price (67, 75 or 80 % for q = 2, 3, 4 quarters), so the loan is 70, 85, 90 or 95 % of it.
    const price = draw(rng, 200, 900, 1000)
    const L = times(price, over(w(rng.pick([70, 85, 90, 95])), w(100)))
    // Two to four quarters: with one, doubling the points and adding the fee give the same figure.
    const quarters = rng.int(2, 4)
    const cut = times(w(quarters), over(w(25), w(10000)))
    const r = drawRate(rng, 6, 8)
    return {
      stem: `A lender’s rate sheet prices discount points at 1 point (1% of the loan amount) for each 0.25 percentage point off the rate, on top of a 1% origination fee charged on every loan. A buyer of a ${usdIn(price)} home borrowing ${usdIn(L)} at ${rateIn(r)} wants the rate cut by ${rateIn(cut).replace('%', '')} percentage points. What do the points cost, to the cent?`,
      show: usd,
      inputs: { L, price, quarters: w(quarters), r },
      key: times(L, w(quarters), over(w(1), w(100))),
      wrong: [
        [times(price, w(quarters), over(w(1), w(100))), 'works the points on the price'],
        [times(L, w(2 * quarters), over(w(1), w(100))), 'prices a point for every 0.125 point off'],
        [times(L, cut), 'charges the rate cut itself as a share of the loan'],
        [times(w(1000), w(quarters)), 'takes a point as a flat $1,000'],
        [times(L, w(quarters), over(w(1), w(1000))), 'takes a point as 0.1% of the loan'],
        [
          times(L, w(quarters + 1), over(w(1), w(100))),
          'adds the 1% origination fee, charged either way, to the points',
        ],
      ],
    }
  }),
]
