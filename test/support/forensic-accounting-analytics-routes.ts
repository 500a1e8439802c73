import { cmp } from './bigint-rationals.js'
import {
  add,
  at1,
  at2,
  div,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { at3, at4, dp, writtenAs } from './written-half-up.js'

/*
 * Fraud analytics worked again from each draw: counts, thousands of dollars and cents as BigInt
 * ratios; Benford's proportions from the rounded table in thousandths; every index as a ratio of
 * ratios cross-multiplied; each answer written once, half up, as the family shows it.
 */

/** Benford's first-digit proportions in thousandths, digits 1 to 9. */
const PROPORTION = [301n, 176n, 125n, 97n, 79n, 67n, 58n, 51n, 46n] as const
const at5 = writtenAs((x) => dp(x, 5))
/** |x|. */
const abs = (x: R): R => (cmp(x, r(0)) < 0 ? sub(r(0), x) : x)
/** `a·d ÷ (b·c)`, the ratio `(a/b) ÷ (c/d)` of whole numbers. */
const ratioOf = (a: number, b: number, c: number, d: number): R => r(a * d, b * c)
/** The nine first-digit counts of a draw. */
const countsOf = (f: Parameters<Route>[0]): number[] =>
  figuresOf(f, 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9')
/** The expected count of digit `i + 1` among `N`. */
const expected = (N: number, i: number): R => r(BigInt(N) * PROPORTION[i]!, 1000n)
/** The sum of rationals. */
const total = (xs: readonly R[]): R => add(r(0), ...xs)

export const ANALYTICS_ROUTES: Readonly<Record<string, Route>> = {
  'benford-expected-count-of-a-leading-digit': (f) => {
    const [d, N, s, c, u] = figuresOf(f, 'd', 'N', 's', 'c', 'u')
    const p = r(PROPORTION[d - 1]!, 1000n)
    const of = (count: number) => mul(r(count), p)
    return at1(of(N), of(N + s + c), of(N + s), of(N + c), r(N, 9), r(N, 10), of(N - u))
  },
  'benford-first-digit-mean-absolute-deviation': (f) => {
    const c = countsOf(f)
    const N = c.reduce((a, b) => a + b, 0)
    // Deviations in thousandths of the count: 1000·count − N·proportion, over 1000·N.
    const dev = c.map((x, i) =>
      r(1000n * BigInt(x) - BigInt(N) * PROPORTION[i]!, 1000n * BigInt(N)),
    )
    const absDev = dev.map(abs)
    const S = total(absDev)
    const over = total(dev.filter((x) => cmp(x, r(0)) > 0))
    const largest = absDev.reduce((m, x) => (cmp(x, m) > 0 ? x : m))
    const relative = total(absDev.map((x, i) => div(x, r(PROPORTION[i]!, 1000n))))
    return at5(
      div(S, r(9)),
      div(S, r(10)),
      div(over, r(9)),
      div(total(dev.map((x) => mul(x, x))), r(9)),
      div(S, r(8)),
      S,
      largest,
      div(relative, r(9)),
    )
  },
  'benford-first-digit-chi-square-statistic': (f) => {
    const c = countsOf(f)
    const N = c.reduce((a, b) => a + b, 0)
    const gap = c.map((x, i) => sub(r(x), expected(N, i)))
    const sq = gap.map((g) => mul(g, g))
    const chi = total(sq.map((x, i) => div(x, expected(N, i))))
    const ninth = r(N, 9)
    return at2(
      chi,
      total(gap.map((g, i) => div(abs(g), expected(N, i)))),
      div(chi, r(8)),
      div(total(sq), r(N)),
      total(sq.map((x, i) => div(x, mul(expected(N, i), r(1000n - PROPORTION[i]!, 1000n))))),
      total(
        c.map((x) => {
          const g = sub(r(x), ninth)
          return div(mul(g, g), ninth)
        }),
      ),
      total(sq),
      total(sq.map((x, i) => div(x, r(c[i]!)))),
    )
  },
  'benford-z-statistic-of-a-leading-digit': (f) => {
    const [d, N, s, cr, A, ax, sigma] = figuresOf(f, 'd', 'N', 's', 'cr', 'A', 'ax', 'sigma')
    const p = PROPORTION[d - 1]!
    const X = N + s + cr
    // (gap − ½) ÷ (sigma/100) = (200·gap − 100) ÷ (2·sigma), gap as a rational.
    const zOf = (gap: R, half: boolean) =>
      div(sub(mul(r(200), gap), r(half ? 100 : 0)), r(2 * sigma))
    const gapTo = (actual: R, e: R) => sub(actual, e)
    const eN = r(BigInt(N) * p, 1000n)
    return at3(
      zOf(gapTo(r(A), eN), true),
      zOf(gapTo(r(A), eN), false),
      zOf(gapTo(r(A), r(N, 9)), true),
      zOf(gapTo(r(A + ax), eN), true),
      zOf(gapTo(r(A), r(BigInt(X) * p, 1000n)), true),
      zOf(gapTo(r(A * N, X), eN), true),
      div(sub(gapTo(r(A), eN), r(1, 2)), r(sigma * sigma, 10000)),
    )
  },
  'beneish-days-sales-in-receivables-index': (f) => {
    const [G0, G1, T0, T1, R0, R1, A0, A1, TA0, TA1] = figuresOf(
      f,
      'G0',
      'G1',
      'T0',
      'T1',
      'R0',
      'R1',
      'A0',
      'A1',
      'TA0',
      'TA1',
    )
    const [S0, S1] = [G0 - T0, G1 - T1]
    return at3(
      ratioOf(R1, S1, R0, S0),
      ratioOf(R0, S0, R1, S1),
      ratioOf(R1 + A1, S1, R0 + A0, S0),
      ratioOf(R1, G1, R0, G0),
      r(R1, R0),
      ratioOf(R1, TA1, R0, TA0),
      ratioOf(R1, S0, R0, S1),
    )
  },
  'beneish-gross-margin-index': (f) => {
    const [S0, S1, C0, C1, X0, X1] = figuresOf(f, 'S0', 'S1', 'C0', 'C1', 'X0', 'X1')
    const [P0, P1] = [S0 - C0, S1 - C1]
    return at3(
      ratioOf(P0, S0, P1, S1),
      ratioOf(P1, S1, P0, S0),
      ratioOf(C0, S0, C1, S1),
      r(P0, P1),
      ratioOf(P0, C0, P1, C1),
      ratioOf(P0 - X0, S0, P1 - X1, S1),
      ratioOf(C1, S1, C0, S0),
    )
  },
  'beneish-asset-quality-index': (f) => {
    const [CA0, CA1, P0, P1, , , I0, I1, , , TA0, TA1] = figuresOf(
      f,
      'CA0',
      'CA1',
      'P0',
      'P1',
      'L0',
      'L1',
      'I0',
      'I1',
      'O0',
      'O1',
      'TA0',
      'TA1',
    )
    // Soft assets are what the hard assets leave of the total.
    const [soft0, soft1] = [TA0 - CA0 - P0, TA1 - CA1 - P1]
    const [hard0, hard1] = [CA0 + P0, CA1 + P1]
    return at3(
      ratioOf(soft1, TA1, soft0, TA0),
      ratioOf(soft0, TA0, soft1, TA1),
      ratioOf(hard1, TA1, hard0, TA0),
      ratioOf(TA1 - CA1, TA1, TA0 - CA0, TA0),
      r(soft1, soft0),
      ratioOf(soft1, hard1, soft0, hard0),
      ratioOf(I1, TA1, I0, TA0),
    )
  },
  'beneish-depreciation-index': (f) => {
    const [D0, D1, M0, M1, P0, P1, AD0, AD1] = figuresOf(
      f,
      'D0',
      'D1',
      'M0',
      'M1',
      'P0',
      'P1',
      'AD0',
      'AD1',
    )
    // r0 ÷ r1 = D0·(D1 + P1) ÷ (D1·(D0 + P0)).
    const idx = (d0: number, base0: number, d1: number, base1: number) =>
      r(d0 * (d1 + base1), d1 * (d0 + base0))
    return at3(
      idx(D0, P0, D1, P1),
      idx(D1, P1, D0, P0),
      r(D0, D1),
      idx(D0, P0, D1, P0),
      idx(D0, P1, D1, P1),
      ratioOf(D0, P0, D1, P1),
      idx(D0 + M0, P0, D1 + M1, P1),
      idx(D0, P0 + AD0, D1, P1 + AD1),
    )
  },
  'beneish-sales-general-and-administrative-expenses-index': (f) => {
    const [S0, S1, C0, C1, X0, X1, DA0, DA1] = figuresOf(
      f,
      'S0',
      'S1',
      'C0',
      'C1',
      'X0',
      'X1',
      'DA0',
      'DA1',
    )
    return at3(
      ratioOf(X1, S1, X0, S0),
      ratioOf(X0, S0, X1, S1),
      ratioOf(X1 + C1, S1, X0 + C0, S0),
      ratioOf(X1 + DA1, S1, X0 + DA0, S0),
      r(X1, X0),
      ratioOf(X1, S0, X0, S1),
      ratioOf(X1, S1 - C1, X0, S0 - C0),
    )
  },
  'beneish-leverage-index': (f) => {
    const [CL0, CL1, LT0, LT1, O0, O1, TA0, TA1] = figuresOf(
      f,
      'CL0',
      'CL1',
      'LT0',
      'LT1',
      'O0',
      'O1',
      'TA0',
      'TA1',
    )
    const [D0, D1] = [CL0 + LT0, CL1 + LT1]
    const [E0, E1] = [TA0 - D0 - O0, TA1 - D1 - O1]
    return at3(
      ratioOf(D1, TA1, D0, TA0),
      ratioOf(D0, TA0, D1, TA1),
      ratioOf(D1 + O1, TA1, D0 + O0, TA0),
      ratioOf(LT1, TA1, LT0, TA0),
      r(D1, D0),
      ratioOf(D1, E1, D0, E0),
      ratioOf(D1, TA0, D0, TA1),
    )
  },
  'beneish-total-accruals-to-total-assets': (f) => {
    const [TA0, TA1, I1, F1, I0, DL, S1, EB, V1] = figuresOf(
      f,
      'TA0',
      'TA1',
      'I1',
      'F1',
      'I0',
      'DL',
      'S1',
      'EB',
      'V1',
    )
    const acc = I1 - F1
    return at4(
      r(acc, TA1),
      r(acc - DL, TA1),
      r(acc, S1),
      r(I0 - F1, TA1),
      r(EB - F1, TA1),
      r(acc, TA0),
      r(acc + V1, TA1),
    )
  },
  'beneish-m-score-distance-above-the-threshold': (f) => {
    const [DSRI, GMI, AQI, SGI, DEPI, SGAI, LVGI, TATA] = figuresOf(
      f,
      'DSRI',
      'GMI',
      'AQI',
      'SGI',
      'DEPI',
      'SGAI',
      'LVGI',
      'TATA',
    )
    // In millionths: coefficients in thousandths times indices in thousandths.
    const positive = 920 * DSRI + 528 * GMI + 404 * AQI + 892 * SGI + 115 * DEPI
    const sga = 172 * SGAI
    const lvg = 327 * LVGI
    const acc = 4679 * TATA
    const base = -4840000 + 1780000
    const m = (x: number): R => r(x, 1000000)
    const M = positive - sga - lvg + acc
    // GMI upside down: 0.528 × 1000/GMI in place of 0.528 × GMI/1000.
    const flipped = add(m(M - 528 * GMI - 4840000 + 1780000), r(528, GMI))
    return at3(
      m(M + base),
      m(positive + sga + lvg + acc + base),
      m(positive + acc + base),
      m(M - 4840000 + 2220000),
      m(M - acc + base),
      m(M - 2 * acc + base),
      flipped,
    )
  },
  'relative-size-factor-of-a-vendors-largest-invoice': (f) => {
    const a: number[] = []
    for (let i = 0; f[`a${i}`] !== undefined; i++) a.push(Number(f[`a${i}`]))
    const [V, H, C] = figuresOf(f, 'V', 'H', 'C')
    const desc = [...a].sort((x, y) => y - x)
    const [L, s2] = [desc[0]!, desc[1]!]
    const all = a.reduce((x, y) => x + y, 0)
    const m = a.length
    const median = m % 2 === 1 ? r(desc[(m - 1) / 2]!) : r(desc[m / 2 - 1]! + desc[m / 2]!, 2)
    // A document wrongly kept in sits below the largest paid invoice, so it becomes the
    // second-largest: the RSF of the paid invoices plus that document.
    const rsfWith = (x: number) => {
      const top = [...desc, x].sort((p, q) => q - p)
      return r(top[0]!, top[1]!)
    }
    return at2(
      r(L, s2),
      r(L * (m - 1), all - L),
      r(L * m, all),
      r(L, desc[m - 1]!),
      div(r(L), median),
      rsfWith(V),
      rsfWith(H),
      rsfWith(C),
    )
  },
  'round-number-share-of-a-vendors-invoices': (f) => {
    const [N, k3, k4, k2, cm, v] = figuresOf(f, 'N', 'k3', 'k4', 'k2', 'cm', 'v')
    return pct2(
      r(k3, N),
      r(k3 + k2, N),
      r(k3, N - k3),
      r(k3 + k4, N),
      r(k3, N + cm),
      r(k3, N + v),
      r(k3, N + cm + v),
    )
  },
  'duplicate-payments-not-yet-recovered': (f) => {
    const [a1, a2, a3, a4] = figuresOf(f, 'a1', 'a2', 'a3', 'a4')
    // Each invoice's payments after the first, in cents.
    const extra = (amount: number, times: number) => amount * (times - 1)
    const owed = extra(a1, 3) + extra(a2, 2)
    const cents = (x: number) => r(x, 100)
    return at2(
      cents(owed),
      cents(a1 * 3 + a2 * 2),
      cents(owed + extra(a3, 2)),
      cents(owed + extra(a4, 2)),
      cents(a1 + a2),
      cents(extra(a1, 3)),
      cents(owed - a3),
    )
  },
  'sloan-balance-sheet-accrual-ratio': (f) => {
    const [CA0, CA1, K0, K1, CL0, CL1, SD0, SD1, TP0, TP1, TA0, TA1, Dp] = figuresOf(
      f,
      'CA0',
      'CA1',
      'K0',
      'K1',
      'CL0',
      'CL1',
      'SD0',
      'SD1',
      'TP0',
      'TP1',
      'TA0',
      'TA1',
      'Dp',
    )
    // Non-cash current assets less operating current liabilities, year on year.
    const wc = (ca: number, k: number, cl: number, sd: number, tp: number) =>
      ca - k - (cl - sd - tp)
    const A = wc(CA1, K1, CL1, SD1, TP1) - wc(CA0, K0, CL0, SD0, TP0) - Dp
    const avg = (x: number) => r(2 * x, TA0 + TA1)
    return pct2(
      avg(A),
      avg(A + K1 - K0),
      avg(A - (SD1 - SD0)),
      avg(A - (TP1 - TP0)),
      r(A, TA1),
      avg(A + Dp),
      r(A, TA0),
      avg(A + 2 * Dp),
    )
  },
  'change-in-days-sales-outstanding-on-credit-sales': (f) => {
    const [S0, S1, C0, C1, Rm, R0, R1, G0, G1] = figuresOf(
      f,
      'S0',
      'S1',
      'C0',
      'C1',
      'Rm',
      'R0',
      'R1',
      'G0',
      'G1',
    )
    // 365 × (a/b − c/d) = 365·(a·d − c·b) ÷ (b·d), with a and c in halves for averages.
    const rise = (a: R, b: number, c: R, d: number) => mul(r(365), sub(div(a, r(b)), div(c, r(d))))
    return at1(
      rise(r(R1), C1, r(R0), C0),
      rise(r(R1), S1, r(R0), S0),
      rise(r(R0 + R1, 2), C1, r(Rm + R0, 2), C0),
      rise(r(R0), C1, r(Rm), C0),
      rise(r(R1), G1, r(R0), G0),
      r(365 * (R1 - R0), C1),
      r(365 * (R1 - R0), C0),
    )
  },
}
