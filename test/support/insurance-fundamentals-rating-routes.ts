import {
  add,
  at2,
  div,
  mul,
  type R,
  type Route,
  r,
  sub,
  sum,
  T,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { P } from './insurance-fundamentals-second-working.js'

/** A per-$100 rate in cents and a share of a year, as rationals. */
const per100 = (c: number): R => r(c, 10000)
const days = (d: number, year = 365): R => r(d, year)

/** Rating and premium worked again from each draw's rates, factors, terms and days. */
export const RATING_ROUTES: Readonly<Record<string, Route>> = {
  'amount-charged-after-a-minimum-premium-fee-and-premium-tax': (f) => {
    const [s, c, m, fee, t] = figuresOf(f, 's', 'c', 'm', 'f', 't')
    const taxed = (x: R) => add(x, mul(x, T(t)))
    return at2(
      add(taxed(r(m)), r(fee)),
      add(taxed(mul(r(s), per100(c))), r(fee)),
      taxed(r(m + fee)),
      r(m + fee),
      taxed(r(m)),
      add(div(r(m), sub(r(1), T(t))), r(fee)),
    )
  },
  'earned-premium-at-the-year-end': (f) => {
    const [p, d, c] = figuresOf(f, 'p', 'd', 'c')
    return at2(
      mul(r(p), days(d)),
      mul(r(p), days(365 - d)),
      r(p),
      mul(r(p), days(d, 360)),
      mul(r(p), sub(r(1), P(c)), days(d)),
    )
  },
  'unearned-premium-reserve-on-three-policies': (f) => {
    const ps = figuresOf(f, 'p1', 'p2', 'p3')
    const ds = figuresOf(f, 'd1', 'd2', 'd3')
    const ups = (year: number) => sum(ps.map((p, i) => mul(r(p), days(year - ds[i]!, year))))
    const written = r(ps[0] + ps[1] + ps[2])
    const avgRun = r(ds[0] + ds[1] + ds[2], 3)
    return at2(
      ups(365),
      sub(written, ups(365)),
      written,
      mul(written, div(sub(r(365), avgRun), r(365))),
      ups(360),
    )
  },
  'pro-rata-refund-when-the-insurer-cancels': (f) => {
    const [p, fee, d, s] = figuresOf(f, 'p', 'f', 'd', 's')
    const left = days(365 - d)
    return at2(
      mul(r(p), left),
      mul(r(p), days(d)),
      mul(r(p + fee), left),
      mul(r(p), left, sub(r(1), P(s))),
      mul(r(p), days(360 - d, 360)),
    )
  },
  'short-rate-refund-when-the-insured-cancels': (f) => {
    const [p, d, s] = figuresOf(f, 'p', 'd', 's')
    const un = mul(r(p), days(365 - d))
    const refund = sub(un, mul(un, P(s)))
    return at2(
      refund,
      un,
      sub(un, mul(r(p), P(s))),
      sub(un, mul(r(p), days(d), P(s))),
      sub(r(p), refund),
    )
  },
  'refund-under-a-minimum-earned-premium': (f) => {
    const [p, m, d] = figuresOf(f, 'p', 'm', 'd')
    const un = mul(r(p), days(365 - d))
    const kept = mul(r(p), P(m))
    return at2(sub(r(p), kept), un, kept, sub(un, kept), sub(un, mul(un, P(m))))
  },
  'additional-premium-for-a-mid-term-increase': (f) => {
    const [s, ds, c, d] = figuresOf(f, 's', 'ds', 'c', 'd')
    return at2(
      mul(r(ds), per100(c), days(d)),
      mul(r(ds), per100(c)),
      mul(r(ds), per100(c), days(365 - d)),
      mul(r(s + ds), per100(c), days(d)),
      mul(r(ds), r(c, 100000), days(d)),
    )
  },
  'net-adjustment-for-a-fleet-vehicle-swap': (f) => {
    const [a, b, d] = figuresOf(f, 'a', 'b', 'd')
    return at2(
      sub(mul(r(a), days(d)), mul(r(b), days(d))),
      mul(r(a), days(d)),
      add(mul(r(a), days(d)), mul(r(b), days(d))),
      r(a - b),
      sub(mul(r(a), days(365 - d)), mul(r(b), days(365 - d))),
      sub(mul(r(a), days(d)), r(b)),
      mul(r(b), days(d)),
    )
  },
  'payroll-audit-additional-premium': (f) => {
    const [e, x, c, m] = figuresOf(f, 'e', 'x', 'c', 'm')
    const audited = mul(r(e + x), per100(c), P(m))
    const deposit = mul(r(e), per100(c), P(m))
    return at2(
      sub(audited, deposit),
      mul(r(x), per100(c)),
      audited,
      div(mul(r(x), per100(c)), P(m)),
      mul(r(x), r(c, 100000), P(m)),
    )
  },
  'what-the-broker-remits-to-the-insurer': (f) => {
    const [p, fee, t, c] = figuresOf(f, 'p', 'f', 't', 'c')
    const tax = mul(r(p), T(t))
    const collected = add(r(p), r(fee), tax)
    return at2(
      sub(collected, mul(r(p), P(c))),
      add(collected, mul(r(p), P(c))),
      sub(r(p), mul(r(p), P(c))),
      collected,
      add(div(r(p), add(r(1), P(c))), r(fee), tax),
      sub(collected, mul(collected, P(c))),
      add(sub(r(p), mul(r(p), P(c))), r(fee)),
    )
  },
  'earned-premium-by-the-eighths-rule': (f) => {
    const w = figuresOf(f, 'w1', 'w2', 'w3', 'w4')
    const earned = (share: (q: number) => R) => sum(w.map((x, i) => mul(r(x), share(i + 1))))
    return at2(
      earned((q) => sub(r(1), r(2 * q - 1, 8))),
      r(w[0] + w[1] + w[2] + w[3]),
      earned((q) => r(4 - q, 4)),
      earned((q) => r(5 - q, 4)),
      earned((q) => r(2 * q - 1, 8)),
    )
  },
  'premium-on-an-excess-layer-from-increased-limit-factors': (f) => {
    const [b, a, c, e] = figuresOf(f, 'b', 'a', 'c', 'e')
    const layer = (top: number, bottom: number) => mul(r(b), sub(P(top), P(bottom)))
    return at2(layer(c, 100), layer(c, 0), layer(a, 100), layer(c, a), layer(e, a), layer(e, 0))
  },
  'premium-tax-on-a-policy-covering-two-states': (f) => {
    const [p, s1, s2, n1, n2, t1, t2, fee] = figuresOf(
      f,
      'p',
      's1',
      's2',
      'n1',
      'n2',
      't1',
      't2',
      'f',
    )
    const split = (base: R, x: number, y: number) =>
      add(mul(base, r(x, x + y), T(t1)), mul(base, r(y, x + y), T(t2)))
    return at2(
      split(r(p), s1, s2),
      mul(r(p), T(t1)),
      mul(r(p), div(add(T(t1), T(t2)), r(2))),
      split(r(p + fee), s1, s2),
      split(r(p), n1, n2),
    )
  },
  'earned-premium-on-a-term-longer-than-a-year': (f) => {
    const [p, t, k, c] = figuresOf(f, 'p', 't', 'k', 'c')
    const monthly = r(p, t)
    return at2(
      mul(monthly, r(k)),
      mul(r(p), r(k, 12)),
      r(p),
      mul(monthly, r(t - k)),
      mul(monthly, r(k), sub(r(1), P(c))),
    )
  },
  'renewal-premium-after-a-rate-change-and-exposure-growth': (f) => {
    const [p, rt, g, k] = figuresOf(f, 'p', 'r', 'g', 'k')
    const up = (x: number) => add(r(1), P(x))
    return at2(
      mul(r(p), up(rt), up(g), up(-k)),
      mul(r(p), up(rt + g - k)),
      mul(r(p), up(rt), up(-k)),
      mul(r(p), up(rt), up(g)),
      sub(mul(r(p), up(rt), up(g)), mul(r(p), P(k))),
    )
  },
}
