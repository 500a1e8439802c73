import { figuresOf } from './drawn-figures.js'
import {
  at0,
  div,
  mul,
  pct2,
  pw,
  type Route,
  r,
  sub,
} from './real-estate-finance-second-working.js'

/** Development appraisals worked again from each draw's values, costs, rates and months. */
export const DEVELOPMENT_ROUTES: Readonly<Record<string, Route>> = {
  'residual-land-value-of-a-scheme': (f) => {
    const [b, g, fe, fin, p, s] = figuresOf(f, 'b', 'g', 'f', 'fin', 'p', 's')
    const cost100 = b * (100 + fe) + 100 * fin
    return at0(
      r(g * (100 - p - s) - cost100, 100),
      r(g * (100 - s) * 100 - cost100 * (100 + p), 10000),
      r(g * (100 - p - s) - 100 * (b + fin), 100),
      r(g * (100 - s) - cost100, 100),
      r(g * (100 - p - s - fe) - 100 * (b + fin), 100),
    )
  },
  'gross-development-value-of-a-mixed-scheme': (f) => {
    const [u1, u2, p1, d, rent, y] = figuresOf(f, 'u1', 'u2', 'p1', 'd', 'r', 'y')
    // Flats in hundredths of a dollar; the shop is rent × 1000 ÷ y.
    const flats = u1 * p1 * 100 + u2 * p1 * (100 - d)
    const plus = (x: number) => r(x * y + rent * 100000, 100 * y)
    return at0(
      plus(flats),
      plus((u1 + u2) * p1 * 100),
      plus(u1 * p1 * 100 + u2 * p1 * d),
      r(flats + 100 * rent, 100),
      r(flats * 10 + rent * y, 1000),
    )
  },
  'construction-interest-on-an-evenly-drawn-loan': (f) => {
    const [l, m, k, rt] = figuresOf(f, 'l', 'm', 'k', 'r')
    return at0(
      r(l * rt * (m + 2 * k), 24000),
      r(l * rt * (m + k), 12000),
      r(l * rt * (m + k), 24000),
      r(l * rt * m, 24000),
      r(l * rt * m, 12000),
      r(l * rt * (2 * m + k), 24000),
      r(l * rt * k, 12000),
    )
  },
  'profit-on-cost-after-sales-costs': (f) => {
    const [g, s, c] = figuresOf(f, 'g', 's', 'c')
    const profit = g * (100 - s) - 100 * c
    return pct2(
      r(profit, 100 * c),
      r(g - c, c),
      r(profit, 100 * g),
      r(100 * g - c * (100 + s), 100 * c),
      r(profit, g * (100 - s)),
      r((g - c) * (100 - s), 100 * c),
      r(profit, 100 * c + g * s),
    )
  },
  'developer-equity-under-two-loan-caps': (f) => {
    const [c, g, l, cap] = figuresOf(f, 'c', 'g', 'l', 'cap')
    return at0(
      r(100 * c - g * cap, 100),
      r(c * (100 - l), 100),
      r(100 * c - g * l, 100),
      r(c * (100 - cap), 100),
      r(g * (100 - cap), 100),
    )
  },
  'sale-price-per-unit-for-a-target-profit-on-cost': (f) => {
    const [c, u, s, p] = figuresOf(f, 'c', 'u', 's', 'p')
    return at0(
      r(c * (100 + p), u * (100 - s)),
      r(c * 100, u * (100 - s - p)),
      r(c * (100 + p + s), 100 * u),
      r(c * (100 + p), 100 * u),
      r(c * 100, u * (100 - s)),
    )
  },
  'build-cost-with-contingency-and-fees': (f) => {
    const [a, gea, nia, rt, c, fe] = figuresOf(f, 'a', 'gea', 'nia', 'r', 'c', 'f')
    const up = (x: number) => r(x * rt * (100 + c) * (100 + fe), 10000)
    return at0(
      up(a),
      r(a * rt * (100 + c + fe), 100),
      r(a * rt * (100 + fe), 100),
      up(gea),
      up(nia),
    )
  },
  'finance-on-land-and-an-evenly-drawn-build': (f) => {
    const [land, b, m, t, rt] = figuresOf(f, 'land', 'b', 'm', 't', 'r')
    // Interest × 24000: land 2·t months, build m months at half.
    return at0(
      r(rt * (2 * land * t + b * m), 24000),
      r(rt * (land * t + b * m), 24000),
      r(rt * (2 * land * t + 2 * b * m), 24000),
      r(rt * (2 * land * m + b * m), 24000),
      r(rt * b * m, 24000),
    )
  },
  'highest-offer-for-a-fix-and-flip': (f) => {
    const [arv, rp, h, mo, s, p] = figuresOf(f, 'arv', 'rp', 'h', 'mo', 's', 'p')
    const base = arv * (100 - s - p) - 100 * rp
    return at0(
      r(base - 100 * h * mo, 100),
      r(base, 100),
      r(arv * (100 - p) - 100 * (rp + h * mo), 100),
      r(base - 1200 * h, 100),
      r(base - rp * s - 100 * h * mo, 100),
    )
  },
  'development-yield-on-cost': (f) => {
    const [land, b, fees, fin, noi, gross] = figuresOf(
      f,
      'land',
      'b',
      'fees',
      'fin',
      'noi',
      'gross',
    )
    const cost = land + b + fees + fin
    return pct2(
      r(noi, cost),
      r(noi, b + fees + fin),
      r(noi, land + b + fees),
      r(gross, cost),
      r(2 * noi - gross, cost),
    )
  },
  'profit-on-cost-after-a-build-overrun': (f) => {
    const [b, land, o, g, x] = figuresOf(f, 'b', 'land', 'o', 'g', 'x')
    const c100 = 100 * (land + o) + b * (100 + x)
    const c0 = land + b + o
    return pct2(
      r(100 * g - c100, c100),
      r(g - c0, c0),
      r(100 * g - c0 * (100 + x), c0 * (100 + x)),
      r(100 * g - c100, 100 * g),
      r(100 * g - c100, 100 * c0),
    )
  },
  'payment-due-on-a-draw-net-of-retainage': (f) => {
    const [w0, w1, ret] = figuresOf(f, 'w0', 'w1', 'ret')
    return at0(
      r((w1 - w0) * (100 - ret), 100),
      r(w1 * (100 - ret), 100),
      r(w1 - w0),
      r(w1 * (100 - ret) - 100 * w0, 100),
      r((w1 - w0) * ret, 100),
    )
  },
  'holding-cost-while-units-sell-down': (f) => {
    const [a, m, h] = figuresOf(f, 'a', 'm', 'h')
    // Unsold at the start of month j: a·(m − j + 1), summed over j = 1..m.
    let start = 0
    for (let j = 1; j <= m; j++) start += a * (m - j + 1)
    let end = 0
    for (let j = 1; j <= m; j++) end += a * (m - j)
    return at0(
      r(h * start),
      r(h * a * m * m),
      r(h * a * m * m, 2),
      r(h * end),
      r(h * a * m),
      r(h * a * m * 12),
    )
  },
  'rolled-up-interest-on-a-refurbishment-bridge': (f) => {
    const [l, mr, k] = figuresOf(f, 'l', 'mr', 'k')
    const interest = (t: number) =>
      div(mul(r(l), sub(pw(r(1000 + mr), t), pw(r(1000), t))), pw(r(1000), t))
    return at0(interest(k), r(l * mr * k, 1000), interest(k + 1), interest(12), interest(k - 1))
  },
  'land-value-lost-when-sales-values-fall': (f) => {
    const [g, x, p, s, rlv] = figuresOf(f, 'g', 'x', 'p', 's', 'rlv')
    return at0(
      r(g * x * (100 - p - s), 10000),
      r(g * x, 100),
      r(g * x * (100 - p), 10000),
      r(g * x * p, 10000),
      r(rlv * x, 100),
      r(g * x * (100 - s), 10000),
      r(g * x * (p + s), 10000),
    )
  },
  'land-value-from-buildable-floor-area': (f) => {
    const [s, far, e, v] = figuresOf(f, 's', 'far', 'e', 'v')
    return at0(
      r(s * far * v, 10),
      r(s * v),
      r(s * far * v * e, 1000),
      r(s * v * 10, far),
      r(s * far * v * 100, 10 * e),
    )
  },
}
