import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at1,
  at2,
  C,
  counts,
  div,
  mul,
  pct1,
  type Route,
  r,
  sub,
} from './online-store-administration-second-working.js'

/** Inventory and stock worked again from each draw's counts, costs and stated rules. */
export const INVENTORY_ROUTES: Readonly<Record<string, Route>> = {
  'reorder-point-from-weekly-sales-and-a-lead-time-in-days': (f) => {
    const [w, l, s] = figuresOf(f, 'w', 'l', 's')
    return at0(
      r(w * l + 7 * s, 7),
      r(w * l + s),
      r(w * l + 5 * s, 5),
      r(w * l, 7),
      r(Math.ceil(w / 7) * l + s),
    )
  },
  'stock-on-hand-after-receipts-returns-and-write-offs': (f) => {
    const [o, rc, sd, r1, r2, wo] = figuresOf(f, 'o', 'rc', 'sd', 'r1', 'r2', 'wo')
    const base = o + rc - sd
    return counts(
      base + r1 - wo,
      base + r1 + r2 - wo,
      base - wo,
      base + r1,
      base - r1 - wo,
      base + r1 + r2,
      base + r1 - r2 - wo,
    )
  },
  'available-to-sell-net-of-commitments': (f) => {
    const [h, c, q, inc] = figuresOf(f, 'h', 'c', 'q', 'inc')
    return counts(h - c - q, h - c, h - c - q + inc, h - q, h)
  },
  'days-of-cover-net-of-committed-orders': (f) => {
    const [t, s, c] = figuresOf(f, 't', 's', 'c')
    const free = s - c
    return at1(r(free * 28, t), r(s * 28, t), r(free * 30, t), r(free * 4, t), r(free * 20, t))
  },
  'kits-buildable-from-component-stock': (f) => {
    const [a, b, c, sa, sb, sc] = figuresOf(f, 'a', 'b', 'c', 'sa', 'sb', 'sc')
    const each = [Math.trunc(sa / a), Math.trunc(sb / b), Math.trunc(sc / c)]
    const stocks = [sa, sb, sc]
    const fewest = stocks.indexOf(Math.min(...stocks))
    return counts(
      Math.min(...each),
      stocks[fewest]!,
      each[fewest]!,
      Math.trunc((sa + sb + sc) / (a + b + c)),
      Math.max(...each),
      Math.trunc(stocks[fewest]! / Math.max(a, b, c)),
    )
  },
  'component-left-after-kits-and-singles': (f) => {
    const [a, k, s1, sa] = figuresOf(f, 'a', 'k', 's1', 'sa')
    return counts(sa - s1 - k * a, sa - s1 - k, sa - s1, sa - k * a, sa - s1 * a - k * a)
  },
  'shrink-rate-from-a-cycle-count-with-picked-orders': (f) => {
    const [s, t, c] = figuresOf(f, 's', 't', 'c')
    const missing = s - t - c
    return pct1(r(missing, s - t), r(s - c, s), r(missing, c), r(missing, s), r(s - c, s - t))
  },
  'stock-turn-on-average-inventory-at-cost': (f) => {
    const [op, cl, cogs, mu] = figuresOf(f, 'op', 'cl', 'cogs', 'mu')
    const avg = r(op + cl, 2)
    return at2(
      div(r(cogs), avg),
      div(r(cogs * (100 + mu), 100), avg),
      r(cogs, op + cl),
      r(cogs, cl),
      r(cogs, op),
      div(avg, r(cogs)),
      r(cogs * (100 + mu), 100 * cl),
    )
  },
  'weighted-average-cost-after-a-receipt-with-freight': (f) => {
    const [q1, c1, q2, c2, fr] = figuresOf(f, 'q1', 'c1', 'q2', 'c2', 'f')
    const goods = C(q1 * c1 + q2 * c2)
    return at2(
      div(add(goods, C(fr)), r(q1 + q2)),
      div(goods, r(q1 + q2)),
      add(div(goods, r(q1 + q2)), div(C(fr), r(q2))),
      add(C(c2), div(C(fr), r(q2))),
      div(add(C(c1 + c2), div(C(fr), r(q2))), r(2)),
      div(C(c1 + c2), r(2)),
    )
  },
  'order-quantity-rounded-up-to-case-packs': (f) => {
    const [k, tgt, oh, oo] = figuresOf(f, 'k', 'tgt', 'oh', 'oo')
    const need = tgt - oh - oo
    const cases = Math.floor((need + k - 1) / k)
    return counts(
      cases * k,
      need,
      Math.floor(need / k) * k,
      Math.floor((tgt - oh + k - 1) / k) * k,
      cases,
    )
  },
  'supplier-claim-for-short-and-damaged-units': (f) => {
    const [, sh, dm, c, v] = figuresOf(f, 'q', 'sh', 'dm', 'c', 'v')
    const gross = (u: number) => mul(C(c * u), r(100 + v, 100))
    return at2(
      gross(sh + dm),
      C(c * (sh + dm)),
      gross(sh),
      gross(dm),
      div(C(c * (sh + dm)), r(100 + v, 100)),
    )
  },
  'open-to-buy-units-for-next-month': (f) => {
    const [ps, pe, op, oo] = figuresOf(f, 'ps', 'pe', 'op', 'oo')
    return counts(
      ps + pe - op - oo,
      ps + pe - op,
      ps + pe + op - oo,
      ps + pe - oo,
      ps + pe + oo - op,
    )
  },
  'revenue-lost-to-a-stock-out-before-a-delivery': (f) => {
    const [d, l, s, p, c] = figuresOf(f, 'd', 'l', 's', 'p', 'c')
    const demand = 7 * d * l
    return at2(
      C((demand - s) * p),
      C((demand - s) * c),
      C(demand * p),
      C((demand - s) * (p - c)),
      C((demand + s) * p),
      C(((7 * l + 1) * d - s) * p),
    )
  },
  'fifo-cost-of-units-sold-across-two-batches': (f) => {
    const [q1, c1, q2, c2, s] = figuresOf(f, 'q1', 'c1', 'q2', 'c2', 's')
    const newestFirst = s <= q2 ? C(s * c2) : C(q2 * c2 + (s - q2) * c1)
    return at2(
      C(q1 * c1 + (s - q1) * c2),
      C(s * c1),
      C(s * c2),
      newestFirst,
      mul(C(q1 * c1 + q2 * c2), r(s, q1 + q2)),
      C(q1 * c1),
    )
  },
  'min-max-order-quantity-with-backorders': (f) => {
    const [mx, mn, oh, oo, bo] = figuresOf(f, 'mx', 'mn', 'oh', 'oo', 'bo')
    return counts(
      mx - oh - oo + bo,
      mx - oh + bo,
      mx - oh - oo,
      mx - mn,
      mx - oh - oo - bo,
      mx - oo + bo,
    )
  },
  'write-down-of-slow-stock-to-net-realisable-value': (f) => {
    const [q, c, p, s] = figuresOf(f, 'q', 'c', 'p', 's')
    return at2(
      C(q * (c - p + s)),
      C(q * (c - p)),
      C(q * c),
      C(q * (p - s)),
      sub(C(q * c), C(q * (p + s))),
    )
  },
}
