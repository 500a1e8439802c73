import {
  add,
  bp,
  CENT,
  client,
  div,
  type Fraction,
  frac,
  grow,
  mul,
  num,
  PCT1,
  payment,
  pct,
  rb,
  refuse,
  sub,
  usd,
  usd0,
  worked,
} from './pfp-text.js'

// Debt and borrowing. Stems state the day count, the compounding, the minimum-payment rule and
// the payoff method, because the slips are the closing balance used for the average daily one, a
// 360-day year, the APR read as the APY, the yearly rate used as the monthly one, interest-only
// or no-interest payments, and the snowball's smallest balance taken for the avalanche's highest
// rate.

const m2 = usd(2)
const m0 = usd(0)
/** A money figure rounded half up to the cent, as a payment is before it is charged. */
const toCent = (x: Fraction): Fraction => frac((200n * x.n + x.d) / (2n * x.d), 100)

/** Five debts with distinct balances, rates and minimum payments, for the payoff-order items. */
function debts(rng: Parameters<typeof client>[0]) {
  const names = rng.shuffle([
    'store card',
    'car loan',
    'student loan',
    'personal loan',
    'credit card',
    'medical bill',
  ])
  const bal = new Set<number>()
  while (bal.size < 5) bal.add(rng.int(6, 180) * 100)
  const apr = new Set<number>()
  while (apr.size < 5) apr.add(rng.int(30, 299) * 10)
  const mins = new Set<number>()
  while (mins.size < 5) mins.add(rng.int(5, 80) * 5)
  const b = [...bal]
  const a = [...apr]
  const mn = [...mins]
  return b.map((x, i) => ({ name: names[i]!, bal: x, apr: a[i]!, min: mn[i]! }))
}
type Debt = ReturnType<typeof debts>[number]
const figuresOfDebts = (ds: readonly Debt[]): Record<string, number> =>
  Object.fromEntries(
    ds.flatMap((d, i) => [
      [`b${i}`, d.bal],
      [`a${i}`, d.apr],
      [`m${i}`, d.min],
    ]),
  )
const list = (ds: readonly Debt[]): string =>
  ds.map((d) => `${d.name} ${usd0(d.bal)} at ${bp(d.apr)} APR (minimum ${usd0(d.min)})`).join('; ')
const by = (ds: readonly Debt[], f: (d: Debt) => number): Debt =>
  ds.reduce((best, d) => (f(d) > f(best) ? d : best))

