import {
  add,
  annuityValue,
  balanceAfter,
  CENT,
  DOLLAR,
  DP1,
  DP2,
  div,
  dol,
  frac,
  monthly,
  mul,
  PCT2,
  payment,
  pc,
  pct2,
  plain,
  power,
  rest,
  sub,
  tenthPct,
  tenths,
  usd,
  worked,
} from './ref-text.js'

// The loans a freelance analyst sizes and prices for property investors: level monthly payments
// on the stated rate ÷ 12, balances, the split of a payment, points, LTV, DSCR and debt-service
// sizing, bridge and prepayment costs. Each stem says that interest is the annual rate ÷ 12 on the
// balance each month, paid in arrears, because the slips are an annual working divided by twelve,
// a straight-line balance, interest-only sizing and a ratio turned upside down.

const cents = usd(2)
const whole = usd(0)
const MONTHLY =
  'Interest is charged monthly at the annual rate ÷ 12 and payments are level, monthly, in arrears.'

export const MORTGAGE_FAMILIES = [
  worked('monthly-payment-on-a-fixed-rate-mortgage', (rng) => {
    const p = rng.int(120, 900) * 1000
    const t = rng.int(40, 85)
    const y = rng.pick([15, 20, 25, 30])
    const i = monthly(t)
    return {
      stem: `An investor borrows ${dol(p)} on a fixed-rate mortgage at ${tenthPct(t)} a year, fully amortising over ${y} years. ${MONTHLY} What is the monthly payment, ${CENT}?`,
      show: cents,
      figures: { p, t, y },
      key: payment(p, i, 12 * y),
      wrong: [
        [div(payment(p, tenths(t), y), 12), 'works an annual payment and divides it by twelve'],
        [
          div(add(p, mul(p, tenths(t), y)), 12 * y),
          'adds simple interest on the whole loan for the term',
        ],
        [mul(p, i), 'charges the interest only'],
        [frac(p, 12 * y), 'repays the principal with no interest'],
        [
          add(frac(p, 12 * y), mul(p, i)),
          "adds the first month's interest to a straight-line repayment",
        ],
        [div(payment(p, i, 12 * y), add(1, i)), 'treats the payments as due in advance'],
      ],
    }
  }),
  worked('balance-outstanding-after-some-years', (rng) => {
    const p = rng.int(150, 900) * 1000
    const t = rng.int(40, 85)
    const y = rng.pick([25, 30])
    const k = rng.int(3, 8)
    const i = monthly(t)
    const pay = payment(p, i, 12 * y)
    const m = 12 * k
    return {
      stem: `A ${dol(p)} mortgage at ${tenthPct(t)} amortises over ${y} years. ${MONTHLY} Using the unrounded payment, what is the balance still owed just after the ${m}th payment (${k} years in), ${DOLLAR}?`,
      show: whole,
      figures: { p, t, y, k },
      key: balanceAfter(p, i, 12 * y, m),
      wrong: [
        [mul(p, sub(1, frac(k, y))), 'reduces the principal in a straight line'],
        [sub(p, mul(pay, m)), 'takes every payment made off the principal'],
        [
          sub(mul(p, power(add(1, i), m)), mul(pay, m)),
          'grows the loan with interest but takes the payments off without theirs',
        ],
        [frac(p), 'treats the payments so far as all interest'],
        [balanceAfter(p, tenths(t), y, k), 'works with annual payments'],
        [balanceAfter(p, i, 12 * y, 12 * (y - k)), 'counts the years left as the years paid'],
      ],
    }
  }),
  worked('principal-repaid-by-the-first-payment', (rng) => {
    const p = rng.int(120, 900) * 1000
    const t = rng.int(40, 85)
    const y = rng.pick([15, 20, 25, 30])
    const i = monthly(t)
    const pay = payment(p, i, 12 * y)
    return {
      stem: `A ${dol(p)} loan at ${tenthPct(t)} amortises over ${y} years. ${MONTHLY} How much of the first monthly payment repays principal, ${CENT}?`,
      show: cents,
      figures: { p, t, y },
      key: sub(pay, mul(p, i)),
      wrong: [
        [mul(p, i), 'gives the interest part of the payment'],
        [frac(p, 12 * y), 'divides the loan by the number of months'],
        [pay, 'gives the whole payment'],
        [mul(sub(pay, mul(p, i)), add(1, i)), "gives the second payment's principal"],
        [
          sub(pay, mul(p, tenths(t), frac(31, 365))),
          'charges interest for a 31-day month on a 365-day year',
        ],
      ],
    }
  }),
  worked('total-interest-over-the-life-of-a-loan', (rng) => {
    const p = rng.int(120, 900) * 1000
    const t = rng.int(40, 85)
    const y = rng.pick([15, 20, 25, 30])
    const i = monthly(t)
    const pay = payment(p, i, 12 * y)
    return {
      stem: `A ${dol(p)} mortgage at ${tenthPct(t)} amortises over ${y} years and is kept to the end. ${MONTHLY} Using the unrounded payment, how much interest is paid over the life of the loan, ${DOLLAR}?`,
      show: whole,
      figures: { p, t, y },
      key: sub(mul(pay, 12 * y), p),
      wrong: [
        [mul(p, tenths(t), y), 'charges simple interest on the original loan for the whole term'],
        [mul(pay, 12 * y), 'gives the total of all the payments'],
        [mul(p, tenths(t), y, frac(1, 2)), 'charges simple interest on half the loan'],
        [sub(mul(payment(p, tenths(t), y), y), p), 'works with annual payments'],
        [
          add(sub(mul(pay, 12), p), balanceAfter(p, i, 12 * y, 12)),
          "gives only the first year's interest",
        ],
      ],
    }
  }),
  worked('months-to-recover-discount-points', (rng) => {
    const p = rng.int(200, 800) * 1000
    const v = p + rng.int(40, 250) * 1000
    const t = rng.int(55, 85)
    const q = rng.int(1, 3)
    const cut = q * rng.int(2, 3)
    const i1 = monthly(t)
    const i2 = monthly(t - cut)
    const saving = sub(payment(p, i1, 360), payment(p, i2, 360))
    const cost = mul(p, pc(q))
    return {
      stem: `A buyer of a ${dol(v)} rental borrows ${dol(p)} over 30 years at ${tenthPct(t)}, or at ${tenthPct(t - cut)} by paying ${q} discount point${q > 1 ? 's' : ''} (one point is 1% of the loan amount). ${MONTHLY} How many months of the lower payment recover the cost of the points (cost ÷ monthly saving, no discounting), ${DP1}?`,
      show: plain(1, 'months'),
      figures: { p, v, t, q, cut },
      key: div(cost, saving),
      wrong: [
        [div(mul(v, pc(q)), saving), 'charges the points on the price, not the loan'],
        [
          div(cost, sub(payment(p, i1, 360), payment(add(p, cost), i2, 360))),
          'finances the points, working the new payment on the loan plus the points',
        ],
        [
          div(cost, mul(p, frac(cut, 12000))),
          "takes the saving as a month's interest on the rate cut",
        ],
        [div(cost, payment(p, i1, 360)), 'divides by the whole old payment, not the saving'],
        [div(cost, mul(saving, 12)), 'divides by the yearly saving and reads the years as months'],
      ],
    }
  }),
  worked('largest-loan-on-the-lower-of-price-and-appraisal', (rng) => {
    const a = rng.int(200, 900) * 1000
    const pr = a + rng.int(5, 60) * 1000
    const l = rng.pick([70, 75, 80, 85, 90])
    return {
      stem: `A buyer agrees to pay ${dol(pr)} for a duplex that appraises at ${dol(a)}. The lender lends up to ${l}% loan-to-value, measured on the lower of price and appraised value. What is the largest loan, ${DOLLAR}?`,
      show: whole,
      figures: { a, pr, l },
      key: mul(a, pc(l)),
      wrong: [
        [mul(pr, pc(l)), 'applies the LTV to the price'],
        [sub(pr, mul(a, pc(100 - l))), 'takes a deposit on the appraisal off the price'],
        [mul(a, pc(100 - l)), 'gives the deposit, not the loan'],
        [mul(pc(l), frac(a + pr, 2)), 'averages price and appraisal'],
      ],
    }
  }),
  worked('largest-loan-a-dscr-test-allows', (rng) => {
    const noi = rng.int(60, 400) * 1000
    const d = rng.pick([120, 125, 130, 135, 140])
    const t = rng.int(50, 80)
    const y = rng.pick([25, 30])
    const i = monthly(t)
    const ds = div(noi, frac(d, 100))
    return {
      stem: `A lender sizes a loan on a building with net operating income of ${dol(noi)} a year so that NOI ÷ annual debt service is at least ${plain(2)(frac(d, 100))}. The loan is at ${tenthPct(t)}, amortising over ${y} years. ${MONTHLY} What is the largest loan the DSCR allows, ${DOLLAR}?`,
      show: whole,
      figures: { noi, d, t, y },
      key: annuityValue(div(ds, 12), i, 12 * y),
      wrong: [
        [
          annuityValue(div(mul(noi, frac(d, 100)), 12), i, 12 * y),
          'multiplies by the DSCR instead of dividing',
        ],
        [div(ds, tenths(t)), 'sizes it as an interest-only loan'],
        [annuityValue(frac(noi, 12), i, 12 * y), 'leaves out the DSCR'],
        [annuityValue(ds, tenths(t), y), 'discounts annual debt service at the annual rate'],
      ],
    }
  }),
  worked('dscr-of-a-proposed-loan', (rng) => {
    const noi = rng.int(60, 300) * 1000
    const egi = Math.round((noi * rng.int(150, 190)) / 100000) * 1000
    const t = rng.int(50, 80)
    const y = rng.pick([25, 30])
    const l = Math.round((noi * rng.int(80, 115)) / 10000) * 1000
    const ds = mul(payment(l, monthly(t), 12 * y), 12)
    return {
      stem: `A rental building has effective gross income of ${dol(egi)} and net operating income of ${dol(noi)} a year. The proposed loan is ${dol(l)} at ${tenthPct(t)}, amortising over ${y} years. ${MONTHLY} What is the debt service coverage ratio (NOI ÷ annual debt service), ${DP2}?`,
      show: plain(2),
      figures: { noi, egi, t, y, l },
      key: div(noi, ds),
      wrong: [
        [div(noi, mul(l, tenths(t))), 'uses interest-only debt service'],
        [div(egi, ds), 'uses effective gross income, not NOI'],
        [div(sub(noi, ds), ds), 'divides the cash left after debt service by it'],
        [div(ds, noi), 'turns the ratio upside down'],
        [
          div(noi, mul(l, add(tenths(t), frac(1, y)))),
          'takes debt service as interest plus straight-line principal',
        ],
        [div(noi, payment(l, tenths(t), y)), 'works the debt service as an annual-pay loan'],
      ],
    }
  }),
  worked('combined-loan-to-value-with-a-credit-line', (rng) => {
    const v = rng.int(300, 900) * 1000
    const paid = v - rng.int(30, 200) * 1000
    const b = Math.round((v * rng.int(40, 60)) / 100000) * 1000
    const orig = b + rng.int(20, 80) * 1000
    const line = rng.int(3, 15) * 10000
    const drawn = Math.round((line * rng.int(20, 70)) / 100000) * 1000
    if (drawn <= 0) rest()
    return {
      stem: `A landlord's house bought for ${dol(paid)} is now valued at ${dol(v)}. The first mortgage, originally ${dol(orig)}, has a balance of ${dol(b)}, and a home equity line of ${dol(line)} has ${dol(drawn)} drawn. The new lender counts the full credit line and the current value. What is the combined loan-to-value, ${PCT2}?`,
      show: pct2,
      figures: { v, paid, b, orig, line, drawn },
      key: div(b + line, v),
      wrong: [
        [div(b + drawn, v), 'counts only the amount drawn on the line'],
        [div(b, v), 'counts only the first mortgage'],
        [div(b + line, paid), 'divides by the price paid, not the value'],
        [div(b + line + drawn, v), 'counts the amount drawn on top of the line'],
        [div(orig + line, v), 'counts the first mortgage at its original amount'],
        [div(b + line - drawn, v), 'counts only the unused part of the line'],
      ],
    }
  }),
  worked('payment-once-an-interest-only-period-ends', (rng) => {
    const p = rng.int(150, 900) * 1000
    const t = rng.int(40, 85)
    const m = rng.pick([3, 5, 7, 10])
    const i = monthly(t)
    return {
      stem: `A ${dol(p)} loan at ${tenthPct(t)} has a 30-year term: interest only for the first ${m} years, then level payments that repay the whole principal over the rest of the term. ${MONTHLY} What is the monthly payment once the interest-only period ends, ${CENT}?`,
      show: cents,
      figures: { p, t, m },
      key: payment(p, i, 12 * (30 - m)),
      wrong: [
        [payment(p, i, 360), 'amortises over the full 30 years'],
        [mul(p, i), 'keeps the interest-only payment'],
        [payment(p, i, 12 * m), 'amortises over the interest-only years'],
        [add(frac(p, 12 * (30 - m)), mul(p, i)), 'adds straight-line principal to the interest'],
        [
          div(payment(p, tenths(t), 30 - m), 12),
          'works an annual payment and divides it by twelve',
        ],
        [div(payment(p, i, 12 * (30 - m)), add(1, i)), 'treats the payments as due in advance'],
      ],
    }
  }),
  worked('loan-an-affordable-payment-supports', (rng) => {
    const b = rng.int(80, 400) * 10
    const t = rng.int(40, 85)
    const y = rng.pick([15, 20, 25, 30])
    const i = monthly(t)
    return {
      stem: `An investor can put ${dol(b)} a month towards principal and interest. The loan is at ${tenthPct(t)} over ${y} years. ${MONTHLY} What is the largest loan that payment repays, ${DOLLAR}?`,
      show: whole,
      figures: { b, t, y },
      key: annuityValue(b, i, 12 * y),
      wrong: [
        [frac(b * 12 * y), 'adds up the payments with no interest'],
        [div(b, i), 'capitalises the payment as a perpetuity'],
        [annuityValue(b, tenths(t), 12 * y), 'uses the annual rate for each month'],
        [
          div(b * 12, add(tenths(t), frac(1, y))),
          'sizes on a constant of the rate plus straight-line principal',
        ],
        [mul(annuityValue(b, i, 12 * y), add(1, i)), 'treats the payments as made in advance'],
        [annuityValue(b * 12, tenths(t), y), 'works annual payments at the annual rate'],
      ],
    }
  }),
  worked('cost-of-a-twelve-month-bridge-loan-with-fees', (rng) => {
    const p = rng.int(20, 200) * 10000
    const r = rng.int(70, 140)
    const f = rng.int(10, 30)
    const e = rng.int(5, 20)
    const net = sub(1, tenths(f))
    return {
      stem: `A 12-month bridge loan of ${dol(p)} charges ${tenthPct(r)} simple interest on the loan amount, paid at the end; an arrangement fee of ${tenthPct(f)} of the loan is deducted from the advance, and an exit fee of ${tenthPct(e)} of the loan is paid on repayment. What is the cost of the year (interest and fees ÷ cash actually received), ${PCT2}?`,
      show: pct2,
      figures: { p, r, f, e },
      key: div(add(tenths(r), tenths(f), tenths(e)), net),
      wrong: [
        [add(tenths(r), tenths(f), tenths(e)), 'adds the fees to the rate on the full loan'],
        [div(add(tenths(r), tenths(f)), net), 'leaves out the exit fee'],
        [tenths(r), 'gives the headline rate'],
        [
          div(add(tenths(r), tenths(f), tenths(e)), sub(net, tenths(e))),
          'takes the exit fee off the cash received too',
        ],
        [
          div(add(mul(tenths(r), net), tenths(f), tenths(e)), net),
          'charges interest on the net advance',
        ],
      ],
    }
  }),
  worked('prepayment-charge-as-the-greater-of-two-tests', (rng) => {
    const b = rng.int(100, 900) * 1000
    const c = rng.int(50, 85)
    const m = c - rng.int(8, 30)
    const rem = rng.int(12, 60)
    const three = mul(b, tenths(c), frac(3, 12))
    const ird = mul(b, tenths(c - m), frac(rem, 12))
    if (three.n * ird.d === ird.n * three.d) rest()
    const big = three.n * ird.d > ird.n * three.d ? three : ird
    const small = big === three ? ird : three
    return {
      stem: `A borrower repays a ${dol(b)} fixed-rate balance at ${tenthPct(c)} with ${rem} months of the fixed term left; the lender's rate for that term today is ${tenthPct(m)}. The charge is the greater of three months' interest at the contract rate and the interest rate differential (balance × rate difference × months left ÷ 12). What is the charge, ${DOLLAR}?`,
      show: whole,
      figures: { b, c, m, rem },
      key: big,
      wrong: [
        [small, 'takes the smaller of the two tests'],
        [mul(b, tenths(m), frac(3, 12)), "charges three months' interest at today's rate"],
        [mul(b, tenths(c - m)), 'charges the differential for one year only'],
        [add(three, ird), 'adds the two tests together'],
        [
          mul(b, tenths(c), frac(rem, 12)),
          'charges the contract rate, not the difference, for the months left',
        ],
      ],
    }
  }),
  worked('loan-constant-of-a-monthly-pay-loan', (rng) => {
    const t = rng.int(40, 85)
    const y = rng.pick([15, 20, 25, 30])
    const i = monthly(t)
    return {
      stem: `A lender quotes ${tenthPct(t)} fully amortising over ${y} years. ${MONTHLY} What is the annual loan constant (twelve monthly payments ÷ loan amount), ${PCT2}?`,
      show: pct2,
      figures: { t, y },
      key: mul(payment(1, i, 12 * y), 12),
      wrong: [
        [tenths(t), 'gives the interest rate'],
        [payment(1, i, 12 * y), 'gives one month of payment per dollar'],
        [payment(1, tenths(t), y), 'works one annual payment in arrears'],
        [add(tenths(t), frac(1, y)), 'adds straight-line principal to the rate'],
      ],
    }
  }),
  worked('loan-from-a-housing-cost-ratio', (rng) => {
    const inc = rng.int(60, 200) * 1000
    const ti = rng.int(25, 70) * 10
    const t = rng.int(40, 85)
    const i = monthly(t)
    const allow = sub(frac(inc * 28, 1200), ti)
    if (allow.n <= 0n) rest()
    return {
      stem: `A lender caps a buyer's monthly housing cost (principal, interest, property tax and insurance) at 28% of gross monthly income. Gross income is ${dol(inc)} a year; tax and insurance are ${dol(ti)} a month. The loan is at ${tenthPct(t)} over 30 years. ${MONTHLY} What is the largest loan, ${DOLLAR}?`,
      show: whole,
      figures: { inc, ti, t },
      key: annuityValue(allow, i, 360),
      wrong: [
        [annuityValue(frac(inc * 28, 1200), i, 360), 'leaves tax and insurance in the payment'],
        [
          annuityValue(sub(frac(inc * 28, 1200), frac(ti, 12)), i, 360),
          'treats the monthly tax and insurance as a yearly figure',
        ],
        [annuityValue(mul(allow, 12), tenths(t), 30), 'works annual payments at the annual rate'],
        [mul(allow, 360), 'adds up the payments with no interest'],
      ],
    }
  }),
  worked('payment-after-a-lump-sum-recast', (rng) => {
    const b = rng.int(150, 700) * 1000
    const lump = rng.int(10, 100) * 1000
    const m = rng.int(15, 25)
    const t = rng.int(40, 85)
    const i = monthly(t)
    return {
      stem: `A 30-year mortgage at ${tenthPct(t)} has ${dol(b)} outstanding with ${m} years left. The borrower pays ${dol(lump)} off the principal and the lender recasts the loan: a new level payment over the ${m} years left at the same rate. ${MONTHLY} What is the new monthly payment, ${CENT}?`,
      show: cents,
      figures: { b, lump, m, t },
      key: payment(b - lump, i, 12 * m),
      wrong: [
        [
          sub(payment(b, i, 12 * m), frac(lump, 12 * m)),
          'spreads the lump sum over the months left with no interest',
        ],
        [payment(b, i, 12 * m), 'keeps the old payment'],
        [payment(b - lump, i, 360), 'recasts over a fresh 30 years'],
        [frac(b - lump, 12 * m), 'repays the new balance with no interest'],
        [
          div(payment(b - lump, tenths(t), m), 12),
          'works an annual payment and divides it by twelve',
        ],
        [div(payment(b - lump, i, 12 * m), add(1, i)), 'treats the payments as due in advance'],
      ],
    }
  }),
]
