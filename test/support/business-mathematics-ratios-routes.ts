import {
  at0,
  at1,
  at2,
  at3,
  at4,
  C,
  mul,
  P,
  type Route,
  r,
} from './business-mathematics-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** Ratios, rates and conversions worked again from each draw's parts, prices, rates and factors. */
export const RATIOS_ROUTES: Readonly<Record<string, Route>> = {
  'profit-shared-in-a-ratio': (f) => {
    const [a0, a1, a2, p, k] = figuresOf(f, 'a0', 'a1', 'a2', 'p', 'k')
    const parts = [a0, a1, a2]
    const mine = parts[k]!
    const sum = a0 + a1 + a2
    return at2(
      r(p * mine, sum),
      r(p * mine, sum - mine),
      r(p, 3),
      r(p * mine, 10),
      r(p * mine, Math.max(...parts)),
      r(p * mine, sum + mine),
    )
  },
  'cost-of-a-different-quantity-by-proportion': (f) => {
    const [q1, q2, c] = figuresOf(f, 'q1', 'q2', 'c')
    return at2(
      r(c * q2, 100 * q1),
      r(c * q1, 100 * q2),
      r(c * q2, 100),
      r(c, 100 * q1),
      r(c, 100 * q1 * q2),
      r(c * (q2 - q1), 100 * q1),
      r(c * (q1 + q2), 100 * q1),
    )
  },
  'price-per-100-grams-of-the-better-buy': (f) => {
    const [s1, s2, p1, p2] = figuresOf(f, 's1', 's2', 'p1', 'p2')
    const firstBetter = p1 * s2 < p2 * s1
    const u1 = r(p1, s1)
    const u2 = r(p2, s2)
    return at2(
      firstBetter ? u1 : u2,
      firstBetter ? u2 : u1,
      r(p1 + p2, s1 + s2),
      r(p1, s2),
      r(p2, s1),
      r(p1 + p2, 200),
    )
  },
  'receiving-foreign-currency-less-a-fee': (f) => {
    const [e, rate, fee] = figuresOf(f, 'e', 'r', 'f')
    const euros = C(e)
    const usd = mul(euros, r(10000, rate))
    const times = mul(euros, r(rate, 10000))
    return at2(
      mul(usd, P(100 - fee)),
      mul(times, P(100 - fee)),
      usd,
      mul(usd, P(100 + fee)),
      r(100 * e - fee * rate, rate),
      times,
      mul(times, P(100 + fee)),
    )
  },
  'paying-in-foreign-currency-with-a-card-fee': (f) => {
    const [e, rate, fee] = figuresOf(f, 'e', 'r', 'f')
    const euros = C(e)
    const usd = mul(euros, r(rate, 10000))
    const divided = mul(euros, r(10000, rate))
    return at2(
      mul(usd, P(100 + fee)),
      mul(divided, P(100 + fee)),
      usd,
      mul(usd, P(100 - fee)),
      r(e * rate + 1000000 * fee, 1000000),
      mul(euros, P(100 + fee)),
    )
  },
  'cross-rate-from-two-dollar-rates': (f) => {
    const [re, rg] = figuresOf(f, 're', 'rg')
    return at4(r(rg, re), r(re, rg), r(re * rg, 100000000), r(10000, rg), r(10000, re))
  },
  'fuel-cost-for-a-delivery-route': (f) => {
    const [km, l, pr] = figuresOf(f, 'km', 'l', 'pr')
    return at2(
      r(2 * km * l * pr, 100000),
      r(km * l * pr, 100000),
      r(2 * km * l * pr, 1000),
      r(2 * km * pr, 10000),
      r(2 * km * pr, 10 * l),
      r(2 * km * l * pr, 10000),
      r(2 * km * l, 1000),
    )
  },
  'days-for-a-different-crew-size': (f) => {
    const [w1, w2, d] = figuresOf(f, 'w1', 'w2', 'd')
    return at1(r(w1 * d, w2), r(d * w2, w1), r(w1 * d, w1 + w2), r(d, w2), r(w1 * d), r(d * w2))
  },
  'profit-shared-by-capital-and-months': (f) => {
    const [c1, c2, m2, p] = figuresOf(f, 'c1', 'c2', 'm2', 'p')
    const eli = c2 * m2
    return at2(
      r(p * eli, 12 * c1 + eli),
      r(p * c2, c1 + c2),
      r(p * m2, 12 + m2),
      r(p, 2),
      r(p * eli, 12 * c1),
      r(p * eli, 12 * (c1 + c2)),
    )
  },
  'output-in-minutes-from-an-hourly-rate': (f) => {
    const [h, parts, mins] = figuresOf(f, 'h', 'parts', 'mins')
    return at0(
      r(parts * mins, 60 * h),
      r(parts * mins, h),
      r(parts * mins, 100 * h),
      r(parts * mins, 60),
      r(60 * parts, h * mins),
    )
  },
  'total-from-one-part-of-a-ratio': (f) => {
    const [a, b, x] = figuresOf(f, 'a', 'b', 'x')
    return at2(
      r(x * (a + b), b),
      r(x * a, b),
      r(x * (a + b), a),
      r(x * b, a),
      r(x * (a + b)),
      r(x + a + b),
    )
  },
  'price-per-square-metre-from-per-square-foot': (f) => {
    const [p] = figuresOf(f, 'p')
    return at2(
      r(p * 107639, 1000000),
      r(p * 32808, 1000000),
      r(p * 100, 107639),
      r(p * 100, 32808),
      r(p * 98424, 1000000),
    )
  },
  'hires-needed-to-reach-a-staffing-ratio': (f) => {
    const [x, y, b, a] = figuresOf(f, 'x', 'y', 'b', 'a')
    return at0(
      r(b * x - a * y, y),
      r(b * x, y),
      r(b * y - a * x, x),
      r(b * x + a * y, y),
      r(b, y),
      r(b - a),
    )
  },
  'property-tax-from-a-mill-rate': (f) => {
    const [v, ar, mills] = figuresOf(f, 'v', 'ar', 'mills')
    return at2(
      r(v * ar * mills, 100000),
      r(v * mills, 1000),
      r(v * ar * mills, 10000),
      r(v * ar * mills, 1000000),
      r(v * (100 - ar) * mills, 100000),
      r(v * ar, 100),
      r(v * mills, 100),
    )
  },
  'cost-per-unit-in-a-pack-of-packs': (f) => {
    const [packs, per, c] = figuresOf(f, 'packs', 'per', 'c')
    return at3(
      r(c, 100 * packs * per),
      r(c, 100 * packs),
      r(c, 100 * (packs + per)),
      r(c, 100 * per),
      r(c * packs, 100 * per),
      r(100 * packs * per, c),
      r(c, 10000 * packs * per),
    )
  },
}
