import {
  add,
  CENT,
  div,
  dol,
  frac,
  money,
  mul,
  num,
  PCT2,
  pc,
  pct2,
  power,
  rest,
  sub,
  tp,
  tpText,
  worked,
} from './pfl-text.js'

// Borrowing and credit as a freelancer meets it: cards, payday and instalment loans, buy now pay
// later. The slips are a monthly rate taken as yearly, interest on the wrong balance, a fee or a cap
// forgotten, and a rate quoted on one base read on another.

export const CREDIT_FAMILIES = [
  worked('card-interest-on-the-average-daily-balance', (rng) => {
    const b1 = rng.int(8, 40) * 100
    const pay = rng.int(2, 7) * 100
    const d1 = rng.int(8, 20)
    const d2 = 30 - d1
    const a = rng.int(180, 299)
    const b2 = b1 - pay
    const bal = b1 * d1 + b2 * d2
    return {
      stem: `A card’s 30-day cycle opens with a balance of ${dol(b1)}. After ${d1} days the freelancer pays ${dol(pay)}, and there are no other payments or purchases. The card charges interest on the average daily balance at an APR of ${tpText(a)}, using a daily rate of APR ÷ 365 for each of the 30 days. What is the cycle’s interest, ${CENT}?`,
      show: money,
      figures: { b1, pay, d1, a },
      key: mul(bal, tp(a), frac(1, 365)),
      wrong: [
        [mul(b1 * 30, tp(a), frac(1, 365)), 'charges interest on the opening balance all cycle'],
        [mul(b2 * 30, tp(a), frac(1, 365)), 'charges interest on the closing balance all cycle'],
        [mul(bal, tp(a), frac(1, 360)), 'uses a daily rate of APR ÷ 360'],
        [mul(b1 * d1, tp(a), frac(1, 365)), 'charges interest only until the payment'],
      ],
    }
  }),
  worked('card-minimum-payment-by-the-stated-rule', (rng) => {
    const b = rng.int(15, 80) * 100
    const p = rng.pick([1, 2, 3])
    const a = rng.int(180, 299)
    const floor = rng.pick([25, 35])
    const interest = mul(b, tp(a), frac(1, 12))
    const key = add(mul(b, pc(p)), interest)
    if (key.n <= BigInt(floor) * key.d) rest()
    return {
      stem: `A card statement shows a balance of ${dol(b)} at an APR of ${tpText(a)}. The minimum payment is ${p}% of the balance plus the month’s interest (the balance × APR ÷ 12), or ${dol(floor)} if that is more. What is the minimum payment, ${CENT}?`,
      show: money,
      figures: { b, p, a, floor },
      key,
      wrong: [
        [mul(b, pc(p)), 'leaves out the month’s interest'],
        [interest, 'gives only the month’s interest'],
        [add(mul(b, pc(p)), mul(b, tp(a))), 'adds a full year’s interest'],
        [mul(add(b, interest), pc(p)), 'takes the percentage of the balance plus interest only'],
        [frac(floor), 'pays the floor amount'],
        [
          add(mul(add(b, interest), pc(p)), interest),
          'takes the percentage of the balance plus interest, then adds the interest',
        ],
      ],
    }
  }),
  worked('simple-apr-of-a-payday-loan-fee', (rng) => {
    const l = rng.int(2, 10) * 100
    const per = rng.pick([10, 15, 20, 25])
    const d = rng.pick([14, 18, 21, 28])
    const fee = (l / 100) * per
    return {
      stem: `A payday lender charges ${dol(per)} for every $100 borrowed for ${d} days. A freelancer borrows ${dol(l)} until a client pays. As a simple annual rate on a 365-day year (fee ÷ amount borrowed × 365 ÷ days), what APR does the fee amount to, ${PCT2}?`,
      show: pct2,
      figures: { l, per, d },
      key: mul(frac(fee, l), frac(365, d)),
      wrong: [
        [frac(fee, l), 'gives the rate for the loan’s days only'],
        [mul(frac(fee, l), 12), 'multiplies the period rate by 12'],
        [mul(frac(fee, l + fee), frac(365, d)), 'divides the fee by the amount repaid'],
        [mul(frac(fee, l), frac(360, d)), 'uses a 360-day year'],
      ],
    }
  }),
  worked('total-cost-of-credit-of-an-instalment-loan', (rng) => {
    const l = rng.int(20, 120) * 100
    const nm = rng.pick([18, 24, 30, 36])
    const rate = rng.int(6, 18)
    const pay = Math.ceil((l * (1 + (rate / 100) * (nm / 12))) / nm)
    const fee = rng.int(2, 10) * 10
    return {
      stem: `A freelancer borrows ${dol(l)} for equipment and repays ${dol(pay)} a month for ${nm} months. The lender also charged a ${dol(fee)} arrangement fee at the start, paid in cash. What is the total cost of the credit (everything paid beyond the ${dol(l)} borrowed), ${CENT}?`,
      show: money,
      figures: { l, nm, pay, fee },
      key: frac(pay * nm + fee - l),
      wrong: [
        [frac(pay * nm - l), 'leaves out the arrangement fee'],
        [frac(pay * nm + fee), 'gives everything paid, not the cost beyond the loan'],
        [frac(pay * nm), 'gives the payments’ total, not the cost beyond the loan'],
        [frac(pay * nm - fee - l), 'takes the fee off instead of adding it'],
        [frac(fee), 'counts only the arrangement fee'],
        [frac((pay + fee) * nm - l), 'adds the fee to every monthly payment'],
      ],
    }
  }),
  worked('buy-now-pay-later-late-fees-with-a-cap', (rng) => {
    const p = rng.int(20, 90) * 10
    const fee = rng.pick([7, 8, 10])
    const k = rng.int(2, 4)
    const cap = rng.pick([2, 3, 4])
    const capped = mul(p, pc(cap))
    if (
      fee * k <= Number(capped.n) / Number(capped.d) ||
      fee >= Number(capped.n) / Number(capped.d)
    )
      rest()
    return {
      stem: `A freelancer buys a ${dol(p)} tablet on buy now, pay later: four equal instalments. Each missed instalment costs a ${dol(fee)} late fee, but total late fees on one purchase are capped at ${cap}% of the purchase price. She misses ${k} instalments and pays everything in the end. What does the tablet cost her in all, ${CENT}?`,
      show: money,
      figures: { p, fee, k, cap },
      key: add(p, capped),
      wrong: [
        [frac(p + fee * k), 'ignores the cap'],
        [frac(p + fee), 'counts one late fee'],
        [add(p, mul(p, pc(cap), frac(1, 4))), 'caps the fees at the percentage of one instalment'],
        [add(p, mul(capped, k)), 'applies the cap to each missed instalment'],
        [frac(p), 'leaves out the late fees'],
      ],
    }
  }),
  worked('cheaper-of-two-loans-with-fees', (rng) => {
    const l = rng.int(30, 150) * 100
    const y = rng.pick([2, 3, 4])
    const a = rng.int(50, 90)
    const b = a + rng.int(10, 30)
    const fa = rng.int(20, 60) * 10
    const ca = add(mul(l * y, tp(a)), fa)
    const cb = mul(l * y, tp(b))
    if (sub(cb, ca).n <= 0n) rest()
    return {
      stem: `Two lenders offer a freelancer ${dol(l)} for ${y} years, both charging simple interest on the full amount for the whole term. Lender A charges ${tpText(a)} a year plus a ${dol(fa)} fee; lender B charges ${tpText(b)} a year and no fee. What is the total cost (interest plus fees) of the cheaper loan over the ${y} years, ${CENT}?`,
      show: money,
      figures: { l, y, a, b, fa },
      key: ca,
      wrong: [
        [cb, 'picks the loan without a fee'],
        [mul(l * y, tp(a)), 'leaves out lender A’s fee'],
        [add(mul(l, tp(a)), fa), 'counts one year of interest'],
        [add(mul(l * y, tp(a)), fa * y), 'charges the fee every year'],
        [add(ca, l), 'gives the total repaid, not the cost'],
        [sub(mul(l * y, tp(a)), fa), 'takes the fee off the interest'],
      ],
    }
  }),
  worked('effective-yearly-rate-of-a-monthly-card-rate', (rng) => {
    const m = rng.pick([10, 12, 15, 18, 20, 25])
    const rate = frac(m, 1000)
    return {
      stem: `A store card charges ${tpText(m)} interest a month, added to the balance each month. If nothing is paid for a year, by what percentage does the balance grow in the year (compounded monthly), ${PCT2}?`,
      show: pct2,
      figures: { m },
      key: sub(power(add(1, rate), 12), 1),
      wrong: [
        [mul(rate, 12), 'multiplies the monthly rate by 12'],
        [rate, 'gives the monthly rate'],
        [power(add(1, rate), 12), 'gives the growth factor, not the growth'],
        [div(rate, 12), 'takes the monthly rate as yearly and divides it by 12'],
        [sub(power(add(1, rate), 13), 1), 'compounds thirteen times, counting both month-ends'],
      ],
    }
  }),
  worked('card-balance-after-a-month-of-interest-purchases-and-a-payment', (rng) => {
    const b = rng.int(10, 60) * 100
    const a = rng.int(180, 299)
    const buy = rng.int(5, 40) * 10
    const pay = rng.int(10, 60) * 10
    const i = mul(b, tp(a), frac(1, 12))
    const key = sub(add(b, i, buy), pay)
    return {
      stem: `A card balance is ${dol(b)} at the start of the month. The card adds a month’s interest on the opening balance at APR ÷ 12, with an APR of ${tpText(a)}. During the month the freelancer spends ${dol(buy)} and pays ${dol(pay)}. What is the balance at the month’s end, ${CENT}?`,
      show: money,
      figures: { b, a, buy, pay },
      key,
      wrong: [
        [
          sub(add(b, mul(b + buy, tp(a), frac(1, 12)), buy), pay),
          'charges interest on the new spending too',
        ],
        [frac(b + buy - pay), 'forgets the interest'],
        [sub(add(b, mul(b, tp(a)), buy), pay), 'adds a full year’s interest'],
        [
          sub(add(b, mul(b - pay, tp(a), frac(1, 12)), buy), pay),
          'charges interest after the payment',
        ],
      ],
    }
  }),
  worked('balance-transfer-saving-after-the-fee', (rng) => {
    const b = rng.int(20, 80) * 100
    const a = rng.int(180, 280)
    const m = rng.pick([6, 9, 12, 15, 18])
    const f = rng.pick([3, 4, 5])
    const saving = sub(mul(b, tp(a), frac(m, 12)), mul(b, pc(f)))
    if (saving.n <= 0n) rest()
    return {
      stem: `A freelancer owes ${dol(b)} on a card at an APR of ${tpText(a)}, charged as simple interest of APR ÷ 12 a month on the balance, which she keeps level. A new card offers 0% for ${m} months on a transfer, for a one-off fee of ${f}% of the amount moved. Over those ${m} months, how much does the transfer save her, ${CENT}?`,
      show: money,
      figures: { b, a, m, f },
      key: saving,
      wrong: [
        [mul(b, tp(a), frac(m, 12)), 'forgets the transfer fee'],
        [sub(mul(b, tp(a)), mul(b, pc(f))), 'counts a full year of interest'],
        [
          sub(mul(b, tp(a), frac(m, 12)), mul(b, pc(f), frac(m, 12))),
          'spreads the fee as a yearly rate',
        ],
        [sub(mul(b, tp(a), m), mul(b, pc(f))), 'takes the APR as a monthly rate'],
      ],
    }
  }),
  worked('rent-to-own-markup-over-the-cash-price', (rng) => {
    const c = rng.int(30, 120) * 10
    const w = rng.int(12, 40)
    const y = rng.pick([1, 2])
    if (w * 52 * y <= c * 1.3) rest()
    return {
      stem: `A rent-to-own shop offers a ${dol(c)} laptop for ${dol(w)} a week for ${y === 1 ? 'one year' : 'two years'} (52 weeks a year), after which it is the freelancer’s. By what percentage of the cash price does the rent-to-own total exceed it, ${PCT2}?`,
      show: pct2,
      figures: { c, w, y },
      key: frac(w * 52 * y - c, c),
      wrong: [
        [frac(w * 52 * y - c, w * 52 * y), 'divides by the rent-to-own total'],
        [frac(w * 52 * y, c), 'gives the total as a share of the cash price'],
        [frac(w * 48 * y - c, c), 'takes a year as 12 months of 4 weeks'],
        [frac(w * 52 * y - c, c * y), 'gives the markup per year'],
        [frac(w * 54 * y - c, c), 'takes a year as 12 months of 4.5 weeks'],
      ],
    }
  }),
  worked('monthly-payment-on-an-add-on-rate-car-loan', (rng) => {
    const p = rng.int(60, 250) * 100
    const d = rng.pick([10, 15, 20, 25])
    const rate = rng.int(4, 12)
    const y = rng.pick([2, 3, 4, 5])
    const loan = mul(p, pc(100 - d))
    const due = mul(loan, add(1, mul(pc(rate), y)))
    return {
      stem: `A freelancer buys a ${dol(p)} van with ${d}% down and borrows the rest on an add-on loan: interest is ${rate}% of the amount borrowed for each year of the ${y}-year term, added at the start, and the total is repaid in equal monthly payments. What is the monthly payment, ${CENT}?`,
      show: money,
      figures: { p, d, rate, y },
      key: div(due, 12 * y),
      wrong: [
        [div(mul(p, add(1, mul(pc(rate), y))), 12 * y), 'borrows the full price'],
        [div(loan, 12 * y), 'leaves out the interest'],
        [div(mul(loan, add(1, pc(rate))), 12 * y), 'adds one year’s interest'],
        [div(due, 12), 'spreads the total over twelve months'],
        [div(add(due, mul(p, pc(d))), 12 * y), 'adds the down payment to the monthly payments'],
        [div(mul(loan, pc(rate), y), 12 * y), 'spreads only the interest over the months'],
      ],
    }
  }),
  worked('overall-credit-utilisation-across-two-cards', (rng) => {
    const l1 = rng.int(10, 50) * 100
    const l2 = rng.int(10, 50) * 100
    const b1 = Math.round((l1 * rng.int(10, 90)) / 1000) * 10
    const b2 = Math.round((l2 * rng.int(10, 90)) / 1000) * 10
    return {
      stem: `A freelancer has two cards: card A owes ${dol(b1)} on a ${dol(l1)} limit, card B owes ${dol(b2)} on a ${dol(l2)} limit. Overall credit utilisation is total balances ÷ total limits. What is it, ${PCT2}?`,
      show: pct2,
      figures: { l1, l2, b1, b2 },
      key: frac(b1 + b2, l1 + l2),
      wrong: [
        [add(frac(b1, 2 * l1), frac(b2, 2 * l2)), 'averages the two cards’ rates'],
        [frac(b1 + b2, Math.max(l1, l2)), 'divides by the larger limit only'],
        [frac(b1 + b2, l1 + l2 + b1 + b2), 'adds the balances to the limits'],
        [frac(b1 + b2, Math.min(l1, l2)), 'divides by the smaller limit only'],
      ],
    }
  }),
  worked('payday-loan-fees-after-rollovers', (rng) => {
    const l = rng.int(2, 8) * 100
    const per = rng.pick([10, 15, 20])
    const k = rng.int(2, 5)
    const fee = frac((l * per) / 100)
    return {
      stem: `A freelancer takes a two-week payday loan of ${dol(l)} at a fee of ${dol(per)} per $100 borrowed. She cannot repay on time and rolls it over ${k} times; each rollover charges the same fee again on the ${dol(l)} and the loan is then repaid. How much does she pay in fees altogether, ${CENT}?`,
      show: money,
      figures: { l, per, k },
      key: mul(fee, k + 1),
      wrong: [
        [mul(fee, k), 'counts only the rollover fees'],
        [add(mul(fee, k + 1), l), 'gives everything repaid, not the fees'],
        [mul(l, sub(power(frac(100 + per, 100), k + 1), 1)), 'charges each fee on the fees before'],
        [fee, 'counts one fee'],
        [frac(per * (k + 1)), 'charges the fee per $100 once, not on each $100 borrowed'],
        [add(mul(fee, k), l), 'gives the loan plus only the rollover fees'],
      ],
    }
  }),
  worked('deferred-interest-charged-when-a-promo-ends-unpaid', (rng) => {
    const p = rng.int(8, 40) * 100
    const m = rng.pick([6, 12, 18])
    const a = rng.int(220, 299)
    const left = rng.int(1, 8) * 50
    if (left >= p) rest()
    return {
      stem: `A ${dol(p)} computer was bought on “no interest if paid in full in ${m} months”. At the end of month ${m}, ${dol(left)} is still owed, so the terms charge all the deferred interest: simple interest at an APR of ${tpText(a)} on the full purchase price for the ${m} months. How much interest is charged, ${CENT}?`,
      show: money,
      figures: { p, m, a, left },
      key: mul(p, tp(a), frac(m, 12)),
      wrong: [
        [mul(left, tp(a), frac(m, 12)), 'charges interest only on what is left'],
        [mul(p, tp(a)), 'charges a full year'],
        [mul(p, tp(a), frac(1, 12)), 'charges one month'],
        [mul(left, tp(a), frac(1, 12)), 'charges one month on what is left'],
        [
          mul(p, sub(power(add(1, mul(tp(a), frac(1, 12))), m), 1)),
          'compounds the interest monthly',
        ],
        [mul(left, tp(a)), 'charges a full year on what is left'],
        [mul(p, tp(a), m), 'takes the APR as a monthly rate'],
      ],
    }
  }),
  worked('apr-of-a-one-year-loan-with-a-fee-and-stated-interest', (rng) => {
    const l = rng.int(10, 60) * 100
    const rate = rng.int(5, 14)
    const fee = rng.int(5, 30) * 10
    return {
      stem: `A lender offers ${dol(l)} for one year at ${rate}% simple interest, repaid in one sum at the end, plus a ${dol(fee)} fee the freelancer pays from her own pocket at the start. Taking the cost of the loan as interest plus fee over the amount borrowed for the year, what is its cost as a yearly rate, ${PCT2}?`,
      show: pct2,
      figures: { l, rate, fee },
      key: div(add(mul(l, pc(rate)), fee), l),
      wrong: [
        [pc(rate), 'gives the stated interest rate'],
        [frac(fee, l), 'counts only the fee'],
        [div(add(mul(l, pc(rate)), fee), l - fee), 'takes the fee off the amount borrowed'],
        [div(add(mul(l, pc(rate)), fee), l + fee), 'adds the fee to the amount borrowed'],
        [div(add(mul(l + fee, pc(rate)), fee), l), 'charges interest on the fee too'],
        [div(add(mul(l, pc(rate)), fee), 12 * l), 'gives a monthly rate'],
      ],
    }
  }),
  worked('balance-drop-from-a-card-payment-after-interest', (rng) => {
    const b = rng.int(20, 80) * 100
    const a = rng.int(180, 299)
    const i = mul(b, tp(a), frac(1, 12))
    const pay = Math.ceil((num(i) * rng.int(25, 60)) / 100) * 10
    const drop = sub(pay, i)
    return {
      stem: `A card balance is ${dol(b)} at an APR of ${tpText(a)}; each month the card charges interest of balance × APR ÷ 12, and a payment first covers that interest. The freelancer pays ${dol(pay)} this month and spends nothing. By how much does the balance fall, ${CENT}?`,
      show: money,
      figures: { b, a, pay },
      key: drop,
      wrong: [
        [frac(pay), 'counts the whole payment against the balance'],
        [i, 'gives the interest part of the payment'],
        [sub(pay, mul(b, tp(a), frac(1, 365))), 'charges a day’s interest, not a month’s'],
        [sub(pay, mul(b, tp(a), frac(30, 365))), 'charges 30 days at APR ÷ 365 instead'],
        [
          sub(pay, mul(b + pay, tp(a), frac(1, 12))),
          'charges interest on the balance plus the payment',
        ],
      ],
    }
  }),
]
