import {
  annuityPayment,
  balanceAfter,
  cents,
  draw,
  drawRate,
  gbp,
  gbpIn,
  loan,
  minus,
  over,
  pct,
  plus,
  presentValue,
  rateIn,
  ratio,
  times,
  toFloat,
  usd,
  usdIn,
  w,
} from './lma-text.js'

// Loan-to-value, coverage and affordability, each as the stem's stated lender rule has it: value
// is the lower of price and valuation where the rule says so, debt-to-income uses gross monthly
// income, coverage uses net operating income over the year's debt service. The named slips are
// the ones that pass a case a lender would decline or decline one it would pass: the wrong base,
// a monthly figure against a yearly one, one ratio's limit applied to another.

const BASIS =
  'The monthly rate is the annual rate ÷ 12, payments fall at the end of each month and interest runs on the exact balance.'
const per = (k: number) => over(w(k), w(100))

export const RATIO_FAMILIES = [
  loan('loan-to-value-lower-of', (rng) => {
    const price = draw(rng, 150, 800, 1000)
    const val = minus(price, draw(rng, 5, 40, 1000))
    const L = times(price, per(rng.int(70, 90)))
    const F = draw(rng, 10, 20, 100)
    return {
      stem: `A buyer agrees ${gbpIn(price)} for a flat that the lender’s surveyor values at ${gbpIn(val)}. They borrow ${gbpIn(L)} and pay the ${gbpIn(F)} product fee up front. The lender’s loan-to-value is the loan ÷ the lower of price and valuation. What is the LTV, as a percentage to two decimal places (a half in the last place rounded up)?`,
      show: pct(2),
      inputs: { price, val, L, F },
      key: over(L, val),
      wrong: [
        [over(L, price), 'divides by the price instead of the lower valuation'],
        [over(minus(price, L), val), 'gives the deposit as a share of value'],
        [over(plus(L, F), val), 'adds the fee to the loan though it was paid up front'],
        [over(L, plus(price, F)), 'divides by the price plus the fee'],
      ],
    }
  }),
  loan('maximum-loan-from-ltv', (rng) => {
    const price = draw(rng, 150, 800, 1000)
    const val = minus(price, draw(rng, 5, 40, 1000))
    const cap = rng.pick([75, 80, 85, 90, 95])
    return {
      stem: `A lender lends up to ${cap}% of the lower of purchase price and valuation. The price is ${usdIn(price)} and the appraisal comes in at ${usdIn(val)}. What is the largest loan, to the cent?`,
      show: usd,
      inputs: { price, val, cap: w(cap) },
      key: times(val, per(cap)),
      wrong: [
        [times(price, per(cap)), 'uses the price instead of the lower appraisal'],
        [times(val, per(100 - cap)), 'gives the minimum down payment on the appraisal'],
        [
          minus(val, times(price, per(100 - cap))),
          'takes the minimum deposit on the price off the appraisal',
        ],
      ],
    }
  }),
  loan('deposit-needed-with-down-valuation', (rng) => {
    const price = draw(rng, 150, 800, 1000)
    const val = minus(price, draw(rng, 5, 40, 1000))
    const cap = rng.pick([75, 80, 85, 90])
    return {
      stem: `A house costs ${gbpIn(price)} but is valued at ${gbpIn(val)}. The lender lends up to ${cap}% of the lower of price and valuation. How much must the buyer put in themselves (price less the largest loan), to the penny?`,
      show: gbp,
      inputs: { price, val, cap: w(cap) },
      key: minus(price, times(val, per(cap))),
      wrong: [
        [times(price, per(100 - cap)), 'takes the deposit percentage of the price'],
        [times(val, per(100 - cap)), 'takes the deposit percentage of the valuation'],
        [minus(price, val), 'finds only the gap between price and valuation'],
        [
          plus(times(price, per(100 - cap)), minus(price, val)),
          'adds the whole gap to the deposit on the price',
        ],
      ],
    }
  }),
  loan('combined-loan-to-value', (rng) => {
    const V = draw(rng, 200, 900, 1000)
    const first = times(V, per(rng.int(50, 75)))
    const second = draw(rng, 20, 80, 1000)
    const orig = times(V, per(rng.pick([80, 85, 90, 95, 105, 110, 115, 120])))
    // The first mortgage when the home was bought, paid down since to what is owed now.
    const taken = plus(first, draw(rng, 10, 60, 1000))
    return {
      stem: `A home bought for ${usdIn(orig)} with a ${usdIn(taken)} first mortgage is now appraised at ${usdIn(V)}; ${usdIn(first)} is still owed on that mortgage and the owner asks for a home-equity loan of ${usdIn(second)}. The lender’s combined loan-to-value is all the balances secured on the home ÷ the current appraisal. What is the CLTV, as a percentage to two decimal places (a half in the last place rounded up)?`,
      show: pct(2),
      inputs: { V, first, second, orig, taken },
      key: over(plus(first, second), V),
      wrong: [
        [over(first, V), 'counts only the first mortgage'],
        [over(plus(first, second), orig), 'divides by the purchase price'],
        [over(second, minus(V, first)), 'divides the new loan by the equity'],
        [over(second, V), 'counts only the new loan'],
        [
          over(plus(taken, second), V),
          'counts the first mortgage’s original amount instead of what is owed',
        ],
        [over(taken, orig), 'gives the loan-to-value at purchase, first mortgage over price'],
        [
          over(minus(V, plus(first, second)), V),
          'gives the share of the home left as equity, not the share borrowed',
        ],
      ],
    }
  }),
  loan('debt-service-coverage', (rng) => {
    const rent = draw(rng, 40, 200, 1000)
    const vac = rng.int(3, 10)
    const opex = times(rent, per(rng.int(25, 40)))
    const noi = minus(times(rent, per(100 - vac)), opex)
    // Debt service drawn so the cover is between 1.1 and 1.8, to the nearest $10 a month.
    const P = w(10 * Math.round(toFloat(noi) / 12 / (rng.int(110, 180) / 100) / 10))
    return {
      stem: `A small apartment building’s rent roll is ${usdIn(rent)} a year; the lender allows ${vac}% vacancy and ${usdIn(opex)} a year of operating expenses. The loan costs ${usdIn(P)} a month in principal and interest. DSCR = net operating income (rent less vacancy less operating expenses) ÷ the year’s debt service. What is the DSCR, to two decimal places (a half in the last place rounded up)?`,
      show: ratio,
      inputs: { rent, vac: w(vac), opex, P },
      key: over(noi, times(w(12), P)),
      wrong: [
        [over(times(rent, per(100 - vac)), times(w(12), P)), 'leaves out the operating expenses'],
        [over(minus(rent, opex), times(w(12), P)), 'leaves out the vacancy allowance'],
        [over(rent, times(w(12), P)), 'uses the gross rent roll'],
        [
          over(minus(noi, times(w(12), P)), times(w(12), P)),
          'divides the cash left after debt service by the debt service',
        ],
        [
          over(over(noi, w(12)), times(w(12), P)),
          'sets a month’s income against a year’s debt service',
        ],
        [over(times(w(12), P), noi), 'divides the debt service by the income, upside down'],
      ],
    }
  }),
  loan('maximum-loan-from-dscr', (rng) => {
    const noi = draw(rng, 30, 150, 1000)
    const cover = rng.pick([120, 125, 130, 135])
    const r = drawRate(rng, 5, 8)
    const y = rng.pick([20, 25, 30])
    const i = over(r, w(12))
    const pay = over(noi, times(w(12), per(cover)))
    return {
      stem: `A lender sizes a commercial loan so that net operating income of ${usdIn(noi)} a year covers the year’s debt service at least ${(cover / 100).toFixed(2)} times. The loan is at ${rateIn(r)} over ${y} years, monthly. ${BASIS} What is the largest loan, to the cent?`,
      show: usd,
      inputs: { noi, cover: w(cover), r, y: w(y) },
      key: presentValue(pay, i, 12 * y),
      wrong: [
        [
          presentValue(times(over(noi, w(12)), per(cover)), i, 12 * y),
          'multiplies by the coverage instead of dividing',
        ],
        [presentValue(over(noi, w(12)), i, 12 * y), 'leaves out the coverage ratio'],
        [over(noi, times(r, per(cover))), 'sizes on interest only'],
        [times(pay, w(12 * y)), 'multiplies the payment by the months, leaving out interest'],
        [presentValue(pay, r, 12 * y), 'uses the annual rate as the monthly rate'],
        [presentValue(pay, i, y), 'takes n as the number of years'],
      ],
    }
  }),
  loan('buy-to-let-rental-cover', (rng) => {
    const rent = draw(rng, 60, 300, 10)
    const icr = rng.pick([125, 145])
    const stress = rng.pick([55, 60, 65])
    const product = draw(rng, 35, 50, 1, 3)
    const s = over(w(stress), w(1000))
    return {
      stem: `A buy-to-let lender needs the monthly rent to be at least ${icr}% of the monthly interest on the loan at a stress rate of ${(stress / 10).toFixed(1)}% a year (not the ${rateIn(product)} product rate). The rent is ${gbpIn(rent)} a month. So the largest loan = rent × 12 ÷ (${icr}% × stress rate). What is it, to the penny?`,
      show: gbp,
      inputs: { rent, icr: w(icr), s, product },
      key: over(times(rent, w(12)), times(per(icr), s)),
      wrong: [
        [over(times(rent, w(12)), times(per(icr), product)), 'tests at the product rate'],
        [
          over(times(rent, w(12), per(icr)), s),
          'multiplies the rent by the cover instead of dividing',
        ],
        [over(times(rent, w(12)), s), 'leaves out the cover ratio'],
        [over(rent, times(per(icr), s)), 'sets a month’s rent against a year’s interest'],
        [
          times(rent, w(12), minus(w(2), per(icr)), over(w(1), s)),
          'takes the cover’s excess off the rent instead of dividing by the cover',
        ],
      ],
    }
  }),
  loan('housing-expense-ratio', (rng) => {
    const income = draw(rng, 50, 250, 1000)
    const PI = draw(rng, 100, 400, 10)
    const tax = draw(rng, 24, 120, 100)
    const ins = draw(rng, 8, 30, 100)
    const debts = draw(rng, 20, 120, 10)
    const piti = plus(PI, over(plus(tax, ins), w(12)))
    return {
      stem: `A borrower earns ${usdIn(income)} a year gross. The new mortgage’s principal and interest is ${usdIn(PI)} a month, property tax ${usdIn(tax)} a year and homeowner’s insurance ${usdIn(ins)} a year; they also pay ${usdIn(debts)} a month on a car loan. The housing (front-end) ratio is monthly principal, interest, taxes and insurance ÷ gross monthly income. What is it, as a percentage to two decimal places (a half in the last place rounded up)?`,
      show: pct(2),
      inputs: { income, PI, tax, ins, debts },
      key: over(piti, over(income, w(12))),
      wrong: [
        [over(PI, over(income, w(12))), 'counts principal and interest only'],
        [
          over(plus(piti, debts), over(income, w(12))),
          'adds the car loan, giving the back-end ratio',
        ],
        [
          over(plus(PI, plus(tax, ins)), over(income, w(12))),
          'adds a year of tax and insurance to a month’s payment',
        ],
        [
          over(piti, over(times(income, per(75)), w(12))),
          'uses take-home pay at three quarters of gross',
        ],
      ],
    }
  }),
  loan('total-debt-to-income', (rng) => {
    const income = draw(rng, 50, 250, 1000)
    const piti = draw(rng, 120, 450, 10)
    const car = draw(rng, 20, 70, 10)
    const card = draw(rng, 3, 20, 5)
    const util = draw(rng, 15, 40, 10)
    const debts = plus(car, card)
    return {
      stem: `A lender’s back-end ratio is (housing payment + monthly debt payments) ÷ gross monthly income, where debts are loans and card minimums, not living costs. The borrower earns ${usdIn(income)} a year gross; the housing payment is ${usdIn(piti)} a month, a car loan ${usdIn(car)}, a card minimum ${usdIn(card)}, and utilities ${usdIn(util)} a month. What is the back-end ratio, as a percentage to two decimal places (a half in the last place rounded up)?`,
      show: pct(2),
      inputs: { income, piti, car, card, util },
      key: over(plus(piti, debts), over(income, w(12))),
      wrong: [
        [
          over(piti, over(income, w(12))),
          'counts only the housing payment, giving the front-end ratio',
        ],
        [
          over(plus(plus(piti, debts), util), over(income, w(12))),
          'counts the utilities as a debt',
        ],
        [over(plus(piti, car), over(income, w(12))), 'leaves out the card minimum'],
        [
          over(plus(piti, debts), over(times(income, per(75)), w(12))),
          'uses take-home pay at three quarters of gross',
        ],
      ],
    }
  }),
  loan('maximum-housing-payment-28-36', (rng) => {
    const income = draw(rng, 48, 240, 1000)
    const debts = draw(rng, 10, 150, 10)
    const m = over(income, w(12))
    const front = times(m, per(28))
    const back = minus(times(m, per(36)), debts)
    const key = front.n * back.d <= back.n * front.d ? front : back
    return {
      stem: `A lender’s rule: the housing payment may be at most 28% of gross monthly income, and housing plus other monthly debts at most 36%. The borrower earns ${usdIn(income)} a year gross and pays ${usdIn(debts)} a month on other debts. What is the largest housing payment the rule allows, to the cent?`,
      show: usd,
      inputs: { income, debts },
      key,
      wrong: [
        [key === front ? back : front, 'applies only one of the two limits, the looser'],
        [times(m, per(36)), 'applies 36% without taking off the other debts'],
        [minus(front, debts), 'takes the other debts off the 28% limit'],
        [times(m, per(64)), 'adds the two percentages'],
      ],
    }
  }),
  loan('income-multiple-maximum-loan', (rng) => {
    // The first applicant has the higher income, the one the single-income slips use.
    const b = draw(rng, 15, 60, 1000)
    const a = plus(b, draw(rng, 5, 40, 1000))
    const mult = rng.pick([40, 45, 50])
    const value = draw(rng, 250, 600, 1000)
    const cap = rng.pick([85, 90, 95])
    const byIncome = times(plus(a, b), over(w(mult), w(10)))
    const byValue = times(value, per(cap))
    const key = byIncome.n * byValue.d <= byValue.n * byIncome.d ? byIncome : byValue
    return {
      stem: `A UK lender lends the lower of ${(mult / 10).toFixed(1)} times joint gross income and ${cap}% of the property’s value. The applicants earn ${gbpIn(a)} and ${gbpIn(b)} a year gross and the home is worth ${gbpIn(value)}. What is the most they can borrow, to the penny?`,
      show: gbp,
      inputs: { a, b, mult: w(mult), value, cap: w(cap) },
      key,
      wrong: [
        [key === byIncome ? byValue : byIncome, 'applies only one of the two limits, the looser'],
        [times(a, over(w(mult), w(10))), 'counts only the higher income'],
        [
          plus(times(a, w(3)), b),
          'uses the old three-times-the-main-income-plus-one-times-the-second rule',
        ],
        [
          times(plus(a, b), over(w(mult), w(10)), per(cap)),
          'applies the LTV percentage to the income multiple',
        ],
      ],
    }
  }),
  loan('stress-tested-maximum-loan', (rng) => {
    const budget = draw(rng, 80, 300, 10)
    const r = drawRate(rng, 3, 6)
    const add = rng.pick([2, 3])
    const y = rng.pick([25, 30])
    const stressed = plus(r, per(add))
    return {
      stem: `A lender tests affordability at the product rate of ${rateIn(r)} plus ${add} percentage points. The client can afford ${gbpIn(budget)} a month. The loan runs ${y} years, monthly. ${BASIS} What is the largest loan whose payment at the stressed rate fits the budget, to the penny?`,
      show: gbp,
      inputs: { budget, r, add: w(add), y: w(y) },
      key: presentValue(budget, over(stressed, w(12)), 12 * y),
      wrong: [
        [presentValue(budget, over(r, w(12)), 12 * y), 'tests at the product rate'],
        [presentValue(budget, over(per(add), w(12)), 12 * y), 'tests at the add-on alone'],
        [over(budget, over(stressed, w(12))), 'sizes on interest only at the stressed rate'],
        [
          presentValue(budget, over(times(r, plus(w(1), per(add))), w(12)), 12 * y),
          'raises the rate by that percentage of itself',
        ],
        [
          presentValue(budget, stressed, 12 * y),
          'uses the annual stressed rate as the monthly rate',
        ],
        [presentValue(budget, over(stressed, w(12)), y), 'takes n as the number of years'],
        [
          presentValue(budget, plus(over(r, w(12)), per(add)), 12 * y),
          'adds the stress to the monthly rate',
        ],
        [
          presentValue(times(budget, w(12)), stressed, y),
          'treats a year’s payments as one payment at the year’s end, at the annual rate',
        ],
        [
          over(times(budget, w(12 * y)), plus(w(1), times(stressed, w(y)))),
          'discounts the payments at simple interest',
        ],
      ],
    }
  }),
  loan('pay-down-to-80-percent', (rng) => {
    const V = draw(rng, 200, 800, 1000)
    const B = cents(times(V, per(rng.int(85, 94))))
    const now = times(V, per(rng.pick([90, 92, 94, 96, 98, 102, 103, 104])))
    return {
      stem: `A borrower may ask to cancel private mortgage insurance once the balance is at or below 80% of the home’s original value, ${usdIn(V)} (a new appraisal of ${usdIn(now)} does not count under this rule). They owe ${usd(B)}. How much must they pay down to reach that level, to the cent?`,
      show: usd,
      inputs: { V, B, now },
      key: minus(B, times(V, per(80))),
      wrong: [
        [minus(B, times(now, per(80))), 'uses the new appraisal'],
        [minus(B, times(V, per(78))), 'uses the 78% automatic-termination level'],
        [times(V, per(20)), 'gives 20% of the original value'],
        [times(B, per(20)), 'takes 20% of the balance'],
      ],
    }
  }),
  loan('equity-after-payments', (rng) => {
    const V0 = draw(rng, 200, 700, 1000)
    const L = times(V0, per(rng.int(75, 90)))
    const r = drawRate(rng, 3, 7)
    const y = rng.pick([25, 30])
    const i = over(r, w(12))
    const P = cents(annuityPayment(L, i, 12 * y))
    const k = 12 * rng.int(3, 10)
    const V = times(V0, per(rng.int(105, 140)))
    return {
      stem: `A client bought for ${usdIn(V0)} with a ${usdIn(L)} mortgage at ${rateIn(r)} over ${y} years (${usd(P)} a month). After ${k} payments the home is appraised at ${usdIn(V)}. ${BASIS} What is their equity (appraisal less balance owed), to the cent?`,
      show: usd,
      inputs: { V0, L, r, y: w(y), P, k: w(k), V },
      key: minus(V, balanceAfter(L, i, P, k)),
      wrong: [
        [minus(V, L), 'takes off the original loan'],
        [minus(V0, balanceAfter(L, i, P, k)), 'uses the purchase price'],
        [plus(minus(V0, L), times(w(k), P)), 'adds every payment made to the deposit'],
        [
          minus(V, minus(L, times(w(k), minus(P, times(L, i))))),
          'repays the first month’s principal every month',
        ],
        [
          minus(V, minus(L, times(w(k), P))),
          'takes every payment off the loan as if none were interest',
        ],
        [
          minus(V, times(L, over(w(12 * y - k), w(12 * y)))),
          'assumes a straight-line schedule, an equal share of the loan each month',
        ],
      ],
    }
  }),
  loan('maximum-price-from-deposit', (rng) => {
    const D = draw(rng, 20, 120, 1000)
    const cap = rng.pick([75, 80, 85, 90, 95])
    return {
      stem: `A buyer has ${gbpIn(D)} for a deposit and the lender lends up to ${cap}% of the price (ignore fees and costs). What is the highest price they can pay, to the penny?`,
      show: gbp,
      inputs: { D, cap: w(cap) },
      key: over(D, per(100 - cap)),
      wrong: [
        [over(D, per(cap)), 'divides the deposit by the loan percentage'],
        [plus(D, times(D, per(cap))), 'adds the loan percentage of the deposit'],
        [plus(D, over(D, per(100 - cap))), 'adds the deposit again on top of the price'],
        [over(times(D, per(cap)), per(100 - cap)), 'gives the loan, not the price'],
      ],
    }
  }),
  loan('debt-yield', (rng) => {
    const noi = draw(rng, 40, 200, 1000)
    // A loan of 8 to 15 times the income, to the nearest $1,000, so the yield is not one of a few.
    const L = w(1000 * Math.round((toFloat(noi) * rng.int(80, 150)) / 10 / 1000))
    // An appraisal to the nearest $1,000 that puts the loan at about 55 % to 75 % of value.
    const V = w(1000 * Math.round((toFloat(L) * 100) / rng.int(55, 75) / 1000))
    const DS = times(L, drawRate(rng, 4, 6))
    return {
      stem: `A lender also checks debt yield: net operating income ÷ the loan amount. A property with ${usdIn(noi)} of net operating income a year, appraised at ${usdIn(V)}, carries a ${usdIn(L)} loan costing ${usdIn(DS)} a year in debt service. What is the debt yield, as a percentage to two decimal places (a half in the last place rounded up)?`,
      show: pct(2),
      inputs: { noi, L, V, DS },
      key: over(noi, L),
      wrong: [
        [over(noi, V), 'divides by the appraised value, giving the cap rate'],
        [over(DS, L), 'gives the loan constant'],
        [over(minus(noi, DS), L), 'takes the debt service off first'],
        [over(L, V), 'gives the loan-to-value'],
        [over(noi, DS), 'divides by the debt service, giving the coverage'],
      ],
    }
  }),

  loan('loan-to-value-after-further-advance', (rng) => {
    const price = draw(rng, 150, 600, 1000)
    const L = times(price, over(w(rng.int(70, 90)), w(100)))
    const B = times(L, over(w(rng.int(70, 95)), w(100)))
    const V = times(price, over(w(rng.pick([85, 90, 95, 110, 120, 130])), w(100)))
    const A = draw(rng, 10, 60, 1000)
    return {
      stem: `A home bought for ${gbpIn(price)} with a ${gbpIn(L)} mortgage is now valued at ${gbpIn(V)}, and ${gbp(B)} is owed. The owner asks for a further advance of ${gbpIn(A)}. The lender’s LTV is everything that would be owed on the home ÷ its current value. What would the LTV be, as a percentage to two decimal places (a half in the last place rounded up)?`,
      show: pct(2),
      inputs: { price, L, B, V, A },
      key: over(plus(B, A), V),
      wrong: [
        [over(A, V), 'counts only the further advance'],
        [over(plus(B, A), price), 'divides by the purchase price'],
        [over(plus(L, A), V), 'adds the advance to the original loan'],
        [over(B, V), 'leaves out the further advance'],
      ],
    }
  }),
]
