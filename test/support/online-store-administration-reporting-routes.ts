import { dp } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import {
  add,
  at2,
  C,
  ceilR,
  counts,
  div,
  floorR,
  mul,
  P,
  pct1,
  type R,
  type Route,
  r,
  sub,
} from './online-store-administration-second-working.js'

const ONE = r(1)
/** Rates written as percentages to two places, the conversion report's precision. */
const pct2 = (...xs: readonly R[]) => ({
  key: dp(mul(xs[0]!, r(100)), 2),
  wrong: xs.slice(1).map((x) => dp(mul(x, r(100)), 2)),
})

/** Store reporting worked again from each draw's counts and sums and the stated definitions. */
export const REPORTING_ROUTES: Readonly<Record<string, Route>> = {
  'average-order-value-excluding-shipping-and-tax': (f) => {
    const [o, net, sh, tx, u, c] = figuresOf(f, 'o', 'net', 'sh', 'tx', 'u', 'c')
    return at2(
      div(C(net), r(o)),
      div(C(net + sh + tx), r(o)),
      div(C(net + tx), r(o)),
      div(C(net), r(o + c)),
      div(C(net), r(u)),
    )
  },
  'conversion-rate-excluding-test-orders': (f) => {
    const [s, v, o, k, cu] = figuresOf(f, 's', 'v', 'o', 'k', 'cu')
    return pct2(r(o - k, s), r(o, s), r(o - k, v), r(cu - k, s), r(o, v))
  },
  'abandoned-cart-recovery-rate-on-emailed-carts': (f) => {
    const [a, e, op, cl, rc] = figuresOf(f, 'a', 'e', 'op', 'cl', 'r')
    return pct1(r(rc, e), r(rc, a), r(rc, op), r(rc, cl), r(cl, e))
  },
  'sell-through-rate-net-of-returns': (f) => {
    const [op, rc, sd, rt] = figuresOf(f, 'op', 'rc', 'sd', 'rt')
    const net = sd - rt
    const base = op + rc
    return pct1(r(net, base), r(sd, base), r(net, rc), r(net, base + rt), r(net, base - net))
  },
  'returns-rate-by-value-not-units': (f) => {
    const [u, ru, v, rv] = figuresOf(f, 'u', 'ru', 'v', 'rv')
    return pct1(r(rv, v), r(ru, u), r(rv, v - rv), r(ru, u - ru), r(rv, v + rv))
  },
  'contribution-margin-after-fees-and-postage': (f) => {
    const [s, c, pf, mf, po] = figuresOf(f, 'r', 'c', 'pf', 'mf', 'po')
    const left = s - c - pf - mf - po
    return pct1(r(left, s), r(s - c, s), r(s - c - pf - mf, s), r(left, c), r(left, s + po))
  },
  'relative-change-in-conversion-rate': (f) => {
    const [s1, s2, o1, o2] = figuresOf(f, 's1', 's2', 'o1', 'o2')
    const april = r(o1, s1)
    const may = r(o2, s2)
    return pct1(
      sub(div(may, april), ONE),
      sub(may, april),
      sub(ONE, div(april, may)),
      r(o2 - o1, o1),
      div(mul(sub(may, april), r(2)), add(april, may)),
    )
  },
  'change-in-returns-rate-in-percentage-points': (f) => {
    const [o1, o2, r1, r2] = figuresOf(f, 'o1', 'o2', 'r1', 'r2')
    const q1 = r(r1, o1)
    const q2 = r(r2, o2)
    return pct1(sub(q2, q1), sub(div(q2, q1), ONE), r(r2 - r1, r1), r(r2 - r1, o2), r(r2 - r1, o1))
  },
  'repeat-customer-rate-from-order-counts': (f) => {
    const [c1, c2, c3, o3] = figuresOf(f, 'c1', 'c2', 'c3', 'o3')
    const customers = c1 + c2 + c3
    const orders = c1 + 2 * c2 + o3
    return pct1(
      r(c2 + c3, customers),
      r(2 * c2 + o3, orders),
      r(c2, customers),
      r(c2 + c3, c1),
      r(c2 + o3 - c3, orders),
    )
  },
  'customer-lifetime-gross-profit': (f) => {
    const [aov, fq, y, m] = figuresOf(f, 'aov', 'f', 'y', 'm')
    const spend = mul(C(aov), r(fq * y, 10))
    return at2(
      mul(spend, P(m)),
      spend,
      mul(C(aov), r(fq, 10), P(m)),
      mul(spend, P(100 - m)),
      mul(C(aov), r(y), P(m)),
      mul(spend, r(m, 100 - m)),
    )
  },
  'orders-to-recoup-the-cost-of-acquiring-a-customer': (f) => {
    const [sp, nc, aov, m] = figuresOf(f, 'sp', 'nc', 'aov', 'm')
    const cac = r(sp, nc * 100)
    const perOrder = mul(C(aov), P(m))
    const orders = (x: R) => Number(ceilR(x)[0])
    return counts(
      orders(div(cac, perOrder)),
      orders(div(cac, C(aov))),
      orders(div(cac, mul(C(aov), r(m, 100 + m)))),
      Number(floorR(div(cac, perOrder))[0]),
      orders(div(cac, mul(C(aov), P(100 - m)))),
    )
  },
  'return-on-ad-spend-net-of-refunds': (f) => {
    const [sp, rev, rf] = figuresOf(f, 'sp', 'rev', 'rf')
    return at2(
      r(rev - rf, sp),
      r(rev, sp),
      r(rev - rf - sp, sp),
      r(rev + rf, sp),
      r(rev, sp + rf),
      r(sp, rev - rf),
      r(rev - rf + sp, sp),
    )
  },
  'discounts-as-a-share-of-gross-sales': (f) => {
    const [g, d, rt] = figuresOf(f, 'g', 'd', 'rt')
    return pct1(r(d, g), r(d, g - d), r(d, g - d - rt), r(d, g + d), r(d + rt, g))
  },
  'blended-margin-across-categories-by-sales': (f) => {
    const [ra, rb, rc, ma, mb, mc] = figuresOf(f, 'ra', 'rb', 'rc', 'ma', 'mb', 'mc')
    const profit = ra * ma + rb * mb + rc * mc
    const cost = ra * (100 - ma) + rb * (100 - mb) + rc * (100 - mc)
    return pct1(
      r(profit, (ra + rb + rc) * 100),
      r(ma + mb + mc, 300),
      P(Math.max(ma, mb, mc)),
      r(profit, cost),
      P(Math.min(ma, mb, mc)),
    )
  },
  'net-sales-from-a-sales-summary': (f) => {
    const [g, d, rt, sh, tx] = figuresOf(f, 'g', 'd', 'rt', 'sh', 'tx')
    const net = g - d - rt
    return at2(C(net), C(g - d), C(net + sh + tx), C(net - tx), C(g - rt))
  },
  'units-per-order-excluding-gift-cards': (f) => {
    const [o, u, gc, go] = figuresOf(f, 'o', 'u', 'gc', 'go')
    return at2(r(u - gc, o - go), r(u, o), r(u - gc, o), r(u, o - go), r(o - go, u - gc))
  },
}
