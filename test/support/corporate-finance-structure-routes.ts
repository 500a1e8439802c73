import {
  add,
  at0,
  at1,
  at2,
  div,
  mul,
  ONE,
  pct2,
  pw,
  type R,
  type Route,
  r,
  sub,
  sum,
  T,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** The smallest whole number at or above `x > 0`. */
const up = ([a, b]: R): R => r((a + b - 1n) / b)

/** Capital structure and payout worked again from each draw's values, rates and share counts. */
export const STRUCTURE_ROUTES: Readonly<Record<string, Route>> = {
  'mm-levered-firm-value-with-the-tax-shield': (f) => {
    const [vu, d, kdr, t] = figuresOf(f, 'vu', 'd', 'kdr', 't')
    return at1(
      r(vu * 1000 + t * d, 1000),
      r(vu),
      r(vu + d),
      r(vu * 1000000 + t * d * kdr, 1000000),
      r(vu * 1000 - t * d, 1000),
      r(vu * 1000 + d * (1000 - t), 1000),
      r(vu * kdr + t * d, kdr),
    )
  },
  'tax-shield-value-of-a-fixed-term-loan': (f) => {
    const [d, i, yrs, t, w] = figuresOf(f, 'd', 'i', 'yrs', 't', 'w')
    const yearly = r(d * i * t, 100000)
    const pv = (p: number) =>
      sum(Array.from({ length: yrs }, (_, k) => div(yearly, pw(r(100 + p, 100), k + 1))))
    return at1(pv(i), r(d * t, 1000), mul(yearly, r(yrs)), pv(w), yearly)
  },
  'levered-cost-of-equity-under-mm-with-tax': (f) => {
    const [ku, kdr, de, t] = figuresOf(f, 'ku', 'kdr', 'de', 't')
    const gap = r(ku - kdr, 1000)
    return pct2(
      add(T(ku), mul(gap, r(1000 - t, 1000), r(de, 100))),
      add(T(ku), mul(gap, r(de, 100))),
      add(T(ku), mul(gap, r(1000 - t, 1000), r(de, 100 + de))),
      add(T(ku), mul(gap, T(t), r(de, 100))),
      T(ku),
    )
  },
  'mm-wacc-falling-with-gearing': (f) => {
    const [ku, dv, t] = figuresOf(f, 'ku', 'dv', 't')
    return pct2(
      mul(T(ku), r(100000 - t * dv, 100000)),
      T(ku),
      mul(T(ku), sub(ONE, mul(T(t), r(dv, 100 - dv)))),
      mul(T(ku), r(1000 - t, 1000)),
      mul(T(ku), r(100 - dv, 100)),
    )
  },
  'eps-ebit-indifference-point-debt-versus-equity': (f) => {
    const [n0, nn, i0, inew, t] = figuresOf(f, 'n0', 'nn', 'i0', 'inew', 't')
    // Solve (X − i0)/(n0 + nn) = (X − i0 − inew)/n0 for X: X − i0 = inew·(n0 + nn)/nn.
    const x = add(r(i0), r(inew * (n0 + nn), nn))
    return at1(
      x,
      r(inew * (n0 + nn), nn),
      add(r(i0), r(inew * n0, nn)),
      r(i0 + inew),
      div(x, r(1000 - t, 1000)),
    )
  },
  'eps-after-a-share-buyback-funded-by-cash': (f) => {
    const [e, sh, pr, b, ri, t] = figuresOf(f, 'e', 'sh', 'pr', 'b', 'ri', 't')
    const left = r(sh * pr - b * 100, pr)
    const gone = r(b * ri, 1000)
    const afterTax = mul(gone, r(1000 - t, 1000))
    return at2(
      div(sub(r(e), afterTax), left),
      div(r(e), left),
      div(sub(r(e), gone), left),
      div(sub(r(e), afterTax), r(sh)),
      r(e, sh),
    )
  },
  'eps-after-a-debt-funded-buyback': (f) => {
    const [ebit, i0, sh, pr, b, i, t] = figuresOf(f, 'ebit', 'i0', 'sh', 'pr', 'b', 'i', 't')
    const keep = r(1000 - t, 1000)
    const left = r(sh * pr - b * 100, pr)
    const extra = r(b * i, 1000)
    const before = r(ebit - i0)
    return at2(
      div(mul(sub(before, extra), keep), left),
      div(sub(mul(before, keep), extra), left),
      div(mul(before, keep), left),
      div(mul(sub(before, extra), keep), r(sh)),
      div(mul(before, keep), r(sh)),
    )
  },
  'theoretical-ex-rights-price-of-a-share': (f) => {
    const [k, p, s] = figuresOf(f, 'k', 'p', 's')
    const dollars = (c: R) => mul(c, r(1, 100))
    return at2(
      dollars(div(add(mul(r(k), r(p)), r(s)), r(k + 1))),
      dollars(r(p + s, 2)),
      dollars(div(add(r(p), mul(r(k), r(s))), r(k + 1))),
      dollars(div(add(mul(r(k), r(p)), r(s)), r(k))),
      dollars(r(p - s, k + 1)),
    )
  },
  'rights-issue-new-shares-to-raise-a-net-sum': (f) => {
    const [need, cost, s, p] = figuresOf(f, 'need', 'cost', 's', 'p')
    // Dollars needed ÷ price in dollars, rounded up.
    const count = (dollars: R, cents: number) => up(div(dollars, r(cents, 100)))
    const gross = r(need * 1000 * 100, 100 - cost)
    return at0(
      count(gross, s),
      count(r(need * 1000), s),
      count(r(need * 1000 * (100 + cost), 100), s),
      count(gross, p),
      count(r(need * 1000 * (100 - cost), 100), s),
      up(div(gross, r(s * (100 - cost), 10000))),
    )
  },
  'prior-year-eps-restated-for-a-rights-bonus-element': (f) => {
    const [k, p, s, eps] = figuresOf(f, 'k', 'p', 's', 'eps')
    const terp = r(k * p + s, k + 1)
    const e = r(eps, 100)
    return at2(
      mul(e, div(terp, r(p))),
      mul(e, div(r(p), terp)),
      mul(e, r(k, k + 1)),
      mul(e, r(s, p)),
      mul(e, r(p + s, 2 * p)),
    )
  },
  'residual-dividend-after-funding-capex-at-target-gearing': (f) => {
    const [ni, capex, dv] = figuresOf(f, 'ni', 'capex', 'dv')
    return at1(
      r(ni * 100 - capex * (100 - dv), 100),
      r(ni - capex),
      r(ni * 100 - capex * dv, 100),
      r(ni * (100 - dv), 100),
      r(ni),
      sub(r(ni), r(capex * 100, 100 + dv)),
    )
  },
  'dividend-under-lintner-partial-adjustment': (f) => {
    const [d0, eps, po, s] = figuresOf(f, 'd0', 'eps', 'po', 's')
    const last = r(d0, 100)
    const aim = r(eps * po, 10000)
    const gap = sub(aim, last)
    return at2(
      add(last, mul(r(s, 100), gap)),
      aim,
      add(last, mul(r(s, 100), aim)),
      mul(r(s, 100), aim),
      last,
      mul(r(s, 100), gap),
      add(last, mul(r(s, 100), sub(r(eps, 100), last))),
    )
  },
  'financial-leverage-with-preference-dividends': (f) => {
    const [ebit, i, pd, t] = figuresOf(f, 'ebit', 'i', 'pd', 't')
    const grossed = r(pd * 1000, 1000 - t)
    const left = sub(r(ebit - i), grossed)
    return at2(
      div(r(ebit), left),
      r(ebit, ebit - i),
      r(ebit, ebit - i - pd),
      div(left, r(ebit)),
      div(r(ebit), sub(r(ebit - i), r(pd * (1000 - t), 1000))),
      div(r(ebit), sub(r(ebit), r((i + pd) * 1000, 1000 - t))),
    )
  },
  'new-eps-after-an-ebit-rise': (f) => {
    const [ebit, up0, i, sh, t] = figuresOf(f, 'ebit', 'up', 'i', 'sh', 't')
    const keep = r(1000 - t, 1000)
    const newEbit = r(ebit * (100 + up0), 100)
    const eps = (x: R, int: R) => div(mul(sub(x, int), keep), r(sh))
    return at2(
      eps(newEbit, r(i)),
      mul(eps(r(ebit), r(i)), r(100 + up0, 100)),
      eps(newEbit, r(i * (100 + up0), 100)),
      eps(newEbit, r(0)),
      div(sub(newEbit, r(i)), r(sh)),
      div(sub(mul(newEbit, keep), r(i)), r(sh)),
      eps(r(ebit), r(i)),
    )
  },
  'debt-to-equity-after-rights-proceeds-repay-debt': (f) => {
    const [e, d, raise] = figuresOf(f, 'e', 'd', 'raise')
    return pct2(
      r(d - raise, e + raise),
      r(d, e + raise),
      r(d - raise, e),
      r(d - raise, d + e),
      r(d, e),
    )
  },
  'share-price-after-a-bonus-issue': (f) => {
    const [k, p] = figuresOf(f, 'k', 'p')
    // Value per holding of k shares spread over k + 1 shares.
    const price = r(p, 100)
    return at2(
      div(mul(price, r(k)), r(k + 1)),
      price,
      sub(price, div(price, r(k))),
      div(price, r(k + 1)),
      div(mul(price, r(k + 1)), r(k)),
      div(mul(price, r(k + 2)), r(k + 1)),
    )
  },
}
