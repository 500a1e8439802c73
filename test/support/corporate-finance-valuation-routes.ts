import {
  add,
  at1,
  at2,
  div,
  mul,
  ONE,
  pw,
  type R,
  type Route,
  r,
  sub,
  sum,
  T,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** `(1 + t/1000)^-k` for a rate drawn in tenths of a percent. */
const v = (t: number, k: number): R => div(ONE, pw(r(1000 + t, 1000), k))

/** Valuations worked again from each draw's dividends, flows, rates and balance-sheet figures. */
export const VALUATION_ROUTES: Readonly<Record<string, Route>> = {
  'share-value-by-gordon-growth-from-the-dividend-just-paid': (f) => {
    const [d0, g, k] = figuresOf(f, 'd0', 'g', 'k')
    const d1 = r(d0 * (1000 + g), 100000)
    const gap = r(k - g, 1000)
    return at2(
      div(d1, gap),
      div(r(d0, 100), gap),
      div(d1, T(k)),
      div(d1, r(k + g, 1000)),
      div(mul(d1, r(1000 + g, 1000)), gap),
    )
  },
  'two-stage-dividend-value-with-a-growth-change': (f) => {
    const [d0, g1, g2, k] = figuresOf(f, 'd0', 'g1', 'g2', 'k')
    const d1 = mul(r(d0, 100), r(1000 + g1, 1000))
    const d2 = mul(d1, r(1000 + g1, 1000))
    const tv = div(mul(d2, r(1000 + g2, 1000)), r(k - g2, 1000))
    const first = add(mul(d1, v(k, 1)), mul(d2, v(k, 2)))
    return at2(
      add(first, mul(tv, v(k, 2))),
      add(first, mul(tv, v(k, 3))),
      add(first, mul(div(d2, r(k - g2, 1000)), v(k, 2))),
      mul(tv, v(k, 2)),
      add(first, mul(tv, v(k, 1))),
      add(first, tv),
      add(first, mul(div(mul(d2, r(1000 + g1, 1000)), r(k - g2, 1000)), v(k, 2))),
    )
  },
  'free-cash-flow-from-ebitda-with-tax-on-ebit': (f) => {
    const [ebitda, dep, capex, wc, int, t] = figuresOf(
      f,
      'ebitda',
      'dep',
      'capex',
      'wc',
      'int',
      't',
    )
    const keep = r(1000 - t, 1000)
    const ebit = r(ebitda - dep)
    return at1(
      sum([mul(ebit, keep), r(dep), r(-capex), r(-wc)]),
      sum([mul(r(ebitda), keep), r(-capex), r(-wc)]),
      sum([mul(sub(ebit, r(int)), keep), r(dep), r(-capex), r(-wc)]),
      sum([mul(ebit, keep), r(dep), r(-capex), r(wc)]),
      sum([mul(ebit, keep), r(-capex), r(-wc)]),
    )
  },
  'enterprise-value-of-a-steady-growth-firm': (f) => {
    const [f0, g, w, e] = figuresOf(f, 'f0', 'g', 'w', 'e')
    const next = r(f0 * (1000 + g), 1000)
    return at1(
      div(next, r(w - g, 1000)),
      div(r(f0), r(w - g, 1000)),
      div(next, r(e - g, 1000)),
      div(next, r(w + g, 1000)),
      div(next, T(w)),
      div(mul(next, r(1000 + g, 1000)), r(w - g, 1000)),
    )
  },
  'equity-value-per-share-after-net-debt-and-preference': (f) => {
    const [ev, debt, cash, pref, sh] = figuresOf(f, 'ev', 'debt', 'cash', 'pref', 'sh')
    return at2(
      r(ev - (debt - cash) - pref, sh),
      r(ev + (debt - cash) - pref, sh),
      r(ev - debt - pref, sh),
      r(ev - (debt - cash), sh),
      r(ev, sh),
    )
  },
  'share-price-implied-by-a-peer-ev-to-ebitda-multiple': (f) => {
    const [m, ebitda, ebit, nd, sh] = figuresOf(f, 'm', 'ebitda', 'ebit', 'nd', 'sh')
    return at2(
      r(m * ebitda - 10 * nd, 10 * sh),
      r(m * ebitda, 10 * sh),
      r(m * ebitda + 10 * nd, 10 * sh),
      r(m * ebit - 10 * nd, 10 * sh),
      r(m * (ebitda - nd), 10 * sh),
      r(m * ebit, 10 * sh),
    )
  },
  'private-company-value-from-a-peer-pe-with-a-discount': (f) => {
    const [pe, pat, t, d] = figuresOf(f, 'pe', 'pat', 't', 'd')
    const base = r(pe * pat, 10)
    const gross = div(base, r(1000 - t, 1000))
    return at1(
      mul(base, r(100 - d, 100)),
      base,
      mul(gross, r(100 - d, 100)),
      mul(base, r(100 + d, 100)),
      div(base, r(100 + d, 100)),
      mul(base, r(1000 - t, 1000), r(100 - d, 100)),
    )
  },
  'net-asset-value-per-share-at-realisable-values': (f) => {
    const [bp, rp, gw, other, cl, loan, sh] = figuresOf(
      f,
      'bp',
      'rp',
      'gw',
      'other',
      'cl',
      'loan',
      'sh',
    )
    const liab = cl + loan
    return at2(
      r(rp + other - liab, sh),
      r(bp + other - liab, sh),
      r(rp + gw + other - liab, sh),
      r(rp + other - cl, sh),
      r(bp + gw + other - liab, sh),
      r(rp - gw + other - liab, sh),
    )
  },
  'present-value-of-a-terminal-value-after-a-forecast': (f) => {
    const [fn, g, w, yrs] = figuresOf(f, 'fn', 'g', 'w', 'yrs')
    const tv = div(r(fn * (1000 + g), 1000), r(w - g, 1000))
    return at1(
      mul(tv, v(w, yrs)),
      mul(tv, v(w, yrs + 1)),
      mul(div(r(fn), r(w - g, 1000)), v(w, yrs)),
      tv,
      mul(div(r(fn * (1000 + g), 1000), T(w)), v(w, yrs)),
      mul(tv, v(w - g, yrs)),
      mul(tv, v(w, yrs - 1)),
    )
  },
  'equity-value-from-growing-fcfe': (f) => {
    const [ni, dep, capex, wc, nb, g, k, w] = figuresOf(
      f,
      'ni',
      'dep',
      'capex',
      'wc',
      'nb',
      'g',
      'k',
      'w',
    )
    const fcfe = ni + dep - capex - wc + nb
    const val = (x: number, rate: number) => div(r(x * (1000 + g), 1000), r(rate - g, 1000))
    return at1(
      val(fcfe, k),
      val(fcfe, w),
      val(fcfe - nb, k),
      val(fcfe - 2 * nb, k),
      div(r(fcfe), r(k - g, 1000)),
      div(r(fcfe * (1000 + g) * (1000 + g), 1000000), r(k - g, 1000)),
      val(fcfe + 2 * wc, k),
    )
  },
  'trailing-pe-justified-by-payout-and-growth': (f) => {
    const [po, g, k] = figuresOf(f, 'po', 'g', 'k')
    const grow = r(1000 + g, 1000)
    return at2(
      div(mul(r(po, 100), grow), r(k - g, 1000)),
      div(r(po, 100), r(k - g, 1000)),
      div(mul(r(100 - po, 100), grow), r(k - g, 1000)),
      div(mul(r(po, 100), grow), r(k + g, 1000)),
      div(mul(r(po, 100), grow), T(k)),
    )
  },
  'bond-price-redeemed-at-a-premium': (f) => {
    const [c, yrs, y, red] = figuresOf(f, 'c', 'yrs', 'y', 'red')
    const cpn = r(c, 10)
    const flows = (rate: number) =>
      sum(Array.from({ length: yrs }, (_, i) => mul(cpn, v(rate, i + 1))))
    return at2(
      add(flows(y), mul(r(red), v(y, yrs))),
      add(flows(y), mul(r(100), v(y, yrs))),
      add(flows(c), mul(r(red), v(c, yrs))),
      add(flows(y), r(red)),
      add(flows(y), mul(r(red), v(y, yrs - 1))),
    )
  },
  'implied-ev-to-ebitda-of-a-takeover-offer': (f) => {
    const [offer, sh, debt, cash, ebitda, ebit] = figuresOf(
      f,
      'offer',
      'sh',
      'debt',
      'cash',
      'ebitda',
      'ebit',
    )
    const eq = r(offer * sh, 100)
    return at2(
      div(add(eq, r(debt - cash)), r(ebitda)),
      div(eq, r(ebitda)),
      div(add(eq, r(debt + cash)), r(ebitda)),
      div(add(eq, r(debt - cash)), r(ebit)),
      div(add(eq, r(debt)), r(ebitda)),
    )
  },
  'peg-ratio-on-trailing-earnings': (f) => {
    const [pr, eps, g] = figuresOf(f, 'pr', 'eps', 'g')
    return at2(
      r(pr, eps * g),
      r(pr * 100, eps * (100 + g) * g),
      r(pr * 10, eps * g),
      r(pr * g, eps * 100),
      r(pr * 100, eps * g),
    )
  },
  'acquirer-gain-after-the-bid-premium': (f) => {
    const [syn, k, cost, pre, prem, sh] = figuresOf(f, 'syn', 'k', 'cost', 'pre', 'prem', 'sh')
    const perp = r(syn * 1000, k)
    const paid = r(pre * prem * sh, 10000)
    return at1(
      sub(sub(perp, r(cost)), paid),
      sub(perp, r(cost)),
      sub(perp, paid),
      add(sub(perp, r(cost)), paid),
      sub(sub(div(perp, r(1000 + k, 1000)), r(cost)), paid),
      sub(sub(perp, r(cost)), mul(paid, r(100 + prem, 100))),
      sub(sub(mul(perp, r(1000 + k, 1000)), r(cost)), paid),
    )
  },
  'post-merger-eps-on-a-share-exchange': (f) => {
    const [ea, na, et, nt, r0, r1, syn] = figuresOf(f, 'ea', 'na', 'et', 'nt', 'r0', 'r1', 'syn')
    const e = r(ea + et + syn)
    return at2(
      div(e, r(na * r1 + nt * r0, r1)),
      div(e, r(na + nt)),
      div(e, r(na)),
      div(r(ea + et), r(na * r1 + nt * r0, r1)),
      div(e, r(na * r0 + nt * r1, r0)),
    )
  },
}
