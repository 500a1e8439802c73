import {
  add,
  at2,
  div,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
  sum,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { K, writtenAt } from './insurance-fundamentals-second-working.js'

const at3 = writtenAt(3)
const chain = (...fs: readonly number[]): R => mul(r(1), ...fs.map(K))

/** Underwriting results and loss development worked again from each draw's book and triangle. */
export const RESULTS_ROUTES: Readonly<Record<string, Route>> = {
  'incurred-losses-from-paid-and-the-reserve-change': (f) => {
    const [p, o, c] = figuresOf(f, 'p', 'o', 'c')
    return at2(add(r(p), sub(r(c), r(o))), r(p), r(p + c), sub(r(p), sub(r(c), r(o))), r(p + o + c))
  },
  'loss-ratio-on-earned-premium': (f) => {
    const [w, du, pd, ds] = figuresOf(f, 'w', 'du', 'pd', 'ds')
    const earned = r(w - du)
    const inc = r(pd + ds)
    return pct2(div(inc, earned), div(r(pd), earned), r(pd + ds, w), r(pd, w), r(pd + ds, w + du))
  },
  'expense-ratio-on-written-premium': (f) => {
    const [w, e, u, a] = figuresOf(f, 'w', 'e', 'u', 'a')
    return pct2(r(u, w), r(u, e), r(u + a, w), r(u + a, e), r(u, w + e))
  },
  'combined-ratio-on-the-trade-basis': (f) => {
    const [w, e, l, a, u] = figuresOf(f, 'w', 'e', 'l', 'a', 'u')
    return pct2(
      add(r(l + a, e), r(u, w)),
      r(l + a + u, e),
      r(l + a + u, w),
      add(r(l, e), r(u, w)),
      add(r(l + a, w), r(u, e)),
    )
  },
  'underwriting-profit-for-the-year': (f) => {
    const [w, e, pd, ds, a, u, i] = figuresOf(f, 'w', 'e', 'pd', 'ds', 'a', 'u', 'i')
    const result = (prem: number, losses: number, lae: number, inv: number) =>
      r(prem - losses - lae - u + inv)
    return at2(
      result(e, pd + ds, a, 0),
      result(w, pd + ds, a, 0),
      result(e, pd, a, 0),
      result(e, pd + ds, 0, 0),
      result(e, pd + ds, a, i),
    )
  },
  'volume-weighted-age-to-age-factor': (f) => {
    const [a1, a2, a3, b1, b2, b3, z] = figuresOf(f, 'a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'z')
    const at12 = a1 + a2 + a3
    const at24 = b1 + b2 + b3
    return at3(
      r(at24, at12),
      div(sum([r(b1, a1), r(b2, a2), r(b3, a3)]), r(3)),
      r(at24, at12 + z),
      r(b3, a3),
      r(at24 + z, at12 + z),
    )
  },
  'chain-ladder-ultimate-for-the-latest-year': (f) => {
    const [rp, f1, f2, ft] = figuresOf(f, 'rp', 'f1', 'f2', 'f3t')
    return at2(
      mul(r(rp), chain(f1, f2, ft)),
      mul(r(rp), chain(f1, f2)),
      mul(r(rp), chain(f1)),
      mul(r(rp), add(r(1), K(f1 - 1000), K(f2 - 1000), K(ft - 1000))),
      div(r(rp), chain(f1, f2, ft)),
    )
  },
  'ibnr-from-the-cumulative-development-factor': (f) => {
    const [rp, pdp, f2, ft] = figuresOf(f, 'rp', 'pdp', 'f2', 'ft')
    const ult = mul(r(rp), chain(f2, ft))
    return at2(
      sub(ult, r(rp)),
      ult,
      sub(ult, r(pdp)),
      sub(mul(r(rp), K(f2)), r(rp)),
      sub(mul(r(pdp), chain(f2, ft)), r(pdp)),
      sub(r(rp), div(r(rp), chain(f2, ft))),
      mul(r(rp - pdp), sub(chain(f2, ft), r(1))),
      sub(ult, r(rp - pdp)),
    )
  },
  'cumulative-development-factor-from-24-months': (f) => {
    const [f1, f2, f3, ft] = figuresOf(f, 'f1', 'f2', 'f3x', 'ft')
    return at3(
      chain(f2, f3, ft),
      chain(f1, f2, f3, ft),
      add(r(1), K(f2 - 1000), K(f3 - 1000), K(ft - 1000)),
      chain(f2, f3),
      chain(f3, ft),
      chain(f1, f2, f3),
      div(r(1), chain(f2, f3, ft)),
      chain(f1, f3, ft),
    )
  },
  'bornhuetter-ferguson-ibnr': (f) => {
    const [ep, elr, rp, c] = figuresOf(f, 'ep', 'elr', 'rp', 'c')
    const expected = mul(r(ep), r(elr, 100))
    return at2(
      mul(expected, sub(r(1), div(r(1), K(c)))),
      sub(mul(r(rp), K(c)), r(rp)),
      mul(expected, sub(K(c), r(1))),
      sub(expected, r(rp)),
      div(expected, K(c)),
    )
  },
  'calendar-year-incurred-with-case-and-ibnr-changes': (f) => {
    const [p, c0, c1, i0, i1] = figuresOf(f, 'p', 'c0', 'c1', 'i0', 'i1')
    return at2(
      r(p + c1 - c0 + i1 - i0),
      r(p + c1 - c0),
      r(p + c1 + i1),
      r(p - (c1 - c0) - (i1 - i0)),
      r(p + i1 - i0),
    )
  },
  'calendar-year-loss-ratio-with-prior-year-development': (f) => {
    const [e, ay, dv, w] = figuresOf(f, 'e', 'ay', 'dv', 'w')
    return pct2(r(ay + dv, e), r(ay, e), r(ay - dv, e), r(ay + dv, w), r(dv, e))
  },
  'earned-premium-from-written-and-unearned-reserves': (f) => {
    const [w, u0, u1] = figuresOf(f, 'w', 'u0', 'u1')
    return at2(r(w + u0 - u1), r(w), r(w - u0 + u1), r(w - u1), r(w + u0))
  },
  'ultimate-loss-ratio-for-an-accident-year': (f) => {
    const [ep, w, rp, c] = figuresOf(f, 'ep', 'w', 'rp', 'c')
    const ult = mul(r(rp), K(c))
    return pct2(
      div(ult, r(ep)),
      r(rp, ep),
      div(ult, r(w)),
      div(sub(ult, r(rp)), r(ep)),
      div(div(r(rp), K(c)), r(ep)),
    )
  },
  'ibnr-from-an-ultimate-after-paid-and-case-reserves': (f) => {
    const [u, p, c] = figuresOf(f, 'u', 'p', 'c')
    return at2(r(u - p - c), r(u - p), r(u - c), r(c), r(p + c))
  },
}
