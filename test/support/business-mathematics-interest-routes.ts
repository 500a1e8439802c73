import {
  add,
  at0,
  at2,
  div,
  mul,
  ONE,
  pct1,
  pct2,
  pw,
  type Route,
  r,
  sub,
  upR,
} from './business-mathematics-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** Days from one date of 2027 to another, by the calendar's own clock (months counted from 0). */
const actualDays = (m1: number, d1: number, m2: number, d2: number): number =>
  (Date.UTC(2027, m2, d2) - Date.UTC(2027, m1, d1)) / 86_400_000
/** Days on the 30/360 count: a 31st read as the 30th, every month 30 days. */
const days30 = (m1: number, d1: number, m2: number, d2: number): number =>
  30 * (m2 - m1) + (d2 === 31 ? 30 : d2) - (d1 === 31 ? 30 : d1)
/** A rate drawn in tenths of a percent. */
const rate = (t: number) => r(t, 1000)

/** Interest and the time value of money worked again from each draw's sums, rates and dates. */
export const INTEREST_ROUTES: Readonly<Record<string, Route>> = {
  'exact-interest-between-two-dates': (f) => {
    const [p, t, m1, d1, m2, d2] = figuresOf(f, 'p', 't', 'm1', 'd1', 'm2', 'd2')
    const days = actualDays(m1, d1, m2, d2)
    const i = (n: number, year: number) => r(p * t * n, 1000 * year)
    return at2(
      i(days, 365),
      i(days, 360),
      i(days + 1, 365),
      i(days30(m1, d1, m2, d2), 365),
      r(p * t * (m2 - m1), 12000),
      i(days - 1, 365),
    )
  },
  'ordinary-interest-under-the-bankers-rule': (f) => {
    const [p, t, days] = figuresOf(f, 'p', 't', 'days')
    const key = r(p * t * days, 360000)
    return at2(
      key,
      r(p * t * days, 365000),
      r(p * t * days, 4320000),
      r(p * t * days, 30000),
      add(r(p), key),
      r(p * t, 1000),
    )
  },
  'maturity-value-of-a-simple-interest-note': (f) => {
    const [p, t, days] = figuresOf(f, 'p', 't', 'days')
    const on = (n: number, d: number) => add(r(p), r(p * t * n, 1000 * d))
    return at2(
      on(days, 360),
      r(p * t * days, 360000),
      on(days, 365),
      on(1, 1),
      on(days, 30),
      r(p * t, 1000),
      sub(r(p), r(p * t * days, 360000)),
    )
  },
  'days-to-earn-a-stated-interest': (f) => {
    const [p, t, ic] = figuresOf(f, 'p', 't', 'ic')
    const days = (year: number, principal: ReturnType<typeof r>) =>
      upR(div(r(ic * year * 10, 1), mul(principal, r(t))))
    return at0(
      days(360, r(p)),
      days(365, r(p)),
      days(30, r(p)),
      days(360, add(r(p), r(ic, 100))),
      days(720, r(p)),
    )
  },
  'rate-from-interest-paid': (f) => {
    const [p, days, ic] = figuresOf(f, 'p', 'days', 'ic')
    const i = r(ic, 100)
    const yearly = (year: number, principal: ReturnType<typeof r>) =>
      div(mul(i, r(year)), mul(principal, r(days)))
    return pct1(
      yearly(365, r(p)),
      yearly(360, r(p)),
      div(i, r(p)),
      yearly(12, r(p)),
      yearly(365, add(r(p), i)),
      yearly(365, sub(r(p), i)),
    )
  },
  'principal-from-interest-earned': (f) => {
    const [t, days, ic] = figuresOf(f, 't', 'days', 'ic')
    const i = r(ic, 100)
    const over = (year: number) => div(i, r(t * days, 1000 * year))
    return at2(
      over(360),
      over(365),
      div(i, rate(t)),
      mul(i, r(t * days, 360000)),
      over(30),
      sub(over(360), i),
    )
  },
  'compound-amount-with-periodic-compounding': (f) => {
    const [p, j, m, y] = figuresOf(f, 'p', 'j', 'm', 'y')
    const per = r(1000 * m + j, 1000 * m)
    const year = add(ONE, rate(j))
    const amount = mul(r(p), pw(per, m * y))
    return at2(
      amount,
      mul(r(p), pw(year, y)),
      mul(r(p), add(ONE, r(j * y, 1000))),
      mul(r(p), pw(per, y)),
      mul(r(p), pw(year, m * y)),
      sub(amount, r(p)),
      add(amount, r(p)),
      ...(m === 12 ? [] : [mul(r(p), pw(per, 12 * y))]),
    )
  },
  'compound-interest-earned': (f) => {
    const [p, j, m, y] = figuresOf(f, 'p', 'j', 'm', 'y')
    const per = r(1000 * m + j, 1000 * m)
    const amount = mul(r(p), pw(per, m * y))
    return at2(
      sub(amount, r(p)),
      r(p * j * y, 1000),
      sub(mul(r(p), pw(add(ONE, rate(j)), y)), r(p)),
      amount,
      sub(mul(r(p), pw(per, m * (y + 1))), r(p)),
      sub(amount, r(p * j, 1000)),
    )
  },
  'effective-annual-rate': (f) => {
    const [j, m] = figuresOf(f, 'j', 'm')
    const per = r(j, 1000 * m)
    return pct2(
      sub(pw(add(ONE, per), m), ONE),
      rate(j),
      per,
      sub(pw(add(ONE, rate(j)), m), ONE),
      mul(rate(j), add(ONE, per)),
      pw(add(ONE, per), m),
    )
  },
  'present-value-with-compounding': (f) => {
    const [fv, j, m, y] = figuresOf(f, 'fv', 'j', 'm', 'y')
    const per = r(j, 1000 * m)
    const x = r(fv)
    return at2(
      div(x, pw(add(ONE, per), m * y)),
      div(x, pw(add(ONE, rate(j)), y)),
      div(x, add(ONE, r(j * y, 1000))),
      mul(x, pw(sub(ONE, per), m * y)),
      div(x, pw(add(ONE, per), y)),
      mul(x, sub(ONE, r(j * y, 1000))),
    )
  },
  'present-value-at-simple-interest': (f) => {
    const [fv, t, days] = figuresOf(f, 'fv', 't', 'days')
    const x = r(fv)
    const g = (year: number) => add(ONE, r(t * days, 1000 * year))
    return at2(
      div(x, g(365)),
      mul(x, sub(ONE, r(t * days, 365000))),
      div(x, g(360)),
      div(x, add(ONE, rate(t))),
      mul(x, g(365)),
    )
  },
  'proceeds-of-a-bank-discount-note': (f) => {
    const [m, d, days] = figuresOf(f, 'm', 'd', 'days')
    const x = r(m)
    const disc = (year: number) => r(d * days, 1000 * year)
    return at2(
      mul(x, sub(ONE, disc(360))),
      div(x, add(ONE, disc(360))),
      mul(x, sub(ONE, disc(365))),
      mul(x, disc(360)),
      mul(x, sub(ONE, rate(d))),
      mul(x, add(ONE, disc(360))),
    )
  },
  'proceeds-of-a-discounted-interest-bearing-note': (f) => {
    const [fc, rr, term, held, d] = figuresOf(f, 'f', 'r', 'term', 'held', 'd')
    const face = r(fc)
    const mv = mul(face, add(ONE, r(rr * term, 360000)))
    const off = (days: number) => sub(ONE, r(d * days, 360000))
    return at2(
      mul(mv, off(term - held)),
      mul(face, off(term - held)),
      mul(mv, off(term)),
      mul(mv, off(held)),
      mv,
      mul(face, add(ONE, r(rr * held, 360000))),
    )
  },
  'effective-rate-of-a-discounted-loan': (f) => {
    const [d, days] = figuresOf(f, 'd', 'days')
    const termShare = r(d * days, 360000)
    return pct1(
      div(rate(d), sub(ONE, termShare)),
      rate(d),
      div(rate(d), add(ONE, termShare)),
      termShare,
      div(rate(d), sub(ONE, rate(d))),
      div(termShare, sub(ONE, termShare)),
    )
  },
  'future-value-of-monthly-deposits': (f) => {
    const [pmt, j, y] = figuresOf(f, 'pmt', 'j', 'y')
    const dep = r(pmt, 100)
    const k = 12 * y
    const i = r(j, 12000)
    const factor = div(sub(pw(add(ONE, i), k), ONE), i)
    const yr = rate(j)
    return at2(
      mul(dep, factor),
      mul(dep, r(k)),
      mul(dep, factor, add(ONE, i)),
      mul(dep, r(k), pw(add(ONE, i), k)),
      mul(dep, r(k), add(ONE, r(j * y, 2000))),
      mul(dep, div(sub(pw(add(ONE, yr), y), ONE), yr)),
    )
  },
  'simple-interest-on-a-30-360-count': (f) => {
    const [p, t, m1, d1, m2, d2] = figuresOf(f, 'p', 't', 'm1', 'd1', 'm2', 'd2')
    const dd = days30(m1, d1, m2, d2)
    const days = actualDays(m1, d1, m2, d2)
    const i = (n: number, year: number) => r(p * t * n, 1000 * year)
    return at2(
      i(dd, 360),
      i(days, 360),
      i(dd, 365),
      i(days, 365),
      i(dd + 1, 360),
      r(p * t * (m2 - m1), 12000),
    )
  },
}
