import {
  add,
  at0,
  at2,
  C,
  div,
  mul,
  ONE,
  P,
  pct1,
  type Route,
  r,
  sub,
  T,
} from './business-mathematics-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** Percentages worked again from each draw's amounts and rates. */
export const PERCENT_ROUTES: Readonly<Record<string, Route>> = {
  'percent-change-in-monthly-sales': (f) => {
    const [o, v] = figuresOf(f, 'o', 'v')
    const d = Math.abs(v - o)
    return pct1(r(d, o), r(d, v), r(2 * d, o + v), r(d, o + v), r(v, o), r(o, v))
  },
  'relative-change-in-a-rate': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    return pct1(
      r(b - a, a),
      T(b - a),
      r(b - a, b),
      r(b, a),
      r(a, b),
      r(2 * (b - a), a + b),
      r(b - a, 1000 - a),
    )
  },
  'original-price-before-an-increase': (f) => {
    const [p, now] = figuresOf(f, 'p', 'now')
    const x = C(now)
    return at2(
      div(x, add(ONE, P(p))),
      mul(x, sub(ONE, P(p))),
      div(x, sub(ONE, P(p))),
      mul(x, add(ONE, P(p))),
      sub(x, P(p)),
      div(mul(x, P(p)), add(ONE, P(p))),
    )
  },
  'list-price-before-a-discount': (f) => {
    const [d, paid] = figuresOf(f, 'd', 'paid')
    const x = C(paid)
    return at2(
      div(x, sub(ONE, P(d))),
      mul(x, add(ONE, P(d))),
      div(x, add(ONE, P(d))),
      mul(x, sub(ONE, P(d))),
      div(x, P(d)),
      div(mul(x, P(d)), sub(ONE, P(d))),
      mul(div(x, sub(ONE, P(d))), add(ONE, P(d))),
    )
  },
  'single-discount-equal-to-two-discounts': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    const net = r((100 - a) * (100 - b), 10000)
    return pct1(
      sub(ONE, net),
      P(a + b),
      r(a + b, 200),
      P(Math.max(a, b)),
      r(100 * (a + b) + a * b, 10000),
      net,
    )
  },
  'share-of-this-years-total': (f) => {
    const [x0, x1, x2, x3, k, t0] = figuresOf(f, 'x0', 'x1', 'x2', 'x3', 'k', 't0')
    const xs = [x0, x1, x2, x3]
    const x = xs[k]!
    const t = x0 + x1 + x2 + x3
    const other = Math.max(...xs.filter((_, i) => i !== k))
    return pct1(r(x, t), r(x, t - x), r(x, t0), r(x, t + x), r(x, other), r(x, t + t0))
  },
  'whole-from-a-part-and-its-percent': (f) => {
    const [p, part] = figuresOf(f, 'p', 'part')
    return at2(
      r(100 * part, p),
      r(part * p, 100),
      r(100 * part, 100 - p),
      r(part * (100 + p), 100),
      r(part * (100 + p), p),
      r(200 * part, p),
    )
  },
  'rise-needed-to-recover-a-fall': (f) => {
    const [d] = figuresOf(f, 'd')
    return pct1(
      r(d, 100 - d),
      P(d),
      r(d, 100 + d),
      r(100, 100 - d),
      r(d * (100 + d), 10000),
      P(100 - d),
      P(2 * d),
    )
  },
  'percent-change-in-profit': (f) => {
    const [r0, c0, a, b] = figuresOf(f, 'r0', 'c0', 'a', 'b')
    const before = r(r0 - c0)
    const after = sub(r(r0 * (100 + a), 100), r(c0 * (100 + b), 100))
    let moved = sub(after, before)
    if (moved[0] < 0n) moved = [-moved[0], moved[1]]
    return pct1(
      div(moved, before),
      P(Math.abs(a - b)),
      div(moved, r(r0)),
      P(a),
      div(moved, after),
      div(moved, r(c0)),
    )
  },
  'count-in-a-part-of-a-part': (f) => {
    const [n, p, q] = figuresOf(f, 'total', 'p', 'q')
    return at0(
      r(n * p * q, 10000),
      r(n * q, 100),
      r(n * p, 100),
      r(n * p * (100 - q), 10000),
      r(n * (100 - p) * q, 10000),
      r(n * Math.abs(p - q), 100),
    )
  },
  'percent-less-from-percent-more': (f) => {
    const [p] = figuresOf(f, 'p')
    return pct1(r(p, 100 + p), P(p), r(p, 100 - p), r(100, 100 + p), r(p * (100 - p), 10000))
  },
  'value-after-a-rise-then-a-fall': (f) => {
    const [v, a, b] = figuresOf(f, 'v', 'a', 'b')
    return at2(
      r(v * (100 + a) * (100 - b), 10000),
      r(v * (100 + a - b), 100),
      r(v * (100 + a), 100 + b),
      r(v * (100 - b), 100),
      r(v * (100 + a), 100),
      r(v * (100 - a) * (100 + b), 10000),
    )
  },
  'percent-change-over-three-rises': (f) => {
    const [a, b, c] = figuresOf(f, 'a', 'b', 'c')
    const all = r((100 + a) * (100 + b) * (100 + c), 1000000)
    const ab = r((100 + a) * (100 + b), 10000)
    return pct1(
      sub(all, ONE),
      P(a + b + c),
      all,
      sub(ab, ONE),
      sub(r((100 + b) * (100 + c), 10000), ONE),
      ab,
      sub(r(1000000, (100 - a) * (100 - b) * (100 - c)), ONE),
    )
  },
  'tax-share-of-a-tax-inclusive-total': (f) => {
    const [t, paid] = figuresOf(f, 't', 'paid')
    const x = C(paid)
    return at2(
      mul(x, r(t, 100 + t)),
      mul(x, P(t)),
      mul(x, r(t, 100 - t)),
      mul(x, r(100, 100 + t)),
      mul(x, r(100, 100 + t), r(t, 200)),
    )
  },
  'percent-off-from-was-and-now-prices': (f) => {
    const [was, now] = figuresOf(f, 'was', 'now')
    return pct1(
      r(was - now, was),
      r(was - now, now),
      r(now, was),
      r(was - now, was + now),
      r(was, now),
    )
  },
  'price-rise-from-a-sales-tax-rise': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    return pct1(r(b - a, 1000 + a), r(b - a, a), T(b - a), r(b - a, 1000 + b), T(b))
  },
}
