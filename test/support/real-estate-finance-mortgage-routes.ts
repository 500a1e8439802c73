import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at1,
  at2,
  div,
  larger,
  loanFor,
  M,
  mul,
  ONE,
  pay,
  pct2,
  pw,
  type Route,
  r,
  smaller,
  sub,
  T,
} from './real-estate-finance-second-working.js'

/** Loans worked again from each draw's amounts, rates and terms. */
export const MORTGAGE_ROUTES: Readonly<Record<string, Route>> = {
  'monthly-payment-on-a-fixed-rate-mortgage': (f) => {
    const [p, t, y] = figuresOf(f, 'p', 't', 'y')
    return at2(
      pay(r(p), M(t), 12 * y),
      div(pay(r(p), T(t), y), r(12)),
      r(p * 1000 + p * t * y, 12 * y * 1000),
      r(p * t, 12000),
      r(p, 12 * y),
      r(p * 1000 + p * t * y, 12000 * y),
      div(pay(r(p), M(t), 12 * y), r(12000 + t, 12000)),
    )
  },
  'balance-outstanding-after-some-years': (f) => {
    const [p, t, y, k] = figuresOf(f, 'p', 't', 'y', 'k')
    const pm = pay(r(p), M(t), 12 * y)
    return at0(
      loanFor(pm, M(t), 12 * (y - k)),
      r(p * (y - k), y),
      sub(r(p), mul(pm, r(12 * k))),
      sub(mul(r(p), pw(add(ONE, M(t)), 12 * k)), mul(pm, r(12 * k))),
      r(p),
      loanFor(pay(r(p), T(t), y), T(t), y - k),
      loanFor(pm, M(t), 12 * k),
    )
  },
  'principal-repaid-by-the-first-payment': (f) => {
    const [p, t, y] = figuresOf(f, 'p', 't', 'y')
    const pm = pay(r(p), M(t), 12 * y)
    const first = sub(pm, r(p * t, 12000))
    return at2(
      first,
      r(p * t, 12000),
      r(p, 12 * y),
      pm,
      mul(first, r(12000 + t, 12000)),
      sub(pm, r(p * t * 31, 1000 * 365)),
    )
  },
  'total-interest-over-the-life-of-a-loan': (f) => {
    const [p, t, y] = figuresOf(f, 'p', 't', 'y')
    const pm = pay(r(p), M(t), 12 * y)
    return at0(
      sub(mul(pm, r(12 * y)), r(p)),
      r(p * t * y, 1000),
      mul(pm, r(12 * y)),
      r(p * t * y, 2000),
      sub(mul(pay(r(p), T(t), y), r(y)), r(p)),
      sub(mul(pm, r(12)), sub(r(p), loanFor(pm, M(t), 12 * y - 12))),
    )
  },
  'months-to-recover-discount-points': (f) => {
    const [p, v, t, q, cut] = figuresOf(f, 'p', 'v', 't', 'q', 'cut')
    const old = pay(r(p), M(t), 360)
    const save = sub(old, pay(r(p), M(t - cut), 360))
    return at1(
      div(r(p * q, 100), save),
      div(r(v * q, 100), save),
      div(r(p * q, 100), sub(old, pay(r(p * (100 + q), 100), M(t - cut), 360))),
      div(r(p * q, 100), r(p * cut, 12000)),
      div(r(p * q, 100), old),
      div(r(p * q, 100), mul(save, r(12))),
    )
  },
  'largest-loan-on-the-lower-of-price-and-appraisal': (f) => {
    const [a, pr, l] = figuresOf(f, 'a', 'pr', 'l')
    return at0(
      r(a * l, 100),
      r(pr * l, 100),
      r(pr * 100 - a * (100 - l), 100),
      r(a * (100 - l), 100),
      r((a + pr) * l, 200),
    )
  },
  'largest-loan-a-dscr-test-allows': (f) => {
    const [noi, d, t, y] = figuresOf(f, 'noi', 'd', 't', 'y')
    return at0(
      loanFor(r(noi * 100, d * 12), M(t), 12 * y),
      loanFor(r(noi * d, 1200), M(t), 12 * y),
      r(noi * 100 * 1000, d * t),
      loanFor(r(noi, 12), M(t), 12 * y),
      loanFor(r(noi * 100, d), T(t), y),
    )
  },
  'dscr-of-a-proposed-loan': (f) => {
    const [noi, egi, t, y, l] = figuresOf(f, 'noi', 'egi', 't', 'y', 'l')
    const ds = mul(pay(r(l), M(t), 12 * y), r(12))
    return at2(
      div(r(noi), ds),
      r(noi * 1000, l * t),
      div(r(egi), ds),
      div(sub(r(noi), ds), ds),
      div(ds, r(noi)),
      div(r(noi * 1000 * y), r(l * (t * y + 1000))),
      div(r(noi), pay(r(l), T(t), y)),
    )
  },
  'combined-loan-to-value-with-a-credit-line': (f) => {
    const [v, paid, b, orig, line, drawn] = figuresOf(f, 'v', 'paid', 'b', 'orig', 'line', 'drawn')
    return pct2(
      r(b + line, v),
      r(b + drawn, v),
      r(b, v),
      r(b + line, paid),
      r(b + line + drawn, v),
      r(orig + line, v),
      r(b + line - drawn, v),
    )
  },
  'payment-once-an-interest-only-period-ends': (f) => {
    const [p, t, m] = figuresOf(f, 'p', 't', 'm')
    return at2(
      pay(r(p), M(t), 12 * (30 - m)),
      pay(r(p), M(t), 360),
      r(p * t, 12000),
      pay(r(p), M(t), 12 * m),
      add(r(p, 12 * (30 - m)), r(p * t, 12000)),
      div(pay(r(p), T(t), 30 - m), r(12)),
      div(pay(r(p), M(t), 12 * (30 - m)), r(12000 + t, 12000)),
    )
  },
  'loan-an-affordable-payment-supports': (f) => {
    const [b, t, y] = figuresOf(f, 'b', 't', 'y')
    return at0(
      loanFor(r(b), M(t), 12 * y),
      r(b * 12 * y),
      r(b * 12000, t),
      loanFor(r(b), T(t), 12 * y),
      r(b * 12 * 1000 * y, t * y + 1000),
      mul(loanFor(r(b), M(t), 12 * y), r(12000 + t, 12000)),
      loanFor(r(12 * b), T(t), y),
    )
  },
  'cost-of-a-twelve-month-bridge-loan-with-fees': (f) => {
    const [, rt, fe, ex] = figuresOf(f, 'p', 'r', 'f', 'e')
    // On a loan of 1000 units: cash in 1000 − f, cash out r + f + e beyond the advance.
    return pct2(
      r(rt + fe + ex, 1000 - fe),
      r(rt + fe + ex, 1000),
      r(rt + fe, 1000 - fe),
      r(rt, 1000),
      r(rt + fe + ex, 1000 - fe - ex),
      add(r(rt, 1000), r(fe + ex, 1000 - fe)),
    )
  },
  'prepayment-charge-as-the-greater-of-two-tests': (f) => {
    const [b, c, m, rem] = figuresOf(f, 'b', 'c', 'm', 'rem')
    const three = r(b * c * 3, 12000)
    const ird = r(b * (c - m) * rem, 12000)
    return at0(
      larger(three, ird),
      smaller(three, ird),
      r(b * m * 3, 12000),
      r(b * (c - m), 1000),
      add(three, ird),
      r(b * c * rem, 12000),
    )
  },
  'loan-constant-of-a-monthly-pay-loan': (f) => {
    const [t, y] = figuresOf(f, 't', 'y')
    return pct2(
      mul(pay(ONE, M(t), 12 * y), r(12)),
      T(t),
      pay(ONE, M(t), 12 * y),
      pay(ONE, T(t), y),
      add(T(t), r(1, y)),
    )
  },
  'loan-from-a-housing-cost-ratio': (f) => {
    const [inc, ti, t] = figuresOf(f, 'inc', 'ti', 't')
    const room = r(inc * 28 - ti * 1200, 1200)
    return at0(
      loanFor(room, M(t), 360),
      loanFor(r(inc * 28, 1200), M(t), 360),
      loanFor(r(inc * 28 - ti * 100, 1200), M(t), 360),
      loanFor(mul(room, r(12)), T(t), 30),
      mul(room, r(360)),
    )
  },
  'payment-after-a-lump-sum-recast': (f) => {
    const [b, lump, m, t] = figuresOf(f, 'b', 'lump', 'm', 't')
    return at2(
      pay(r(b - lump), M(t), 12 * m),
      sub(pay(r(b), M(t), 12 * m), r(lump, 12 * m)),
      pay(r(b), M(t), 12 * m),
      pay(r(b - lump), M(t), 360),
      r(b - lump, 12 * m),
      div(pay(r(b - lump), T(t), m), r(12)),
      div(pay(r(b - lump), M(t), 12 * m), r(12000 + t, 12000)),
    )
  },
}
