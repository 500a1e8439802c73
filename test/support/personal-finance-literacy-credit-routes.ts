import { figuresOf } from './drawn-figures.js'
import {
  add,
  at2,
  D,
  div,
  hi,
  lo,
  mul,
  ONE,
  P,
  pct2,
  pw,
  type R,
  type Route,
  r,
  sub,
} from './personal-finance-literacy-second-working.js'

/** An APR drawn in tenths of a percent. */
const apr = (t: number): R => r(t, 1000)

/** Borrowing and credit worked again from each draw's balances, rates, fees and terms. */
export const CREDIT_ROUTES: Readonly<Record<string, Route>> = {
  'card-interest-on-the-average-daily-balance': (f) => {
    const [b1, pay, d1, a] = figuresOf(f, 'b1', 'pay', 'd1', 'a')
    const dayRate = div(apr(a), r(365))
    const daySum = r(b1 * d1 + (b1 - pay) * (30 - d1))
    return at2(
      mul(daySum, dayRate),
      mul(r(30 * b1), dayRate),
      mul(r(30 * (b1 - pay)), dayRate),
      mul(daySum, apr(a), r(1, 360)),
      mul(r(b1 * d1), dayRate),
    )
  },
  'card-minimum-payment-by-the-stated-rule': (f) => {
    const [b, p, a, floor] = figuresOf(f, 'b', 'p', 'a', 'floor')
    const month = mul(r(b), apr(a), r(1, 12))
    const share = mul(r(b), P(p))
    return at2(
      hi(add(share, month), r(floor)),
      share,
      month,
      add(share, mul(r(b), apr(a))),
      mul(add(r(b), month), P(p)),
      r(floor),
      add(mul(add(r(b), month), P(p)), month),
    )
  },
  'simple-apr-of-a-payday-loan-fee': (f) => {
    const [l, per, d] = figuresOf(f, 'l', 'per', 'd')
    const fee = r(l * per, 100)
    const period = div(fee, r(l))
    return pct2(
      mul(period, r(365, d)),
      period,
      mul(period, r(12)),
      mul(div(fee, add(r(l), fee)), r(365, d)),
      mul(period, r(360, d)),
    )
  },
  'total-cost-of-credit-of-an-instalment-loan': (f) => {
    const [l, nm, pay, fee] = figuresOf(f, 'l', 'nm', 'pay', 'fee')
    return at2(
      r(nm * pay + fee - l),
      r(nm * pay - l),
      r(nm * pay + fee),
      r(nm * pay),
      r(nm * pay - fee - l),
      r(fee),
      r((pay + fee) * nm - l),
    )
  },
  'buy-now-pay-later-late-fees-with-a-cap': (f) => {
    const [p, fee, k, cap] = figuresOf(f, 'p', 'fee', 'k', 'cap')
    const limit = r(p * cap, 100)
    return at2(
      add(D(p), lo(limit, r(k * fee))),
      r(p + k * fee),
      r(p + fee),
      add(D(p), r(p * cap, 400)),
      add(D(p), mul(limit, r(k))),
      r(p),
    )
  },
  'cheaper-of-two-loans-with-fees': (f) => {
    const [l, y, a, b, fa] = figuresOf(f, 'l', 'y', 'a', 'b', 'fa')
    const costA = add(mul(r(l * y), apr(a)), r(fa))
    const costB = mul(r(l * y), apr(b))
    return at2(
      lo(costA, costB),
      hi(costA, costB),
      mul(r(l * y), apr(a)),
      add(mul(r(l), apr(a)), r(fa)),
      add(mul(r(l * y), apr(a)), r(fa * y)),
      add(costA, r(l)),
      sub(mul(r(l * y), apr(a)), r(fa)),
    )
  },
  'effective-yearly-rate-of-a-monthly-card-rate': (f) => {
    const [m] = figuresOf(f, 'm')
    const step = add(ONE, r(m, 1000))
    return pct2(
      sub(pw(step, 12), ONE),
      r(12 * m, 1000),
      r(m, 1000),
      pw(step, 12),
      r(m, 12000),
      sub(pw(step, 13), ONE),
    )
  },
  'card-balance-after-a-month-of-interest-purchases-and-a-payment': (f) => {
    const [b, a, buy, pay] = figuresOf(f, 'b', 'a', 'buy', 'pay')
    const monthly = div(apr(a), r(12))
    const end = (interest: R) => add(r(b + buy - pay), interest)
    return at2(
      end(mul(r(b), monthly)),
      end(mul(r(b + buy), monthly)),
      r(b + buy - pay),
      end(mul(r(b), apr(a))),
      end(mul(r(b - pay), monthly)),
    )
  },
  'balance-transfer-saving-after-the-fee': (f) => {
    const [b, a, m, fee] = figuresOf(f, 'b', 'a', 'm', 'f')
    const interest = mul(r(b), apr(a), r(m, 12))
    const charge = mul(r(b), P(fee))
    return at2(
      sub(interest, charge),
      interest,
      sub(mul(r(b), apr(a)), charge),
      sub(interest, mul(charge, r(m, 12))),
      sub(mul(r(b), apr(a), r(m)), charge),
    )
  },
  'rent-to-own-markup-over-the-cash-price': (f) => {
    const [c, w, y] = figuresOf(f, 'c', 'w', 'y')
    const total = 52 * w * y
    return pct2(
      r(total - c, c),
      r(total - c, total),
      r(total, c),
      r(48 * w * y - c, c),
      r(total - c, c * y),
      r(54 * w * y - c, c),
    )
  },
  'monthly-payment-on-an-add-on-rate-car-loan': (f) => {
    const [p, d, rate, y] = figuresOf(f, 'p', 'd', 'rate', 'y')
    const borrowed = r(p * (100 - d), 100)
    const grossUp = r(100 + rate * y, 100)
    return at2(
      div(mul(borrowed, grossUp), r(12 * y)),
      div(mul(r(p), grossUp), r(12 * y)),
      div(borrowed, r(12 * y)),
      div(mul(borrowed, r(100 + rate, 100)), r(12 * y)),
      div(mul(borrowed, grossUp), r(12)),
      div(add(mul(borrowed, grossUp), r(p * d, 100)), r(12 * y)),
      div(mul(borrowed, r(rate * y, 100)), r(12 * y)),
    )
  },
  'overall-credit-utilisation-across-two-cards': (f) => {
    const [l1, l2, b1, b2] = figuresOf(f, 'l1', 'l2', 'b1', 'b2')
    return pct2(
      r(b1 + b2, l1 + l2),
      mul(add(r(b1, l1), r(b2, l2)), r(1, 2)),
      r(b1 + b2, Math.max(l1, l2)),
      r(b1 + b2, l1 + l2 + b1 + b2),
      r(b1 + b2, Math.min(l1, l2)),
    )
  },
  'payday-loan-fees-after-rollovers': (f) => {
    const [l, per, k] = figuresOf(f, 'l', 'per', 'k')
    const one = r(l * per, 100)
    return at2(
      mul(one, r(k + 1)),
      mul(one, r(k)),
      add(mul(one, r(k + 1)), r(l)),
      mul(r(l), sub(pw(r(100 + per, 100), k + 1), ONE)),
      one,
      r(per * (k + 1)),
      add(mul(one, r(k)), r(l)),
    )
  },
  'deferred-interest-charged-when-a-promo-ends-unpaid': (f) => {
    const [p, m, a, left] = figuresOf(f, 'p', 'm', 'a', 'left')
    return at2(
      mul(r(p * m, 12), apr(a)),
      mul(r(left * m, 12), apr(a)),
      mul(r(p), apr(a)),
      mul(r(p, 12), apr(a)),
      mul(r(left, 12), apr(a)),
      mul(r(p), sub(pw(add(ONE, mul(apr(a), r(1, 12))), m), ONE)),
      mul(r(left), apr(a)),
      mul(r(p * m), apr(a)),
    )
  },
  'apr-of-a-one-year-loan-with-a-fee-and-stated-interest': (f) => {
    const [l, rate, fee] = figuresOf(f, 'l', 'rate', 'fee')
    const cost = add(mul(r(l), P(rate)), r(fee))
    return pct2(
      div(cost, r(l)),
      P(rate),
      r(fee, l),
      div(cost, r(l - fee)),
      div(cost, r(l + fee)),
      div(add(mul(r(l + fee), P(rate)), r(fee)), r(l)),
      div(cost, r(12 * l)),
    )
  },
  'balance-drop-from-a-card-payment-after-interest': (f) => {
    const [b, a, pay] = figuresOf(f, 'b', 'a', 'pay')
    const month = mul(r(b), apr(a), r(1, 12))
    return at2(
      sub(r(pay), month),
      r(pay),
      month,
      sub(r(pay), mul(r(b), apr(a), r(1, 365))),
      sub(r(pay), mul(r(b), apr(a), r(30, 365))),
      sub(r(pay), mul(r(b + pay), apr(a), r(1, 12))),
    )
  },
}
