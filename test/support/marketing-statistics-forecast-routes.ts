import { figuresOf } from './drawn-figures.js'
import {
  add,
  addAll,
  at0,
  at1,
  at2,
  div,
  downR,
  list,
  mul,
  ONE,
  P,
  pct1,
  pct2,
  pw,
  type R,
  type Route,
  r,
  rtPct,
  sub,
  sum,
  T,
  upR,
} from './marketing-statistics-second-working.js'

/** Forecasts, funnels and cohorts, worked again from each draw's figures. */
export const FORECAST_ROUTES: Readonly<Record<string, Route>> = {
  'weighted-moving-average-forecast': (f) => {
    const [y0, y1, y2] = figuresOf(f, 'y0', 'y1', 'y2')
    return at1(
      r(y0 + 2 * y1 + 3 * y2, 6),
      r(3 * y0 + 2 * y1 + y2, 6),
      r(y0 + y1 + y2, 3),
      r(y0 + 2 * y1 + 3 * y2, 3),
      r(y2),
    )
  },
  'exponential-smoothing-next-forecast': (f) => {
    const [a, old, act] = figuresOf(f, 'a', 'f', 'act')
    const al = P(a)
    return at1(
      add(mul(al, r(act)), mul(sub(ONE, al), r(old))),
      add(mul(sub(ONE, al), r(act)), mul(al, r(old))),
      r(act + old, 2),
      add(r(old), mul(al, r(act))),
      sub(r(old), mul(al, r(act - old))),
      r(act),
    )
  },
  'compound-monthly-growth-over-two-months': (f) => {
    const [s, e] = figuresOf(f, 's', 'e')
    return pct1(
      sub(rtPct(r(e, s)), ONE),
      r(e - s, 2 * s),
      r(e - s, s),
      r(e - s, e + s),
      r(e - s, 2 * e),
    )
  },
  'customers-left-after-months-of-churn': (f) => {
    const [c, ch, k] = figuresOf(f, 'c', 'ch', 'k')
    const keep = sub(ONE, P(ch))
    return at0(
      mul(r(c), pw(keep, k)),
      mul(r(c), sub(ONE, P(ch * k))),
      mul(r(c), pw(keep, k - 1)),
      mul(r(c), pw(keep, k + 1)),
      mul(r(c), sub(ONE, pw(P(ch), k))),
      mul(r(c), keep),
    )
  },
  'expected-profit-per-mailed-catalogue': (f) => {
    const [rate, aov, m, cost] = figuresOf(f, 'r', 'aov', 'm', 'cost')
    const resp = T(rate)
    const piece = r(cost, 100)
    const gp = mul(r(aov), P(m))
    return at2(
      sub(mul(resp, gp), piece),
      sub(mul(resp, r(aov)), piece),
      sub(mul(resp, gp, P(m)), piece),
      mul(resp, gp),
      sub(gp, div(piece, resp)),
      sub(mul(resp, gp), mul(piece, resp)),
    )
  },
  'orders-expected-through-a-funnel': (f) => {
    const [v, r0, r1, r2] = figuresOf(f, 'v', 'r0', 'r1', 'r2')
    return at0(
      mul(r(v), P(r0), P(r1), P(r2)),
      mul(r(v), P(r2)),
      mul(r(v), r(r0 + r1 + r2, 300)),
      mul(r(v), P(r0), P(r1)),
      mul(r(v), P(Math.min(r0, r1, r2))),
      mul(r(v), P(r0), P(r1), P(r2), P(r0)),
      mul(r(v), P(r1), P(r1), P(r2)),
    )
  },
  'extra-orders-from-a-better-checkout-stage': (f) => {
    const [v, a, b, c0, c1] = figuresOf(f, 'v', 'a', 'b', 'c0', 'c1')
    const gain = P(c1 - c0)
    return at0(
      mul(r(v), P(a), P(b), gain),
      mul(r(v), gain),
      mul(r(v), P(b), gain),
      mul(r(v), P(a), gain),
      mul(r(v), P(a), P(b), P(c1)),
      mul(r(v), P(a), P(b), div(gain, P(c0))),
      mul(r(v), P(a), P(b), div(gain, r(100))),
      mul(r(v), P(a), P(b), gain, P(c0)),
    )
  },
  'pooled-lead-of-a-campaign-across-segments': (f) => {
    const [na0, na1, nb0, nb1, xa0, xa1, xb0, xb1] = figuresOf(
      f,
      'na0',
      'na1',
      'nb0',
      'nb1',
      'xa0',
      'xa1',
      'xb0',
      'xb1',
    )
    const pa = r(xa0 + xa1, na0 + na1)
    const pb = r(xb0 + xb1, nb0 + nb1)
    const gap = sub(pa, pb)
    const everyone = na0 + na1 + nb0 + nb1
    return pct1(
      gap,
      sub(r(xa0, na0), r(xb1, nb1)),
      sub(div(add(r(xb0, nb0), r(xb1, nb1)), r(2)), div(add(r(xa0, na0), r(xa1, na1)), r(2))),
      sub(pa, r(xb1, nb1)),
      sub(r(xb0, nb0), r(xa0, na0)),
      sub(r(xa0, na0), pb),
      sub(r(xa0 + xa1, everyone), r(xb0 + xb1, everyone)),
    )
  },
  'trend-forecast-with-a-seasonal-index': (f) => {
    const [a, b, t, s] = figuresOf(f, 'a', 'b', 't', 's')
    const trend = r(a + b * t)
    return at0(
      mul(trend, P(s)),
      trend,
      div(trend, P(s)),
      add(r(a), mul(r(b * t), P(s))),
      mul(r(a + b * (t - 12)), P(s)),
    )
  },
  'six-month-value-of-a-cohort-customer': (f) => {
    const [m, ch] = figuresOf(f, 'm', 'ch')
    const keep = sub(ONE, P(ch))
    const months = (from: number) => addAll([0, 1, 2, 3, 4, 5].map((i) => pw(keep, from + i)))
    return at2(
      mul(r(m), months(0)),
      r(6 * m),
      mul(r(m), months(1)),
      div(r(m), P(ch)),
      mul(r(6 * m), pw(keep, 5)),
      mul(r(m), addAll([0, 1, 2, 3, 4, 5, 6].map((i) => pw(keep, i)))),
      mul(r(m), addAll([0, 1, 2, 3, 4].map((i) => pw(keep, i)))),
    )
  },
  'break-even-response-rate-for-a-mailing': (f) => {
    const [cost, aov, m] = figuresOf(f, 'cost', 'aov', 'm')
    const piece = r(cost, 100)
    const gp = mul(r(aov), P(m))
    return pct2(
      div(piece, gp),
      div(piece, r(aov)),
      div(mul(piece, P(m)), r(aov)),
      div(piece, mul(r(aov), P(100 - m))),
      div(piece, sub(gp, piece)),
    )
  },
  'mean-absolute-percentage-error': (f) => {
    const a = list(f, 'a')
    const fc = list(f, 'f')
    const err = a.map((x, i) => Math.abs(x - fc[i]!))
    const ape: R[] = err.map((e, i) => r(e, a[i]!))
    return pct1(
      div(addAll(ape), r(4)),
      div(addAll(err.map((e, i) => r(e, fc[i]!))), r(4)),
      r(sum(err), sum(a)),
      addAll(ape),
      div(addAll(ape), r(3)),
    )
  },
  'monthly-churn-with-new-sign-ups': (f) => {
    const [s, added, e] = figuresOf(f, 's', 'added', 'e')
    const lost = s + added - e
    return pct1(r(lost, s), r(Math.abs(s - e), s), r(lost, e), r(lost, s + added), r(added, s))
  },
  'payback-months-on-acquisition-cost': (f) => {
    const [cac, arpu, m] = figuresOf(f, 'cac', 'arpu', 'm')
    const months = div(r(cac), mul(r(arpu), P(m)))
    return at0(
      upR(months),
      upR(r(cac, arpu)),
      upR(div(r(cac), mul(r(arpu), P(100 - m)))),
      downR(months),
      upR(r(cac, m)),
    )
  },
  'share-of-a-cohort-active-after-three-months': (f) => {
    const [r0, r1, r2] = figuresOf(f, 'r0', 'r1', 'r2')
    return pct1(
      mul(P(r0), P(r1), P(r2)),
      P(r2),
      r(r0 + r1 + r2, 300),
      sub(ONE, P(300 - r0 - r1 - r2)),
      mul(P(r0), P(r1)),
    )
  },
  'seasonal-naive-forecast-with-growth': (f) => {
    const [ly, last, g] = figuresOf(f, 'ly', 'last', 'g')
    return at0(
      mul(r(ly), P(100 + g)),
      mul(r(last), P(100 + g)),
      r(ly + g),
      mul(r(ly), P(100 - g)),
      div(r(ly), P(100 - g)),
    )
  },
}
