import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at2,
  div,
  mul,
  pct2,
  pw,
  type R,
  type Route,
  r,
  sub,
  sum,
} from './real-estate-finance-second-working.js'

/** `x` received `t` years on, at a yearly rate drawn in tenths of a percent: x · 1000ᵗ ÷ (1000 + k)ᵗ. */
const back = (x: number, k: number, t: number): R =>
  div(mul(r(x), pw(r(1000), t)), pw(r(1000 + k), t))

/** Holding-period figures worked again from each draw's flows, caps, loans and rates. */
export const RETURN_ROUTES: Readonly<Record<string, Route>> = {
  'net-sale-proceeds-to-equity-at-exit': (f) => {
    const [, nn, next, ce, cg, s, b] = figuresOf(f, 'n', 'nn', 'next', 'ce', 'cg', 's', 'b')
    const net = (x: number, c: number) => r(x * 1000 * (100 - s), c * 100)
    return at0(
      sub(net(next, ce), r(b)),
      sub(net(nn, ce), r(b)),
      r(next * 1000 - b * ce, ce),
      net(next, ce),
      sub(net(next, cg), r(b)),
      r((next * 1000 - b * ce) * (100 - s), ce * 100),
    )
  },
  'present-value-of-a-three-year-hold': (f) => {
    const [c1, c2, c3, s, k] = figuresOf(f, 'c1', 'c2', 'c3', 's', 'k')
    const flows = sum([back(c1, k, 1), back(c2, k, 2), back(c3, k, 3)])
    return at0(
      add(flows, back(s, k, 3)),
      add(flows, r(s)),
      add(flows, back(s, k, 4)),
      sum([r(c1), back(c2, k, 1), back(c3, k, 2), back(s, k, 2)]),
      back(c1 + c2 + c3 + s, k, 3),
    )
  },
  'one-year-unlevered-holding-return': (f) => {
    const [p, noi, sale, s] = figuresOf(f, 'p', 'noi', 'sale', 's')
    const gain = sale * (100 - s) + 100 * (noi - p)
    return pct2(
      r(gain, 100 * p),
      r(noi, p),
      r(noi + sale - p, p),
      r(sale * (100 - s) - 100 * p, 100 * p),
      r(gain, 100 * sale),
    )
  },
  'equity-multiple-of-a-completed-hold': (f) => {
    const [e, n, c, b, s] = figuresOf(f, 'e', 'n', 'c', 'b', 's')
    const cash = n * c + s - b
    return at2(
      r(cash, e),
      r(cash - e, e),
      r(n * c, e),
      r(n * c + s, e),
      r(cash, e + b),
      r(cash + e, e),
      r(n * c + s + b, e),
    )
  },
  'levered-return-by-the-leverage-formula': (f) => {
    const [ru, kd, l] = figuresOf(f, 'ru', 'kd', 'l')
    // (ru·V − kd·D) ÷ E on a value of 100.
    return pct2(
      r(ru * 100 - kd * l, 1000 * (100 - l)),
      r(ru * 100 + (ru - kd) * l, 100000),
      r(ru, 1000),
      r(ru * 100, 1000 * (100 - l)),
      r(ru * l + (ru - kd) * (100 - l), 1000 * l),
      r(ru * (100 - l) + (ru + kd) * l, 1000 * (100 - l)),
      r(ru * (100 - l) + (ru - kd) * 100, 1000 * (100 - l)),
    )
  },
  'limited-partner-share-of-a-preferred-return-waterfall': (f) => {
    const [e, lp, sp, p, d] = figuresOf(f, 'e', 'lp', 'sp', 'p', 'd')
    const hurdle = e * (100 + p)
    const over = d * 100 - hurdle
    return at0(
      r(hurdle * lp + over * sp, 10000),
      r(d * lp, 100),
      r(d * sp, 100),
      r(e * lp + (d - e) * sp, 100),
      r(e * p * 100 + e * lp * 100 + over * sp, 10000),
    )
  },
  'one-year-levered-return-on-equity': (f) => {
    const [p, l, kd, noi, sale, s] = figuresOf(f, 'p', 'l', 'kd', 'noi', 'sale', 's')
    // Everything in hundred-thousandths of a dollar.
    const loan = p * l * 1000
    const eq = p * 100000 - loan
    const int = p * l * kd
    const net = sale * (100 - s) * 1000
    const gain = noi * 100000 - int + net - loan - eq
    return pct2(
      r(gain, eq),
      r(net + noi * 100000 - p * 100000, p * 100000),
      r(gain + int, eq),
      r(noi * 100000 - int, eq),
      r(gain + sale * s * 1000, eq),
      r(gain * 1000 + int * 1000 - eq * kd, eq * 1000),
      r(gain, p * 100000),
    )
  },
  'sale-price-on-forward-noi-at-the-exit-cap': (f) => {
    const [n1, g, n, ce, cg] = figuresOf(f, 'n1', 'g', 'n', 'ce', 'cg')
    const at = (k: number, c: number) =>
      div(mul(r(n1 * 1000, c), pw(r(1000 + g), k)), pw(r(1000), k))
    return at0(at(n, ce), at(n - 1, ce), at(n, cg), r(n1 * 1000, ce), at(n + 1, ce))
  },
  'value-of-a-growing-net-income': (f) => {
    const [noi, g, k] = figuresOf(f, 'noi', 'g', 'k')
    return at0(
      r(noi * (1000 + g), k - g),
      r(noi * 1000, k - g),
      r(noi * (1000 + g), k),
      r(noi * (1000 + g), k + g),
      r(noi * (1000 + k), k - g),
    )
  },
  'sale-price-needed-for-a-target-equity-multiple': (f) => {
    const [e, m, c, b, s] = figuresOf(f, 'e', 'm', 'c', 'b', 's')
    const need = e * m - 10 * c + 10 * b
    return at0(
      r(need * 10, 100 - s),
      r((need - 10 * b) * 10, 100 - s),
      r((need + 10 * c) * 10, 100 - s),
      r(need * (100 + s), 1000),
      r((need + 10 * e) * 10, 100 - s),
    )
  },
  'first-year-total-return-with-loan-paydown': (f) => {
    const [p, e, ds, int, cf, a] = figuresOf(f, 'p', 'e', 'ds', 'int', 'cf', 'a')
    return pct2(
      r(cf + ds - int + a, e),
      r(cf, e),
      r(cf + ds - int, e),
      r(cf + ds + a, e),
      r(cf + ds - int + a, p),
      r(cf + int + a, e),
      r(cf + 2 * ds - int + a, e),
    )
  },
  'net-initial-yield-after-purchasers-costs': (f) => {
    const [rent, nrc, c, p] = figuresOf(f, 'r', 'nrc', 'c', 'p')
    return pct2(
      r((rent - nrc) * 1000, p * (1000 + c)),
      r(rent * 1000, p * (1000 + c)),
      r(rent - nrc, p),
      r((rent - nrc) * 1000, p * (1000 - c)),
      r((rent - nrc) * (1000 - c), p * 1000),
    )
  },
  'term-and-reversion-value-of-a-reversionary-lease': (f) => {
    const [rent, m, n, y] = figuresOf(f, 'r', 'm', 'n', 'y')
    const term = sum(Array.from({ length: n }, (_, i) => back(rent, y, i + 1)))
    const rev = (t: number) => div(back(m, y, t), r(y, 1000))
    return at0(
      add(term, rev(n)),
      add(term, r(m * 1000, y)),
      r(m * 1000, y),
      r(rent * 1000, y),
      add(term, rev(n + 1)),
    )
  },
  'cash-out-from-a-refinance': (f) => {
    const [paid, v, l, b, c] = figuresOf(f, 'paid', 'v', 'l', 'b', 'c')
    return at0(
      r(v * l * (1000 - c) - b * 100000, 100000),
      r(v * l - b * 100, 100),
      r(paid * l * (1000 - c) - b * 100000, 100000),
      r(v * l * (1000 - c), 100000),
      r(v * l * 10 - b * c - b * 1000, 1000),
    )
  },
  'capital-return-net-of-capital-spending': (f) => {
    const [v0, cx, v1, noi] = figuresOf(f, 'v0', 'cx', 'v1', 'noi')
    const g = v1 - v0 - cx
    return pct2(
      r(g, v0),
      r(v1 - v0, v0),
      r(g, v1),
      r(g + noi, v0),
      r(2 * g, v0 + v1),
      r(v1 - v0 + cx, v0),
      r(g, v0 + cx),
    )
  },
  'highest-price-for-a-target-yield-on-total-cost': (f) => {
    const [noi, y, cx, c] = figuresOf(f, 'noi', 'y', 'cx', 'c')
    const all = r(noi * 1000 - cx * y, y)
    return at0(
      mul(all, r(100, 100 + c)),
      r(noi * 1000, y),
      all,
      mul(all, r(100 - c, 100)),
      r((noi - cx) * 1000 * 100, y * (100 + c)),
    )
  },
}
