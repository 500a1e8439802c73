import {
  add,
  at0,
  at2,
  C,
  div,
  mul,
  P,
  pct1,
  type Route,
  r,
  sub,
  upR,
} from './business-mathematics-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** Pricing and discounts worked again from each draw's costs, prices, rates and terms. */
export const PRICING_ROUTES: Readonly<Record<string, Route>> = {
  'price-from-a-markup-on-cost': (f) => {
    const [c, m] = figuresOf(f, 'c', 'm')
    return at2(
      r(c * (100 + m), 10000),
      r(c, 100 - m),
      r(c * m, 10000),
      r(c, 100 + m),
      r(c * (100 - m), 10000),
      add(C(c), r(m)),
    )
  },
  'price-from-a-margin-on-price': (f) => {
    const [c, g] = figuresOf(f, 'c', 'g')
    return at2(
      r(c, 100 - g),
      r(c * (100 + g), 10000),
      r(c * (100 - g), 10000),
      r(c, g),
      r(c * g, 100 * (100 - g)),
      r(c * g, 10000),
    )
  },
  'markup-on-cost-from-a-margin': (f) => {
    const [g] = figuresOf(f, 'g')
    return pct1(
      r(g, 100 - g),
      P(g),
      r(g, 100 + g),
      r(100, 100 - g),
      P(100 - g),
      r(g * (100 + g), 10000),
    )
  },
  'margin-on-price-from-a-markup': (f) => {
    const [m] = figuresOf(f, 'm')
    return pct1(r(m, 100 + m), r(m, 100 - m), r(100, 100 + m), r(m * (100 - m), 10000), r(m, 200))
  },
  'margin-percent-from-cost-and-price': (f) => {
    const [c, p] = figuresOf(f, 'c', 'p')
    return pct1(r(p - c, p), r(p - c, c), r(c, p), r(p, c), r(p - c, p + c))
  },
  'net-price-after-a-chain-discount': (f) => {
    const [l, a, b, c] = figuresOf(f, 'l', 'a', 'b', 'c')
    const list = C(l)
    return at2(
      mul(list, r((100 - a) * (100 - b) * (100 - c), 1000000)),
      mul(list, P(100 - a - b - c)),
      mul(list, r((100 - a) * (100 - b), 10000)),
      mul(list, P(100 - a)),
      mul(list, r((100 - a - b) * (100 - c), 10000)),
      mul(list, P(a + b + c)),
    )
  },
  'trade-discount-amount-in-a-chain': (f) => {
    const [l, a, b] = figuresOf(f, 'l', 'a', 'b')
    const list = C(l)
    const net = mul(list, r((100 - a) * (100 - b), 10000))
    return at2(
      sub(list, net),
      mul(list, P(a + b)),
      net,
      mul(list, P(a)),
      mul(list, r(a * b, 10000)),
      mul(list, r((100 - a) * b, 10000)),
    )
  },
  'cash-discount-on-goods-but-not-freight': (f) => {
    const [g, fr, t] = figuresOf(f, 'g', 'f', 't')
    return at2(
      add(r(g * (100 - t), 10000), C(fr)),
      r((g + fr) * (100 - t), 10000),
      C(g + fr),
      r(g * (100 - t), 10000),
      add(r(g * (100 - 10 * t), 10000), C(fr)),
      r(g * t, 10000),
    )
  },
  'cash-discount-after-a-return': (f) => {
    const [i, rr, t] = figuresOf(f, 'i', 'rr', 't')
    return at2(
      r((i - rr) * (100 - t), 10000),
      sub(r(i * (100 - t), 10000), C(rr)),
      C(i - rr),
      r(i * (100 - t), 10000),
      sub(r((i - rr) * (100 - t), 10000), C(rr)),
      r((i - rr) * t, 10000),
    )
  },
  'credit-for-a-partial-payment-in-the-discount-period': (f) => {
    const [i, p, t] = figuresOf(f, 'i', 'p', 't')
    return at2(
      r(p, 100 - t),
      r(p * (100 + t), 10000),
      C(p),
      r(p * (100 - t), 10000),
      r(100 * p + i * t, 10000),
      r(p, 100 + t),
    )
  },
  'price-to-break-even-with-a-profit-target': (f) => {
    const [fx, q, v, t] = figuresOf(f, 'f', 'q', 'v', 't')
    return at2(
      add(C(v), r(fx + t, q)),
      add(C(v), r(fx, q)),
      r(fx + t, q),
      add(C(v), r(fx, q), r(t)),
      add(C(2 * v), r(fx + t, q)),
      r(100 * (fx + t) + v, 100 * q),
    )
  },
  'break-even-units-rounded-up': (f) => {
    const [fx, p, v] = figuresOf(f, 'f', 'p', 'v')
    return at0(
      upR(r(100 * fx, p - v)),
      upR(r(100 * fx, p)),
      upR(r(100 * fx, v)),
      upR(r(100 * fx, p + v)),
      upR(r(50 * fx, p - v)),
      upR(r(100 * (fx + v), p - v)),
    )
  },
  'price-after-a-discount-and-then-tax': (f) => {
    const [p, d, t] = figuresOf(f, 'p', 'd', 't')
    return at2(
      r(p * (100 - d) * (100 + t), 1000000),
      r(p * (100 - d), 10000),
      r(p * (100 + t), 10000),
      r(p * (100 - d + t), 10000),
      r(p * (100 - d + t), 10000),
      r(p * (100 - d) * (100 - t), 1000000),
    )
  },
  'pre-tax-price-from-a-tax-inclusive-price': (f) => {
    const [t, paid] = figuresOf(f, 't', 'paid')
    return at2(
      r(paid, 100 + t),
      r(paid * (100 - t), 10000),
      r(paid, 100 - t),
      r(paid * (100 + t), 10000),
      r(paid * t, 10000),
    )
  },
  'unit-price-for-a-markup-after-spoilage': (f) => {
    const [lot, q, s, m] = figuresOf(f, 'lot', 'q', 's', 'm')
    const cost = C(lot)
    const up = mul(cost, P(100 + m))
    const sold = r(q * (100 - s), 100)
    return at2(
      div(up, sold),
      div(up, r(q)),
      div(mul(up, P(100 + s)), r(q)),
      div(cost, sold),
      div(div(cost, P(100 - m)), sold),
      div(up, r(q * (100 + s), 100)),
    )
  },
  'markdown-that-sells-at-cost': (f) => {
    const [m] = figuresOf(f, 'm')
    return pct1(
      r(m, 100 + m),
      P(m),
      r(100, 100 + m),
      r(m, 100 - m),
      r(m * (100 - m), 10000),
      r(m, 200),
    )
  },
}
