import {
  at0,
  div,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/*
 * Materiality and audit risk worked again from each draw: every benchmark rebuilt from the figures
 * the stem states, each percentage applied as a ratio of whole numbers, and the audit risk model
 * solved for its last factor.
 */

/** `p` percent of `x`. */
const pcOf = (p: number, x: R): R => mul(r(p, 100), x)
/** `p` per thousand of `x`. */
const pmOf = (p: number, x: R): R => mul(r(p, 1000), x)
const sumOf = (...xs: number[]): R => r(xs.reduce((a, b) => a + b, 0))

/** Materiality and audit risk families worked again from each draw's figures. */
export const MATERIALITY_ROUTES: Readonly<Record<string, Route>> = {
  'overall-materiality-at-five-percent-of-profit-before-tax': (f) => {
    const [R_, GP, OP, FC, PBT, T, TA] = figuresOf(f, 'R', 'GP', 'OP', 'FC', 'PBT', 'T', 'TA')
    // Operating profit is profit before tax with finance costs added back.
    if (OP !== PBT + FC) throw new Error('operating profit does not tie')
    return at0(
      div(r(PBT), r(20)),
      div(r(PBT - T), r(20)),
      pcOf(4, r(PBT)),
      pmOf(5, r(R_)),
      div(r(OP), r(20)),
      div(r(TA), r(100)),
      div(r(GP), r(20)),
    )
  },
  'overall-materiality-from-net-revenue-on-a-thin-margin': (f) => {
    const [G, Rt, D, S, PBT, GP, Np] = figuresOf(f, 'G', 'Rt', 'D', 'S', 'PBT', 'GP', 'Np')
    const N = G - Rt - D
    const rate = N > 50_000_000 ? r(5, 1000) : r(1, 100)
    return at0(
      mul(rate, r(N)),
      div(r(N), r(100)),
      mul(rate, r(G)),
      mul(rate, r(N + S)),
      div(r(PBT), r(20)),
      mul(rate, r(Np)),
      mul(rate, r(GP)),
    )
  },
  'overall-materiality-from-total-assets-of-an-asset-holding-company': (f) => {
    const [X, AD, FV, Rg, A, Pp, B, O, P, L, E] = figuresOf(
      f,
      'X',
      'AD',
      'FV',
      'Rg',
      'A',
      'Pp',
      'B',
      'O',
      'P',
      'L',
      'E',
    )
    // Total assets from the other side of the balance sheet: equity plus every liability.
    const TA = E + P + L + O
    if (TA !== X - AD + Rg - A + Pp + B) throw new Error('the balance sheet does not balance')
    const one = (x: number) => div(r(x), r(100))
    return at0(
      one(TA),
      div(r(TA), r(50)),
      one(X + Rg - A + Pp + B),
      one(FV + Rg - A + Pp + B),
      one(E),
      one(TA - O),
      one(E + L),
    )
  },
  'overall-materiality-from-profit-normalised-for-one-off-items': (f) => {
    const [P, G, C, X] = figuresOf(f, 'P', 'G', 'C', 'X')
    const twentieth = (x: number) => div(r(x), r(20))
    return at0(
      twentieth(P + C - G),
      twentieth(P),
      twentieth(P + C),
      twentieth(P - C + G),
      twentieth(P - G),
      twentieth(P - C - G),
      twentieth(P + C - G - X),
    )
  },
  'overall-materiality-from-total-expenses-in-a-loss-making-year': (f) => {
    const [Rv, CS, OE, FC, Pp, TA] = figuresOf(f, 'Rv', 'CS', 'OE', 'FC', 'Pp', 'TA')
    const loss = CS + OE + FC - Rv
    const hundredth = (x: R) => div(x, r(100))
    return at0(
      hundredth(sumOf(CS, OE, FC)),
      div(r(loss), r(20)),
      div(r(Pp), r(20)),
      hundredth(r(TA)),
      hundredth(r(Rv)),
      hundredth(sumOf(OE, FC)),
      hundredth(r(loss)),
    )
  },
  'overall-materiality-from-the-three-year-average-profit': (f) => {
    const [y1, y2, y3, r1, r2, r3, t] = figuresOf(f, 'y1', 'y2', 'y3', 'r1', 'r2', 'r3', 't')
    // 5% of an average of k years is the total over 20k.
    const avgAt5 = (...ys: number[]) => div(sumOf(...ys), r(20 * ys.length))
    return at0(
      avgAt5(y1, y2, y3),
      avgAt5(y3),
      avgAt5(y2, y3),
      div(sumOf(r1, r2, r3), r(600)),
      avgAt5(y2),
      avgAt5(y1, y2),
      mul(avgAt5(y1, y2, y3), r(100 - t, 100)),
    )
  },
  'performance-materiality-at-the-assessed-engagement-risk': (f) => {
    const [PBT, Pp, mod, t] = figuresOf(f, 'PBT', 'Pp', 'mod', 't')
    const O = div(r(PBT), r(20))
    return at0(
      pcOf(mod, O),
      O,
      mul(O, r(3, 4)),
      pcOf(mod, div(r(Pp), r(20))),
      div(O, r(2)),
      sub(O, pcOf(mod, O)),
      pcOf(mod, div(mul(r(PBT), r(100 - t, 100)), r(20))),
    )
  },
  'clearly-trivial-threshold-for-a-listed-client': (f) => {
    const [PBT, Pp, t] = figuresOf(f, 'PBT', 'Pp', 't')
    // Threshold rate × materiality rate × profit, the rates in ten-thousandths.
    const ct = (bp: number, x: R) => mul(r(bp, 10000), x)
    return at0(
      ct(12, r(PBT)),
      ct(20, r(PBT)),
      ct(15, r(PBT)),
      ct(25, r(PBT)),
      mul(ct(12, r(PBT)), r(7, 10)),
      ct(12, r(PBT * (100 - t), 100)),
      ct(12, r(Pp)),
    )
  },
  'specific-materiality-for-directors-remuneration': (f) => {
    const [p, S, B, U, K, Pn, E, X, T0] = figuresOf(
      f,
      'p',
      'S',
      'B',
      'U',
      'K',
      'Pn',
      'E',
      'X',
      'T0',
    )
    const of = (x: R) => pcOf(p, x)
    return at0(
      of(sumOf(S, B, K, Pn)),
      of(sumOf(S, B, K, Pn, E)),
      of(sumOf(S, B, K, Pn, X)),
      of(r(T0)),
      of(sumOf(S, B - U, K, Pn)),
      of(sumOf(S, B, Pn)),
      of(sumOf(S, B, K)),
    )
  },
  'specific-materiality-from-loan-covenant-headroom': (f) => {
    const [Bw, C, OP, DA, I, s] = figuresOf(f, 'Bw', 'C', 'OP', 'DA', 'I', 's')
    const ebitda = OP + DA
    const nd = Bw - C
    const room = (earnings: number, debt: number, times: R) => sub(r(earnings), div(r(debt), times))
    const H = room(ebitda, nd, r(4))
    return at0(
      pcOf(s, H),
      H,
      div(r(OP - I), r(20)),
      pcOf(s, sub(mul(r(ebitda), r(4)), r(nd))),
      pcOf(s, room(ebitda, nd, r(15, 4))),
      pcOf(s, room(ebitda, Bw, r(4))),
      pcOf(s, room(OP, nd, r(4))),
    )
  },
  'component-performance-materiality-by-stated-allocation': (f) => {
    const [n, Rg, Pg, Rc, Pc] = figuresOf(f, 'n', 'Rg', 'Pg', 'Rc', 'Pc')
    const overall = div(r(Pg), r(20))
    const pm = mul(overall, r(3, 4))
    const factor = r(3, 2)
    return at0(
      div(mul(pm, r(Rc), factor), r(Rg)),
      div(mul(overall, r(Rc), factor), r(Rg)),
      div(mul(pm, r(Pc), factor), r(Pg)),
      pm,
      div(mul(pm, r(Rc)), r(Rg)),
      div(div(mul(pm, r(Rc)), r(Rg)), factor),
      div(mul(pm, factor), r(n)),
    )
  },
  'group-materiality-from-the-consolidated-benchmark': (f) => {
    const [Pe, a, b, Dv, IS, U, nci, T] = figuresOf(f, 'Pe', 'a', 'b', 'Dv', 'IS', 'U', 'nci', 'T')
    const entities = Pe + a + b
    const group = entities - Dv - U
    const five = (x: R) => div(x, r(20))
    return at0(
      five(r(group)),
      five(r(entities)),
      five(r(entities - U)),
      five(r(entities - Dv)),
      five(r(entities - Dv - IS)),
      five(r(group - T)),
      five(sub(r(group), mul(r(b), r(nci, 100)))),
    )
  },
  'acceptable-test-of-details-risk-from-the-audit-risk-model': (f) => {
    const [AR, IR, CR, AP] = figuresOf(f, 'AR', 'IR', 'CR', 'AP')
    // With every factor in whole percent, TD = AR × 100^(k−1) ÷ (product of the k factors).
    const td = (ar: number, ...xs: number[]) =>
      div(r(ar * 100 ** (xs.length - 1)), r(xs.reduce((p, x) => p * x, 1)))
    const key = td(AR, IR, 100, AP)
    return pct2(
      key,
      td(AR, IR, CR, AP),
      td(5, IR, AP),
      td(AR, AP),
      sub(r(1), key),
      td(AR, IR),
      r(AR * IR * AP, 1_000_000),
      r(AR, 100),
    )
  },
  'planning-materiality-from-trailing-twelve-month-profit': (f) => {
    const [Y9, P9, Pf, F4] = figuresOf(f, 'Y9', 'P9', 'Pf', 'F4')
    const five = (x: R) => div(x, r(20))
    return at0(
      five(r(Y9 + (Pf - P9))),
      five(r(Y9 + Pf)),
      five(div(mul(r(Pf), r(Y9)), r(P9))),
      five(r(Y9 + F4)),
      five(div(r(Y9 * 4), r(3))),
      five(r(Y9)),
      five(r(Pf)),
    )
  },
  'revised-performance-materiality-at-completion': (f) => {
    const [F, D, Cp, Un, t] = figuresOf(f, 'F', 'D', 'Cp', 'Un', 't')
    const A = D - Cp
    // Performance materiality as a share of profit: 50% × 5% = 1/40, 75% × 5% = 3/80.
    return at0(
      div(r(A), r(40)),
      mul(r(A), r(3, 80)),
      div(r(D), r(40)),
      div(r(A), r(20)),
      mul(r(F), r(3, 80)),
      div(mul(r(A), r(100 - t, 100)), r(40)),
      mul(r(A), r(3, 160)),
      div(r(A - Un), r(40)),
    )
  },
  'scoping-balances-above-performance-materiality': (f) => {
    const [PBT, t, PMp, a1, a2, b1, b2, c1, c2, d, e] = figuresOf(
      f,
      'PBT',
      't',
      'PMp',
      'a1',
      'a2',
      'b1',
      'b2',
      'c1',
      'c2',
      'd',
      'e',
    )
    const balances: [number, boolean][] = [
      [a1, true],
      [a2, false],
      [b1, true],
      [b2, false],
      [c1, false],
      [c2, true],
      [d, false],
      [e, true],
    ]
    // Each threshold exactly, then every balance above it summed: `over(threshold, debitsOnly)`.
    const over = (thr: R, debitsOnly = false) =>
      r(
        balances
          .filter(([x, debit]) => (!debitsOnly || debit) && BigInt(x) * thr[1] > thr[0])
          .reduce((s, [x]) => s + x, 0),
      )
    const O = r(PBT * 5, 100)
    const PM = r(PBT * 375, 10000)
    return at0(
      over(PM),
      over(O),
      over(PM, true),
      over(r(PMp)),
      over(r(PBT * 375 * (100 - t), 1_000_000)),
      over(r(PBT * 25, 1000)),
      over(r(PBT * 25, 10000)),
    )
  },
  'specific-performance-materiality-for-related-party-transactions': (f) => {
    const [PBT, s, t] = figuresOf(f, 'PBT', 's', 't')
    const O = r(PBT, 20)
    const spec = pcOf(s, O)
    return at0(
      div(spec, r(2)),
      pcOf(65, spec),
      pcOf(75, spec),
      spec,
      div(O, r(20)),
      div(pcOf(s, r(PBT * (100 - t), 2000)), r(2)),
      div(pcOf(65, spec), r(2)),
    )
  },
}
