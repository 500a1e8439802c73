import {
  add,
  at2,
  div,
  floorRoot,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/*
 * Credit risk worked again from each draw's figures: amounts in whole dollars, rates and
 * probabilities in basis points, whole percents, tenths of a percent or ten-thousandths, every
 * working a BigInt ratio written once (money to the cent, probabilities and ratios to two places
 * of a percent). Survival products are built as whole-number products over a power of ten, and
 * the binomial standard deviation of a PD is found as an exact integer root.
 */

/** Basis points, whole percents and ten-thousandths as ratios. */
const bp = (b: number): R => r(b, 10000)
const pc = (p: number): R => r(p, 100)
const ONE = r(1)
/** The sum of ratios. */
const total = (xs: readonly R[]): R => add(r(0), ...xs)
/** √(PD(1 − PD)) of a PD in basis points, which the draws make an exact root. */
function sdOf(p: number): R {
  const v = BigInt(p) * BigInt(10000 - p)
  const root = floorRoot(v)
  if (root * root !== v) throw new Error(`PD ${p} bp has no exact binomial deviation`)
  return r(root, 10000)
}

export const CREDIT_ROUTES: Readonly<Record<string, Route>> = {
  'expected-loss-on-a-partly-drawn-credit-line': (f) => {
    const [L, D, c, p, g] = figuresOf(f, 'L', 'D', 'c', 'p', 'g')
    // PD × LGD in millionths of a dollar per dollar of exposure (bp × whole percent).
    const rate = (lgd: number) => r(p * lgd, 1000000)
    // EAD in hundredths of a dollar: 100 × drawn + c × undrawn.
    const ead = r(100 * D + c * (L - D), 100)
    return at2(
      mul(rate(g), ead),
      mul(rate(g), r(L)),
      mul(rate(g), r(D)),
      mul(rate(g), r(c * L, 100)),
      mul(rate(g), r(c * (L - D), 100)),
      mul(rate(100 - g), ead),
      mul(bp(p), ead),
    )
  },
  'loss-given-default-after-haircut-collateral-and-workout-costs': (f) => {
    const [E, C, h, rec, W] = figuresOf(f, 'E', 'C', 'h', 'r', 'W')
    // Loss in hundredths: unsecured part × whole percent lost, plus 100 × workout costs.
    const loss = (unsecured: R, lostPct: number) =>
      div(add(mul(unsecured, r(lostPct)), r(100 * W)), r(100 * E))
    const counted = r(C * (100 - h), 100)
    const rest = sub(r(E), counted)
    return pct2(
      loss(rest, 100 - rec),
      loss(r(E - C), 100 - rec),
      div(mul(rest, r(100 - rec)), r(100 * E)),
      loss(sub(r(E), r(100 * C, 100 + h)), 100 - rec),
      loss(rest, 100),
      loss(r(E), 100 - rec),
      loss(rest, rec),
      loss(sub(r(E * (100 + h), 100), r(C)), 100 - rec),
    )
  },
  'cumulative-default-probability-from-conditional-annual-pds': (f) => {
    const [q1, q2, q3] = figuresOf(f, 'q1', 'q2', 'q3')
    const big = (x: number) => BigInt(x)
    const T = 10000n
    // Survival over three years as a product of whole numbers over 10,000³.
    const lives = (a: number, b: number, c: number) =>
      r((T - big(a)) * (T - big(b)) * (T - big(c)), T * T * T)
    const died = (a: number, b: number, c: number) => sub(ONE, lives(a, b, c))
    return pct2(
      died(q1, q2, q3),
      r(q1 + q2 + q3, 10000),
      died(q3, q3, q3),
      // Year 1's default, then years 2 and 3 each weighted by survival of year 1 alone.
      r(big(q1) * T + (T - big(q1)) * (big(q2) + big(q3)), T * T),
      r((T - big(q1)) * (T - big(q2)) * big(q3), T * T * T),
      died(q1, q1, q1),
      r(q1 + q2 + q3, 30000),
    )
  },
  'conditional-default-probability-from-a-cumulative-table': (f) => {
    const [C1, C2, C3] = figuresOf(f, 'C1', 'C2', 'C3')
    // 1 − S(t) ÷ S(t − 1) with survival S = 1 − cumulative PD.
    const hazard = (before: number, after: number) => sub(ONE, r(10000 - after, 10000 - before))
    return pct2(
      hazard(C2, C3),
      r(C3 - C2, 10000),
      r(C3, 3 * 10000),
      r(C3 - C2, 10000 - C1),
      r(C3 - C2, 10000 - C3),
      r(C3, 10000 - C2),
      r(C3 - C1, 10000),
    )
  },
  'unconditional-default-probability-in-year-three': (f) => {
    const [q1, q2, q3] = figuresOf(f, 'q1', 'q2', 'q3')
    const s = (q: number) => sub(ONE, bp(q))
    // Survive to the start of year 3, as a ratio, then default in it.
    const reach = mul(s(q1), s(q2))
    return pct2(
      mul(bp(q3), reach),
      r(q3 - q2, 10000),
      mul(bp(q3), reach, s(q3)),
      mul(bp(q1), s(q1), s(q1)),
      mul(bp(q3), s(q1)),
      div(bp(q3), reach),
      sub(ONE, mul(reach, s(q3))),
    )
  },
  'default-intensity-implied-by-a-credit-spread': (f) => {
    const [w, s, R0, Rs, Rb] = figuresOf(f, 'w', 's', 'R', 'Rs', 'Rb')
    const y = w + s
    const over = (spread: number, recovery: number) => div(bp(spread), sub(ONE, pc(recovery)))
    return pct2(
      over(s, R0),
      bp(s),
      mul(bp(s), sub(ONE, pc(R0))),
      over(s, Rb),
      over(y, R0),
      div(bp(s), pc(R0)),
      over(s, Rs),
    )
  },
  'unexpected-loss-of-a-single-facility': (f) => {
    const [p, L, D, c, g] = figuresOf(f, 'p', 'L', 'D', 'c', 'g')
    const sd = sdOf(p)
    const ead = add(r(D), mul(pc(c), r(L - D)))
    const loss = (exposure: R, lgdPct: number, spread: R) => mul(spread, r(lgdPct, 100), exposure)
    return at2(
      loss(ead, g, sd),
      loss(ead, g, r(p * (10000 - p), 100000000)),
      loss(ead, g, bp(p)),
      loss(r(D), g, sd),
      loss(ead, 100, sd),
      loss(r(L), g, sd),
      loss(ead, 100 - g, sd),
      loss(ead, g, add(sd, bp(p))),
    )
  },
  'expected-loss-with-a-correlated-guarantor': (f) => {
    const [pb, pg, rho, EAD, g] = figuresOf(f, 'pb', 'pg', 'rho', 'EAD', 'g')
    const both = mul(bp(pb), bp(pg))
    const joint = add(both, mul(pc(rho), sdOf(pb), sdOf(pg)))
    const el = (pd: R, lgdPct = g) => mul(r(EAD * lgdPct, 100), pd)
    const vb = mul(bp(pb), bp(10000 - pb))
    const vg = mul(bp(pg), bp(10000 - pg))
    return at2(
      el(joint),
      el(both),
      el(add(both, mul(pc(rho), both))),
      el(add(both, mul(pc(rho), vb, vg))),
      el(bp(pb)),
      el(bp(pg)),
      el(joint, 100),
    )
  },
  'current-exposure-after-netting-and-collateral': (f) => {
    const [a, b, c, d, e, M, h] = figuresOf(f, 'a', 'b', 'c', 'd', 'e', 'M', 'h')
    const net = a + b - c - d
    // Collateral counted at (100 − h)% of market value, in hundredths of a dollar.
    const less = (exposure: number, pct: number) => r(100 * exposure - pct * M, 100)
    return at2(
      less(net, 100 - h),
      less(a + b, 100 - h),
      r(net),
      r(a + b),
      less(net - e, 100 - h),
      less(net, 100),
      less(net, 100 + h),
    )
  },
  'collateral-to-call-under-a-csa-with-threshold-and-haircut': (f) => {
    const [E, Th, M, h, B] = figuresOf(f, 'E', 'Th', 'M', 'h', 'B')
    const k = 100 - h
    // Cover needed above the threshold grossed up to market value, less bonds already held.
    const needed = (uncovered: number) => r(100 * uncovered, k)
    return at2(
      sub(needed(E - Th), r(B)),
      r(100 * (E - Th) - k * B, 100),
      sub(needed(E - Th), r(100 * B, k)),
      r((100 * (E - Th) - k * B) * (100 + h), 10000),
      sub(needed(E - Th - M), r(B)),
      sub(needed(E), r(B)),
      needed(E - Th),
      sub(needed(E + Th), r(B)),
    )
  },
  'cva-from-an-expected-exposure-profile': (f) => {
    const ee = figuresOf(f, 'e1', 'e2', 'e3', 'e4')
    const cum = figuresOf(f, 'c1', 'c2', 'c3', 'c4')
    const dfs = figuresOf(f, 'd1', 'd2', 'd3', 'd4')
    const [g] = figuresOf(f, 'g')
    const marg = cum.map((x, t) => x - (t === 0 ? 0 : cum[t - 1]!))
    // Σ EE × PD(bp) × DF(ten-thousandths) as one whole number over 10⁸, times the LGD.
    const cva = (lgdPct: number, pd: readonly number[], df: readonly number[]) =>
      r(
        BigInt(lgdPct) *
          ee.reduce((s, x, t) => s + BigInt(x) * BigInt(pd[t]!) * BigInt(df[t]!), 0n),
        100n * 10n ** 8n,
      )
    return at2(
      cva(g, marg, dfs),
      cva(g, marg, [10000, 10000, 10000, 10000]),
      cva(g, cum, dfs),
      cva(100, marg, dfs),
      cva(100 - g, marg, dfs),
      cva(
        g,
        marg,
        dfs.map(() => dfs[3]!),
      ),
      cva(
        g,
        marg.map(() => marg[0]!),
        dfs,
      ),
    )
  },
  'two-year-default-probability-from-a-migration-matrix': (f) => {
    const [AA, AB, AC, AD, BD, CD] = figuresOf(f, 'AA', 'AB', 'AC', 'AD', 'BD', 'CD')
    // The A row times the default column of the matrix (default absorbing), in millionths.
    const viaGrades = AA * AD + AB * BD + AC * CD
    const twoYear = r(viaGrades + 1000 * AD, 1000000)
    return pct2(
      twoYear,
      r(1000000 - (1000 - AD) * (1000 - AD), 1000000),
      r(viaGrades, 1000000),
      r(AA * AD + 1000 * AD, 1000000),
      add(twoYear, r(AD, 1000)),
      r(AD + BD + CD, 1000),
      // Year 1's default rate, then the plain mean of the default column on the survivors.
      r(3000 * AD + (1000 - AD) * (AD + BD + CD), 3000000),
    )
  },
  'ifrs-9-allowance-across-three-stages': (f) => {
    const [D1, U1, c, a12, aL, g1, E2, b12, bL, g2, E3, g3] = figuresOf(
      f,
      'D1',
      'U1',
      'c',
      'a12',
      'aL',
      'g1',
      'E2',
      'b12',
      'bL',
      'g2',
      'E3',
      'g3',
    )
    const stage = (ead: R, pdBp: number, lgd: number) => mul(ead, r(pdBp * lgd, 1000000))
    const e1 = add(r(D1), r(c * U1, 100))
    const s2 = stage(r(E2), bL, g2)
    const s3 = mul(r(E3), pc(g3))
    return at2(
      total([stage(e1, a12, g1), s2, s3]),
      total([stage(e1, a12, g1), stage(r(E2), b12, g2), s3]),
      total([stage(e1, a12, g1), s2, stage(r(E3), bL, g3)]),
      total([stage(r(D1), a12, g1), s2, s3]),
      total([stage(e1, aL, g1), s2, s3]),
      total([stage(e1, a12, g1), s2, r(E3)]),
      total([stage(r(D1 + U1), a12, g1), s2, s3]),
    )
  },
  'annualised-net-charge-off-rate-of-a-quarter': (f) => {
    const [L0, L1, H0, H1, G, Rc, Aw] = figuresOf(f, 'L0', 'L1', 'H0', 'H1', 'G', 'Rc', 'Aw')
    // Twice the quarter's losses over the sum of two balances is the loss over their average.
    const net = G - Rc
    return pct2(
      r(8 * net, L0 + L1),
      r(2 * net, L0 + L1),
      r(4 * net, L1),
      r(8 * net, L0 + L1 + H0 + H1),
      r(8 * G, L0 + L1),
      r(4 * net, L0),
      r(8 * (G + Rc), L0 + L1),
      r(8 * net, L0 + L1 - 2 * Aw),
    )
  },
  'total-coverage-ratio-of-non-performing-loans': (f) => {
    const [L, S2, N, a1, a2, a3, K] = figuresOf(f, 'L', 'S2', 'N', 'a1', 'a2', 'a3', 'K')
    const all = a1 + a2 + a3
    return pct2(
      r(all, N),
      r(a3, N),
      r(all, L),
      r(all, N + S2),
      r(all + K, N),
      r(N, all),
      r(all, N - a3),
    )
  },
  'sa-ccr-exposure-at-default-of-an-unmargined-netting-set': (f) => {
    const [v1, v2, v3, Ch, Cp, A, As] = figuresOf(f, 'v1', 'v2', 'v3', 'Ch', 'Cp', 'A', 'As')
    // α = 1.4 as 7/5.
    const alpha = (x: number) => r(7 * x, 5)
    const rc = v1 - v2 + v3 - (Ch - Cp)
    return at2(
      alpha(rc + A),
      r(rc + A),
      add(alpha(rc), r(A)),
      alpha(rc - Cp + A),
      alpha(v1 + v3 - Ch + Cp + A),
      alpha(rc + Ch + A),
      alpha(rc + As),
    )
  },
  'lifetime-ecl-of-an-amortising-stage-2-loan': (f) => {
    const [E1, E2, E3, m1, m2, m3, d1, d2, d3, g] = figuresOf(
      f,
      'E1',
      'E2',
      'E3',
      'm1',
      'm2',
      'm3',
      'd1',
      'd2',
      'd3',
      'g',
    )
    const pd = [m1, m2, m3]
    const df = [d1, d2, d3]
    // Σ balance × PD × DF over 10⁸ (bp and ten-thousandths), times the LGD.
    const ecl = (bal: readonly number[], p: readonly number[], d: readonly number[]) =>
      mul(
        pc(g),
        r(
          bal.reduce((s, x, t) => s + x * p[t]! * d[t]!, 0),
          100000000,
        ),
      )
    const bal = [E1, E2, E3]
    return at2(
      ecl(bal, pd, df),
      ecl([E1, 0, 0], pd, df),
      ecl([E2, E3, 0], pd, df),
      ecl(bal, pd, [d3, d3, d3]),
      ecl(bal, pd, [10000, 10000, 10000]),
      ecl([E1, E1, E1], pd, df),
      ecl(bal, [m1, m1 + m2, m1 + m2 + m3], df),
    )
  },
}
