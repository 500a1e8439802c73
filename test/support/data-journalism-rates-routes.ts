import {
  add,
  at0,
  at1,
  at2,
  div,
  list,
  mul,
  netGrowth,
  pc,
  pct1,
  per100k,
  plus1,
  q,
  type Route,
  r,
  rise,
  sub,
  sum,
  tp,
} from './data-journalism-second-working.js'
import { figuresOf } from './drawn-figures.js'

const ONE = r(1)

/** Rates and comparisons worked again from each draw's counts and populations. */
export const RATES_ROUTES: Readonly<Record<string, Route>> = {
  'rate-per-100000-residents': (f) => {
    const [c, pop, prev, adults] = figuresOf(f, 'c', 'pop', 'prev', 'adults')
    return per100k(q(c, pop), q(c, adults), q(c, prev), q(c, pop * 10), q(c * 10, pop))
  },
  'turnout-change-in-percentage-points': (f) => {
    const [v1, reg1, v2, reg2] = figuresOf(f, 'v1', 'reg1', 'v2', 'reg2')
    const [t1, t2] = [q(v1, reg1), q(v2, reg2)]
    return pct1(
      sub(t2, t1),
      rise(t2, t1),
      rise(r(v2), r(v1)),
      sub(q(v2, reg1), t1),
      q(v2 - v1, reg2),
    )
  },
  'percent-change-of-a-rate': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    const gap = Math.abs(b - a)
    return pct1(q(gap, a), q(gap, 1000), q(gap, b), q(2 * gap, a + b), q(b, a))
  },
  'absolute-risk-from-a-relative-increase': (f) => {
    const [base, rr] = figuresOf(f, 'base', 'rr')
    return at1(
      mul(r(base), pc(rr)),
      mul(r(base), plus1(pc(rr))),
      r(rr * 100),
      sub(r(base), div(r(base), plus1(pc(rr)))),
      q(base * rr, 1000),
      r(base + rr),
    )
  },
  'ratio-of-two-areas-rates': (f) => {
    const [pa, pb, ca, cb] = figuresOf(f, 'pa', 'pb', 'ca', 'cb')
    const ratio = q(ca * pb, cb * pa)
    return at2(ratio, q(ca, cb), q(cb * pa, ca * pb), sub(ratio, ONE), q(ca * pa, cb * pb))
  },
  'percent-higher-from-two-rates': (f) => {
    const [ra, rb] = figuresOf(f, 'ra', 'rb')
    return pct1(
      q(ra - rb, rb),
      q(ra - rb, 1000),
      q(ra - rb, ra),
      q(ra, rb),
      q(2 * (ra - rb), ra + rb),
      q(rb, ra),
    )
  },
  'change-in-a-rate-when-the-population-grows': (f) => {
    const [p1, p2, c1, c2] = figuresOf(f, 'p1', 'p2', 'c1', 'c2')
    const [r1, r2] = [q(c1, p1), q(c2, p2)]
    return pct1(
      rise(r2, r1),
      q(c2 - c1, c1),
      sub(q(c2 - c1, c1), q(p2 - p1, p1)),
      div(sub(r2, r1), r2),
      rise(r(c2 * p2), r(c1 * p1)),
      mul(sub(r2, r1), r(1000)),
    )
  },
  'spending-per-resident': (f) => {
    const [m, pop, prev, hh] = figuresOf(f, 'm', 'pop', 'prev', 'hh')
    const spend = m * 100000
    return at2(
      q(spend, pop),
      q(spend, hh),
      q(spend, prev),
      q(spend, pop * 1000),
      q(spend * 10, pop),
      q(spend * 1000, pop),
    )
  },
  'per-capita-growth-from-total-and-population-growth': (f) => {
    const [g, p] = figuresOf(f, 'g', 'p')
    return netGrowth(g, p)
  },
  'relative-risk-from-a-two-by-two-table': (f) => {
    const [a, n1, b, n2] = figuresOf(f, 'a', 'n1', 'b', 'n2')
    return at2(
      q(a * n2, b * n1),
      q(a * (n2 - b), b * (n1 - a)),
      q(a, b),
      q(b * n1, a * n2),
      q(a * n2, b * (n1 - a)),
    )
  },
  'seven-day-average-per-100000': (f) => {
    const [pop] = figuresOf(f, 'pop')
    const d = list(f, 'd')
    const week = sum(d)
    return per100k(
      q(week, 7 * pop),
      q(week, pop),
      q(d[6]!, pop),
      q(week, 70 * pop),
      q(Math.max(...d), pop),
    )
  },
  'rate-within-an-age-group': (f) => {
    const [pop, old, deaths, oldD] = figuresOf(f, 'pop', 'old', 'deaths', 'oldD')
    // Counts in hundredths of a person, so every share stays a whole-number ratio.
    const older = pop * old
    const olderDeaths = deaths * oldD
    return per100k(
      q(olderDeaths, older),
      q(olderDeaths, pop * 100),
      q(deaths * 100, older),
      q(deaths, pop),
      q(deaths * 100 - olderDeaths, pop * 100 - older),
    )
  },
  'annual-rate-from-part-of-a-year': (f) => {
    const [m, c, pop] = figuresOf(f, 'm', 'c', 'pop')
    return per100k(
      q(12 * c, m * pop),
      q(c, pop),
      q(12 * c, pop),
      q(c * m, 12 * pop),
      q(12 * c, 10 * m * pop),
    )
  },
  'excess-cases-at-a-comparison-rate': (f) => {
    const [pa, pb, ca, cb] = figuresOf(f, 'pa', 'pb', 'ca', 'cb')
    const gap = sub(q(ca, pa), q(cb, pb))
    return at0(
      sub(r(ca), q(cb * pa, pb)),
      r(ca - cb),
      mul(gap, r(pb)),
      q(cb * pa, pb),
      mul(gap, r(100000)),
      r(ca),
    )
  },
  'age-standardised-rate': (f) => {
    const [y, o, cy, co, wy] = figuresOf(f, 'y', 'o', 'cy', 'co', 'wy')
    const [ry, ro] = [q(cy, y), q(co, o)]
    return per100k(
      add(mul(ry, pc(wy)), mul(ro, pc(100 - wy))),
      q(cy + co, y + o),
      mul(add(ry, ro), r(1, 2)),
      add(mul(ry, pc(100 - wy)), mul(ro, pc(wy))),
      add(ry, ro),
    )
  },
  'new-rate-after-a-relative-rise': (f) => {
    const [a, x] = figuresOf(f, 'a', 'x')
    return pct1(
      q(a * (100 + x), 100000),
      add(tp(a), pc(x)),
      q(a * x, 100000),
      div(tp(a), sub(ONE, pc(x))),
      mul(tp(a), plus1(tp(x))),
    )
  },
}
