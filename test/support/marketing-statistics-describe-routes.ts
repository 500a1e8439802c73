import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at1,
  at2,
  div,
  list,
  mul,
  ONE,
  P,
  pct1,
  type Route,
  r,
  sub,
  sum,
  T,
} from './marketing-statistics-second-working.js'

const asc = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)
const C = (c: number) => r(c, 100)

/** Describing campaign and customer data, worked again from each draw's figures. */
export const DESCRIBE_ROUTES: Readonly<Record<string, Route>> = {
  'median-order-value-of-a-week': (f) => {
    const xs = list(f, 'x')
    const s = asc(xs)
    return at2(C(s[3]!), r(sum(xs), 700), C(xs[3]!), r(s[0]! + s[6]!, 200), r(s[2]! + s[3]!, 200))
  },
  'blended-cost-per-click-across-channels': (f) => {
    const [c0, c1, c2, p0, p1, p2] = figuresOf(f, 'c0', 'c1', 'c2', 'p0', 'p1', 'p2')
    const cs = [c0, c1, c2]
    const ps = [p0, p1, p2]
    const spend = cs.map((c, i) => c * ps[i]!)
    // The channel with most clicks: the first of the largest, as a reader scanning left to right.
    let big = 0
    for (let i = 1; i < 3; i++) if (cs[i]! > cs[big]!) big = i
    return at2(
      r(sum(spend), 100 * sum(cs)),
      r(sum(ps), 300),
      r(sum(spend.map((s, i) => s * ps[i]!)), 100 * sum(spend)),
      C(asc(ps)[1]!),
      C(ps[big]!),
    )
  },
  'points-from-a-reported-relative-rise': (f) => {
    const [a, p] = figuresOf(f, 'a', 'p')
    const rise = mul(T(a), P(p))
    return pct1(
      rise,
      P(p),
      mul(T(a), add(ONE, P(p))),
      div(rise, add(ONE, P(p))),
      mul(sub(ONE, T(a)), P(p)),
    )
  },
  'index-of-monthly-leads-on-a-base-month': (f) => {
    const [j, fe, m] = figuresOf(f, 'j', 'f', 'm')
    return at1(
      r(100 * m, j),
      r(100 * j, m),
      r(100 * m, fe),
      r(300 * m, j + fe + m),
      r(100 * (m + j), j),
      r(m, j),
      r(100 * (j + fe + m), 3 * j),
    )
  },
  'quarterly-seasonal-index': (f) => {
    const [q0, q1, q2, q3, k] = figuresOf(f, 'q0', 'q1', 'q2', 'q3', 'k')
    const q = [q0, q1, q2, q3]
    const t = sum(q)
    return at2(
      r(4 * q[k]!, t),
      r(t, 4 * q[k]!),
      r(q[k]!, q[k - 1]!),
      r(q[k]!, Math.max(...q)),
      r(3 * q[k]!, t - q[k]!),
      r(q[k]!, Math.min(...q)),
    )
  },
  'seasonally-adjusted-december-sales': (f) => {
    const [s, d, jan] = figuresOf(f, 's', 'd', 'jan')
    return at0(
      r(100 * s, d),
      r(s * d, 100),
      r(s * (200 - d), 100),
      r(100 * s, jan),
      r(s * jan, d),
      r(10000 * s, d * d),
      r(100 * s, 200 - d),
    )
  },
  'trimmed-mean-order-value': (f) => {
    const xs = list(f, 'x')
    const s = asc(xs)
    const mid = sum(s.slice(1, 9))
    return at2(
      r(mid, 800),
      r(sum(xs), 1000),
      r(s[4]! + s[5]!, 200),
      r(sum(s.slice(0, 9)), 900),
      r(sum(s.slice(2, 8)), 600),
      r(mid, 1000),
    )
  },
  'percent-change-in-cost-per-acquisition': (f) => {
    const [s0, s1, c0, c1] = figuresOf(f, 's0', 's1', 'c0', 'c1')
    const cpa0 = r(s0, c0)
    const cpa1 = r(s1, c1)
    const up = div(sub(cpa1, cpa0), cpa0)
    return pct1(
      up,
      sub(r(s1 - s0, s0), r(c1 - c0, c0)),
      r(s1 - s0, s0),
      div(sub(cpa1, cpa0), cpa1),
      div(sub(r(c0, s0), r(c1, s1)), r(c0, s0)),
      add(r(s1 - s0, s0), r(c1 - c0, c0)),
    )
  },
  'interquartile-range-of-basket-sizes': (f) => {
    const s = asc(list(f, 'x'))
    const q1 = r(s[1]! + s[2]!, 200)
    const q3 = r(s[5]! + s[6]!, 200)
    return at2(sub(q3, q1), C(s[7]! - s[0]!), C(s[5]! - s[1]!), C(s[6]! - s[2]!), q3)
  },
  'relative-change-in-market-share': (f) => {
    const [s0, s1, m0, m1] = figuresOf(f, 's0', 's1', 'm0', 'm1')
    const sh0 = r(s0, m0)
    const sh1 = r(s1, m1)
    return pct1(
      div(sub(sh1, sh0), sh0),
      sub(sh1, sh0),
      r(s1 - s0, s0),
      sub(r(s1 - s0, s0), r(m1 - m0, m0)),
      div(sub(sh1, sh0), sh1),
    )
  },
  'blended-return-on-ad-spend': (f) => {
    const [s0, s1, s2, r0, r1, r2] = figuresOf(f, 's0', 's1', 's2', 'r0', 'r1', 'r2')
    const sp = [s0, s1, s2]
    const ro = [r0, r1, r2]
    const rev = sp.map((s, i) => mul(r(s), r(ro[i]!, 10)))
    const totalRev = add(...rev)
    let big = 0
    for (let i = 1; i < 3; i++) if (sp[i]! > sp[big]!) big = i
    return at2(
      div(totalRev, r(sum(sp))),
      r(sum(ro), 30),
      div(add(...rev.map((x, i) => mul(x, r(ro[i]!, 10)))), totalRev),
      r(ro[big]!, 10),
      div(sub(totalRev, r(sum(sp))), r(sum(sp))),
      r(sum(ro), 10),
      div(r(sum(sp)), totalRev),
    )
  },
  'review-rating-across-two-marketplaces': (f) => {
    const [a, b, na, nb] = figuresOf(f, 'a', 'b', 'na', 'nb')
    return at2(
      r(a * na + b * nb, 10 * (na + nb)),
      r(a + b, 20),
      r(a * nb + b * na, 10 * (na + nb)),
      r(na > nb ? a : b, 10),
      r(a * na + b * nb, 10 * Math.max(na, nb)),
    )
  },
  'mean-order-value-from-banded-orders': (f) => {
    const fs = list(f, 'f')
    const mids = [20, 60, 100, 140]
    const all = sum(fs)
    // The band holding the middle order: the first whose running count reaches half the orders.
    let run = 0
    let med = 0
    for (let i = 0; i < 4; i++) {
      run += fs[i]!
      if (2 * run >= all) {
        med = mids[i]!
        break
      }
    }
    return at2(
      r(sum(fs.map((c, i) => c * mids[i]!)), all),
      r(sum(mids), 4),
      r(sum(fs.map((c, i) => c * (mids[i]! - 20))), all),
      r(sum(fs.map((c, i) => c * (mids[i]! + 20))), all),
      r(med),
      r(mids[fs.indexOf(Math.max(...fs))]!),
      r(sum(fs.map((c, i) => c * mids[i]!)), all - fs[3]!),
    )
  },
  'average-frequency-from-impressions-and-reach': (f) => {
    const [a, reach, imp] = figuresOf(f, 'a', 'reach', 'imp')
    return at2(
      r(imp, reach),
      r(imp, a),
      r(imp - reach, reach),
      r(100 * imp, a),
      r(reach, imp),
      r(imp + reach, reach),
    )
  },
  'share-of-revenue-from-large-orders': (f) => {
    const [n1, n2, v1, v2] = figuresOf(f, 'n1', 'n2', 'v1', 'v2')
    const big = n2 * v2
    const small = n1 * v1
    return pct1(
      r(big, small + big),
      r(n2, n1 + n2),
      r(v2, v1 + v2),
      r(big, small + big + n1 * v2),
      r(big, small + 2 * big),
      r(2 * big, small + 2 * big),
    )
  },
  'promotion-week-uplift-on-a-baseline': (f) => {
    const w = list(f, 'w')
    const [p] = figuresOf(f, 'p')
    const base = r(sum(w), 4)
    return pct1(
      sub(div(r(p), base), ONE),
      sub(div(r(p), r(sum(w) + p, 5)), ONE),
      div(sub(r(p), base), r(p)),
      sub(r(p, w[3]!), ONE),
      div(r(p), base),
      sub(r(p, Math.max(...w)), ONE),
      sub(r(p, Math.min(...w)), ONE),
    )
  },
}
