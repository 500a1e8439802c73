import {
  add,
  at0,
  div,
  mul,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { list, rootAt } from './written-half-up.js'

/*
 * Market risk worked again from each draw: dollar volatilities (value × daily standard deviation)
 * first, then the quantile and the horizon; two-position VaRs from the variance of the P&L and
 * its exact root (each rounded half up to the dollar by exact squares); ordered tails sorted here
 * from the figures as drawn; exceptions counted here from each day's loss and VaR.
 */

/** The stated quantiles and factors, as thousandths or ten-thousandths. */
const Q95 = r(1645, 1000)
const Q975 = r(1960, 1000)
const Q99 = r(2326, 1000)
const Q995 = r(2576, 1000)
const SHORTFALL_975 = r(2338, 1000)
const SHORTFALL_99 = r(2665, 1000)
const SQRT252 = r(158745, 10000)
const SQRT10 = r(31623, 10000)
/** A rate in hundredths of a percent. */
const hundredths = (x: number): R => r(x, 10000)
/** The whole root of a perfect square horizon. */
const rootDays = (h: number): R => {
  const k = Math.round(Math.sqrt(h))
  if (k * k !== h) throw new Error(`horizon ${h} is not a perfect square`)
  return r(k)
}
/** √y to the dollar, half up. */
const whole = (y: R): R => rootAt(y, 0)
/** x². */
const sq = (x: R): R => mul(x, x)
/** The variance of two P&Ls with stand-alone VaRs x, y and correlation `rho`. */
const pairVariance = (x: R, y: R, rho: R): R => add(sq(x), sq(y), mul(r(2), rho, x, y))
/** The Basel plus factor for k exceptions in 250 days. */
function plus(k: number): R {
  if (k < 5) return r(0)
  if (k >= 10) return r(1)
  return r([40, 50, 65, 75, 85][k - 5]!, 100)
}
/** The values drawn as `key0`, `key1`, … sorted worst first. */
const worstFirst = (f: Parameters<Route>[0], key: string): number[] =>
  list(f, key).sort((a, b) => b - a)
/** The mean of the first `count` of a list. */
const meanOf = (xs: readonly number[], count: number): R =>
  r(
    xs.slice(0, count).reduce((a, b) => a + b, 0),
    count,
  )

export const MARKET_ROUTES: Readonly<Record<string, Route>> = {
  'h-day-var-of-a-stock-position-from-annual-volatility': (f) => {
    const [q, p, s, h] = figuresOf(f, 'q', 'p', 's', 'h')
    const value = r(q * p, 100)
    const rh = rootDays(h)
    // Dollar volatility per year, then per day by the stated √252.
    const yearly = mul(value, r(s, 100))
    const daily = div(yearly, SQRT252)
    return at0(
      mul(daily, Q99, rh),
      mul(daily, Q99),
      mul(daily, Q99, r(h)),
      mul(yearly, Q99, rh),
      mul(div(yearly, r(252)), Q99, rh),
      mul(daily, Q95, rh),
      mul(daily, Q995, rh),
    )
  },
  'var-rescaled-to-a-new-horizon-and-confidence': (f) => {
    const [X, h] = figuresOf(f, 'X', 'h')
    // The implied daily dollar volatility, then the 99 % quantile over h days.
    const sigma = div(r(X), Q95)
    const rh = rootDays(h)
    return at0(
      mul(sigma, Q99, rh),
      mul(r(X), rh),
      mul(sigma, Q99),
      mul(r(X), div(Q95, Q99), rh),
      mul(sigma, Q99, r(h)),
      mul(r(X), Q99, rh),
      mul(sigma, Q995, rh),
    )
  },
  'var-of-two-long-positions-with-correlation': (f) => {
    const [V1, V2, s1, s2, h] = figuresOf(f, 'V1', 'V2', 's1', 's2', 'h')
    const x = mul(r(V1), hundredths(s1), Q99)
    const y = mul(r(V2), hundredths(s2), Q99)
    const v1 = pairVariance(x, y, r(1, 2))
    const hh = r(h)
    const unweighted = mul(
      sq(r(V1 + V2)),
      add(sq(hundredths(s1)), sq(hundredths(s2)), mul(hundredths(s1), hundredths(s2))),
      sq(Q99),
      hh,
    )
    return at0(
      whole(mul(v1, hh)),
      mul(add(x, y), rootDays(h)),
      whole(mul(pairVariance(x, y, r(0)), hh)),
      whole(mul(pairVariance(x, y, r(1, 4)), hh)),
      whole(v1),
      whole(mul(v1, hh, hh)),
      whole(unweighted),
    )
  },
  'var-of-a-long-short-pair': (f) => {
    const [V1, V2, s1, s2, h] = figuresOf(f, 'V1', 'V2', 's1', 's2', 'h')
    // The short leg's P&L moves against its stock: correlation −0.5 between the two P&Ls.
    const x = mul(r(V1), hundredths(s1), Q99)
    const y = mul(r(V2), hundredths(s2), Q99)
    const hh = r(h)
    const pnl = mul(pairVariance(x, y, r(-1, 2)), hh)
    const gap = sub(x, y)
    return at0(
      whole(pnl),
      whole(mul(pairVariance(x, y, r(1, 2)), hh)),
      mul(add(x, y), rootDays(h)),
      whole(mul(pairVariance(x, y, r(0)), hh)),
      whole(mul(sq(gap), hh)),
      whole(div(pnl, hh)),
      whole(mul(pnl, sq(div(Q95, Q99)))),
    )
  },
  'mean-adjusted-var-over-a-horizon': (f) => {
    const [V, mu, sg, h] = figuresOf(f, 'V', 'mu', 'sg', 'h')
    const rh = rootDays(h)
    // Dollar drift and dollar volatility per day.
    const drift = mul(r(V), hundredths(mu))
    const vol = mul(r(V), hundredths(sg))
    const loss = (z: R, spread: R, days: R) => sub(mul(z, vol, spread), mul(drift, days))
    return at0(
      loss(Q99, rh, r(h)),
      loss(Q99, r(1), r(1)),
      loss(Q95, rh, r(h)),
      mul(Q99, sub(mul(vol, rh), mul(drift, r(h)))),
      mul(Q99, vol, rh),
      loss(Q99, rh, rh),
      add(mul(Q99, vol, rh), mul(drift, r(h))),
    )
  },
  'historical-var-from-ranked-returns-scaled-to-h-days': (f) => {
    const [N, V, h] = figuresOf(f, 'N', 'V', 'h')
    const tail = worstFirst(f, 'r')
    const k = N / 100
    const rh = rootDays(h)
    const lost = (x: R) => mul(r(V), x, r(1, 10000))
    const at = (rank: number) => lost(r(tail[rank - 1]!))
    return at0(
      mul(at(k), rh),
      mul(at(k - 1), rh),
      mul(lost(meanOf(tail, k)), rh),
      mul(at(k), r(h)),
      mul(at(k + 1), rh),
      mul(add(at(k), at(k + 1)), r(1, 2), rh),
      at(k),
    )
  },
  'historical-expected-shortfall-from-the-tail': (f) => {
    const [N, V] = figuresOf(f, 'N', 'V')
    const tail = worstFirst(f, 'r')
    const m = (N * 25) / 1000
    const lost = (x: R) => mul(r(V), x, r(1, 10000))
    return at0(
      lost(meanOf(tail, m)),
      lost(meanOf(tail, m + 1)),
      lost(r(tail[m]!)),
      lost(r(tail[m - 1]!)),
      lost(meanOf(tail, m - 1)),
      lost(r(tail[0]!)),
      lost(meanOf(tail, N / 100)),
    )
  },
  'normal-expected-shortfall-over-a-horizon': (f) => {
    const [V, sg, h] = figuresOf(f, 'V', 'sg', 'h')
    const vol = mul(r(V), hundredths(sg))
    const rh = rootDays(h)
    return at0(
      mul(SHORTFALL_975, vol, rh),
      mul(SHORTFALL_975, vol),
      mul(SHORTFALL_975, vol, r(h)),
      mul(Q975, vol, rh),
      mul(Q99, vol, rh),
      mul(SHORTFALL_99, vol, rh),
      mul(SHORTFALL_975, Q975, vol, rh),
    )
  },
  'backtesting-exceptions-and-the-capital-multiplier': (f) => {
    const [A, Y] = figuresOf(f, 'A', 'Y')
    const losses = list(f, 'l')
    const vars = list(f, 'v')
    const k = losses.filter((l, i) => l > vars[i]!).length
    const ties = losses.filter((l, i) => l === vars[i]!).length
    const m = (x: number) => add(r(3), plus(x))
    const tenDay = mul(r(A), SQRT10)
    return at0(
      mul(m(k), tenDay),
      mul(m(k), r(A)),
      mul(r(3), tenDay),
      mul(r(Y), SQRT10),
      mul(m(k), r(A), r(10)),
      mul(m(k + ties), tenDay),
      mul(m(k), r(Y), SQRT10),
      mul(r(4), tenDay),
    )
  },
  'basel-2-5-market-risk-charge-with-stressed-var': (f) => {
    const [k, A, SA, Y, SY, S] = figuresOf(f, 'k', 'A', 'SA', 'Y', 'SY', 'S')
    const m = add(r(3), plus(k))
    const greater = (a: R, b: R) => (a[0] * b[1] >= b[0] * a[1] ? a : b)
    const varPart = greater(r(Y), mul(m, r(A)))
    const stressed = greater(r(SY), mul(m, r(SA)))
    return at0(
      add(varPart, stressed, r(S)),
      add(varPart, r(S)),
      r(3 * A + 3 * SA + S),
      r(Y + SY + S),
      add(varPart, stressed),
      r(4 * A + 4 * SA + S),
      add(varPart, stressed, mul(m, r(S))),
      add(varPart, mul(m, r(SY)), r(S)),
    )
  },
  'delta-normal-var-of-a-long-put-position': (f) => {
    const [N, S, d, pr, sg, h] = figuresOf(f, 'N', 'S', 'd', 'pr', 'sg', 'h')
    const rh = rootDays(h)
    // The dollar volatility of the shares the contracts cover, then the delta.
    const sharesVol = mul(r(N * 100), r(S, 100), hundredths(sg))
    const delta = r(d, 100)
    const key = mul(delta, sharesVol, Q99, rh)
    // The draw keeps the VaR of the long puts within 60 % of the premium paid, their most to lose.
    const paid = mul(r(N * 100), r(pr, 100))
    if (key[0] * paid[1] * 5n > paid[0] * key[1] * 3n) throw new Error('VaR above 60 % of premium')
    return at0(
      key,
      mul(sharesVol, Q99, rh),
      mul(sub(r(1), delta), sharesVol, Q99, rh),
      mul(delta, sharesVol, Q99, r(h)),
      mul(delta, sharesVol, Q99),
      mul(delta, sharesVol, Q95, rh),
      mul(delta, sharesVol, Q995, rh),
      mul(r(N * 100), r(pr, 100), hundredths(sg), Q99, rh),
    )
  },
  'var-of-a-bond-position-from-dv01-and-yield-volatility': (f) => {
    const [F, p, D, y, Mac, sy, h] = figuresOf(f, 'F', 'p', 'D', 'y', 'Mac', 'sy', 'h')
    const rh = rootDays(h)
    // DV01 in dollars per basis point, then the daily move in basis points.
    const dv01 = (dur: R, value: R) => mul(dur, value, r(1, 10000))
    const mv = r(F * p, 10000)
    const mod = r(D, 100)
    const oneDay = (dur: R, value: R) => mul(dv01(dur, value), r(sy))
    return at0(
      mul(oneDay(mod, mv), Q99, rh),
      mul(oneDay(r(Mac, 100), mv), Q99, rh),
      mul(oneDay(mod, r(F)), Q99, rh),
      mul(oneDay(mod, mv), Q99, r(h)),
      mul(oneDay(mod, mv), Q99),
      mul(oneDay(mod, mv), Q95, rh),
      mul(oneDay(div(mod, r(10000 + y, 10000)), mv), Q99, rh),
    )
  },
  'incremental-var-of-adding-a-position': (f) => {
    const [A, B] = figuresOf(f, 'A', 'B')
    const a = r(A)
    const b = r(B)
    const withIt = whole(pairVariance(a, b, r(1, 2)))
    return at0(
      sub(withIt, a),
      div(mul(b, add(b, mul(r(1, 2), a))), withIt),
      withIt,
      sub(withIt, b),
      sub(whole(pairVariance(a, b, r(0))), a),
      sub(add(a, b), withIt),
      sub(whole(pairVariance(a, b, r(1, 4))), a),
    )
  },
  'component-var-of-a-position': (f) => {
    const [A, B, first] = figuresOf(f, 'A', 'B', 'first')
    // The position asked about is the one named first when `first` is 1, else the other; the
    // family draws it as the smaller, and A is its stand-alone VaR either way.
    const a = r(A)
    const b = r(B)
    if (first !== 0 && first !== 1) throw new Error('first must be 0 or 1')
    // The portfolio VaR is exact here: the draw's variance is a perfect square.
    const total = whole(pairVariance(a, b, r(1, 2)))
    const cov = add(a, mul(r(1, 2), b))
    return at0(
      div(mul(a, cov), total),
      div(mul(a, add(a, b)), total),
      whole(mul(a, cov)),
      sub(total, b),
      div(sq(a), total),
      div(mul(a, cov), add(a, b)),
      div(mul(a, total), add(a, b)),
    )
  },
  'ewma-volatility-update-then-var': (f) => {
    const [s, rr, V] = figuresOf(f, 's', 'r', 'V')
    const variance = (ws: R, wr: R) => add(mul(ws, sq(hundredths(s))), mul(wr, sq(hundredths(rr))))
    const varOf = (v: R, z: R) => whole(mul(sq(r(V)), v, sq(z)))
    const today = variance(r(94, 100), r(6, 100))
    return at0(
      varOf(today, Q99),
      mul(r(V), hundredths(s), Q99),
      mul(r(V), add(mul(r(94, 100), hundredths(s)), mul(r(6, 100), hundredths(rr))), Q99),
      varOf(today, Q95),
      varOf(variance(r(6, 100), r(94, 100)), Q99),
      mul(r(V), hundredths(rr), Q99),
      varOf(variance(r(1, 2), r(1, 2)), Q99),
    )
  },
  'liquidity-adjusted-var-with-a-bid-ask-spread': (f) => {
    const [V, sg, sp, h] = figuresOf(f, 'V', 'sg', 'sp', 'h')
    const rh = rootDays(h)
    const vol = mul(r(V), hundredths(sg))
    const spread = mul(r(V), hundredths(sp))
    const half = div(spread, r(2))
    return at0(
      add(mul(vol, Q99, rh), half),
      add(mul(vol, Q99, rh), spread),
      mul(vol, Q99, rh),
      add(mul(vol, Q99, rh), mul(half, rh)),
      add(mul(vol, Q99), half),
      add(mul(vol, Q99, r(h)), half),
      add(mul(vol, Q95, rh), half),
    )
  },
  'diversification-benefit-of-two-desks-over-a-horizon': (f) => {
    const [A, B, h] = figuresOf(f, 'A', 'B', 'h')
    const rh = rootDays(h)
    const a = mul(r(A), rh)
    const b = mul(r(B), rh)
    const both = add(a, b)
    const combined = (rho: R) => whole(pairVariance(a, b, rho))
    const oneDay = sub(r(A + B), whole(pairVariance(r(A), r(B), r(-1, 2))))
    return at0(
      sub(both, combined(r(-1, 2))),
      sub(both, combined(r(0))),
      sub(both, combined(r(1, 2))),
      sub(both, combined(r(-1, 4))),
      oneDay,
      combined(r(-1, 2)),
      mul(r(2 * Math.min(A, B)), rh),
      mul(sub(both, combined(r(-1, 2))), rh),
    )
  },
}
