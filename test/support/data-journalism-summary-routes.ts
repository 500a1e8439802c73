import {
  add,
  as,
  at0,
  at1,
  at2,
  cmp,
  div,
  dp,
  list,
  mul,
  pc,
  pct1,
  q,
  type R,
  type Route,
  r,
  rise,
  sub,
  sum,
  tp,
} from './data-journalism-second-working.js'
import { figuresOf } from './drawn-figures.js'

const ONE = r(1)
const ascending = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)
const middle = (xs: readonly number[]): R => {
  const k = xs.length
  return k % 2 ? r(xs[(k - 1) / 2]!) : q(xs[k / 2 - 1]! + xs[k / 2]!, 2)
}
/** Rank 1 for the largest; ties share the better rank. */
const rankAmong = (xs: readonly R[], i: number, highFirst = true): R =>
  r(1 + xs.filter((x) => cmp(x, xs[i]!) === (highFirst ? 1 : -1)).length)

/** Averages, shares, ranks and changes worked again from each draw's table. */
export const SUMMARY_ROUTES: Readonly<Record<string, Route>> = {
  'median-pay-of-a-small-staff': (f) => {
    const shown = list(f, 'p')
    const s = ascending(shown)
    const k = s.length
    return at0(middle(s), q(sum(s), k), middle(shown), r(s[k / 2 - 1]!), r(s[k / 2]!))
  },
  'overall-average-from-group-averages': (f) => {
    const p = list(f, 'p')
    const s = list(f, 's')
    return at1(
      q(sum(p.map((x, i) => x * s[i]!)), 10 * sum(p)),
      q(sum(s), 30),
      div(middle(ascending(s)), r(10)),
      q(s[2]!, 10),
      q(Math.min(...s) + Math.max(...s), 20),
    )
  },
  'overall-rate-from-two-hospitals': (f) => {
    const [a, b, sa, sb] = figuresOf(f, 'a', 'b', 'sa', 'sb')
    return pct1(
      q(sa + sb, a + b),
      mul(add(q(sa, a), q(sb, b)), r(1, 2)),
      q(a + b - sa - sb, a + b),
      q(sa, a),
      q(sb, b),
      q(sa + sb, a + b - sa - sb),
    )
  },
  'share-of-a-total': (f) => {
    const v = list(f, 'v')
    const [i] = figuresOf(f, 'i')
    const t = sum(v)
    const part = v[i]!
    return pct1(
      q(part, t),
      q(part, t - part),
      q(part, t - v[3]!),
      q(part, Math.max(...v)),
      q(t - part, t),
    )
  },
  'rank-by-rate-not-count': (f) => {
    const p = list(f, 'p')
    const c = list(f, 'c')
    const [i] = figuresOf(f, 'i')
    const rates = c.map((x, j) => q(x, p[j]!))
    return at0(
      rankAmong(rates, i),
      rankAmong(
        c.map((x) => r(x)),
        i,
      ),
      rankAmong(rates, i, false),
      rankAmong(
        p.map((x) => r(x)),
        i,
      ),
      rankAmong(
        c.map((x) => r(x)),
        i,
        false,
      ),
    )
  },
  'net-change-after-a-fall-and-a-rise': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    const left = q((100 - a) * (100 + b), 10000)
    return pct1(sub(ONE, left), pc(a - b), pc(a), div(sub(ONE, left), left), left)
  },
  'average-across-two-groups-by-their-shares': (f) => {
    const [sh, a, b] = figuresOf(f, 'sh', 'a', 'b')
    return at0(
      q(sh * a + (100 - sh) * b, 100),
      q(a + b, 2),
      q((100 - sh) * a + sh * b, 100),
      q(sh * a, 100),
      r(sh > 50 ? a : b),
    )
  },
  'mean-household-size-from-a-frequency-table': (f) => {
    const c = list(f, 'f')
    const people = sum(c.map((x, i) => x * (i + 1)))
    const t = sum(c)
    // The median household: the first size whose running count passes half of all households.
    let run = 0
    let median = 0
    for (let i = 0; i < c.length && !median; i++) {
      run += c[i]!
      if (2 * run > t) median = i + 1
    }
    return at2(
      q(people, t),
      r(median),
      q(people, t - c[4]!),
      q(people - 5 * c[4]!, t),
      q(people - 5 * c[4]!, t - c[4]!),
    )
  },
  'three-month-rolling-average': (f) => {
    const v = list(f, 'v')
    const [m] = figuresOf(f, 'm')
    const window = (end: number) => q(v[end]! + v[end - 1]! + v[end - 2]!, 3)
    return at1(
      window(m),
      window(m - 1),
      window(m === 6 ? 4 : m + 1),
      q(sum(v.slice(0, m + 1)), m + 1),
      q(v[m]! + v[m - 1]! + v[m - 2]!, 4),
    )
  },
  'pay-gap-on-the-stated-base': (f) => {
    const [m, w] = figuresOf(f, 'm', 'w')
    return pct1(q(m - w, m), q(m - w, w), q(2 * (m - w), m + w), q(w, m), q(m, w))
  },
  'contribution-to-growth-in-points': (f) => {
    const [a0, b0, ga, gb] = figuresOf(f, 'a0', 'b0', 'ga', 'gb')
    const a1 = q(a0 * (1000 + ga), 1000)
    const b1 = q(b0 * (1000 + gb), 1000)
    return pct1(
      q(a0 * ga, 1000 * (a0 + b0)),
      tp(ga),
      mul(div(a1, add(a1, b1)), tp(ga)),
      q(a0 * ga, a0 * ga + b0 * gb),
      q(a0 * ga + b0 * gb, 1000 * (a0 + b0)),
    )
  },
  'income-per-person-across-households': (f) => {
    const inc = list(f, 'i')
    const size = list(f, 's')
    return at0(
      q(sum(inc), sum(size)),
      mul(add(...inc.map((x, j) => q(x, size[j]!))), r(1, inc.length)),
      q(sum(inc), inc.length),
      div(r(sum(inc)), mul(r(inc.length), middle(ascending(size)))),
      middle(ascending(inc)),
    )
  },
  'share-of-the-increase': (f) => {
    const [a0, b0, a1, b1] = figuresOf(f, 'a0', 'b0', 'a1', 'b1')
    return pct1(
      q(a1 - a0, a1 + b1 - a0 - b0),
      q(a1, a1 + b1),
      q(a1 - a0, a0),
      q(a1 - a0, a0 + b0),
      q(a1 - a0, b1 - b0),
      q(a1 - a0, a1 + b1),
    )
  },
  'new-average-after-one-more-sale': (f) => {
    const [k, m, v] = figuresOf(f, 'k', 'm', 'v')
    return at0(
      q(k * m + v, k + 1),
      q(m + v, 2),
      q(k * m + v, k),
      add(r(m), q(v - m, k)),
      q(k * m, k + 1),
    )
  },
  'top-tenth-against-the-rest': (f) => {
    const [top] = figuresOf(f, 'top')
    return as((x) => dp(x, 2))(
      q(9 * top, 1000 - top),
      q(top, 1000 - top),
      q(top, 100),
      q(10 * top, 1000 - top),
      q(9 * top - (1000 - top), 1000 - top),
    )
  },
  'average-of-percentages-vs-pooled-change': (f) => {
    const [a0, a1, b0, b1] = figuresOf(f, 'a0', 'a1', 'b0', 'b1')
    const both = add(rise(r(a1), r(a0)), rise(r(b1), r(b0)))
    return pct1(
      q(a1 + b1 - a0 - b0, a0 + b0),
      mul(both, r(1, 2)),
      both,
      q(a1 + b1 - a0 - b0, a1 + b1),
      q(2 * (a1 + b1 - a0 - b0), a0 + a1 + b0 + b1),
    )
  },
}
