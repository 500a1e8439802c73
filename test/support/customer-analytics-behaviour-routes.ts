import {
  add,
  cents2,
  div,
  dp1,
  dp2,
  list,
  n,
  pct1,
  q,
  r,
  sub,
  usd,
} from './customer-analytics-second-working.js'
import type { SecondRoute } from './scenario-key-checks.js'

/** Purchase behaviour worked again from each draw's counts and cents. */
export const BEHAVIOUR_ROUTES: Readonly<Record<string, SecondRoute>> = {
  'aov-net-of-refunds': (f) => {
    const [o, c, k, u, g, rf] = ['o', 'c', 'k', 'u', 'g', 'r'].map((x) => n(f, x)) as number[]
    const net = usd(g! - rf!)
    return cents2(
      div(net, r(o!)),
      div(usd(g!), r(o!)),
      div(net, r(c!)),
      div(net, r(o! - k!)),
      div(net, r(u!)),
      div(net, r(o! + k!)),
    )
  },
  'purchase-frequency-in-window': (f) => {
    const [c, o, b, nw, x] = ['c', 'o', 'b', 'n', 'x'].map((k) => n(f, k)) as number[]
    return dp2(
      q(o!, c!),
      q(o!, b!),
      q(o! - c!, c!),
      q(o!, c! - nw!),
      q(o! + x!, c!),
      q(o!, c! - n(f, 'one')),
      q(c!, o!),
    )
  },
  'repeat-customer-rate': (f) => {
    const [c, one, o] = ['c', 'one', 'o'].map((k) => n(f, k)) as number[]
    const rep = c! - one!
    return pct1(
      q(rep, c!),
      q(one!, c!),
      q(o! - c!, o!),
      q(rep, o!),
      q(o! - c!, c!),
      q(n(f, 'c3'), c!),
      q(rep, one!),
    )
  },
  'units-per-order-excluding-free-gifts': (f) => {
    const [o, c, x, g, u, l] = ['o', 'c', 'x', 'g', 'u', 'l'].map((k) => n(f, k)) as number[]
    const paid = u! - g!
    return dp2(q(paid, o!), q(u!, o!), q(paid, c!), q(paid, o! + x!), q(l!, o!))
  },
  'share-of-wallet': (f) => {
    const [t, s, a] = ['t', 's', 'a'].map((k) => n(f, k)) as number[]
    return pct1(
      q(s!, t!),
      q(s!, t! + s!),
      q(s!, t! - s!),
      q(t! - s!, t!),
      q(s!, a!),
      q(s!, s! + n(f, 'c')),
      q(1, n(f, 'k')),
    )
  },
  'net-revenue-per-active-customer': (f) => {
    const [a, b, nw, o, g, rf] = ['a', 'b', 'n', 'o', 'g', 'r'].map((k) => n(f, k)) as number[]
    const net = usd(g! - rf!)
    return cents2(
      div(net, r(a!)),
      div(usd(g!), r(a!)),
      div(net, r(b!)),
      div(net, r(o!)),
      div(net, r(3 * a!)),
      div(net, r(nw!)),
    )
  },
  'merchandise-aov-excluding-shipping-and-tax': (f) => {
    const [o, c, m, s, x, d] = ['o', 'c', 'm', 's', 'x', 'd'].map((k) => n(f, k)) as number[]
    const total = m! + s! + x!
    return cents2(
      q(m!, 100 * o!),
      q(total, 100 * o!),
      q(total - x!, 100 * o!),
      q(m! - d!, 100 * o!),
      q(m!, 100 * c!),
      q(m! + d!, 100 * o!),
    )
  },
  'median-order-value': (f) => {
    const v = list(f, 'v')
    const s = [...v].sort((a, b) => a - b)
    return cents2(
      q(s[3]! + s[4]!, 200),
      q(
        v.reduce((a, b) => a + b, 0),
        800,
      ),
      q(v[3]! + v[4]!, 200),
      usd(s[3]!),
      usd(s[4]!),
    )
  },
  'mean-days-between-orders': (f) => {
    // Each order day is its day number in 2025; 31 December is day 365.
    const d = list(f, 'days')
    const [first, last, k] = [d[0]!, d[d.length - 1]!, d.length]
    return dp1(
      q(last - first, k - 1),
      q(last - first, k),
      q(365 - first, k - 1),
      q(365 - first, k),
      q(last, k - 1),
    )
  },
  'blended-aov-across-channels': (f) => {
    const [o1, o2, a1, a2, c1, c2] = ['o1', 'o2', 'a1', 'a2', 'c1', 'c2'].map((k) =>
      n(f, k),
    ) as number[]
    const rev = o1! * a1! + o2! * a2!
    return cents2(
      q(rev, 100 * (o1! + o2!)),
      q(a1! + a2!, 200),
      q(o2! * a1! + o1! * a2!, 100 * (o1! + o2!)),
      q(c1! * a1! + c2! * a2!, 100 * (c1! + c2!)),
      q(rev, 100 * (c1! + c2!)),
    )
  },
  'repeat-rate-from-order-count-buckets': (f) => {
    const [b1, b2, b3, b4] = ['one', 'two', 'three', 'four'].map((k) => n(f, k)) as number[]
    const all = b1! + b2! + b3! + b4!
    return pct1(
      q(all - b1!, all),
      q(b3! + b4!, all),
      q(b2!, all),
      q(b2! + b3!, all),
      q(all - b1!, b1!),
      q(b1!, all),
    )
  },
  'return-rate-by-value': (f) => {
    const [o, k, g, rv, u, ru] = ['o', 'k', 'g', 'r', 'u', 'ru'].map((x) => n(f, x)) as number[]
    return pct1(
      q(rv!, g!),
      q(rv!, g! - rv!),
      q(k!, o!),
      q(ru!, u!),
      q(g! - rv!, g!),
      q(rv!, n(f, 'v')),
      q(rv!, n(f, 'yr')),
    )
  },
  'accessory-attach-rate': (f) => {
    const [p, aw, alone, all, units] = ['p', 'aw', 'aAlone', 'all', 'units'].map((k) =>
      n(f, k),
    ) as number[]
    return pct1(q(aw!, p!), q(aw!, all!), q(aw! + alone!, p!), q(units!, p!), q(aw!, p! + alone!))
  },
  'aov-change-year-on-year': (f) => {
    const [o1, o2, r1, r2] = ['o1', 'o2', 'r1', 'r2'].map((k) => n(f, k)) as number[]
    const aov1 = q(r1!, o1!)
    const aov2 = q(r2!, o2!)
    const revG = sub(q(r2!, r1!), r(1))
    const ordG = sub(q(o2!, o1!), r(1))
    return pct1(
      div(sub(aov2, aov1), aov1),
      revG,
      div(sub(aov2, aov1), aov2),
      sub(revG, ordG),
      add(revG, ordG),
    )
  },
  'net-average-unit-price': (f) => {
    const [u, fr, o, lp, d] = ['u', 'f', 'o', 'lp', 'd'].map((k) => n(f, k)) as number[]
    const net = u! * lp! - d!
    return cents2(
      q(net, 100 * u!),
      q(net, 100 * o!),
      q(net, 100 * (u! + fr!)),
      q(u! * lp!, 100 * u!),
      q(net - d!, 100 * u!),
    )
  },
  'revenue-share-from-returning-customers': (f) => {
    const [rn, rr, cn, cr] = ['rn', 'rr', 'cn', 'cr'].map((k) => n(f, k)) as number[]
    const perR = q(rr!, cr!)
    const perN = q(rn!, cn!)
    return pct1(
      q(rr!, rn! + rr!),
      q(cr!, cn! + cr!),
      q(rn!, rn! + rr!),
      q(rr!, rn!),
      div(perR, add(perR, perN)),
    )
  },
}
