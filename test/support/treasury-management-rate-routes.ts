import {
  add,
  at2,
  div,
  mul,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { at0, at1, at3 } from './written-half-up.js'

/** A rate drawn in basis points as a fraction of one. */
const bp = (x: number): R => r(x, 10000)
/** Simple interest on `amount` at `rate` basis points for `days` of a `year`-day year. */
const simple = (amount: number, rate: number, days: number, year = 360): R =>
  mul(r(amount), bp(rate), r(days, year))
/** 1 + rate × days ÷ year. */
const up = (rate: number, days: number, year = 360): R => add(r(1), mul(bp(rate), r(days, year)))
/** Basis points as a percentage figure. */
const pct = (x: R): R => mul(x, r(1, 100))

/** Rate families worked again from each draw's figures. */
export const RATE_ROUTES: Readonly<Record<string, Route>> = {
  'fra-settlement-discounted-at-the-reference-rate': (f) => {
    const [N, fr, L, d] = figuresOf(f, 'N', 'f', 'L', 'd')
    const gap = L - fr
    return at2(
      div(simple(N, gap, d), up(L, d)),
      simple(N, gap, d),
      div(simple(N, gap, d), up(fr, d)),
      mul(simple(N, gap, d), up(L, d)),
      div(simple(N, gap, d, 365), up(L, d, 365)),
      div(simple(N, gap, d), up(L, 360)),
      div(simple(N, gap, 90), up(L, 90)),
    )
  },
  'swap-net-payment-fixed-30-360-against-sofr-actual-360': (f) => {
    const [N, c, L, L0, A] = figuresOf(f, 'N', 'c', 'L', 'L0', 'A')
    const fixedLeg = simple(N, c, 90)
    return at2(
      sub(fixedLeg, simple(N, L, A)),
      sub(fixedLeg, simple(N, L, 90)),
      sub(simple(N, c, A), simple(N, L, A)),
      sub(fixedLeg, simple(N, L, A, 365)),
      fixedLeg,
      sub(fixedLeg, simple(N, L0, A)),
      sub(simple(N, c, 90, 365), simple(N, L, A)),
      sub(fixedLeg, simple(N, L, A + 1)),
    )
  },
  'sofr-loan-interest-compounded-in-arrears-over-a-week': (f) => {
    const [N, r0, r1, r2, r3, r4, m] = figuresOf(f, 'N', 'r0', 'r1', 'r2', 'r3', 'r4', 'm')
    const rates = [r0, r1, r2, r3, r4]
    const days = [1, 3, 1, 1, 1]
    const n = r(N)
    const compound = (ds: readonly number[], year: number, extra = 0) =>
      sub(
        rates.reduce((p, x, k) => mul(p, up(x + extra, ds[k]!, year)), r(1)),
        r(1),
      )
    const margin = (d: number, year = 360) => simple(N, m, d, year)
    const once = [1, 1, 1, 1, 1]
    const sumDaily = rates.reduce((s, x, k) => add(s, simple(N, x, days[k]!)), r(0))
    return at2(
      add(mul(n, compound(days, 360)), margin(7)),
      add(sumDaily, margin(7)),
      add(mul(n, compound(once, 360)), margin(5)),
      add(mul(n, compound(days, 365)), margin(7, 365)),
      mul(n, compound(days, 360)),
      add(mul(n, sub(mul(add(compound(once, 360), r(1)), up(r1, 1), up(r1, 1)), r(1))), margin(7)),
      mul(n, compound(days, 360, m)),
      add(mul(n, compound(days, 360)), margin(8)),
    )
  },
  'cap-payoff-for-a-quarter': (f) => {
    const [N, h, K, L, m, A] = figuresOf(f, 'N', 'h', 'K', 'L', 'm', 'A')
    const C = (N * h) / 100
    return at2(
      simple(C, L - K, A),
      simple(N, L - K, A),
      simple(C, L, A),
      simple(C, L + m - K, A),
      simple(C, L - K, 90),
      simple(C, L - K, A, 365),
      div(simple(C, L - K, A), up(L, A)),
    )
  },
  'collar-all-in-rate-when-sofr-is-below-the-floor': (f) => {
    const [Kf, Kc, L, m, p] = figuresOf(f, 'Kf', 'Kc', 'L', 'm', 'p')
    const b = (x: number) => pct(r(x))
    return at2(
      b(Kf + m + p),
      b(L + m + p),
      b(Kf + m),
      b(Kf + p),
      b(Kc + m + p),
      b(Kf + (Kf - L) + m + p),
      b(Kf + m + p + p),
    )
  },
  'floating-loan-interest-with-a-base-rate-floor': (f) => {
    const [N, F, L, m, A] = figuresOf(f, 'N', 'F', 'L', 'm', 'A')
    const base = Math.max(F, L)
    return at2(
      simple(N, base + m, A),
      simple(N, L + m, A),
      simple(N, base + m, A, 365),
      simple(N, base + m, 90),
      simple(N, F + L + m, A),
      simple(N, base + m, A + 1),
      add(simple(N, base + m, A), simple(N, F - L, A)),
    )
  },
  'fixed-share-of-debt-after-swaps': (f) => {
    const [B, T, Rv, S, Q, S2] = figuresOf(f, 'B', 'T', 'Rv', 'S', 'Q', 'S2')
    const debt = B + T + Rv
    const fixedNow = B - Q + S
    const of = (x: number, d = debt) => mul(r(x, d), r(100))
    return at1(
      of(fixedNow),
      of(B + Q + S),
      of(B + S),
      of(fixedNow + S2),
      of(B - Q),
      of(fixedNow, debt + S + Q),
      sub(r(100), of(fixedNow)),
    )
  },
  'all-in-fixed-rate-of-a-swapped-loan': (f) => {
    const [c, e, m, L, u] = figuresOf(f, 'c', 'e', 'm', 'L', 'u')
    const b = (x: number) => pct(r(x))
    return at2(
      b(c + e + m),
      b(c + m),
      b(c + e),
      b(L + m),
      b(c + e + m + L),
      b(c + e + e + m),
      b(c + e + m + u),
    )
  },
  'value-change-of-a-bond-holding-for-a-rate-shock': (f) => {
    const [Fv, P, AI, D, y, s] = figuresOf(f, 'Fv', 'P', 'AI', 'D', 'y', 's')
    const mac = r(D, 100)
    const half = add(r(1), r(y, 20000))
    const modified = div(mac, half)
    const value = (cents: number) => mul(r(Fv), r(cents, 10000))
    const fall = (dur: R, v: R, shock = s) => mul(dur, v, bp(shock))
    return at2(
      fall(modified, value(P + AI)),
      fall(mac, value(P + AI)),
      fall(modified, r(Fv)),
      fall(mul(mac, half), value(P + AI)),
      fall(modified, value(P)),
      fall(div(mac, add(r(1), bp(y))), value(P + AI)),
      fall(modified, value(P + AI), 1),
    )
  },
  'annual-interest-cost-change-from-a-rate-shock': (f) => {
    const [L, S, Bm, D, beta, Td, s] = figuresOf(f, 'L', 'S', 'Bm', 'D', 'beta', 'Td', 's')
    const M = 1000000
    const shock = bp(s)
    const deposits = mul(r(D * M), r(beta, 100))
    const exposed = add(r((L - S) * M), r((Bm * M) / 2), mul(r(-1), deposits))
    const cost = (x: R) => mul(x, shock)
    return at0(
      cost(exposed),
      cost(add(exposed, r(S * M))),
      cost(add(exposed, deposits)),
      cost(add(exposed, r((Bm * M) / 2))),
      cost(sub(exposed, mul(r(D * M), r(100 - beta, 100)))),
      cost(sub(exposed, r((Bm * M) / 2))),
      cost(sub(exposed, r(Td * M))),
    )
  },
  'forward-rate-implied-by-two-deposit-rates': (f) => {
    const [d3, d6, r3, r6] = figuresOf(f, 'd3', 'd6', 'r3', 'r6')
    const t = d6 - d3
    const ratio = sub(div(up(r6, d6), up(r3, d3)), r(1))
    const annual = (span: number, year = 360) => mul(ratio, r(year, span), r(100))
    return at3(
      annual(t),
      mul(sub(mul(bp(r6), r(d6)), mul(bp(r3), r(d3))), r(100, t)),
      annual(90),
      annual(t, 365),
      pct(r(r6)),
      pct(r(r3)),
      annual(d6),
    )
  },
  'maximum-borrowing-rate-under-a-cap': (f) => {
    const [K, m, P, T, L] = figuresOf(f, 'K', 'm', 'P', 'T', 'L')
    const b = (x: R) => pct(x)
    const perYear = r(P, T)
    return at3(
      b(add(r(K + m), perYear)),
      b(r(K + m)),
      b(add(r(K), perYear)),
      b(add(r(K + m), r(P, 4 * T))),
      b(r(K + m + P)),
      b(add(r(L + m), perYear)),
      b(r(L + m)),
    )
  },
  'collar-interest-for-a-quarter-when-sofr-is-above-the-cap': (f) => {
    const [N, h, Kc, L, m, A] = figuresOf(f, 'N', 'h', 'Kc', 'L', 'm', 'A')
    const C = (N * h) / 100
    const net = (d: number, year = 360, margin = m) =>
      sub(simple(N, L + margin, d, year), simple(C, L - Kc, d, year))
    return at2(
      net(A),
      simple(N, Kc + m, A),
      net(A, 365),
      net(A, 360, 0),
      simple(N, L + m, A),
      add(simple(N, L + m, A), simple(C, L - Kc, A)),
      net(A + 1),
    )
  },
  'swap-notional-to-reach-the-fixed-rate-target': (f) => {
    const [B, Lf, S, S2, C, lo, hi] = figuresOf(f, 'B', 'Lf', 'S', 'S2', 'C', 'lo', 'hi')
    const M = 1000000
    const mid = r(lo + hi, 200)
    const debt = B + Lf
    const need = (share: R, gross: number, fixedNow: number) =>
      sub(mul(share, r(gross * M)), r(fixedNow * M))
    return at0(
      need(mid, debt, B + S),
      need(mid, debt, B),
      need(r(hi, 100), debt, B + S),
      need(mid, debt, S),
      need(r(lo, 100), debt, B + S),
      need(mid, debt - C, B + S),
      need(mid, debt, B + S + S2),
    )
  },
  'borrowing-cost-locked-by-an-fra': (f) => {
    const [N, fr, L, m, A] = figuresOf(f, 'N', 'f', 'L', 'm', 'A')
    const loan = simple(N, L + m, A)
    const atStart = div(simple(N, L - fr, A), up(L, A))
    return at2(
      sub(loan, mul(atStart, up(L, A))),
      loan,
      sub(loan, atStart),
      add(loan, simple(N, L - fr, A)),
      simple(N, fr, A),
      simple(N, fr + m, A, 365),
      simple(N, fr + m, 90),
    )
  },
  'floor-payoff-on-a-floating-deposit': (f) => {
    const [D, h, K, L, s, A] = figuresOf(f, 'D', 'h', 'K', 'L', 's', 'A')
    const C = (D * h) / 100
    return at2(
      simple(C, K - L, A),
      simple(D, K - L, A),
      simple(C, K, A),
      simple(C, K - L, A + 1),
      simple(C, K - L - s, A),
      simple(C, K - L, 90),
      simple(C, K - L, A, 365),
    )
  },
  'value-of-a-pay-fixed-swap-from-the-annuity-factor': (f) => {
    const [N, c, s, A3, A5] = figuresOf(f, 'N', 'c', 's', 'A3', 'A5')
    const n = r(N)
    const three = r(A3, 100)
    const worth = (rate: R, annuity: R) => mul(n, rate, annuity)
    const gap = sub(bp(s), bp(c))
    return at2(
      worth(gap, three),
      worth(gap, r(3)),
      worth(gap, r(A5, 100)),
      worth(bp(s), three),
      worth(bp(1), three),
      worth(gap, r(1)),
      div(worth(gap, three), add(r(1), bp(s))),
    )
  },
}