export const DEBT_FAMILIES = [
  worked('card-interest-on-the-average-daily-balance', (rng) => {
    const a = rng.int(150, 299) * 10
    const b = rng.int(5, 60) * 100 + rng.int(0, 99)
    const p = rng.int(2, 20) * 100
    const d = rng.pick([30, 31])
    const d1 = rng.int(8, d - 8)
    const d2 = d - d1
    const adb = frac(b * d1 + (b + p) * d2, d)
    const daily = div(rb(a), 365)
    return {
      stem: `${client(rng)}’s card charges ${bp(a)} APR, with interest = average daily balance × APR ÷ 365 × days in the cycle. In a ${d}-day cycle the balance was ${usd0(b)} for ${d1} days and then, after a ${usd0(p)} purchase, ${usd0(b + p)} for ${d2} days. What interest is charged, ${CENT}?`,
      show: m2,
      figures: { a, b, p, d, d1 },
      key: mul(adb, daily, d),
      wrong: [
        [mul(b + p, daily, d), 'uses the closing balance'],
        [mul(b, daily, d), 'uses the opening balance'],
        [mul(adb, div(rb(a), 360), d), 'uses a 360-day year'],
        [mul(b + p, div(rb(a), 12)), 'charges a twelfth of the APR on the closing balance'],
        [mul(b, div(rb(a), 12)), 'charges a twelfth of the APR on the opening balance'],
        [mul(b + p, daily, d2), 'charges only the days after the purchase, at the closing balance'],
      ],
    }
  }),
  worked('card-minimum-payment', (rng) => {
    const a = rng.int(150, 299) * 10
    const b = rng.int(30, 150) * 100
    const i = mul(b, div(rb(a), 12))
    return {
      stem: `A card’s minimum payment is the greater of $25 and 1% of the statement balance plus that month’s interest, with interest = balance × APR ÷ 12. What is the minimum on a ${usd0(b)} statement balance at ${bp(a)} APR, ${CENT}?`,
      show: m2,
      figures: { a, b },
      key: add(frac(b, 100), i),
      wrong: [
        [frac(b, 100), 'leaves the month’s interest out'],
        [i, 'gives only the interest'],
        [add(frac(b, 100), div(mul(b, rb(a)), 365)), 'adds one day’s interest'],
        [add(frac(b, 100), i, 25), 'adds the $25 floor as well'],
        [add(frac(b, 100), mul(b, rb(a))), 'adds a year’s interest'],
        [add(frac(b, 50), i), 'takes 2% of the balance'],
      ],
    }
  }),
  worked('level-monthly-loan-payment', (rng) => {
    const p = rng.int(8, 60) * 1000
    const a = rng.int(300, 1200)
    const y = rng.int(3, 7)
    const nn = 12 * y
    const r = div(rb(a), 12)
    return {
      stem: `${client(rng)} borrows ${usd0(p)} at ${bp(a)} APR, repaid in ${nn} equal monthly payments, with a monthly rate of APR ÷ 12 and payment = P × r ÷ (1 − (1 + r)^−n). What is the payment, ${CENT}?`,
      show: m2,
      figures: { p, a, nn },
      key: mul(p, payment(r, nn)),
      wrong: [
        [div(mul(p, add(1, mul(rb(a), y))), nn), 'adds simple interest for the whole term'],
        [div(mul(p, payment(rb(a), y)), 12), 'works a yearly payment and divides by 12'],
        [frac(p, nn), 'leaves interest out'],
        [mul(p, r), 'gives the interest-only payment'],
        [mul(p, payment(div(rb(a), 365), nn)), 'divides the APR by 365'],
        [mul(p, payment(rb(a), nn)), 'uses the APR as the monthly rate'],
      ],
    }
  }),
  worked('total-interest-over-a-loan', (rng) => {
    const p = rng.int(8, 40) * 1000
    const a = rng.int(300, 1200)
    const y = rng.int(2, 6)
    const nn = 12 * y
    const r = div(rb(a), 12)
    const pm = toCent(mul(p, payment(r, nn)))
    return {
      stem: `A ${usd0(p)} loan at ${bp(a)} APR is repaid in ${nn} equal monthly payments (monthly rate APR ÷ 12; payment = P × r ÷ (1 − (1 + r)^−n), rounded to the cent). Total interest = payment × ${nn} − principal. What is it, ${CENT}?`,
      show: m2,
      figures: { p, a, nn },
      key: sub(mul(pm, nn), p),
      wrong: [
        [mul(p, rb(a), y), 'charges the APR on the full principal every year'],
        [mul(pm, nn), 'gives the total of the payments'],
        [div(mul(p, rb(a), y), 2), 'charges the APR on half the principal'],
        [mul(p, rb(a)), 'gives one year’s interest on the principal'],
        [mul(p, r), 'gives one month’s interest'],
        [add(mul(p, rb(a), y), frac(p, 1)), 'gives the principal plus simple interest'],
      ],
    }
  }),
  worked('apy-from-an-apr', (rng) => {
    const a = rng.int(200, 2400)
    const k = 12
    const key = sub(grow(div(rb(a), k), k), 1)
    return {
      stem: `A lender quotes ${bp(a)} APR compounded monthly. What is the annual percentage yield, APY = (1 + APR ÷ 12)^12 − 1, as a percentage to two decimal places (a half rounded up)?`,
      show: pct(2),
      figures: { a },
      key,
      wrong: [
        [rb(a), 'gives the APR as the APY'],
        [sub(grow(div(rb(a), 4), 4), 1), 'compounds quarterly'],
        [sub(grow(div(rb(a), 2), 2), 1), 'compounds twice a year'],
        [sub(grow(div(rb(a), 365), 365), 1), 'compounds daily'],
        [add(rb(a), mul(rb(a), rb(a))), 'adds a full year’s interest on the interest'],
        [add(rb(a), div(rb(a), 12)), 'adds one month’s rate to the APR'],
      ],
    }
  }),
  worked('balance-transfer-saving', (rng) => {
    const b = rng.int(20, 120) * 100
    const a = rng.int(180, 299) * 10
    const f = rng.int(3, 5)
    const m = rng.pick([6, 9, 15, 18, 21])
    const interest = mul(b, rb(a), frac(m, 12))
    const fee = mul(b, frac(f, 100))
    if (num(interest) <= num(fee) + 20) return refuse('no saving from the transfer')
    return {
      stem: `${client(rng)} owes ${usd0(b)} on a card at ${bp(a)} APR and could move it to a card at 0% for ${m} months with a ${f}% transfer fee. Counting simple interest on the full balance (balance × APR × months ÷ 12) and no payments, how much does the transfer save over the ${m} months, ${CENT}?`,
      show: m2,
      figures: { b, a, f, m },
      key: sub(interest, fee),
      wrong: [
        [interest, 'ignores the transfer fee'],
        [sub(mul(b, rb(a)), fee), 'counts a full year of interest'],
        [fee, 'gives the fee'],
        [add(interest, fee), 'adds the fee to the saving'],
        [
          mul(sub(rb(a), frac(f, 100)), b, frac(m, 12)),
          'spreads the fee over the months like a rate',
        ],
        [div(interest, m), 'gives one month’s interest'],
        [sub(mul(b, sub(grow(div(rb(a), 12), m), 1)), fee), 'compounds the card interest monthly'],
      ],
    }
  }),
  worked('avalanche-payment-to-the-first-target', (rng) => {
    const ds = debts(rng)
    const e = rng.int(4, 20) * 25
    const to = (d: Debt) => frac(d.min + e)
    return {
      stem: `${client(rng)} has five debts: ${list(ds)}, and ${usd0(e)} a month to pay on top of the minimums. Using the debt avalanche (minimums on all, every extra dollar to the debt with the highest APR), how much is paid each month to the debt targeted first?`,
      show: m0,
      figures: { e, ...figuresOfDebts(ds) },
      key: to(by(ds, (d) => d.apr)),
      wrong: [
        [to(by(ds, (d) => -d.bal)), 'targets the smallest balance, the snowball'],
        [to(by(ds, (d) => d.bal)), 'targets the largest balance'],
        [to(by(ds, (d) => d.min)), 'targets the largest minimum payment'],
        [to(by(ds, (d) => -d.apr)), 'targets the lowest APR'],
        [to(by(ds, (d) => -d.min)), 'targets the smallest minimum payment'],
        [frac(e), 'pays the extra alone, skipping that debt’s minimum'],
        [frac(by(ds, (d) => d.apr).min), 'pays that debt only its minimum'],
      ],
    }
  }),
  worked('snowball-payment-to-the-first-target', (rng) => {
    const ds = debts(rng)
    const e = rng.int(4, 20) * 25
    const to = (d: Debt) => frac(d.min + e)
    return {
      stem: `${client(rng)} has five debts: ${list(ds)}, and ${usd0(e)} a month to pay on top of the minimums. Using the debt snowball (minimums on all, every extra dollar to the smallest balance), how much is paid each month to the debt targeted first?`,
      show: m0,
      figures: { e, ...figuresOfDebts(ds) },
      key: to(by(ds, (d) => -d.bal)),
      wrong: [
        [to(by(ds, (d) => d.apr)), 'targets the highest APR, the avalanche'],
        [to(by(ds, (d) => d.bal)), 'targets the largest balance'],
        [to(by(ds, (d) => d.min)), 'targets the largest minimum payment'],
        [to(by(ds, (d) => -d.min)), 'targets the smallest minimum payment'],
        [to(by(ds, (d) => -d.apr)), 'targets the lowest APR'],
        [frac(e), 'pays the extra alone, skipping that debt’s minimum'],
        [frac(by(ds, (d) => -d.bal).min), 'pays that debt only its minimum'],
      ],
    }
  }),
  worked('months-to-clear-a-zero-percent-balance', (rng) => {
    const b = rng.int(15, 90) * 100 + rng.int(1, 99)
    const m = rng.int(80, 400)
    const e = rng.int(2, 10) * 25
    if (m - e < 40) return refuse('the extra is most of the minimum')
    return {
      stem: `${client(rng)} owes ${usd0(b)} on a 0% promotional balance, pays the ${usd0(m)} minimum plus an extra ${usd0(e)} every month, and charges nothing new. How many monthly payments clear it (the last may be smaller)?`,
      show: (x) => `${x.n / x.d} payments`,
      figures: { b, m, e },
      key: frac(Math.ceil(b / (m + e))),
      wrong: [
        [frac(Math.floor(b / (m + e))), 'rounds down, leaving a balance unpaid'],
        [frac(Math.ceil(b / m)), 'leaves the extra payment out'],
        [frac(Math.ceil(b / e)), 'counts only the extra payment'],
        [frac(Math.ceil(b / (m + 2 * e))), 'counts the extra payment twice'],
        [frac(Math.ceil(b / (2 * (m + e)))), 'counts two payments a month'],
        [frac(Math.ceil(b / (m - e))), 'takes the extra off the minimum'],
      ],
    }
  }),
  worked('refinance-monthly-saving', (rng) => {
    const b = rng.int(20, 90) * 1000
    const a1 = rng.int(700, 1400)
    const a2 = a1 - rng.int(150, 500)
    const nn = rng.int(3, 6) * 12
    const f = rng.int(5, 20) * 100
    const p1 = mul(b, payment(div(rb(a1), 12), nn))
    const p2 = mul(b + f, payment(div(rb(a2), 12), nn))
    if (num(p1) - num(p2) < 10) return refuse('no saving')
    return {
      stem: `${client(rng)} has ${usd0(b)} left on a loan at ${bp(a1)} APR with ${nn} monthly payments to go. A new ${nn}-month loan at ${bp(a2)} APR would roll ${usd0(f)} of fees into its balance. Payments are level (monthly rate APR ÷ 12; payment = P × r ÷ (1 − (1 + r)^−n)). By how much would the monthly payment fall, ${CENT}?`,
      show: m2,
      figures: { b, a1, a2, nn, f },
      key: sub(p1, p2),
      wrong: [
        [sub(p1, mul(b, payment(div(rb(a2), 12), nn))), 'leaves the rolled-in fees out'],
        [mul(b, div(rb(a1 - a2), 12)), 'takes the rate cut on the balance for a month'],
        [sub(sub(p1, p2), frac(f, nn)), 'charges the fees again, spread over the term'],
        [
          sub(p1, mul(b + f, payment(div(rb(a2), 12), nn + 12))),
          'stretches the new loan a year longer',
        ],
        [
          sub(mul(b, payment(div(rb(a1), 12), nn - 12)), p2),
          'counts a year fewer left on the old loan',
        ],
      ],
    }
  }),
  worked('refinance-break-even-months', (rng) => {
    const s = rng.int(40, 300)
    const c = rng.int(15, 80) * 100
    const o = rng.int(8, 30) * 100 + rng.int(0, 99)
    const key = Math.ceil(c / s)
    if (c % s === 0) return refuse('savings cover the costs exactly')
    return {
      stem: `Refinancing costs ${client(rng)} ${usd0(c)} in closing costs paid in cash and cuts the monthly payment from ${usd0(o)} to ${usd0(o - s)}. After how many whole months do the savings first cover the costs?`,
      show: (x) => `${x.n / x.d} months`,
      figures: { s, c, o },
      key: frac(key),
      wrong: [
        [frac(Math.floor(c / s)), 'rounds down, a month short of the costs'],
        [frac(Math.ceil(c / (o - s))), 'divides the costs by the new payment, not the saving'],
        [frac(Math.ceil(c / o)), 'divides the costs by the old payment, not the saving'],
        [frac(Math.ceil(c / (12 * s))), 'gives the whole years, not the months'],
        [frac(Math.ceil(c / (12 * s)) * 12), 'rounds up to whole years of saving'],
        [frac(Math.ceil((2 * c) / s)), 'counts the closing costs twice'],
      ],
    }
  }),
  worked('interest-in-the-first-payment', (rng) => {
    const p = rng.int(100, 500) * 1000
    const a = rng.int(300, 800)
    const r = div(rb(a), 12)
    return {
      stem: `${client(rng)} takes a ${usd0(p)} 30-year mortgage at ${bp(a)} APR with 360 level monthly payments (monthly rate APR ÷ 12). How much of the first payment is interest, ${CENT}?`,
      show: m2,
      figures: { p, a },
      key: mul(p, r),
      wrong: [
        [mul(p, rb(a)), 'charges a year’s interest'],
        [div(mul(p, rb(a)), 365), 'charges a day’s interest'],
        [mul(p, payment(r, 360)), 'gives the whole payment'],
        [sub(mul(p, payment(r, 360)), mul(p, r)), 'gives the principal part'],
        [frac(p, 360), 'gives principal ÷ 360'],
        [div(mul(p, rb(a)), 30), 'divides the year’s interest by 30 years'],
      ],
    }
  }),
  worked('balance-after-the-first-payment', (rng) => {
    const p = rng.int(10, 60) * 1000
    const a = rng.int(400, 1200)
    const nn = rng.int(3, 6) * 12
    const r = div(rb(a), 12)
    const pm = toCent(mul(p, payment(r, nn)))
    const i = toCent(mul(p, r))
    return {
      stem: `A ${usd0(p)} loan at ${bp(a)} APR is repaid in ${nn} level monthly payments of ${usd(2)(pm)} (monthly rate APR ÷ 12, interest rounded to the cent). What is the balance after the first payment, ${CENT}?`,
      show: m2,
      figures: { p, a, nn },
      key: add(sub(p, pm), i),
      wrong: [
        [sub(p, pm), 'takes the whole payment off the principal'],
        [sub(p, frac(p, nn)), 'takes an equal share of principal off'],
        [add(sub(p, pm), mul(p, rb(a))), 'adds a year’s interest'],
        [sub(p, i), 'takes the interest off instead of adding it'],
        [add(p, i), 'adds the interest and forgets the payment'],
        [add(sub(p, pm), mul(p, r, 2)), 'charges two months’ interest'],
      ],
    }
  }),
  worked('cost-of-paying-only-the-interest', (rng) => {
    const b = rng.int(20, 100) * 100
    const a = rng.int(150, 299) * 10
    const y = rng.int(2, 5)
    return {
      stem: `${client(rng)} pays only the interest each month on a ${usd0(b)} card balance at ${bp(a)} APR (monthly interest = balance × APR ÷ 12) and charges nothing new. How much interest is paid over ${y} years, to the nearest dollar?`,
      show: m0,
      figures: { b, a, y },
      key: mul(b, rb(a), y),
      wrong: [
        [mul(b, rb(a)), 'gives one year'],
        [mul(b, div(rb(a), 12), y), 'takes the monthly interest once a year'],
        [
          mul(b, sub(grow(div(rb(a), 12), 12 * y), 1)),
          'compounds interest that is paid each month',
        ],
        [add(b, mul(b, rb(a), y)), 'adds the balance'],
        [div(mul(b, rb(a), y), 2), 'charges interest on half the balance'],
        [mul(b, rb(a), y + 1), 'counts one year too many'],
      ],
    }
  }),
  worked('daily-periodic-rate-from-apr', (rng) => {
    const a = rng.int(150, 299) * 10
    const b = rng.int(10, 80) * 100
    const d = rng.int(5, 25)
    return {
      stem: `A card’s daily periodic rate is APR ÷ 365. At ${bp(a)} APR, what interest accrues on a steady ${usd0(b)} balance over ${d} days (simple interest, no compounding), ${CENT}?`,
      show: m2,
      figures: { a, b, d },
      key: div(mul(b, rb(a), d), 365),
      wrong: [
        [div(mul(b, rb(a), d), 360), 'uses a 360-day year'],
        [div(mul(b, rb(a), d), 12), 'uses the monthly rate for each day'],
        [div(mul(b, rb(a)), 12), 'charges one month'],
        [div(mul(b, rb(a)), 365), 'charges one day'],
        [div(mul(b, rb(a), d), 52), 'uses the weekly rate for each day'],
        [div(mul(b, rb(a), d - 1), 365), 'counts the days one short'],
      ],
    }
  }),
  worked('credit-utilisation-ratio', (rng) => {
    const l = [rng.int(20, 100) * 100, rng.int(20, 100) * 100, rng.int(20, 100) * 100]
    const u = l.map((x) => Math.round((x * rng.int(5, 70)) / 100))
    const big = l.indexOf(Math.max(...l))
    const ratios = u.map((x, i) => frac(x, l[i]!))
    return {
      stem: `${client(rng)}’s three cards have limits of ${l.map(usd0).join(', ')} and balances of ${u.map(usd0).join(', ')} in that order. Overall utilisation is total balances ÷ total limits. What is it, ${PCT1}?`,
      show: pct(1),
      figures: { l0: l[0]!, l1: l[1]!, l2: l[2]!, u0: u[0]!, u1: u[1]!, u2: u[2]! },
      key: frac(u[0]! + u[1]! + u[2]!, l[0]! + l[1]! + l[2]!),
      wrong: [
        [
          div(add(frac(u[0]!, l[0]!), frac(u[1]!, l[1]!), frac(u[2]!, l[2]!)), 3),
          'averages the three cards’ ratios',
        ],
        [
          ratios.reduce((a, b) => (num(b) > num(a) ? b : a)),
          'gives the highest single card’s ratio',
        ],
        [
          ratios.reduce((a, b) => (num(b) < num(a) ? b : a)),
          'gives the lowest single card’s ratio',
        ],
        [frac(u[0]! + u[1]! + u[2]!, l[big]!), 'divides by the largest limit only'],
        [
          frac(u[0]! + u[1]! + u[2]!, l[0]! + l[1]! + l[2]! + u[0]! + u[1]! + u[2]!),
          'adds the balances to the limits',
        ],
      ],
    }
  }),
]
