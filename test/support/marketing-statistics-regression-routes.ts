import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at1,
  at2,
  at3,
  div,
  mul,
  ONE,
  P,
  pct1,
  type Route,
  r,
  rt2,
  sub,
} from './marketing-statistics-second-working.js'

/** A slope or coefficient drawn in tenths. */
const D = (t: number) => r(t, 10)

/** Correlation and regression, worked again from each draw's fitted figures and sums. */
export const REGRESSION_ROUTES: Readonly<Record<string, Route>> = {
  'predicted-leads-from-a-spend-line': (f) => {
    const [a, b, x] = figuresOf(f, 'a', 'b', 'x')
    return at0(
      add(r(a), mul(D(b), r(x))),
      mul(D(b), r(x)),
      add(r(a), mul(D(b), r(x, 10))),
      mul(add(r(a), D(b)), r(x)),
      add(r(a), div(r(x), D(b))),
      add(r(a), mul(D(b), r(1000 * x))),
      add(r(2 * a), mul(D(b), r(x))),
    )
  },
  'sales-change-from-a-price-elasticity': (f) => {
    const [e, p] = figuresOf(f, 'e', 'p')
    const el = D(e)
    const price = P(p)
    return pct1(
      mul(el, price),
      div(price, el),
      div(el, r(100)),
      price,
      mul(sub(el, ONE), price),
      mul(add(el, ONE), price),
    )
  },
  'variance-left-unexplained-by-a-driver': (f) => {
    const [c] = figuresOf(f, 'r')
    const rr = P(c)
    return pct1(
      sub(ONE, mul(rr, rr)),
      sub(ONE, rr),
      mul(rr, rr),
      rr,
      mul(sub(ONE, rr), sub(ONE, rr)),
    )
  },
  'least-squares-slope-from-sums': (f) => {
    const [k, sx, sy, sxy, sxx, syy] = figuresOf(f, 'k', 'sx', 'sy', 'sxy', 'sxx', 'syy')
    const Sxy = sub(r(sxy), r(sx * sy, k))
    const Sxx = sub(r(sxx), r(sx * sx, k))
    const Syy = sub(r(syy), r(sy * sy, k))
    return at2(
      div(Sxy, Sxx),
      r(sxy, sxx),
      div(Sxy, Syy),
      r(sy, sx),
      div(Sxy, r(sxx)),
      div(r(sxy), Sxx),
      div(mul(Sxy, r(k, k - 1)), Sxx),
    )
  },
  'intercept-from-means-and-a-slope': (f) => {
    const [mx, b, my] = figuresOf(f, 'mx', 'b', 'my')
    const bx = mul(D(b), r(mx))
    return at2(
      sub(r(my), bx),
      add(r(my), bx),
      sub(r(my), D(b)),
      sub(r(my), div(r(mx), D(b))),
      r(my - mx),
      sub(r(my), mul(r(2), bx)),
    )
  },
  'correlation-from-sums-of-squares': (f) => {
    const [sxx, syy, sxy] = figuresOf(f, 'sxx', 'syy', 'sxy')
    const r2 = r(sxy * sxy, sxx * syy)
    return at2(rt2(r2), r2, r(sxy, sxx), r(2 * sxy, sxx + syy), r(sxy, syy))
  },
  'residual-as-a-percent-of-the-prediction': (f) => {
    const [a, b, x, y] = figuresOf(f, 'a', 'b', 'x', 'y')
    const spendPart = mul(D(b), r(x))
    const fit = add(r(a), spendPart)
    const res = sub(r(y), fit)
    return pct1(div(res, fit), div(res, r(y)), r(y - a, a), div(res, spendPart), div(r(y), fit))
  },
  'marginal-cost-per-lead-from-a-slope': (f) => {
    const [b, spend, leads] = figuresOf(f, 'b', 'spend', 'leads')
    const explained = Math.round((spend * b) / 10)
    return at2(
      div(r(1000), D(b)),
      r(spend * 1000, leads),
      div(r(100), D(b)),
      r(1000, leads),
      div(r(10000), D(b)),
      r(spend * 1000, explained),
    )
  },
  'prediction-with-a-promotion-dummy': (f) => {
    const [a, b, c, x] = figuresOf(f, 'a', 'b', 'c', 'x')
    const tv = mul(D(b), r(x))
    return at0(
      add(r(a), tv, r(c)),
      add(r(a), tv),
      add(r(a), mul(tv, r(c))),
      add(r(a), tv, r(2 * c)),
      add(tv, r(c)),
      r(a + c),
      add(r(2 * a), tv, r(c)),
    )
  },
  'sales-gain-from-doubling-spend-on-a-log-curve': (f) => {
    const [b] = figuresOf(f, 'b')
    return at0(
      mul(r(b), r(693, 1000)),
      r(b),
      r(2 * b),
      r(b, 2),
      mul(r(b), r(301, 1000)),
      mul(r(b), r(1386, 1000)),
      div(r(b), r(693, 1000)),
    )
  },
  'adstock-after-three-weeks': (f) => {
    const [s0, s1, s2, l] = figuresOf(f, 's0', 's1', 's2', 'l')
    const lam = P(l)
    const carry = (rate: ReturnType<typeof P>) =>
      add(r(s2), mul(rate, add(r(s1), mul(rate, r(s0)))))
    return at1(
      carry(lam),
      add(r(s2), mul(lam, r(s1))),
      r(s0 + s1 + s2),
      carry(sub(ONE, lam)),
      r(s2),
      add(r(s2 + s1), mul(lam, r(s0))),
      add(r(s2), mul(lam, r(s1 + s0))),
    )
  },
  'partial-correlation-net-of-temperature': (f) => {
    const [rxy, rxz, ryz] = figuresOf(f, 'rxy', 'rxz', 'ryz')
    const a = P(rxy)
    const b = P(rxz)
    const c = P(ryz)
    const top = sub(a, mul(b, c))
    const lb = sub(ONE, mul(b, b))
    const lc = sub(ONE, mul(c, c))
    return at2(
      rt2(div(mul(top, top), mul(lb, lc))),
      a,
      top,
      rt2(div(mul(top, top), lb)),
      rt2(mul(top, top, lb, lc)),
    )
  },
  'share-of-sales-credited-to-tv': (f) => {
    const [b, tv, all] = figuresOf(f, 'b', 'tv', 'all')
    const credit = mul(D(b), r(tv))
    return pct1(
      div(credit, r(all)),
      r(tv, all),
      div(credit, sub(r(all), credit)),
      div(credit, add(r(all), credit)),
      div(D(b), r(100)),
    )
  },
  'return-on-spend-from-a-model-coefficient': (f) => {
    const [b, m] = figuresOf(f, 'b', 'm')
    const gp = mul(D(b), P(m))
    const roi = sub(gp, ONE)
    return pct1(roi, sub(D(b), ONE), gp, D(b), div(roi, gp))
  },
  't-statistic-of-a-channel-coefficient': (f) => {
    const [b, se] = figuresOf(f, 'b', 'se')
    const coef = r(b, 100)
    const err = r(se, 100)
    return at2(
      div(coef, err),
      div(err, coef),
      div(mul(coef, coef), mul(err, err)),
      mul(coef, err),
      div(coef, mul(r(2), err)),
      div(coef, mul(err, err)),
      div(mul(r(2), coef), err),
    )
  },
  'adjusted-r-squared-of-a-mix-model': (f) => {
    const [nn, k, r2] = figuresOf(f, 'nn', 'k', 'r2')
    const R2 = P(r2)
    const un = sub(ONE, R2)
    return at3(
      sub(ONE, mul(un, r(nn - 1, nn - k - 1))),
      R2,
      sub(ONE, mul(un, r(nn, nn - k))),
      mul(R2, r(nn - k - 1, nn - 1)),
      sub(ONE, mul(un, r(nn - 1, nn - 2 * k - 1))),
      sub(ONE, mul(un, r(nn - 1, nn - k))),
      sub(ONE, mul(un, r(nn, nn - k - 1))),
    )
  },
}
