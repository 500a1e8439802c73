import {
  add,
  at0,
  cents2,
  cut,
  div,
  mul,
  pc,
  pct1,
  pct2,
  type Route,
  r,
  sub,
  tenth,
  up,
  usd,
  w,
} from './affiliate-marketing-second-working.js'
import { figuresOf } from './drawn-figures.js'

const q = (a: number, b: number) => r(a, b)
/** Dollars from cents divided by a count. */
const per = (c: number, k: number) => r(c, 100 * k)

/** Performance worked again from each draw's clicks, orders, commission and costs. */
export const PERFORMANCE_ROUTES: Readonly<Record<string, Route>> = {
  'net-earnings-per-click': (f) => {
    const [k, imp, o, c, rv, u] = figuresOf(f, 'k', 'imp', 'o', 'c', 'rv', 'u')
    const net = c - rv
    return cents2(
      per(net, k),
      per(c, k),
      per(net, u),
      per(net, o),
      per(c - 2 * rv, k),
      per(rv, k),
      per(net, imp),
    )
  },
  'reversal-rate-by-commission': (f) => {
    const [c, rv, o, ro] = figuresOf(f, 'c', 'rv', 'o', 'ro')
    return pct1(q(rv, c), q(ro, o), q(rv, c - rv), q(rv, c + rv), q(ro, o - ro), q(c - rv, c))
  },
  'average-order-value': (f) => {
    const [o, items, cust, rev, ship, t] = figuresOf(f, 'o', 'items', 'cust', 'rev', 'ship', 't')
    return cents2(
      per(rev, o),
      per(rev, items),
      per(rev, cust),
      per(rev + ship, o),
      div(cut(t, rev), w(o)),
      per(rev - ship, o),
      per(rev + ship, cust),
    )
  },
  'affiliate-campaign-roi': (f) => {
    const [spend, tools, c] = figuresOf(f, 'spend', 'tools', 'c')
    const cost = spend + tools
    return pct1(
      q(c - cost, cost),
      q(c, cost),
      q(c - spend, spend),
      q(c - cost, c),
      q(c - cost, spend),
      q(c - cost - spend, cost),
      q(c - spend, cost),
      q(c - cost - tools, cost),
    )
  },
  'merchant-cost-of-sale': (f) => {
    const [rev, t, ov, fee] = figuresOf(f, 'rev', 't', 'ov', 'fee')
    const com = cut(t, rev)
    const withOverride = mul(com, pc(100 + ov))
    const sales = usd(rev)
    return pct2(
      div(add(withOverride, usd(fee)), sales),
      tenth(t),
      div(add(com, usd(fee)), sales),
      div(withOverride, sales),
      add(tenth(t), pc(ov), q(fee, rev)),
      div(add(withOverride, usd(2 * fee)), sales),
    )
  },
  'pooled-epc-of-two-partners': (f) => {
    const [ka, kb, ca, cb] = figuresOf(f, 'ka', 'kb', 'ca', 'cb')
    const ea = per(ca, ka)
    const eb = per(cb, kb)
    return cents2(
      per(ca + cb, ka + kb),
      mul(add(ea, eb), r(1, 2)),
      per(ca + cb, Math.min(ka, kb)),
      per(ca + cb, Math.max(ka, kb)),
      per(ca + cb, 2 * (ka + kb)),
      add(ea, eb),
    )
  },
  'merchant-cost-per-new-customer': (f) => {
    const [com, fee, o, nc] = figuresOf(f, 'com', 'fee', 'o', 'nc')
    return cents2(
      per(com + fee, nc),
      per(com + fee, o),
      per(com, nc),
      per(com + fee, o - nc),
      per(com, o),
      per(com + 2 * fee, nc),
    )
  },
  'effective-commission-rate': (f) => {
    const [s, rt, t, b] = figuresOf(f, 's', 'rt', 't', 'b')
    const net = s - rt
    const pay = add(cut(t, net), usd(b))
    return pct2(
      div(pay, usd(net)),
      tenth(t),
      div(pay, usd(s)),
      div(add(cut(t, s), usd(b)), usd(net)),
      div(cut(t, net), usd(s)),
      add(tenth(t), q(2 * b, net)),
      add(tenth(t), q(b, rt)),
    )
  },
  'clicks-needed-for-a-target': (f) => {
    const [target, cr, rv, v, t] = figuresOf(f, 'target', 'cr', 'rv', 'v', 't')
    // Commission per click = conversion × approval × rate × order; clicks = target ÷ that.
    const clicks = (...rates: readonly (readonly [bigint, bigint])[]) =>
      up(div(usd(target), mul(usd(v), ...rates)))
    const kept = pc(100 - rv)
    return at0(
      clicks(tenth(cr), kept, tenth(t)),
      clicks(tenth(cr), tenth(t)),
      clicks(kept, tenth(t)),
      clicks(tenth(cr), kept),
      clicks(tenth(cr), pc(rv), tenth(t)),
      clicks(tenth(cr), kept, kept, tenth(t)),
    )
  },
  'change-in-epc-month-on-month': (f) => {
    const [k1, c1, k2, c2] = figuresOf(f, 'k1', 'c1', 'k2', 'c2')
    const e1 = q(c1, k1)
    const e2 = q(c2, k2)
    const commission = q(c2 - c1, c1)
    const clicks = q(k2 - k1, k1)
    return pct1(
      sub(div(e2, e1), r(1)),
      commission,
      div(sub(e2, e1), e2),
      sub(commission, clicks),
      add(commission, clicks),
      mul(commission, q(k1, k2)),
    )
  },
  'cost-per-incremental-sale': (f) => {
    const [s, inc, v, t] = figuresOf(f, 's', 'inc', 'v', 't')
    const com = cut(t, s * v)
    const incremental = q(s * inc, 100)
    return cents2(
      div(com, incremental),
      div(com, w(s)),
      div(com, q(s * (100 - inc), 100)),
      mul(div(com, w(s)), pc(inc)),
      div(usd(s * v), incremental),
      div(mul(com, pc(100 - inc)), incremental),
      div(com, q(s * inc * inc, 10000)),
      usd(v),
    )
  },
  'conversion-rate-after-reversals': (f) => {
    const [k, o, rv, u] = figuresOf(f, 'k', 'o', 'rv', 'u')
    return pct2(q(o - rv, k), q(o, k), q(o - rv, u), q(o - 2 * rv, k), q(o, u), q(o - rv, k + u))
  },
  'average-commission-per-approved-sale': (f) => {
    const [o, ro, c, rv] = figuresOf(f, 'o', 'ro', 'c', 'rv')
    return cents2(
      per(c - rv, o - ro),
      per(c - rv, o),
      per(c, o - ro),
      per(c, o),
      per(rv, ro),
      per(c + rv, o - ro),
    )
  },
  'top-partners-share-of-programme-sales': (f) => {
    const p = figuresOf(f, 'p0', 'p1', 'p2', 'p3', 'p4', 'p5')
    const d = [...p].sort((a, b) => b - a)
    const all = p.reduce((a, b) => a + b, 0)
    const top = d[0]! + d[1]! + d[2]!
    return pct1(
      q(top, all),
      q(p[0]! + p[1]! + p[2]!, all),
      q(d[0]!, all),
      q(all - top, all),
      q(d[0]! + d[1]!, all),
      q(top + d[3]!, all),
    )
  },
  'merchant-roi-on-affiliate-sales': (f) => {
    const [rev, m, t, fee] = figuresOf(f, 'rev', 'm', 't', 'fee')
    const margin = mul(usd(rev), pc(m))
    const com = cut(t, rev)
    const cost = add(com, usd(fee))
    return pct1(
      div(sub(margin, cost), cost),
      div(sub(usd(rev), cost), cost),
      div(margin, cost),
      div(sub(margin, com), com),
      div(sub(margin, cost), margin),
      div(sub(margin, add(cost, usd(fee))), cost),
    )
  },
  'earnings-per-hundred-clicks': (f) => {
    const [k, c, o, rv] = figuresOf(f, 'k', 'c', 'o', 'rv')
    return cents2(
      per(100 * (c - rv), k),
      per(100 * c, k),
      per(100 * rv, k),
      per(c - rv, o),
      per(100 * (c - 2 * rv), k),
      per(100 * (c - rv), k - o),
    )
  },
}
