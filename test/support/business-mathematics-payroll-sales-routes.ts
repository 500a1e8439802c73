import {
  add,
  at2,
  C,
  list,
  P,
  pct1,
  type Route,
  r,
  sub,
} from './business-mathematics-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** Payroll and sales figures worked again from each draw's rates, hours, pieces and sales. */
export const PAYROLL_SALES_ROUTES: Readonly<Record<string, Route>> = {
  'graduated-commission-on-two-tiers': (f) => {
    const [tier, s, a, b] = figuresOf(f, 'tier', 's', 'a', 'b')
    return at2(
      r(tier * a + (s - tier) * b, 100),
      r(s * b, 100),
      r(s * a, 100),
      r(tier * a + s * b, 100),
      r(s * (a + b), 200),
      r((s - tier) * b, 100),
    )
  },
  'salary-plus-commission-over-a-quota': (f) => {
    const [base, q, s, c] = figuresOf(f, 'base', 'q', 's', 'c')
    return at2(
      add(r(base), r((s - q) * c, 100)),
      add(r(base), r(s * c, 100)),
      r((s - q) * c, 100),
      add(r(base), r(q * c, 100)),
      r(base + s - q),
    )
  },
  'commission-due-after-a-draw': (f) => {
    const [s, c, d] = figuresOf(f, 's', 'c', 'draw')
    return at2(
      r(s * c - 100 * d, 100),
      r(s * c, 100),
      r(s * c + 100 * d, 100),
      r((s - d) * c, 100),
      r(s * c - 200 * d, 100),
    )
  },
  'weekly-pay-with-overtime-over-40-hours': (f) => {
    const [w, h] = figuresOf(f, 'w', 'h')
    const ot = h - 40
    return at2(
      r(80 * w + 3 * w * ot, 200),
      r(h * w, 100),
      r(3 * h * w, 200),
      r(80 * w + w * ot, 200),
      r(40 * w + 2 * w * ot, 100),
      r(2 * h * w + 3 * w * ot, 200),
    )
  },
  'daily-overtime-over-8-hours': (f) => {
    const [w, ...hs] = figuresOf(f, 'w', 'h0', 'h1', 'h2', 'h3', 'h4')
    const week = hs.reduce((a, b) => a + b, 0)
    const over = hs.map((h) => (h > 8 ? h - 8 : 0)).reduce((a, b) => a + b, 0)
    const weekOver = week > 40 ? week - 40 : 0
    return at2(
      r(w * (2 * week + over), 200),
      r(w * (2 * week + weekOver), 200),
      r(w * week, 100),
      r(w * (2 * week + 3 * over), 200),
      r(w * (2 * (week - over) + over), 200),
      r(3 * w * week, 200),
    )
  },
  'differential-piece-rate': (f) => {
    const [k, nn, r1, r2] = figuresOf(f, 'k', 'nn', 'r1', 'r2')
    return at2(
      r(k * r1 + (nn - k) * r2, 100),
      r(nn * r2, 100),
      r(nn * r1, 100),
      r(k * r1 + nn * r2, 100),
      r((nn - k) * r2, 100),
      r(nn * (r1 + r2), 200),
    )
  },
  'piece-rate-with-a-guaranteed-minimum': (f) => {
    const [hrs, minw, rate, pcs] = figuresOf(f, 'hrs', 'minw', 'rate', 'pcs')
    const a = pcs * rate
    const b = hrs * minw
    const [hi, lo] = a > b ? [a, b] : [b, a]
    return at2(C(hi), C(lo), C(a + b), C(hi - lo), r(a + b, 200), C(2 * hi - lo))
  },
  'hourly-rate-from-an-annual-salary': (f) => {
    const [a, hw2] = figuresOf(f, 'a', 'hw2')
    const per = (weeks: number) => r(2 * a, weeks * hw2)
    return at2(per(52), per(50), per(48), r(a, 2080), r(10 * a, 365 * hw2), r(a, 52))
  },
  'weighted-average-unit-cost-of-purchases': (f) => {
    const [q0, q1, q2, p0, p1, p2] = figuresOf(f, 'q0', 'q1', 'q2', 'p0', 'p1', 'p2')
    const ps = [p0, p1, p2]
    return at2(
      r(q0 * p0 + q1 * p1 + q2 * p2, 100 * (q0 + q1 + q2)),
      r(p0 + p1 + p2, 300),
      C(p2),
      C(p0),
      r(Math.max(...ps) + Math.min(...ps), 200),
    )
  },
  'prorated-salary-for-a-mid-month-start': (f) => {
    const [m, d, len] = figuresOf(f, 'm', 'd', 'len')
    const days = len - d + 1
    return at2(
      r(m * days, len),
      r(m * (days - 1), len),
      r(m * days, len === 31 ? 30 : 31),
      r(m * d, len),
      r(m * (d - 1), len),
      r(m * (days + 1), len),
    )
  },
  'prorated-refund-of-an-annual-fee': (f) => {
    const [fee, used] = figuresOf(f, 'f', 'used')
    const monthsUsed = Math.floor((used + 29) / 30)
    return at2(
      r(fee * (365 - used), 365),
      r(fee * used, 365),
      r(fee * (360 - used), 360),
      r(fee * (12 - monthsUsed), 12),
      r(fee * (365 - used), 360),
    )
  },
  'commission-on-sales-net-of-returns': (f) => {
    const [s, rr, c] = figuresOf(f, 's', 'rr', 'c')
    return at2(
      r((s - rr) * c, 100),
      r(s * c, 100),
      sub(r(s * c, 100), r(rr)),
      r((s - 2 * rr) * c, 100),
      r((s + rr) * c, 100),
      r(rr * c, 100),
    )
  },
  'pay-with-a-night-shift-premium': (f) => {
    const [w, h, night, p] = figuresOf(f, 'w', 'h', 'night', 'p')
    const base = C(h * w)
    return at2(
      add(base, r(night * w * p, 10000)),
      r(h * w * (100 + p), 10000),
      base,
      add(base, P(night * p)),
      add(base, r(night * w * (100 + p), 10000)),
      r((h - night) * w * 100 + night * w * p, 10000),
    )
  },
  'overall-commission-rate-on-total-sales': (f) => {
    const [s0, s1, s2, c0, c1, c2] = figuresOf(f, 's0', 's1', 's2', 'c0', 'c1', 'c2')
    const cs = [c0, c1, c2]
    const hi = Math.max(...cs)
    const lo = Math.min(...cs)
    return pct1(
      r(s0 * c0 + s1 * c1 + s2 * c2, 1000 * (s0 + s1 + s2)),
      r(c0 + c1 + c2, 3000),
      r(c0 + c1 + c2, 1000),
      r(hi, 1000),
      r(lo, 1000),
      r(hi + lo, 2000),
    )
  },
  'sales-needed-to-reach-an-average': (f) => {
    const [m, avg] = figuresOf(f, 'm', 'avg')
    const xs = list(f, 'x')
    const sum = xs.reduce((a, b) => a + b, 0)
    return at2(
      r(avg * m - sum),
      r(avg),
      r(avg * (m - 1) - sum),
      sub(r(2 * avg), r(sum, m - 1)),
      r(avg * m),
      r(avg * m - Math.max(...xs)),
      sub(r(avg * m), r(sum, m - 1)),
    )
  },
  'weighted-average-price-of-a-sales-mix': (f) => {
    const [u0, u1, u2, p0, p1, p2] = figuresOf(f, 'u0', 'u1', 'u2', 'p0', 'p1', 'p2')
    const us = [u0, u1, u2]
    const ps = [p0, p1, p2]
    const tu = u0 + u1 + u2
    return at2(
      r(u0 * p0 + u1 * p1 + u2 * p2, 100 * tu),
      r(p0 + p1 + p2, 300),
      C(ps[us.indexOf(Math.max(...us))]!),
      r(Math.max(...ps) + Math.min(...ps), 200),
      r(p0 * u2 + p1 * u1 + p2 * u0, 100 * tu),
    )
  },
}
