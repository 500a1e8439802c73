import {
  add,
  at2,
  div,
  type F,
  mul,
  P,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** Costs drawn in cents, as dollars. */
const c$ = (c: number): R => r(c, 100)

/** The retail-method pools of one draw and its closing stock at retail. */
function pools(f: F) {
  const [r0, c0, rp, cp, mu, md, s] = figuresOf(f, 'r0', 'c0', 'rp', 'cp', 'mu', 'md', 's')
  return { r0, c0, rp, cp, mu, md, s, end: r(r0 + rp + mu - md - s), cost: r(c0 + cp) }
}

/** Stock valuation worked again from each draw's pools, layers, rates and counts. */
export const STOCK_ROUTES: Readonly<Record<string, Route>> = {
  'retail-method-closing-stock-at-average-cost': (f) => {
    const p = pools(f)
    const avg = div(p.cost, r(p.r0 + p.rp + p.mu - p.md))
    return at2(
      mul(avg, p.end),
      mul(div(p.cost, r(p.r0 + p.rp + p.mu)), p.end),
      p.end,
      mul(div(r(p.cp), r(p.rp + p.mu - p.md)), p.end),
      mul(avg, add(p.end, r(p.md))),
      mul(div(p.cost, r(p.r0 + p.rp)), p.end),
    )
  },
  'retail-method-closing-stock-at-lower-of-cost-or-market': (f) => {
    const p = pools(f)
    const lcm = div(p.cost, r(p.r0 + p.rp + p.mu))
    return at2(
      mul(lcm, p.end),
      mul(div(p.cost, r(p.r0 + p.rp + p.mu - p.md)), p.end),
      mul(div(p.cost, r(p.r0 + p.rp)), p.end),
      p.end,
      mul(lcm, add(p.end, r(p.md))),
      mul(lcm, sub(p.end, r(p.mu))),
    )
  },
  'cost-of-sales-by-the-conventional-retail-method': (f) => {
    const p = pools(f)
    const lcm = div(p.cost, r(p.r0 + p.rp + p.mu))
    // Under the conventional ratio the cost of sales is the ratio times the sales and markdowns.
    const key = mul(lcm, r(p.s + p.md))
    return at2(
      key,
      mul(lcm, r(p.s)),
      sub(p.cost, mul(div(p.cost, r(p.r0 + p.rp + p.mu - p.md)), p.end)),
      sub(r(p.s), key),
      mul(lcm, r(p.s + p.md + p.mu)),
    )
  },
  'retail-method-closing-stock-on-fifo': (f) => {
    const p = pools(f)
    return at2(
      mul(div(r(p.cp), r(p.rp + p.mu - p.md)), p.end),
      mul(div(p.cost, r(p.r0 + p.rp + p.mu - p.md)), p.end),
      mul(div(r(p.cp), r(p.rp + p.mu)), p.end),
      mul(div(r(p.c0), r(p.r0)), p.end),
      p.end,
      mul(div(r(p.cp), r(p.rp)), p.end),
    )
  },
  'periodic-fifo-closing-stock': (f) => {
    const [q0, q1, q2, q3, c0, c1, c2, c3, k] = figuresOf(
      f,
      ...(['q0', 'q1', 'q2', 'q3', 'c0', 'c1', 'c2', 'c3', 'k'] as const),
    )
    const units = q0 + q1 + q2 + q3
    const all = r(q0 * c0 + q1 * c1 + q2 * c2 + q3 * c3, 100)
    return at2(
      add(mul(r(q3), c$(c3)), mul(r(k - q3), c$(c2))),
      add(mul(r(q0), c$(c0)), mul(r(k - q0), c$(c1))),
      mul(r(k), div(all, r(units))),
      mul(r(k), c$(c3)),
      mul(r(k), c$(c0)),
    )
  },
  'periodic-weighted-average-cost-of-sales': (f) => {
    const [q0, q1, q2, c0, c1, c2, sold] = figuresOf(f, 'q0', 'q1', 'q2', 'c0', 'c1', 'c2', 'sold')
    const avg = div(r(q0 * c0 + q1 * c1 + q2 * c2, 100), r(q0 + q1 + q2))
    // FIFO takes the opening layer first, then the purchases in order.
    const a = Math.min(sold, q0)
    const b = Math.min(sold - a, q1)
    const fifo = r(a * c0 + b * c1 + (sold - a - b) * c2, 100)
    return at2(
      mul(r(sold), avg),
      mul(r(sold), r(c0 + c1 + c2, 300)),
      fifo,
      mul(r(q0 + q1 + q2 - sold), avg),
      mul(r(sold), c$(c2)),
      mul(r(sold), div(r(q1 * c1 + q2 * c2, 100), r(q1 + q2))),
    )
  },
  'moving-average-cost-of-a-later-sale': (f) => {
    const [q0, c0, s1, q1, c1, s2] = figuresOf(f, 'q0', 'c0', 's1', 'q1', 'c1', 's2')
    const held = r((q0 - s1) * c0 + q1 * c1, 100)
    return at2(
      mul(r(s2), div(held, r(q0 - s1 + q1))),
      mul(r(s2), div(r(q0 * c0 + q1 * c1, 100), r(q0 + q1))),
      mul(r(s2), c$(c1)),
      mul(r(s2), c$(c0)),
      mul(r(s2), r(c0 + c1, 200)),
    )
  },
  'stock-lost-in-a-fire-by-the-gross-profit-method': (f) => {
    const [o, pu, fr, rt, m, s, v] = figuresOf(f, 'o', 'pu', 'fr', 'rt', 'm', 's', 'v')
    const lost = (avail: number, cos: R, salvage: number) => sub(sub(r(avail), cos), r(salvage))
    const cos = mul(r(s), r(100 - m, 100))
    return at2(
      lost(o + pu + fr - rt, cos, v),
      lost(o + pu + fr - rt, div(r(s), r(100 + m, 100)), v),
      lost(o + pu - rt, cos, v),
      lost(o + pu + fr, cos, v),
      lost(o + pu + fr - rt, cos, 0),
      lost(o + pu + fr - rt, mul(r(s), r(m, 100)), v),
    )
  },
  'month-end-stock-from-a-markup-on-cost': (f) => {
    const [o, pu, k, s] = figuresOf(f, 'o', 'pu', 'k', 's')
    const cos = div(r(s), r(100 + k, 100))
    return at2(
      sub(r(o + pu), cos),
      sub(r(o + pu), r(s * (100 - k), 100)),
      r(o + pu - s),
      sub(r(o + pu), r(s * k, 100 + k)),
      sub(r(pu), cos),
      cos,
    )
  },
  'shrinkage-accrued-at-cost-between-counts': (f) => {
    const [s, h, c, st] = figuresOf(f, 's', 'h', 'c', 'st')
    const retail = r(s * h, 1000)
    return at2(
      mul(retail, P(c)),
      retail,
      mul(retail, P(100 - c)),
      r(st * h * c, 100000),
      div(retail, P(c)),
    )
  },
  'write-down-to-net-realisable-value': (f) => {
    const [u, c, l, d, sell] = figuresOf(f, 'u', 'c', 'l', 'd', 'sell')
    const cleared = r(l * (100 - d), 100)
    const nrv = sub(cleared, r(sell))
    return at2(
      mul(r(u), sub(r(c), nrv)),
      mul(r(u), sub(r(c), cleared)),
      mul(r(u), nrv),
      mul(r(u), sub(r(l), nrv)),
      mul(r(u), sub(r(c), sub(r(c * (100 - d), 100), r(sell)))),
    )
  },
  'lower-of-cost-and-nrv-line-by-line': (f) => {
    const [c0, c1, c2, n0, n1, n2] = figuresOf(f, 'c0', 'c1', 'c2', 'n0', 'n1', 'n2')
    const pairs = [
      [c0, n0],
      [c1, n1],
      [c2, n2],
    ] as const
    const low = pairs.reduce((a, [c, n]) => a + Math.min(c, n), 0)
    const high = pairs.reduce((a, [c, n]) => a + Math.max(c, n), 0)
    const tc = c0 + c1 + c2
    const tn = n0 + n1 + n2
    return at2(
      r(low),
      r(Math.min(tc, tn)),
      r(tc),
      r(tn),
      r(high),
      r(tc - low),
      r(pairs.reduce((a, [c, n]) => a + (c <= n ? c : 0), 0)),
    )
  },
  'cost-of-sales-from-the-year-end-count': (f) => {
    const [o, pu, fi, fo, rt, dc, cl] = figuresOf(f, 'o', 'pu', 'fi', 'fo', 'rt', 'dc', 'cl')
    const available = o + pu + fi - rt - dc
    return at2(
      r(available - cl),
      r(available + fo - cl),
      r(available - fi - cl),
      r(available + rt - cl),
      r(available + dc - cl),
      r(available - o - cl),
    )
  },
  'landed-unit-cost-for-stock': (f) => {
    const [u, l, td, fr, du] = figuresOf(f, 'u', 'l', 'td', 'fr', 'du')
    const list = r(u * l)
    const net = mul(list, P(100 - td))
    const duty = mul(net, P(du))
    const each = (x: R) => div(x, r(u))
    const landed = add(net, duty, r(fr))
    return at2(
      each(landed),
      each(mul(landed, r(120, 100))),
      each(add(net, mul(list, P(du)), r(fr))),
      each(add(net, duty)),
      each(add(net, r(fr))),
      each(add(list, duty, r(fr))),
    )
  },
  'conventional-cost-ratio-with-freight-and-returns': (f) => {
    const [c0, r0, cp, rp, fr, rtc, rtr, mu, muc, md] = figuresOf(
      f,
      ...(['c0', 'r0', 'cp', 'rp', 'fr', 'rtc', 'rtr', 'mu', 'muc', 'md'] as const),
    )
    const cost = c0 + cp + fr - rtc
    const retail = r0 + rp - rtr + mu - muc
    return pct2(
      r(cost, retail),
      r(cost - fr, retail),
      r(cost, retail - md),
      r(cost, retail + muc),
      r(cost + rtc, retail + rtr),
      r(cost, retail - mu + muc),
    )
  },
  'retail-method-stock-after-staff-discounts-and-shrink': (f) => {
    const [av, s, md, ed, sh, c] = figuresOf(f, 'av', 's', 'md', 'ed', 'sh', 'c')
    const end = av - s - md - ed - sh
    return at2(
      r(end * c, 100),
      r((end + ed) * c, 100),
      r((end + sh) * c, 100),
      r(end * (100 - c), 100),
      r((av - s) * c, 100),
      r(end),
    )
  },
}
