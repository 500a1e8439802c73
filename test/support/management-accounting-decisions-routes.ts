import { figuresOf } from './drawn-figures.js'
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
} from './management-accounting-second-working.js'

/** The most contribution from `m` kg, filling demand in the given order with whole units. */
function fill(m: number, order: readonly (readonly [number, number, number])[]): number {
  let left = m
  let total = 0
  for (const [kg, contribution, demand] of order) {
    const units = Math.min(demand, Math.floor(left / kg))
    left -= units * kg
    total += units * contribution
  }
  return total
}

/** Decisions worked again from each draw's relevant costs, capacities, prices and capital. */
export const DECISIONS_ROUTES: Readonly<Record<string, Route>> = {
  'relevant-cost-of-material-in-stock-with-no-other-use': (f) => {
    const [q, s, h, rp, sv] = figuresOf(f, 'q', 's', 'h', 'rp', 'sv')
    const buy = (q - s) * rp
    return at0(r(s * sv + buy), r(q * h), r(q * rp), r(s * h + buy), r(q * sv), r(buy))
  },
  'relevant-cost-of-labour-with-some-spare-hours': (f) => {
    const [hn, sp, w] = figuresOf(f, 'hn', 'sp', 'w')
    const extra = hn - sp
    const overtime = r(extra * w * 3, 2)
    return at0(
      overtime,
      r(hn * w),
      r(hn * w * 3, 2),
      r(extra * w),
      add(r(hn * w), r(extra * w, 2)),
      r(extra * w, 2),
      add(r(sp * w), overtime),
      sub(overtime, r(sp * w)),
    )
  },
  'annual-saving-from-making-instead-of-buying': (f) => {
    const [v, fa, b, q, av] = figuresOf(f, 'v', 'fa', 'b', 'q', 'av')
    const buyCost = q * b
    const makeCost = q * v + av
    const saving = buyCost - makeCost
    return at0(
      r(saving),
      r(saving - q * fa),
      r(q * (b - v)),
      r(b - v),
      r(q * (b - v) + av),
      r(buyCost - q * (v + fa)),
      r(saving, q),
    )
  },
  'contribution-from-a-scarce-material': (f) => {
    const [ka, kb, ca, cb, da, db, m] = figuresOf(f, 'ka', 'kb', 'ca', 'cb', 'da', 'db', 'm')
    const A = [ka, ca, da] as const
    const B = [kb, cb, db] as const
    const aPerKgFirst = ca * kb > cb * ka
    const key = fill(m, aPerKgFirst ? [A, B] : [B, A])
    const byUnit = fill(m, ca > cb ? [A, B] : [B, A])
    const [kBest, cBest] = aPerKgFirst ? [ka, ca] : [kb, cb]
    const half = m / 2
    return at0(
      r(key),
      r(byUnit),
      r(Math.floor(m / kBest) * cBest),
      r(da * ca + db * cb),
      r(Math.floor(half / ka) * ca + Math.floor(half / kb) * cb),
    )
  },
  'minimum-price-for-a-special-order-with-spare-capacity': (f) => {
    const [v, fo, q, e, p] = figuresOf(f, 'v', 'f', 'q', 'e', 'p')
    const tool = r(e, q)
    return at2(add(C(v), tool), add(C(v + fo), tool), C(v), C(v + fo), C(p - fo), C(p))
  },
  'minimum-price-when-scarce-labour-is-diverted': (f) => {
    const [inc, l, w, c, fo] = figuresOf(f, 'inc', 'l', 'w', 'c', 'fo')
    const lost = l * c
    return at0(
      r(inc + lost),
      r(inc),
      r(inc + lost + l * w),
      r(inc + lost + l * fo),
      r(inc - l * w + lost),
      r(lost),
      r(inc + l * w),
    )
  },
  'profit-lost-by-closing-a-loss-making-segment': (f) => {
    const [rv, vc, a, fc] = figuresOf(f, 'r', 'vc', 'a', 'f')
    const contribution = rv - vc
    const saved = r(fc * a, 100)
    const stays = r(fc * (100 - a), 100)
    return at0(
      sub(r(contribution), saved),
      r(contribution),
      sub(r(contribution), stays),
      sub(r(rv), saved),
      saved,
    )
  },
  'minimum-transfer-price-at-full-capacity': (f) => {
    const [v, fo, p, s] = figuresOf(f, 'v', 'f', 'p', 's')
    return at2(C(p - s), C(v), C(p), C(v + fo), C(p + s))
  },
  'minimum-transfer-price-with-some-spare-capacity': (f) => {
    const [v, p, s, q, sp] = figuresOf(f, 'v', 'p', 's', 'q', 'sp')
    const displaced = q - sp
    // The whole order's lowest acceptable total, in cents, over the units ordered.
    const total = (lostOn: number, lostEach: number) => r(q * v + lostOn * lostEach, 100 * q)
    return at2(
      total(displaced, p - s - v),
      C(v),
      C(p - s),
      total(sp, p - s - v),
      total(displaced, p - v),
      C(p),
    )
  },
  'return-on-investment-on-controllable-profit': (f) => {
    const [nbv, gross, pc0, hq, dep] = figuresOf(f, 'nbv', 'gross', 'pc0', 'hq', 'dep')
    return pct1(
      r(pc0, nbv),
      r(pc0 - hq, nbv),
      r(pc0, gross),
      r(pc0 + dep, nbv),
      r(pc0 - hq, gross),
      r(pc0, nbv - dep),
      r(pc0 + dep, gross),
    )
  },
  'residual-income-on-profit-before-interest': (f) => {
    const [k, c, i, p] = figuresOf(f, 'k', 'c', 'i', 'p')
    const charge = mul(r(k), P(c))
    const before = r(p + i)
    return at0(
      sub(before, charge),
      sub(r(p), charge),
      before,
      mul(before, P(100 - c)),
      add(before, charge),
    )
  },
  'roi-after-taking-a-new-project': (f) => {
    const [k, p, kn, pn] = figuresOf(f, 'k', 'p', 'kn', 'pn')
    return pct1(
      r(p + pn, k + kn),
      div(add(r(p, k), r(pn, kn)), r(2)),
      r(pn, kn),
      r(p + pn, k),
      r(p, k + kn),
    )
  },
  'gain-from-processing-a-joint-product-further': (f) => {
    const [s, c, t, j, q] = figuresOf(f, 's', 'c', 't', 'j', 'q')
    const kg = (cents: number) => r(q * cents, 100)
    return at0(kg(t - s - c), kg(t - c - j), kg(t - s), kg(t - c), kg(t - s - c - j))
  },
  'relevant-cost-of-using-an-owned-machine': (f) => {
    const [nb, d0, d1, dep] = figuresOf(f, 'nb', 'd0', 'd1', 'dep')
    return at0(r(d0 - d1), r(nb), r(dep), r(nb - d1), r(d0))
  },
  'contribution-per-labour-hour-for-ranking': (f) => {
    const [h, w, o, fo, m, p] = figuresOf(f, 'h', 'w', 'o', 'fo', 'm', 'p')
    const perUnit = p - m - h * w - h * o
    return at2(r(perUnit, h), r(perUnit - h * fo, h), r(perUnit), r(p - m, h), r(p - m - h * w, h))
  },
  'cost-gap-to-a-target-cost': (f) => {
    const [p, m, cc] = figuresOf(f, 'p', 'm', 'cc')
    const cost = C(cc)
    return at2(
      sub(cost, mul(r(p), P(100 - m))),
      sub(cost, div(r(p), P(100 + m))),
      sub(cost, mul(r(p), P(m))),
      mul(cost, P(m)),
      mul(r(p), P(100 - m)),
      sub(mul(cost, P(100 + m)), r(p)),
    )
  },
}
