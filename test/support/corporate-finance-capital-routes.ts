import {
  add,
  at2,
  B,
  div,
  mul,
  ONE,
  P,
  pct2,
  pw,
  type R,
  type Route,
  r,
  sub,
  sum,
  T,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** The cost of capital worked again from each draw's rates, betas and values. */
export const CAPITAL_ROUTES: Readonly<Record<string, Route>> = {
  'capm-return-from-a-stated-market-risk-premium': (f) => {
    const [rf, b, m] = figuresOf(f, 'f', 'b', 'm')
    return pct2(
      r(rf * 100 + b * m, 100000),
      r(rf * 100 + b * (m - rf), 100000),
      r(b * m, 100000),
      r(rf + m, 1000),
      r(b * (rf + m), 100000),
    )
  },
  'capm-return-from-an-expected-market-return': (f) => {
    const [rf, b, m] = figuresOf(f, 'f', 'b', 'm')
    return pct2(
      r(rf * 100 + b * (m - rf), 100000),
      r(rf * 100 + b * m, 100000),
      r(b * (m - rf), 100000),
      r(m, 1000),
      r(b * rf + 100 * (m - rf), 100000),
      r(b * m, 100000),
    )
  },
  'cost-of-debt-from-yield-to-maturity-not-coupon': (f) => {
    const [c, y, t] = figuresOf(f, 'c', 'y', 't')
    return pct2(
      r(y * (1000 - t), 1000000),
      r(c * (1000 - t), 1000000),
      r(y, 1000),
      r(c, 1000),
      r(y * t, 1000000),
    )
  },
  'cost-of-irredeemable-debt-from-its-price': (f) => {
    const [c, p, t] = figuresOf(f, 'c', 'p', 't')
    // Interest per $100 is c/10 dollars.
    return pct2(
      r(c * (1000 - t), 100 * p * 100),
      r(c * (1000 - t), 1000000),
      r(c, 10 * p),
      r(c, 1000),
      r(c * t, 100 * p * 100),
    )
  },
  'wacc-with-bonds-quoted-below-par': (f) => {
    const [sh, pr, nom, q, bk, e, d, t] = figuresOf(f, 'sh', 'pr', 'nom', 'q', 'bk', 'e', 'd', 't')
    const eq = r(sh * pr, 100)
    const de = r(nom * q, 100)
    const after = r(d * (1000 - t), 1000000)
    const w = (a: R, b: R, k: R, ka: R = T(e)) => div(add(mul(a, ka), mul(b, k)), add(a, b))
    return pct2(
      w(eq, de, after),
      w(eq, r(nom), after),
      w(r(bk), r(nom), after),
      w(eq, de, T(d)),
      div(add(mul(de, T(e)), mul(eq, after)), add(eq, de)),
    )
  },
  'wacc-with-preference-shares-in-the-mix': (f) => {
    const [E, Pf, D, e, p, d, t] = figuresOf(f, 'E', 'P', 'D', 'e', 'p', 'd', 't')
    const v = r(E + Pf + D)
    const keep = r(1000 - t, 1000)
    return pct2(
      div(sum([mul(r(E), T(e)), mul(r(Pf), T(p)), mul(r(D), T(d), keep)]), v),
      div(sum([mul(r(E), T(e)), mul(r(Pf), T(p), keep), mul(r(D), T(d), keep)]), v),
      div(sum([mul(r(E), T(e)), mul(r(D), T(d), keep)]), r(E + D)),
      div(sum([mul(r(E), T(e)), mul(r(Pf), T(p)), mul(r(D), T(d))]), v),
      div(sum([T(e), T(p), mul(T(d), keep)]), r(3)),
    )
  },
  'asset-beta-from-equity-beta-with-the-tax-term': (f) => {
    const [b, E, D, t] = figuresOf(f, 'b', 'E', 'D', 't')
    // βe·E / (E + (1 − T)D), the same formula multiplied through by E.
    return at2(
      div(mul(B(b), r(E * 1000)), r(E * 1000 + D * (1000 - t))),
      div(mul(B(b), r(E)), r(E + D)),
      div(mul(B(b), r(E * 1000 + D * (1000 - t))), r(E * 1000)),
      div(mul(B(b), r(E * 1000)), r(E * 1000 + D * t)),
      div(mul(B(b), r((E + D) * 1000)), r((E + D) * 1000 + D * (1000 - t))),
    )
  },
  'equity-beta-for-a-project-from-a-proxy-company': (f) => {
    const [b, pe, oe, t] = figuresOf(f, 'b', 'pe', 'oe', 't')
    // 1 + (1 − T)·D/E with D and E as whole percents of value.
    const lev = (e: number, tax: number) => r(e * 1000 + (100 - e) * (1000 - tax), e * 1000)
    return at2(
      div(mul(B(b), lev(oe, t)), lev(pe, t)),
      B(b),
      div(B(b), lev(pe, t)),
      div(mul(B(b), lev(oe, 0)), lev(pe, 0)),
      div(mul(B(b), lev(pe, t)), lev(oe, t)),
      mul(B(b), lev(oe, t)),
    )
  },
  'dividend-growth-cost-of-equity-from-a-cum-dividend-price': (f) => {
    const [d0, g, pc] = figuresOf(f, 'd0', 'g', 'pc')
    const next = r(d0 * (1000 + g), 1000)
    return pct2(
      add(div(next, r(pc - d0)), T(g)),
      add(div(next, r(pc)), T(g)),
      add(r(d0, pc - d0), T(g)),
      div(next, r(pc - d0)),
      add(div(next, sub(r(pc), next)), T(g)),
      add(div(mul(next, r(1000 + g, 1000)), r(pc - d0)), T(g)),
      sub(mul(add(ONE, div(next, r(pc - d0))), r(1000 + g, 1000)), ONE),
    )
  },
  'cost-of-equity-with-growth-from-retention': (f) => {
    const [eps, po, roe, pr] = figuresOf(f, 'eps', 'po', 'roe', 'pr')
    const d0 = r(eps * po, 100)
    const ke = (g: R) => add(div(mul(d0, add(ONE, g)), r(pr)), g)
    const g = r((100 - po) * roe, 100000)
    return pct2(
      ke(g),
      ke(r(po * roe, 100000)),
      ke(T(roe)),
      add(div(d0, r(pr)), g),
      ke(r(100 - po, 100)),
    )
  },
  'cost-of-redeemable-debt-by-linear-interpolation': (f) => {
    const [c, p, yrs, t] = figuresOf(f, 'c', 'p', 'yrs', 't')
    const npv = (pct: number, coupon: R) => {
      const v = r(100 + pct, 100)
      let s = sub(div(r(100), pw(v, yrs)), r(p))
      for (let k = 1; k <= yrs; k++) s = add(s, div(coupon, pw(v, k)))
      return s
    }
    const irr = (coupon: R) => {
      const lo = npv(5, coupon)
      const hi = npv(10, coupon)
      return add(P(5), mul(div(lo, sub(lo, hi)), P(5)))
    }
    const gross = r(c, 10)
    const net = r(c * (1000 - t), 10000)
    return pct2(
      irr(net),
      irr(gross),
      div(net, r(p)),
      mul(irr(gross), r(1000 - t, 1000)),
      r(c * (1000 - t), 1000000),
    )
  },
  'cost-of-new-equity-net-of-issue-costs': (f) => {
    const [d0, g, pr, fc] = figuresOf(f, 'd0', 'g', 'pr', 'fc')
    const d1 = r(d0 * (1000 + g), 1000)
    const net = r(pr * (100 - fc), 100)
    return pct2(
      add(div(d1, net), T(g)),
      add(div(d1, r(pr)), T(g)),
      add(div(r(d0), net), T(g)),
      div(d1, net),
      add(div(d1, r(pr * (100 + fc), 100)), T(g)),
      div(add(div(d1, r(pr)), T(g)), r(100 - fc, 100)),
    )
  },
  'group-asset-beta-weighted-by-division-values': (f) => {
    const [v1, v2, r1, r2, b1, b2] = figuresOf(f, 'v1', 'v2', 'r1', 'r2', 'b1', 'b2')
    return at2(
      r(v1 * b1 + v2 * b2, 100 * (v1 + v2)),
      r(r1 * b1 + r2 * b2, 100 * (r1 + r2)),
      r(b1 + b2, 200),
      r(v2 * b1 + v1 * b2, 100 * (v1 + v2)),
      r(b1 + b2, 100),
    )
  },
  'wacc-from-a-debt-to-equity-ratio': (f) => {
    const [de, e, d, t] = figuresOf(f, 'de', 'e', 'd', 't')
    const after = r(d * (1000 - t), 1000000)
    // Weights: equity E/(D + E) and debt D/(D + E) with D = de and E = 100.
    const mix = (wd: R, kd: R) => add(mul(sub(ONE, wd), T(e)), mul(wd, kd))
    return pct2(
      mix(r(de, 100 + de), after),
      mix(P(de), after),
      mix(r(de, 100 + de), T(d)),
      mix(r(100, 100 + de), after),
      mix(P(de), T(d)),
    )
  },
  'cost-of-preference-shares-from-market-price': (f) => {
    const [d, nom, pr, t] = figuresOf(f, 'd', 'nom', 'pr', 't')
    return pct2(
      r(d * nom, 1000 * pr),
      T(d),
      r(d * nom * (1000 - t), 1000000 * pr),
      r(d * pr, 1000 * nom),
      r(d * (1000 - t), 1000000),
      r(d * nom, 1000 * pr - d * nom),
      r(d * nom, pr * (1000 - t)),
    )
  },
  'asset-beta-with-a-debt-beta': (f) => {
    const [be, bd, E, D, t] = figuresOf(f, 'be', 'bd', 'E', 'D', 't')
    const dt = r(D * (1000 - t), 1000)
    const v = add(r(E), dt)
    return at2(
      div(add(mul(B(be), r(E)), mul(B(bd), dt)), v),
      div(mul(B(be), r(E)), v),
      div(add(mul(B(be), r(E)), mul(B(bd), r(D))), r(E + D)),
      div(add(mul(B(be), r(E)), mul(B(bd), r(D))), v),
      add(B(be), div(mul(B(bd), dt), v)),
      div(mul(B(be), r(E)), r(E + D)),
      add(div(mul(B(be), r(E)), v), B(bd)),
    )
  },
}
