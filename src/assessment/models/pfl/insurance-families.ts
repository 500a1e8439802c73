import {
  add,
  CENT,
  DP1,
  div,
  dol,
  frac,
  money,
  mul,
  num,
  PCT2,
  pc,
  pct2,
  plain,
  power,
  rest,
  sub,
  worked,
} from './pfl-text.js'

// Insurance and risk as a freelancer with no employer cover weighs them. The slips are the
// coinsurance share read as the insurer’s, a deductible taken twice or not at all, a cap ignored,
// a monthly premium read as yearly, a chance of loss left out of an expected cost and a
// “guaranteed” monthly rate multiplied rather than compounded.

export const INSURANCE_FAMILIES = [
  worked('out-of-pocket-on-a-claim-with-deductible-and-coinsurance', (rng) => {
    const b = rng.int(15, 80) * 100
    const d = rng.int(5, 20) * 100
    const c = rng.pick([10, 20, 30])
    if (d >= b) rest()
    return {
      stem: `A freelancer’s health plan has a ${dol(d)} deductible, then ${c}% coinsurance: she pays ${c}% of the bill above the deductible and the plan pays the rest. She has paid nothing towards the deductible this year. What does she pay on a ${dol(b)} hospital bill, ${CENT}?`,
      show: money,
      figures: { b, d, c },
      key: add(d, mul(b - d, pc(c))),
      wrong: [
        [mul(b, pc(c)), 'takes the coinsurance on the whole bill and forgets the deductible'],
        [add(d, mul(b, pc(c))), 'takes the coinsurance on the whole bill'],
        [add(d, mul(b - d, pc(100 - c))), 'takes the plan’s share as hers'],
        [mul(b - d, pc(c)), 'leaves out the deductible'],
      ],
    }
  }),
  worked('plan-payment-when-the-out-of-pocket-cap-binds', (rng) => {
    const b = rng.int(100, 400) * 100
    const d = rng.int(10, 30) * 100
    const c = rng.pick([20, 30])
    const cap = rng.int(3, 8) * 1000
    const hers = add(d, mul(b - d, pc(c)))
    if (num(hers) <= cap || cap <= d) rest()
    return {
      stem: `A freelancer’s plan has a ${dol(d)} deductible, then ${c}% coinsurance on the rest of a bill, and caps what she pays in a year at ${dol(cap)}; above the cap the plan pays everything. Her only bill this year is ${dol(b)}. How much does the plan pay, ${CENT}?`,
      show: money,
      figures: { b, d, c, cap },
      key: frac(b - cap),
      wrong: [
        [sub(b, hers), 'ignores the cap'],
        [frac(b - d), 'takes off only the deductible'],
        [mul(b - d, pc(c)), 'gives her coinsurance as the plan’s payment'],
        [frac(b - d - cap), 'takes the deductible off as well as the cap'],
      ],
    }
  }),
  worked('expected-yearly-cost-of-a-high-deductible-plan', (rng) => {
    const q = rng.int(15, 60) * 10
    const d = rng.int(10, 50) * 100
    const p = rng.int(10, 40)
    return {
      stem: `A plan costs ${dol(q)} a month with a ${dol(d)} deductible. The freelancer judges there is a ${p}% chance in a year of a claim big enough to use the whole deductible, and otherwise no claims. What is her expected yearly cost (premiums plus the expected deductible), ${CENT}?`,
      show: money,
      figures: { q, d, p },
      key: add(12 * q, mul(d, pc(p))),
      wrong: [
        [frac(12 * q + d), 'assumes the claim is certain'],
        [frac(12 * q), 'leaves out the deductible'],
        [add(q, mul(d, pc(p))), 'counts one month’s premium'],
        [mul(add(q, mul(d, pc(p))), 12), 'counts the expected deductible every month'],
      ],
    }
  }),
  worked('portfolio-value-after-one-holding-fails', (rng) => {
    const p = rng.int(10, 60) * 1000
    const k = rng.pick([4, 5, 8, 10])
    const g = rng.int(4, 15)
    const each = frac(p, k)
    return {
      stem: `A freelancer splits ${dol(p)} equally between ${k} company shares. In a year one company fails and its shares become worthless, and each of the others rises ${g}%. What is the portfolio worth at the year’s end, ${CENT}?`,
      show: money,
      figures: { p, k, g },
      key: mul(each, k - 1, pc(100 + g)),
      wrong: [
        [mul(p, pc(100 + g)), 'ignores the failure'],
        [sub(mul(p, pc(100 + g)), each), 'grows every holding and then takes off the failed one'],
        [mul(each, k - 1), 'forgets the rise'],
        [mul(each, pc(100 + g)), 'counts only one surviving holding'],
      ],
    }
  }),
  worked('weighted-return-of-three-holdings', (rng) => {
    const a = rng.int(2, 20) * 1000
    const b = rng.int(2, 20) * 1000
    const c = rng.int(2, 10) * 1000
    const ra = rng.int(3, 15)
    const rb = rng.int(2, 10)
    const rc = -rng.int(5, 20)
    const gain = a * ra + b * rb + c * rc
    if (gain <= 0 || a === b || b === c) rest()
    return {
      stem: `A freelancer holds ${dol(a)} in a bond fund, ${dol(b)} in a cash fund and ${dol(c)} in one company’s shares. Over a year they return ${ra}%, ${rb}% and ${rc}%. What is the return on the whole portfolio (total gain ÷ total invested), ${PCT2}?`,
      show: pct2,
      figures: { a, b, c, ra, rb, rc },
      key: frac(gain, (a + b + c) * 100),
      wrong: [
        [frac(ra + rb + rc, 300), 'averages the three returns'],
        [frac(a * ra + b * rb, (a + b + c) * 100), 'leaves out the loss'],
        [frac(a * ra + b * rb - c * rc, (a + b + c) * 100), 'counts the loss as a gain'],
        [frac(gain, (a + b) * 100), 'divides by the two funds only'],
      ],
    }
  }),
  worked('guaranteed-monthly-return-as-a-multiple-of-the-market-rate', (rng) => {
    const m = rng.pick([3, 4, 5, 6, 8, 10])
    const a = rng.pick([5, 6, 7, 8])
    const year = sub(power(frac(100 + m, 100), 12), 1)
    return {
      stem: `A stranger online promises a freelancer a “guaranteed” ${m}% a month, reinvested each month. A broad stock index has returned about ${a}% a year on average, with no guarantee. If the promise were real, its yearly return (compounded monthly) would be how many times the index’s ${a}%, to one decimal place (a half rounded up)?`,
      show: plain(1, 'times'),
      figures: { m, a },
      key: div(year, pc(a)),
      wrong: [
        [frac(12 * m, a), 'multiplies the monthly rate by 12 instead of compounding'],
        [frac(m, a), 'compares the monthly rate with the yearly one'],
        [div(add(year, 1), pc(a)), 'compares the growth factor, not the return'],
        [div(sub(power(frac(100 + m, 100), 11), 1), pc(a)), 'compounds for eleven months'],
        [div(year, frac(a, 1200)), 'compares with the index’s monthly rate'],
      ],
    }
  }),
  worked('actual-cash-value-payout-for-an-old-item', (rng) => {
    const c = rng.int(8, 40) * 100
    const y = rng.int(2, 5)
    const dep = rng.pick([10, 15, 20])
    const d = rng.int(1, 5) * 100
    const acv = mul(c, pc(100 - dep * y))
    if (num(sub(acv, d)) <= 0 || dep * (y + 1) >= 100) rest()
    return {
      stem: `A freelancer’s ${y}-year-old laptop, bought for ${dol(c)}, is stolen. Her contents policy pays actual cash value: the purchase price less ${dep}% of it for each full year of age, then less a ${dol(d)} deductible. What does the policy pay, ${CENT}?`,
      show: money,
      figures: { c, y, dep, d },
      key: sub(acv, d),
      wrong: [
        [frac(c - d), 'pays the purchase price less the deductible'],
        [
          sub(mul(c, power(pc(100 - dep), y)), d),
          'takes the percentage off each year’s lower value',
        ],
        [acv, 'forgets the deductible'],
        [sub(mul(c, pc(100 - dep * (y + 1))), d), 'counts a year too many'],
      ],
    }
  }),
  worked('paid-on-two-bills-with-one-yearly-deductible', (rng) => {
    const d = rng.int(5, 20) * 100
    const b1 = d + rng.int(2, 20) * 100
    const b2 = rng.int(10, 40) * 100
    const c = rng.pick([10, 20, 30])
    return {
      stem: `A freelancer’s plan has a ${dol(d)} yearly deductible, then she pays ${c}% coinsurance. This year she has two bills: ${dol(b1)} in March and ${dol(b2)} in August. What does she pay for the two together, ${CENT}?`,
      show: money,
      figures: { d, b1, b2, c },
      key: add(d, mul(b1 + b2 - d, pc(c))),
      wrong: [
        [add(2 * d, mul(b1 + b2 - 2 * d, pc(c))), 'takes the deductible on each bill'],
        [mul(b1 + b2, pc(c)), 'forgets the deductible'],
        [add(d, mul(b1 - d, pc(c))), 'leaves out the August bill'],
        [add(d, mul(b1 + b2, pc(c))), 'takes the coinsurance on the whole of both bills'],
        [add(d, mul(b1 + b2 - d, pc(100 - c))), 'takes the plan’s share as hers'],
        [mul(b1 + b2 - d, pc(c)), 'leaves out the deductible she pays'],
      ],
    }
  }),
  worked('life-cover-needed-by-a-simple-rule', (rng) => {
    const i = rng.int(25, 80) * 1000
    const y = rng.pick([5, 8, 10])
    const debt = rng.int(20, 200) * 1000
    const s = rng.int(10, 80) * 1000
    return {
      stem: `A freelancer sizes life cover by a simple rule: ${y} years of her yearly income of ${dol(i)}, plus her debts of ${dol(debt)}, less her savings of ${dol(s)}. How much cover does the rule give, ${CENT}?`,
      show: money,
      figures: { i, y, debt, s },
      key: frac(i * y + debt - s),
      wrong: [
        [frac(i * y + debt), 'forgets her savings'],
        [frac(i * y - s), 'leaves out her debts'],
        [frac(i * y + debt + s), 'adds her savings'],
        [frac(i + debt - s), 'counts one year of income'],
        [frac(i * (y + 1) + debt - s), 'counts one year of income too many'],
        [frac(i * (y - 1) + debt - s), 'counts one year of income too few'],
      ],
    }
  }),
  worked('premium-after-two-discounts-and-a-surcharge', (rng) => {
    const q = rng.int(40, 200) * 10
    const a = rng.pick([5, 10, 15])
    const b = rng.pick([5, 10, 20])
    const s = rng.pick([10, 15, 20, 25])
    return {
      stem: `A freelancer’s van insurance starts at ${dol(q)} a year. The insurer takes ${a}% off for no claims, then ${b}% off the reduced figure for a tracker, then adds a ${s}% surcharge on that for business use. What is the premium, ${CENT}?`,
      show: money,
      figures: { q, a, b, s },
      key: mul(q, pc(100 - a), pc(100 - b), pc(100 + s)),
      wrong: [
        [mul(q, pc(100 - a - b + s)), 'adds and subtracts the percentages at once'],
        [mul(q, pc(100 - a), pc(100 - b)), 'forgets the surcharge'],
        [mul(q, pc(100 - a - b), pc(100 + s)), 'takes both discounts off the starting premium'],
        [mul(q, pc(100 + s)), 'forgets the discounts'],
      ],
    }
  }),
  worked('expected-repair-cost-set-against-a-warranty', (rng) => {
    const p1 = rng.int(5, 20)
    const r1 = rng.int(10, 40) * 10
    const p2 = rng.int(2, 8)
    const r2 = rng.int(40, 120) * 10
    const w = rng.int(8, 25) * 10
    return {
      stem: `A shop offers a freelancer a ${dol(w)} warranty on a camera. She estimates a ${p1}% chance of a minor repair costing ${dol(r1)} and a ${p2}% chance of a major one costing ${dol(r2)} in the warranty period (at most one of them). What is her expected repair cost without the warranty, ${CENT}?`,
      show: money,
      figures: { p1, r1, p2, r2, w },
      key: add(mul(r1, pc(p1)), mul(r2, pc(p2))),
      wrong: [
        [mul(r1, pc(p1)), 'leaves out the major repair'],
        [frac(r1 + r2), 'counts both repairs in full'],
        [mul(r1 + r2, pc(p1 + p2)), 'applies both chances to both repairs'],
        [mul(r2, pc(p2)), 'leaves out the minor repair'],
        [mul(r2, pc(p1 + p2)), 'applies both chances to the major repair'],
        [mul(r1, pc(p1 + p2)), 'applies both chances to the minor repair'],
        [frac(w), 'gives the warranty’s price, not the expected repair cost'],
      ],
    }
  }),
  worked('years-to-recover-a-higher-deductible-from-lower-premiums', (rng) => {
    const q1 = rng.int(20, 60) * 5
    const q2 = q1 - rng.int(2, 10) * 5
    const d1 = rng.int(2, 10) * 100
    const d2 = d1 + rng.int(5, 20) * 100
    return {
      stem: `A low-deductible plan costs ${dol(q1)} a month with a ${dol(d1)} deductible; a high-deductible plan costs ${dol(q2)} a month with a ${dol(d2)} deductible. How many years of the premium saving does it take to cover the extra deductible of one claim, in years ${DP1}?`,
      show: plain(1, 'years'),
      figures: { q1, q2, d1, d2 },
      key: frac(d2 - d1, 12 * (q1 - q2)),
      wrong: [
        [frac(d2, 12 * (q1 - q2)), 'compares the whole high deductible'],
        [frac(d2 - d1, 12 * q1), 'divides by the low plan’s whole premium'],
        [frac(d2 - d1, q1 - q2), 'gives months, not years'],
        [frac(d2 - d1, 12 * (q1 + q2)), 'adds the premiums instead of taking the difference'],
        [frac(d2 - d1, 12 * q2), 'divides by the high plan’s whole premium'],
      ],
    }
  }),
  worked('gain-needed-to-recover-from-a-fall', (rng) => {
    const x = rng.pick([10, 20, 25, 30, 40, 50])
    const v = rng.int(5, 50) * 1000
    return {
      stem: `A freelancer’s ${dol(v)} of shares falls ${x}% in a bad year. By what percentage must the remaining value then rise to get back to ${dol(v)}, ${PCT2}?`,
      show: pct2,
      figures: { x, v },
      key: frac(x, 100 - x),
      wrong: [
        [pc(x), 'takes the same percentage back up'],
        [frac(100, 100 - x), 'gives the growth factor, not the rise'],
        [frac(x, 100 + x), 'divides by the value plus the fall'],
        [frac(100 - x, 100), 'gives the share left, not the rise needed'],
        [frac(100 - x, x), 'divides the remaining value by the fall'],
      ],
    }
  }),
  worked('extra-cost-of-paying-a-premium-monthly', (rng) => {
    const a = rng.int(30, 150) * 10
    const m = Math.ceil((a * rng.int(103, 115)) / 1200)
    if (12 * m <= a) rest()
    return {
      stem: `A freelancer’s professional indemnity cover costs ${dol(a)} paid once a year, or ${dol(m)} a month. As a percentage of the yearly price, how much more does paying monthly cost over a year, ${PCT2}?`,
      show: pct2,
      figures: { a, m },
      key: frac(12 * m - a, a),
      wrong: [
        [frac(12 * m - a, 12 * m), 'divides by the monthly total'],
        [frac(12 * m, a), 'gives the monthly total as a share of the yearly price'],
        [frac(12 * m - a, 12 * a), 'spreads it over twelve months'],
        [frac(11 * m - a, a), 'counts eleven monthly payments'],
        [frac(12 * m - a, m), 'takes the extra as a share of one monthly payment'],
      ],
    }
  }),
  worked('claim-under-an-average-clause-when-underinsured', (rng) => {
    const v = rng.int(20, 80) * 1000
    const s = Math.round((v * rng.int(40, 85)) / 100000) * 1000
    const l = rng.int(2, 15) * 1000
    const d = rng.int(1, 5) * 100
    const paid = sub(mul(l, frac(s, v)), d)
    if (paid.n <= 0n || l >= s) rest()
    return {
      stem: `A freelancer insured her studio’s contents for ${dol(s)}, but they were worth ${dol(v)}. The policy’s average clause pays the loss × sum insured ÷ actual value, less a ${dol(d)} deductible. A fire destroys ${dol(l)} of equipment. What does the policy pay, ${CENT}?`,
      show: money,
      figures: { v, s, l, d },
      key: paid,
      wrong: [
        [frac(l - d), 'ignores the average clause'],
        [mul(l, frac(s, v)), 'forgets the deductible'],
        [mul(l - d, frac(s, v)), 'takes the deductible off before the clause'],
        [sub(mul(l, frac(v - s, v)), d), 'uses the uninsured share'],
      ],
    }
  }),
  worked('loss-on-a-concentrated-holding-against-a-spread-one', (rng) => {
    const p = rng.int(10, 60) * 1000
    const s = rng.pick([40, 50, 60, 70])
    const x = rng.pick([30, 40, 50, 60])
    const g = rng.int(3, 10)
    const key = mul(p, add(mul(pc(s), pc(100 - x)), mul(pc(100 - s), pc(100 + g))))
    return {
      stem: `A freelancer holds ${dol(p)}: ${s}% in her one favourite company and the rest in a broad index fund. In a year the company falls ${x}% and the fund rises ${g}%. What is the holding worth at the year’s end, ${CENT}?`,
      show: money,
      figures: { p, s, x, g },
      key,
      wrong: [
        [mul(p, pc(100 - x)), 'applies the fall to the whole holding'],
        [mul(p, pc(100 + g)), 'applies the rise to the whole holding'],
        [mul(p, pc(100 + g - x)), 'nets the two percentages on the whole holding'],
        [
          mul(p, add(mul(pc(s), pc(x)), mul(pc(100 - s), pc(100 + g)))),
          'keeps the fall’s percentage, not what is left',
        ],
        [mul(p, add(pc(s), mul(pc(100 - s), pc(100 + g)))), 'ignores the fall'],
        [mul(p, pc(100 - s), pc(100 + g)), 'leaves out the company holding'],
        [
          mul(p, add(mul(pc(s), pc(100 + g)), mul(pc(100 - s), pc(100 - x)))),
          'swaps the fall and the rise between the holdings',
        ],
      ],
    }
  }),
]
