import {
  add,
  as,
  at0,
  at2,
  ceilR,
  div,
  dp,
  list,
  mul,
  pc,
  pct1,
  pct2,
  q,
  type R,
  type Route,
  r,
  rootAt,
  sub,
  sum,
} from './data-journalism-second-working.js'
import { figuresOf } from './drawn-figures.js'

const ONE = r(1)
const Z = q(196, 100)
/** z × √v in percentage points, rounded half up to one place. */
const moe = (v: R, z: R = Z): R => rootAt(mul(z, z, v, r(10000)), 1)
const pq = (p: R): R => mul(p, sub(ONE, p))
const pts = as((x) => dp(x, 1))
const QUARTER = q(1, 4)

/** Margins of error, weights and voter bases worked again from each poll's counts. */
export const POLL_ROUTES: Readonly<Record<string, Route>> = {
  'margin-of-error-of-a-share': (f) => {
    const [size, p] = figuresOf(f, 'size', 'p')
    const v = div(pq(pc(p)), r(size))
    return pts(
      moe(v),
      moe(q(1, 4 * size)),
      moe(v, ONE),
      moe(v, q(2576, 1000)),
      moe(v, q(1645, 1000)),
      mul(r(2), moe(v)),
    )
  },
  'margin-of-error-for-a-subgroup': (f) => {
    const [size, sub1] = figuresOf(f, 'size', 'sub1')
    return pts(
      moe(q(1, 4 * sub1)),
      moe(q(1, 4 * size)),
      moe(q(size, 4 * sub1 * sub1)),
      moe(div(pq(q(sub1, size)), r(size))),
      moe(q(1, 4 * sub1), ONE),
      moe(q(1, 4 * sub1), q(2576, 1000)),
    )
  },
  'margin-of-error-of-a-lead': (f) => {
    const [size, a, b] = figuresOf(f, 'size', 'a', 'b')
    const one = moe(div(pq(pc(a)), r(size)))
    return pts(
      moe(q(100 * (a + b) - (a - b) * (a - b), 10000 * size)),
      one,
      mul(r(2), one),
      add(one, moe(div(pq(pc(b)), r(size)))),
      moe(q(1, 4 * size)),
      moe(div(pq(pc(b)), r(size))),
      mul(r(2), moe(q(1, 4 * size))),
      moe(q(100 * (a + b) - (a - b) * (a - b), 10000 * size), ONE),
      moe(div(add(pq(pc(a)), pq(pc(b))), r(size))),
      moe(q(100 * (a + b) - (a - b) * (a - b), 10000 * size), q(2576, 1000)),
    )
  },
  'sample-size-for-a-target-margin': (f) => {
    const [p, e] = figuresOf(f, 'p', 'e')
    const e2 = q(e * e, 1000000)
    const v = pq(pc(p))
    return at0(
      ceilR(div(mul(Z, Z, v), e2)),
      ceilR(div(mul(Z, v), e2)),
      ceilR(div(mul(r(4), v), e2)),
      ceilR(div(mul(Z, Z, QUARTER), e2)),
      ceilR(div(mul(Z, Z, v), q(e, 1000))),
    )
  },
  'support-weighted-by-population-shares': (f) => {
    const s = list(f, 's')
    const w = list(f, 'w')
    const a = list(f, 'a')
    return pct1(
      q(sum(w.map((x, i) => x * a[i]!)), 10000),
      q(sum(s.map((x, i) => x * a[i]!)), 10000),
      q(sum(a), 300),
      q(sum(s.map((x, i) => x * w[i]! * a[i]!)), 100 * sum(s.map((x, i) => x * w[i]!))),
      q(w[2]! * a[0]! + w[1]! * a[1]! + w[0]! * a[2]!, 10000),
      mul(add(...s.map((x, i) => q(w[i]! * a[i]!, 100 * x))), r(1, 3)),
    )
  },
  'weight-for-a-group-against-its-census-share': (f) => {
    const [size, g, P] = figuresOf(f, 'size', 'g', 'P')
    return at2(
      q(P * size, 100 * g),
      q(100 * g, P * size),
      q((100 - P) * size, 100 * (size - g)),
      add(ONE, sub(pc(P), q(g, size))),
      q(100 * (size - g), (100 - P) * size),
    )
  },
  'survey-response-rate': (f) => {
    const [k, rf, c, inel, part] = figuresOf(f, 'k', 'r', 'c', 'inel', 'part')
    const sampled = k + rf + c + inel + part
    return pct1(
      q(k, sampled - inel),
      q(k, sampled),
      q(k, k + rf + part),
      q(k + part, sampled - inel),
      q(k + part, sampled),
      q(k + rf, sampled - inel),
    )
  },
  'people-from-a-weighted-survey-share': (f) => {
    const [adults, pop, w, u] = figuresOf(f, 'adults', 'pop', 'w', 'u')
    // The nearest thousand: round the count of thousands, then write the thousands back.
    const thousands = as((x) => `${dp(div(x, r(1000)), 0)},000`)
    return thousands(
      q(adults * w, 1000),
      q(pop * w, 1000),
      q(adults * u, 1000),
      q(pop * u, 1000),
      q(adults * w, 100),
    )
  },
  'margin-of-error-of-a-change-between-polls': (f) => {
    const [n1, n2, p1, p2] = figuresOf(f, 'n1', 'n2', 'p1', 'p2')
    const v1 = div(pq(pc(p1)), r(n1))
    const v2 = div(pq(pc(p2)), r(n2))
    return pts(
      moe(add(v1, v2)),
      moe(v2),
      add(moe(v1), moe(v2)),
      moe(div(pq(pc(p2)), r(n1 + n2))),
      mul(r(2), moe(v2)),
      moe(add(q(1, 4 * n1), q(1, 4 * n2))),
      moe(add(v1, v2), q(2576, 1000)),
      moe(add(v1, v2), ONE),
      moe(v1),
    )
  },
  'margin-of-error-with-a-design-effect': (f) => {
    const [size, p, d] = figuresOf(f, 'size', 'p', 'd')
    const v = div(pq(pc(p)), r(size))
    return pts(
      moe(mul(q(d, 10), v)),
      moe(v),
      mul(q(d, 10), moe(v)),
      moe(div(v, q(d, 10))),
      moe(q(d, 40 * size)),
      moe(q(1, 4 * size)),
      moe(mul(q(d, 10), v), q(2576, 1000)),
      moe(mul(q(d, 10), v), ONE),
    )
  },
  'share-of-decided-voters': (f) => {
    const [a, b, o, u] = figuresOf(f, 'a', 'b', 'o', 'u')
    return pct1(
      q(a, 100 - u),
      pc(a),
      q(a, a + b),
      q(2 * a + u, 200),
      q(a, 100 - o),
      q(a * (a + b) + u * a, 100 * (a + b)),
    )
  },
  'change-in-net-approval': (f) => {
    const [a1, d1, a2, d2] = figuresOf(f, 'a1', 'd1', 'a2', 'd2')
    return at0(
      r(a2 - d2 - a1 + d1),
      r(a2 - a1),
      r(d1 - d2),
      r(Math.abs(a2 - d2)),
      r(Math.abs(a2 - a1 - d1 + d2)),
    )
  },
  'poll-average-weighted-by-sample-size': (f) => {
    const n = list(f, 'n')
    const p = list(f, 'p')
    const sorted = [...p].sort((x, y) => x - y)
    return pct2(
      q(sum(n.map((x, i) => x * p[i]!)), 1000 * sum(n)),
      q(sum(p), 3000),
      q(sorted[1]!, 1000),
      q(p[2]!, 1000),
      q(Math.min(...p) + Math.max(...p), 2000),
    )
  },
  'support-among-likely-voters': (f) => {
    const [size, likely, x, y] = figuresOf(f, 'size', 'likely', 'x', 'y')
    return pct1(
      q(x, likely),
      q(x, size),
      q(y, size),
      q(y, likely),
      q(x, y),
      q(y - x, size - likely),
    )
  },
  'sample-needed-for-a-subgroup-margin': (f) => {
    const [s, e] = figuresOf(f, 's', 'e')
    const e2 = q(e * e, 1000000)
    const group = div(mul(Z, Z, QUARTER), e2)
    return at0(
      ceilR(div(group, pc(s))),
      ceilR(group),
      ceilR(mul(group, pc(s))),
      ceilR(div(div(mul(Z, QUARTER), e2), pc(s))),
      ceilR(div(div(ONE, e2), pc(s))),
    )
  },
  'effective-sample-size-after-weighting': (f) => {
    const g = list(f, 'g')
    const w = list(f, 'w')
    const sw = q(sum(g.map((x, i) => x * w[i]!)), 10)
    const sw2 = q(sum(g.map((x, i) => x * w[i]! * w[i]!)), 100)
    return at0(
      div(mul(sw, sw), sw2),
      r(sum(g)),
      sw,
      q(30 * sum(g), sum(w)),
      div(r(sum(g) * sum(g)), sw),
    )
  },
}
