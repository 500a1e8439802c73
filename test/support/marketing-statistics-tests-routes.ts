import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at2,
  at4,
  cmp,
  div,
  H,
  mul,
  ONE,
  pct1,
  type R,
  type Route,
  r,
  rt2,
  rtPct,
  rtPts,
  sub,
  T,
  upR,
} from './marketing-statistics-second-working.js'

/** p(1 − p). */
const pq = (p: R): R => mul(p, sub(ONE, p))
const sq = (x: R): R => mul(x, x)
const inv = (a: number, b: number): R => add(r(1, a), r(1, b))

/** A/B and split tests, worked again from each draw's counts, rates and z-values. */
export const TESTS_ROUTES: Readonly<Record<string, Route>> = {
  'pooled-z-for-a-subject-line-test': (f) => {
    const [n1, n2, x1, x2] = figuresOf(f, 'n1', 'n2', 'x1', 'x2')
    const p1 = r(x1, n1)
    const p2 = r(x2, n2)
    const gap = cmp(p2, p1) >= 0 ? sub(p2, p1) : sub(p1, p2)
    const p = r(x1 + x2, n1 + n2)
    const g2 = sq(gap)
    return at2(
      rt2(div(g2, mul(pq(p), inv(n1, n2)))),
      rt2(div(g2, add(div(pq(p1), r(n1)), div(pq(p2), r(n2))))),
      rt2(div(g2, div(pq(p), r(n1 + n2)))),
      div(gap, mul(pq(p), inv(n1, n2))),
      rt2(div(g2, mul(p, inv(n1, n2)))),
      rt2(div(g2, mul(pq(p), r(2, Math.min(n1, n2))))),
    )
  },
  'upper-end-of-a-click-rate-interval': (f) => {
    const [size, x] = figuresOf(f, 'size', 'x')
    const p = r(x, size)
    const v = div(pq(p), r(size))
    const m = (z: number, w = v) => rtPct(mul(sq(H(z)), w))
    return pct1(
      add(p, m(196)),
      add(p, m(164)),
      add(p, m(258)),
      add(p, m(196, div(p, r(size)))),
      m(196),
      add(p, m(196, mul(v, r(1, 4)))),
    )
  },
  'sample-per-arm-for-a-relative-lift': (f) => {
    const [a, lift] = figuresOf(f, 'a', 'r')
    const p1 = T(a)
    const p2 = mul(p1, r(100 + lift, 100))
    const both = add(pq(p1), pq(p2))
    const n = (z: number, v: R, d: R) => upR(div(mul(sq(H(z)), v), sq(d)))
    const pts = add(p1, r(lift, 100))
    return at0(
      n(280, both, sub(p2, p1)),
      n(280, add(pq(p1), pq(pts)), r(lift, 100)),
      n(248, both, sub(p2, p1)),
      n(196, both, sub(p2, p1)),
      mul(r(2), n(280, both, sub(p2, p1))),
      n(280, mul(r(2), pq(p1)), sub(p2, p1)),
      n(324, both, sub(p2, p1)),
      n(342, both, sub(p2, p1)),
    )
  },
  'bonferroni-alpha-across-variants-and-segments': (f) => {
    const [v, s, a] = figuresOf(f, 'v', 's', 'a')
    const al = r(a, 100)
    return at4(
      div(al, r(v * s)),
      div(al, r(v)),
      div(al, r(v + s)),
      div(al, r(2 * v * s)),
      div(al, r((v + 1) * s)),
      div(al, r(s)),
    )
  },
  'bonferroni-alpha-for-all-pairwise-comparisons': (f) => {
    const [k, a] = figuresOf(f, 'k', 'a')
    const al = r(a, 100)
    let pairs = 0
    for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairs++
    return at4(
      div(al, r(pairs)),
      div(al, r(k)),
      div(al, r(k - 1)),
      div(al, r(2 * pairs)),
      div(al, r(k * k)),
      div(mul(r(2), al), r(pairs)),
      al,
    )
  },
  'incremental-conversions-from-a-holdout': (f) => {
    const [ne, nh, xe, xh] = figuresOf(f, 'ne', 'nh', 'xe', 'xh')
    const gap = sub(r(xe, ne), r(xh, nh))
    return at0(mul(gap, r(ne)), r(xe), r(xe - xh), mul(gap, r(ne + nh)), mul(gap, r(nh)))
  },
  'incremental-cost-per-purchase-from-a-holdout': (f) => {
    const [ne, nh, xe, xh, spend] = figuresOf(f, 'ne', 'nh', 'xe', 'xh', 'spend')
    const gap = sub(r(xe, ne), r(xh, nh))
    const extra = mul(gap, r(ne))
    return at2(
      div(r(spend), extra),
      r(spend, xe),
      r(spend, xe - xh),
      div(r(spend), mul(gap, r(ne + nh))),
      div(r(spend), mul(extra, r(xe, ne))),
      div(r(spend), mul(gap, r(nh))),
      r(spend, xh),
    )
  },
  'z-for-a-click-rate-against-a-benchmark': (f) => {
    const [b, size, x] = figuresOf(f, 'b', 'size', 'x')
    const p0 = T(b)
    const p = r(x, size)
    const g2 = sq(sub(p, p0))
    const se2 = div(pq(p0), r(size))
    return at2(
      rt2(div(g2, se2)),
      rt2(div(g2, div(pq(p), r(size)))),
      rt2(div(g2, pq(p0))),
      rt2(mul(r(2), div(g2, se2))),
      rt2(div(g2, mul(r(2), se2))),
    )
  },
  'visitors-for-a-multivariate-email-test': (f) => {
    const [s, i, c, per] = figuresOf(f, 's', 'i', 'c', 'per')
    const cells = s * i * c
    return at0(
      r(cells * per),
      r((s + i + c) * per),
      r((cells - 1) * per),
      r(s * i * per),
      r(2 * cells * per),
      r((cells + 1) * per),
      r((s + 1) * (i + 1) * (c + 1) * per),
    )
  },
  'sample-per-arm-when-the-mde-changes': (f) => {
    const [n0, m0, m1] = figuresOf(f, 'n0', 'm0', 'm1')
    const ratio = r(m0, m1)
    return at0(
      upR(mul(r(n0), sq(ratio))),
      upR(mul(r(n0), ratio)),
      upR(div(r(n0), sq(ratio))),
      upR(div(r(n0), ratio)),
      upR(mul(r(n0), sq(sq(ratio)))),
    )
  },
  'welch-z-for-average-order-value': (f) => {
    const [na, nb, ma, mb, sa, sb] = figuresOf(f, 'na', 'nb', 'ma', 'mb', 'sa', 'sb')
    const gap = r(mb - ma, 100)
    const v = add(r(sa * sa, na), r(sb * sb, nb))
    return at2(
      rt2(div(sq(gap), v)),
      rt2(div(sq(gap), add(r(sa, na), r(sb, nb)))),
      div(gap, v),
      rt2(div(sq(gap), r(sa * sa + sb * sb, na + nb))),
      rt2(mul(r(2), div(sq(gap), v))),
    )
  },
  'geo-test-lift-against-control-regions': (f) => {
    const [t0, t1, c0, c1] = figuresOf(f, 't0', 't1', 'c0', 'c1')
    const tg = r(t1, t0)
    const cg = r(c1, c0)
    return pct1(
      sub(div(tg, cg), ONE),
      sub(tg, ONE),
      sub(tg, cg),
      r(t1 - t0 - c1 + c0, t0),
      sub(ONE, div(cg, tg)),
    )
  },
  'revenue-per-delivered-email': (f) => {
    const [sent, bounced, opens, clicks, rev] = figuresOf(
      f,
      'sent',
      'bounced',
      'opens',
      'clicks',
      'rev',
    )
    return at2(
      r(rev, sent - bounced),
      r(rev, sent),
      r(rev, opens),
      r(rev, clicks),
      r(rev, sent + bounced),
    )
  },
  'pooled-standard-error-in-points': (f) => {
    const [n1, n2, x1, x2] = figuresOf(f, 'n1', 'n2', 'x1', 'x2')
    const p = r(x1 + x2, n1 + n2)
    const v = mul(pq(p), inv(n1, n2))
    return at2(
      rtPts(v),
      rtPts(div(pq(p), r(n1 + n2))),
      rtPts(add(div(pq(r(x1, n1)), r(n1)), div(pq(r(x2, n2)), r(n2)))),
      rtPts(div(pq(p), r(Math.min(n1, n2)))),
      rtPts(mul(sq(H(196)), v)),
      rtPts(mul(pq(p), r(2, Math.min(n1, n2)))),
    )
  },
  'minimum-detectable-lift-for-a-list': (f) => {
    const [a, size] = figuresOf(f, 'a', 'size')
    const p = T(a)
    const two = div(mul(r(2), pq(p)), r(size))
    const m = (z: number, w: R) => rtPts(mul(sq(H(z)), w))
    return at2(
      m(280, two),
      m(196, two),
      m(280, div(pq(p), r(size))),
      m(248, two),
      m(280, mul(r(2), two)),
      m(280, div(mul(r(2), p), r(size))),
    )
  },
  'lift-in-revenue-per-recipient': (f) => {
    const [n1, n2, r1, r2] = figuresOf(f, 'n1', 'n2', 'r1', 'r2')
    const a = r(r1, n1)
    const b = r(r2, n2)
    const lift = sub(div(b, a), ONE)
    return pct1(
      lift,
      sub(r(r2, r1), ONE),
      div(sub(b, a), b),
      sub(div(b, r(r1 + r2, n1 + n2)), ONE),
      div(b, a),
      sub(r(r2 * n2, r1 * n1), ONE),
      div(lift, r(2)),
    )
  },
}
