import {
  add,
  at0,
  at1,
  at2,
  div,
  list,
  mul,
  netGrowth,
  pct1,
  pow,
  q,
  type Route,
  r,
  rise,
  sub,
  sum,
  yearlyRate,
} from './data-journalism-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** Money over time and across currencies worked again from each draw's prices, indexes and rates. */
export const MONEY_ROUTES: Readonly<Record<string, Route>> = {
  'price-in-todays-dollars': (f) => {
    const [p, ca, cb] = figuresOf(f, 'p', 'ca', 'cb')
    const price = q(p, 100)
    return at2(
      q(p * cb, 100 * ca),
      q(p * ca, 100 * cb),
      mul(price, q(1000 + cb - ca, 1000)),
      add(price, q(cb - ca, 10)),
      q(p * cb, 100 * 1000),
      q(10 * p, ca),
    )
  },
  'real-growth-from-nominal-growth-and-inflation': (f) => {
    const [g, i] = figuresOf(f, 'g', 'i')
    return netGrowth(g, i)
  },
  'real-change-from-two-wages-and-a-cpi': (f) => {
    const [w1, w2, c1, c2] = figuresOf(f, 'w1', 'w2', 'c1', 'c2')
    const nominal = q(w2 - w1, w1)
    return pct1(
      rise(r(w2 * c1), r(w1 * c2)),
      nominal,
      sub(nominal, q(c2 - c1, c1)),
      rise(r(w2 * c2), r(w1 * c1)),
      sub(nominal, q(c2 - c1, 1000)),
    )
  },
  'compound-annual-growth-rate': (f) => {
    const [v0, v1, years] = figuresOf(f, 'v0', 'v1', 'years')
    const total = q(v1 - v0, v0)
    return pct1(
      yearlyRate(q(v1, v0), years, 1),
      div(total, r(years)),
      yearlyRate(q(v1, v0), years + 1, 1),
      total,
      div(total, r(years + 1)),
    )
  },
  'conversion-at-the-rate-on-the-payment-date': (f) => {
    const [a, then, now] = figuresOf(f, 'a', 'then', 'now')
    return at0(
      q(a * 10000, then),
      q(a * then, 10000),
      q(a * 10000, now),
      q(a * now, 10000),
      q(2 * a * 10000, then + now),
    )
  },
  'real-change-in-spending-per-resident': (f) => {
    const [s1, s2, p1, p2, c1, c2] = figuresOf(f, 's1', 's2', 'p1', 'p2', 'c1', 'c2')
    return pct1(
      rise(r(s2 * p1 * c1), r(s1 * p2 * c2)),
      rise(r(s2 * p1), r(s1 * p2)),
      rise(r(s2 * c1), r(s1 * c2)),
      q(s2 - s1, s1),
      sub(sub(q(s2 - s1, s1), q(c2 - c1, c1)), q(p2 - p1, p1)),
    )
  },
  'rebasing-an-index': (f) => {
    const [b, v] = figuresOf(f, 'b', 'v')
    return at1(q(v * 100, b), q(v - b + 1000, 10), q(v * b, 10000), q(b * 100, v), q(v, 10))
  },
  'inflation-rate-from-index-levels': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    return pct1(
      q(b - a, a),
      q(b - a, 1000),
      q(b - a, b),
      q(b - 1000, 1000),
      q(b, a),
      q(2 * (b - a), a + b),
    )
  },
  'annual-flow-at-the-average-rate': (f) => {
    const [a, avg, end] = figuresOf(f, 'a', 'avg', 'end')
    return at0(
      q(a * 10000, avg),
      q(a * 10000, end),
      q(a * avg, 10000),
      q(a * end, 10000),
      q(2 * a * 10000, avg + end),
    )
  },
  'purchasing-power-lost': (f) => {
    const [ca, cb] = figuresOf(f, 'ca', 'cb')
    return pct1(
      q(cb - ca, cb),
      q(cb - ca, ca),
      q(cb - ca, 1000),
      q(ca, cb),
      q(2 * (cb - ca), ca + cb),
    )
  },
  'rise-needed-to-restore-real-value': (f) => {
    const [w0, c0, c1, w1] = figuresOf(f, 'w0', 'c0', 'c1', 'w1')
    const needed = q(w0 * c1, c0)
    return pct1(
      rise(needed, r(w1)),
      div(sub(needed, r(w1)), needed),
      sub(q(c1 - c0, c0), q(w1 - w0, w0)),
      q(c1 - c0, c0),
      q(c1 - c0, 1000),
    )
  },
  'compound-growth-projection': (f) => {
    const [v, g, k] = figuresOf(f, 'v', 'g', 'k')
    const step = q(1000 + g, 1000)
    return at0(
      mul(r(v), pow(step, k)),
      mul(r(v), q(1000 + k * g, 1000)),
      mul(r(v), pow(step, k - 1)),
      mul(r(v), pow(step, k + 1)),
      div(r(v), pow(q(1000 - g, 1000), k)),
      mul(r(v), pow(q(10000 + g, 10000), k)),
    )
  },
  'weighted-basket-inflation': (f) => {
    const w = list(f, 'w')
    const c = list(f, 'c')
    const weighted = q(sum(w.map((wi, i) => wi * c[i]!)), 100000)
    return pct1(
      weighted,
      q(sum(c), 4000),
      q(sum(c), 1000),
      div(weighted, r(4)),
      mul(weighted, r(100)),
    )
  },
  'cash-needed-to-keep-pace-with-inflation': (f) => {
    const [b, x, i] = figuresOf(f, 'b', 'x', 'i')
    return at0(
      q(b * (i - x), 1000),
      q(b * (i - x), 1000 + i),
      q(b * i, 1000),
      q(b * (1000 + x) * i, 1000000),
      q(b * (1000 + x) * (i - x), 1000000),
    )
  },
  'growth-in-dollars-of-a-foreign-figure': (f) => {
    const [l1, l2, r1, r2] = figuresOf(f, 'l1', 'l2', 'r1', 'r2')
    return pct1(
      rise(r(l2 * r1), r(l1 * r2)),
      q(l2 - l1, l1),
      rise(r(l2 * r2), r(l1 * r1)),
      sub(q(l2 - l1, l1), q(r2 - r1, r1)),
      add(q(l2 - l1, l1), q(r2 - r1, r1)),
    )
  },
  'annual-average-inflation-from-quarterly-index': (f) => {
    const qs = list(f, 'q')
    const [y1, y2] = [sum(qs.slice(0, 4)), sum(qs.slice(4))]
    return pct1(
      q(y2 - y1, y1),
      q(qs[7]! - qs[3]!, qs[3]!),
      q(qs[7]! - qs[0]!, qs[0]!),
      q(y2 - y1, 4000),
      q(qs[4]! - qs[3]!, qs[3]!),
      mul(add(...[0, 1, 2, 3].map((i) => q(qs[i + 4]! - qs[i]!, qs[i]!))), r(1, 4)),
      q(qs[4]! - qs[0]!, qs[0]!),
    )
  },
}
