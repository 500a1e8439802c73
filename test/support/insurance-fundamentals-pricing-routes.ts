import {
  add,
  at2,
  div,
  mul,
  pct2,
  pw,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { K, P, writtenAt } from './insurance-fundamentals-second-working.js'

const loaded = (x: R, ...loads: readonly number[]): R =>
  div(x, sub(r(1), P(loads.reduce((a, b) => a + b, 0))))
const at3 = writtenAt(3)
const two = writtenAt(2)

/** Pricing and exposure worked again from each draw's experience, loads and credibility. */
export const PRICING_ROUTES: Readonly<Record<string, Route>> = {
  'pure-premium-with-allocated-loss-expense': (f) => {
    const [e, n, l, a] = figuresOf(f, 'e', 'n', 'l', 'a')
    const withLae = add(r(l), mul(r(l), P(a)))
    return at2(
      div(withLae, r(e)),
      r(l, e),
      div(withLae, r(n)),
      div(loaded(r(l), a), r(e)),
      div(withLae, r(e + n)),
    )
  },
  'gross-rate-from-pure-premium-fixed-and-variable-expense': (f) => {
    const [pp, fx, v, q] = figuresOf(f, 'pp', 'fx', 'v', 'q')
    return at2(
      loaded(r(pp + fx), v, q),
      mul(r(pp + fx), add(r(1), P(v + q))),
      add(loaded(r(pp), v, q), r(fx)),
      loaded(r(pp + fx), v),
      loaded(r(pp), v, q),
    )
  },
  'developed-loss-cost-per-100-of-payroll': (f) => {
    const [py, l, c] = figuresOf(f, 'py', 'l', 'c')
    const units = r(py, 100)
    return at2(
      div(mul(r(l), K(c)), units),
      div(r(l), units),
      div(mul(r(l), K(c)), r(py, 1000)),
      div(div(r(l), K(c)), units),
      div(sub(mul(r(l), K(c)), r(l)), units),
      div(add(mul(r(l), K(c)), r(l)), units),
    )
  },
  'losses-trended-for-frequency-and-severity': (f) => {
    const [l, s, g, y] = figuresOf(f, 'l', 's', 'g', 'y')
    const sev = add(r(1), P(s))
    const freq = sub(r(1), P(g))
    return at2(
      mul(r(l), pw(mul(sev, freq), y)),
      mul(r(l), add(r(1), mul(r(y), sub(P(s), P(g))))),
      mul(r(l), pw(sev, y)),
      mul(r(l), pw(mul(sev, freq), y - 1)),
      mul(r(l), pw(sev, y), pw(add(r(1), P(g)), y)),
    )
  },
  'experience-modification-with-credibility': (f) => {
    const [ex, ac, z] = figuresOf(f, 'ex', 'ac', 'z')
    const blend = (ratio: R, w: R) => add(mul(ratio, w), sub(r(1), w))
    return at3(
      blend(r(ac, ex), P(z)),
      r(ac, ex),
      blend(r(ac, ex), P(100 - z)),
      mul(r(ac, ex), P(z)),
      blend(r(ex, ac), P(z)),
    )
  },
  'credibility-weighted-rate-with-buhlmann-credibility': (f) => {
    const [n, k, ob, cp] = figuresOf(f, 'n', 'k', 'ob', 'cp')
    const weigh = (z: R) => add(mul(z, r(ob)), mul(sub(r(1), z), r(cp)))
    const z = r(n, n + k)
    return at2(
      weigh(z),
      weigh(sub(r(1), z)),
      r(ob + cp, 2),
      weigh(r(Math.min(n, k), k)),
      mul(z, r(ob)),
    )
  },
  'on-level-earned-premium-after-a-rate-change': (f) => {
    const [po, pn, c] = figuresOf(f, 'po', 'pn', 'c')
    const up = add(r(1), P(c))
    return at2(
      add(mul(r(po), up), r(pn)),
      r(po + pn),
      mul(r(po + pn), up),
      add(r(po), mul(r(pn), up)),
      add(div(r(po), sub(r(1), P(c))), r(pn)),
    )
  },
  'loss-elimination-ratio-of-a-deductible': (f) => {
    const [d, ns, ss, nl, sl] = figuresOf(f, 'd', 'ns', 'ss', 'nl', 'sl')
    const total = ss + sl
    return pct2(
      r(ss + nl * d, total),
      r(nl * d, total),
      r(ss, total),
      r((ns + nl) * d, total),
      r(ns, ns + nl),
      r(ss + nl * d, sl),
      r(ss + nl * d, total - (ss + nl * d)),
    )
  },
  'loss-cost-with-capped-large-losses-and-an-excess-load': (f) => {
    const [e, cap, base, b1, b2, x] = figuresOf(f, 'e', 'cap', 'base', 'big1', 'big2', 'x')
    const capped = base + Math.min(b1, cap) + Math.min(b2, cap)
    const load = add(r(1), P(x))
    return at2(
      div(mul(r(capped), load), r(e)),
      r(base + b1 + b2, e),
      r(capped, e),
      div(mul(r(base + b1 + b2), load), r(e)),
      div(mul(r(base), load), r(e)),
    )
  },
  'base-rate-after-an-off-balance-for-new-relativities': (f) => {
    const [b, e1, e2, e3, r2, r3, n2, n3] = figuresOf(
      f,
      'b',
      'e1',
      'e2',
      'e3',
      'r2',
      'r3',
      'n2',
      'n3',
    )
    const avg = (x2: number, x3: number) =>
      div(add(mul(r(e1), r(1)), mul(r(e2), P(x2)), mul(r(e3), P(x3))), r(e1 + e2 + e3))
    const cur = avg(r2, r3)
    const prop = avg(n2, n3)
    return at2(
      mul(r(b), div(cur, prop)),
      r(b),
      mul(r(b), div(prop, cur)),
      mul(r(b), r(100 + r2 + r3, 100 + n2 + n3)),
      mul(r(b), sub(r(2), div(cur, prop))),
    )
  },
  'earned-car-years-in-a-calendar-year': (f) => {
    const [v1, v2, v3, m1, m2, m3] = figuresOf(f, 'v1', 'v2', 'v3', 'm1', 'm2', 'm3')
    const months = (k: (m: number) => number) => r(v1 * k(m1) + v2 * k(m2) + v3 * k(m3), 12)
    return two(
      months((m) => 12 - m),
      r(v1 + v2 + v3),
      months((m) => m),
      months((m) => 13 - m),
      r(v1 + v2 + v3, 2),
    )
  },
  'profit-provision-in-a-gross-premium': (f) => {
    const [pp, fx, v, q] = figuresOf(f, 'pp', 'fx', 'v', 'q')
    const gross = loaded(r(pp + fx), v, q)
    return at2(
      mul(gross, P(q)),
      mul(r(pp), P(q)),
      mul(r(pp + fx), P(q)),
      mul(gross, P(v)),
      mul(loaded(r(pp + fx), v), P(q)),
      mul(gross, P(v + q)),
      sub(gross, r(pp)),
    )
  },
  'projected-loss-ratio-from-developed-trended-losses': (f) => {
    const [l, c, t, y, ep, ol] = figuresOf(f, 'l', 'c', 't', 'y', 'ep', 'ol')
    const ult = mul(r(l), K(c))
    const trend = pw(add(r(1), P(t)), y)
    const onLevel = mul(r(ep), P(ol))
    return pct2(
      div(mul(ult, trend), onLevel),
      div(ult, onLevel),
      div(mul(ult, trend), r(ep)),
      div(mul(r(l), trend), onLevel),
      div(mul(ult, trend, P(ol)), r(ep)),
      div(mul(ult, pw(add(r(1), P(t)), y + 1)), onLevel),
      div(mul(ult, add(r(1), P(y * t))), onLevel),
    )
  },
  'rate-per-1000-of-sum-insured-from-a-loss-cost': (f) => {
    const [si, l, v, q] = figuresOf(f, 'si', 'l', 'v', 'q')
    const cost = div(r(l), r(si, 1000))
    return at2(
      loaded(cost, v, q),
      cost,
      mul(cost, add(r(1), P(v + q))),
      loaded(div(r(l), r(si, 100)), v, q),
      loaded(cost, v),
    )
  },
  'claim-frequency-a-premium-can-support': (f) => {
    const [g, v, q, s] = figuresOf(f, 'g', 'v', 'q', 's')
    const forClaims = (share: R) => div(mul(r(g), share), r(s))
    return two(
      mul(forClaims(sub(r(1), P(v + q))), r(100)),
      r(g * 100, s),
      mul(forClaims(sub(r(1), P(v))), r(100)),
      forClaims(sub(r(1), P(v + q))),
      mul(forClaims(P(v + q)), r(100)),
      mul(forClaims(sub(r(1), P(q))), r(100)),
      mul(forClaims(sub(r(1), P(v + q))), r(1000)),
    )
  },
}
