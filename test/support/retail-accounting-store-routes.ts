import {
  add,
  at1,
  at2,
  div,
  mul,
  P,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** A tax-inclusive amount with its VAT at `v` % taken out. */
const exVat = (x: R, v: number): R => div(x, r(100 + v, 100))

/** Store profit and payroll-adjacent figures worked again from each draw's costs and rates. */
export const STORE_ROUTES: Readonly<Record<string, Route>> = {
  'department-contribution-after-direct-costs': (f) => {
    const [s, c, sh, w, dc, o] = figuresOf(f, 's', 'c', 'sh', 'w', 'dc', 'o')
    return at2(
      r(s - c - sh - w - dc),
      r(s - c - sh - w - dc - o),
      r(s - c - sh - dc),
      r(s - c - w - dc),
      r(s - c - sh - w),
      r(s - c),
    )
  },
  'shared-rent-allocated-by-floor-area': (f) => {
    const [rent, a0, a1, a2, st, s0, s1, s2] = figuresOf(
      f,
      ...(['rent', 'a0', 'a1', 'a2', 'st', 's0', 's1', 's2'] as const),
    )
    const area = a0 + a1 + a2
    return at2(
      r(rent * a0, area),
      r(rent * s0, s0 + s1 + s2),
      r(rent, 3),
      r(rent * a0, area + st),
      r(rent * (a0 + st), area + st),
    )
  },
  'tiered-sales-commission-for-the-month': (f) => {
    const [t1, n, a, b] = figuresOf(f, 't1', 'n', 'a', 'b')
    return at2(
      r(t1 * a + (n - t1) * b, 100),
      r(n * b, 100),
      r(n * a, 100),
      r((n - t1) * b, 100),
      r(t1 * a, 100),
      r(n * (a + b), 200),
    )
  },
  'commission-net-of-returns-and-clawback': (f) => {
    const [v, g, r1, r0, c] = figuresOf(f, 'v', 'g', 'r1', 'r0', 'c')
    const on = (x: R) => mul(x, P(c))
    return at2(
      on(exVat(r(g - r1 - r0), v)),
      on(r(g - r1 - r0)),
      on(exVat(r(g - r1), v)),
      on(exVat(r(g), v)),
      on(mul(r(g - r1 - r0), P(100 - v))),
    )
  },
  'gross-profit-on-staff-sales': (f) => {
    const [l, c, d] = figuresOf(f, 'l', 'c', 'd')
    return at2(
      r(l * (100 - c - d), 100),
      r(l * (100 - c), 100),
      r(l * (100 - d) * (100 - c), 10000),
      r(l * d, 100),
      r(l * (100 - d), 100),
    )
  },
  'wages-as-a-share-of-net-sales': (f) => {
    const [v, t, rt, w, o] = figuresOf(f, 'v', 't', 'rt', 'w', 'o')
    const cost = r(w * (100 + o), 100)
    return pct2(
      div(cost, exVat(r(t - rt), v)),
      div(cost, r(t - rt)),
      div(r(w), exVat(r(t - rt), v)),
      div(cost, exVat(r(t), v)),
      div(cost, r((t - rt) * (100 - v), 100)),
    )
  },
  'labour-hours-a-sales-plan-pays-for': (f) => {
    const [v, t, w, h, o] = figuresOf(f, 'v', 't', 'w', 'h', 'o')
    const budget = mul(exVat(r(t), v), P(w))
    const loaded = r(h * (100 + o), 100)
    return at1(
      div(budget, loaded),
      div(r(t * w, 100), loaded),
      div(budget, r(h)),
      div(mul(budget, P(100 + o)), r(h)),
      div(r(t * (100 - v) * w, 10000), loaded),
      div(mul(budget, P(100 - o)), r(h)),
    )
  },
  'store-break-even-sales': (f) => {
    const [fixed, u, k, c, v] = figuresOf(f, 'f', 'u', 'k', 'c', 'v')
    const margin = r(u, 100 + u)
    const variable = r(k * 10 + c * 100, 10000)
    const be = div(r(fixed), sub(margin, variable))
    return at2(
      be,
      div(r(fixed), sub(r(u, 100), variable)),
      div(r(fixed), margin),
      div(r(fixed), sub(margin, r(k, 1000))),
      mul(be, P(100 + v)),
    )
  },
  'four-wall-profit-of-a-store': (f) => {
    const [s, c, w, oc, k, ot, ho] = figuresOf(f, 's', 'c', 'w', 'oc', 'k', 'ot', 'ho')
    const before = r(s - c - w - oc - ot)
    const fees = r(s * k, 1000)
    return at2(
      sub(before, fees),
      sub(sub(before, fees), r(ho)),
      before,
      add(sub(before, fees), r(oc)),
      sub(before, r((s - c) * k, 1000)),
      r(s - c),
    )
  },
  'head-office-costs-allocated-by-sales': (f) => {
    const [h, s0, s1, s2, s3, a0, a1, a2, a3, n0, n1, n2, n3] = figuresOf(
      f,
      ...(['h', 's0', 's1', 's2', 's3', 'a0', 'a1', 'a2', 'a3', 'n0', 'n1', 'n2', 'n3'] as const),
    )
    return at2(
      r(h * s0, s0 + s1 + s2 + s3),
      r(h, 4),
      r(h * a0, a0 + a1 + a2 + a3),
      r(h * s0, s1 + s2 + s3),
      r(h * n0, n0 + n1 + n2 + n3),
    )
  },
  'department-margin-after-shrinkage': (f) => {
    const [s, c, shr, k] = figuresOf(f, 's', 'c', 'shr', 'k')
    const atCost = r(shr * k, 100)
    const gp = sub(r(s - c), atCost)
    return pct2(
      div(gp, r(s)),
      r(s - c, s),
      r(s - c - shr, s),
      div(gp, add(r(c), atCost)),
      div(sub(r(s - c), r(shr * (100 - k), 100)), r(s)),
    )
  },
  'sales-per-hour-worked': (f) => {
    const [v, t, hw, hp] = figuresOf(f, 'v', 't', 'hw', 'hp')
    const net = exVat(r(t), v)
    return at2(div(net, r(hw)), r(t, hw), div(net, r(hp)), r(t * (100 - v), 100 * hw), r(t, hp))
  },
  'store-margin-from-a-department-mix': (f) => {
    const [s0, s1, s2, m0, m1, m2] = figuresOf(f, 's0', 's1', 's2', 'm0', 'm1', 'm2')
    const gp = s0 * m0 + s1 * m1 + s2 * m2
    const sales = s0 + s1 + s2
    return pct2(
      r(gp, sales * 100),
      r(m0 + m1 + m2, 300),
      r(gp, sales * 100 - gp),
      r(m1, 100),
      r(s1 * m1 + s2 * m2, (s1 + s2) * 100),
    )
  },
  'holiday-pay-accrued-for-hourly-staff': (f) => {
    const [h0, hw, t, hr] = figuresOf(f, 'h0', 'hw', 't', 'hr')
    const earned = (x: number) => r(x * 1207, 10000)
    const pay = (x: R) => mul(x, r(hr))
    return at2(
      pay(sub(add(r(h0), earned(hw)), r(t))),
      pay(add(r(h0), earned(hw))),
      pay(add(add(r(h0), earned(hw)), r(t))),
      pay(sub(earned(hw), r(t))),
      pay(earned(hw)),
    )
  },
  'bonus-cost-on-store-profit-above-target': (f) => {
    const [p, tg, b, o] = figuresOf(f, 'p', 'tg', 'b', 'o')
    const bonus = r((p - tg) * b, 100)
    return at2(
      mul(bonus, P(100 + o)),
      bonus,
      r(p * b * (100 + o), 10000),
      mul(bonus, P(100 - o)),
      r(tg * b * (100 + o), 10000),
    )
  },
  'occupancy-cost-as-a-share-of-sales': (f) => {
    const [v, rent, sc, rates, t] = figuresOf(f, 'v', 'rent', 'sc', 'rates', 't')
    const net = exVat(r(t), v)
    const occ = r(rent + sc + rates)
    return pct2(
      div(occ, net),
      r(rent + sc + rates, t),
      div(r(rent), net),
      div(r(rent + sc), net),
      div(occ, r(t * (100 - v), 100)),
    )
  },
}
