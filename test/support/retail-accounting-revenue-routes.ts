import {
  add,
  at2,
  div,
  mul,
  P,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** A tax-inclusive amount with its VAT at `v` % taken out. */
const exVat = (x: R, v: number): R => div(x, r(100 + v, 100))

/** Customer liabilities and revenue worked again from each draw's balances, rates and prices. */
export const REVENUE_ROUTES: Readonly<Record<string, Route>> = {
  'gift-card-liability-at-year-end': (f) => {
    const [l0, s, rd, b] = figuresOf(f, 'l0', 's', 'rd', 'b')
    return at2(
      r(l0 + s - rd - b),
      r(l0 + s - rd),
      r(s - rd - b),
      r(l0 + s - b),
      r(l0 - rd - b),
      r(l0 + s),
      r(s - rd),
    )
  },
  'gift-card-breakage-in-proportion-to-redemptions': (f) => {
    const [g, b, rd, rd0] = figuresOf(f, 'g', 'b', 'rd', 'rd0')
    const pool = r(g * b, 100)
    const expected = r(g * (100 - b), 100)
    const share = (x: number, of: R) => mul(pool, div(r(x), of))
    return at2(
      sub(share(rd, expected), share(rd0, expected)),
      r((rd - rd0) * b, 100),
      sub(pool, share(rd0, expected)),
      sub(share(rd, r(g)), share(rd0, r(g))),
      share(rd, expected),
      pool,
      r(rd * b, 100),
    )
  },
  'revenue-from-gift-cards-in-the-year': (f) => {
    const [v, s, rd, b] = figuresOf(f, 'v', 's', 'rd', 'b')
    return at2(
      add(exVat(r(rd), v), r(b)),
      exVat(r(s), v),
      exVat(r(rd), v),
      r(rd + b),
      add(exVat(r(s), v), r(b)),
    )
  },
  'layaway-revenue-on-collection': (f) => {
    const [pc0, d, i, po] = figuresOf(f, 'pc0', 'd', 'i', 'po')
    return at2(r(pc0), r(pc0 - d + i), r(pc0 - d), r(pc0 + i), r(i), r(pc0 + po), r(po))
  },
  'layaway-refund-after-a-cancellation-fee': (f) => {
    const [p, paid, fee] = figuresOf(f, 'p', 'paid', 'f')
    const kept = r(p * fee, 100)
    return at2(
      sub(r(paid), kept),
      r(paid * (100 - fee), 100),
      r(paid),
      kept,
      sub(r(paid), r((p - paid) * fee, 100)),
    )
  },
  'revenue-net-of-expected-returns': (f) => {
    const [v, s, rr] = figuresOf(f, 'v', 's', 'rr')
    const net = exVat(r(s), v)
    return at2(
      mul(net, P(100 - rr)),
      net,
      r(s * (100 - rr), 100),
      sub(net, r(s * rr, 100)),
      r(s * (100 - v) * (100 - rr), 10000),
    )
  },
  'returns-asset-for-goods-expected-back': (f) => {
    const [s, rr, c, k] = figuresOf(f, 's', 'rr', 'c', 'k')
    const atCost = r(s * rr * c, 10000)
    return at2(
      mul(atCost, P(100 - k)),
      r(s * rr, 100),
      atCost,
      r(s * rr * (100 - c) * (100 - k), 1000000),
      r(s * rr * k, 10000),
    )
  },
  'refund-liability-at-month-end': (f) => {
    const [l0, s, rr, a] = figuresOf(f, 'l0', 's', 'rr', 'a')
    const expected = r(s * rr, 100)
    return at2(
      sub(add(r(l0), expected), r(a)),
      add(r(l0), expected),
      sub(expected, r(a)),
      add(r(l0), expected, r(a)),
      r(l0),
      expected,
    )
  },
  'loyalty-points-allocated-from-a-sale': (f) => {
    const [p, pts, val, q] = figuresOf(f, 'p', 'pts', 'val', 'q')
    const face = r(p * pts * val, 100)
    const alloc = (x: R) => div(mul(r(p), x), add(r(p), x))
    const ssp = mul(face, P(q))
    return at2(alloc(ssp), ssp, face, alloc(face), alloc(mul(face, P(100 - q))))
  },
  'loyalty-revenue-released-after-a-changed-estimate': (f) => {
    const [d, e0, e1, r0, r1] = figuresOf(f, 'd', 'e0', 'e1', 'r0', 'r1')
    const before = r(d * r0, e0)
    return at2(
      sub(r(d * r1, e1), before),
      sub(r(d * r1, e0), before),
      r(d * (r1 - r0), e1),
      r(d * r1, e1),
      r(d * (r1 - r0), e0),
      sub(r(d), r(d * r1, e1)),
    )
  },
  'commission-revenue-on-consigned-goods': (f) => {
    const [s, c, u] = figuresOf(f, 's', 'c', 'u')
    return at2(
      r(s * c, 100),
      r(s),
      r(s * (100 - c), 100),
      r((s + u) * c, 100),
      r(s * (100 - c) * c, 10000),
    )
  },
  'amount-owed-to-a-concession': (f) => {
    const [t, k, c, fee] = figuresOf(f, 't', 'k', 'c', 'f')
    const cardFees = r(k * fee, 1000)
    const afterCommission = r(t * (100 - c), 100)
    return at2(
      sub(afterCommission, cardFees),
      afterCommission,
      sub(afterCommission, r(t * fee, 1000)),
      mul(sub(r(t), cardFees), P(100 - c)),
      add(r(t * c, 100), cardFees),
    )
  },
  'extended-warranty-revenue-to-the-year-end': (f) => {
    const [w, n, m0, m] = figuresOf(f, 'w', 'n', 'm0', 'm')
    return at2(
      r(w * (m - m0), n),
      r(w * Math.min(m, n), n),
      r(w),
      r(w * (m - m0), n + m0),
      r(w * m, n + m0),
    )
  },
  'bundle-price-allocated-to-the-goods': (f) => {
    const [b, si, sa, sw] = figuresOf(f, 'b', 'si', 'sa', 'sw')
    return at2(r(b * si, si + sa + sw), r(si), r(b - sa - sw), r(b * si, si + sa), r(b, 3))
  },
  'special-order-deposits-held-at-month-end': (f) => {
    const [l0, d, da, rc, fd] = figuresOf(f, 'l0', 'd', 'da', 'rc', 'fd')
    return at2(
      r(l0 + d - da - rc - fd),
      r(l0 + d - da - rc),
      r(l0 + d - da - fd),
      r(d - da - rc - fd),
      r(l0 + d - rc - fd),
    )
  },
  'membership-fee-revenue-to-the-year-end': (f) => {
    const [fee, n, m] = figuresOf(f, 'fee', 'n', 'm')
    return at2(
      r(fee * n * m, 12),
      r(fee * n),
      r(fee * n * (12 - m), 12),
      r(fee * n * (m + 1), 12),
      r(fee * m, 12),
    )
  },
}
