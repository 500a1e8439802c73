import {
  add,
  at0,
  at2,
  div,
  mul,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { at3, at4 } from './written-half-up.js'

/*
 * Interest rate risk worked again from each draw: discount factors built up year by year,
 * DV01s in dollars per basis point summed or netted before anything is divided, balances drawn in
 * $ thousands turned into dollars first, and each gap rebuilt here from its items rather than read
 * from the draw.
 */

/** A figure in hundredths (prices per 100, durations), and a rate in basis points. */
const c2 = (x: number): R => r(x, 100)
const bps = (x: number): R => r(x, 10000)
const ONE = r(1)
/** The sum of rationals. */
const sum = (xs: readonly R[]): R => add(r(0), ...xs)
/** Discount factors for years 1…n at `rateBp` a year, each the one before over 1 + rate. */
function factors(rateBp: number, n: number): R[] {
  const out: R[] = []
  let df = ONE
  for (let t = 1; t <= n; t++) {
    df = div(df, add(ONE, bps(rateBp)))
    out.push(df)
  }
  return out
}
/** Σ t·cf·df ÷ Σ cf·df over years 1…n. */
function weightedTime(cfs: readonly R[], dfs: readonly R[]): R {
  const pv = cfs.map((cf, i) => mul(cf, dfs[i]!))
  return div(sum(pv.map((x, i) => mul(r(i + 1), x))), sum(pv))
}
/** $ thousands as dollars. */
const k = (x: number): R => r(x * 1000)

export const RATES_ROUTES: Readonly<Record<string, Route>> = {
  'macaulay-duration-of-an-annual-coupon-bond': (f) => {
    const [N, c, y] = figuresOf(f, 'N', 'c', 'y')
    const coupon = r(c, 100)
    const cfs = Array.from({ length: N }, (_, i) => (i === N - 1 ? add(coupon, r(100)) : coupon))
    const dfs = factors(y, N)
    const mac = weightedTime(cfs, dfs)
    const coupons = cfs.map(() => coupon)
    const lastCouponDropped = cfs.map((cf, i) => (i === N - 1 ? r(100) : cf))
    const undiscounted = cfs.map(() => ONE)
    const coupTimes = sum(coupons.map((cp, i) => mul(r(i + 1), cp, dfs[i]!)))
    const coupPv = sum(coupons.map((cp, i) => mul(cp, dfs[i]!)))
    return at4(
      mac,
      div(mac, add(ONE, bps(y))),
      weightedTime(coupons, dfs),
      weightedTime(lastCouponDropped, dfs),
      weightedTime(cfs, undiscounted),
      weightedTime(cfs, factors(c, N)),
      div(add(coupTimes, r(100 * N)), add(coupPv, r(100))),
    )
  },
  'price-fall-from-modified-duration-of-a-semiannual-bond': (f) => {
    const [F, p, a, D, y, dy] = figuresOf(f, 'F', 'p', 'a', 'D', 'y', 'dy')
    const full = mul(r(F), c2(p + a), r(1, 100))
    const clean = mul(r(F), c2(p), r(1, 100))
    const halfYear = add(ONE, r(y, 20000))
    const mac = c2(D)
    const mod = div(mac, halfYear)
    // Dollar duration times the move.
    const move = bps(dy)
    return at0(
      mul(mod, full, move),
      mul(mac, full, move),
      mul(mac, halfYear, full, move),
      mul(mod, r(F), move),
      mul(div(mac, add(ONE, bps(y))), full, move),
      mul(mod, mul(r(F), c2(p - a), r(1, 100)), move),
      mul(mod, clean, move),
    )
  },
  'net-dv01-of-a-long-bond-and-a-short-hedge': (f) => {
    const [F1, p1, a1, D1, F2, p2, a2, D2] = figuresOf(
      f,
      'F1',
      'p1',
      'a1',
      'D1',
      'F2',
      'p2',
      'a2',
      'D2',
    )
    const value = (face: number, hundredths: number) => mul(r(face), r(hundredths, 10000))
    const dv01 = (dur: number, v: R) => mul(c2(dur), v, bps(1))
    const long = dv01(D1, value(F1, p1 + a1))
    const short = dv01(D2, value(F2, p2 + a2))
    const netValue = sub(value(F1, p1 + a1), value(F2, p2 + a2))
    return at2(
      sub(long, short),
      add(long, short),
      long,
      dv01(D1, netValue),
      dv01(D2, netValue),
      sub(dv01(D1, r(F1)), short),
      sub(long, dv01(D2, r(F2))),
      sub(dv01(D1, value(F1, p1)), dv01(D2, value(F2, p2))),
    )
  },
  'effective-duration-from-bumped-prices': (f) => {
    const [P0, Pf, Pr, dy, y] = figuresOf(f, 'P0', 'Pf', 'Pr', 'dy', 'y')
    const width = bps(dy)
    const eff = (top: number, base: number, shifts: number) =>
      div(r(top), mul(r(base), r(shifts), width))
    const key = eff(Pf - Pr, P0, 2)
    return at3(
      key,
      eff(Pf - Pr, 100000, 2),
      eff(Pf - P0, P0, 1),
      eff(Pf - Pr, Pr, 2),
      eff(P0 - Pr, P0, 1),
      eff(Pf - Pr, Pf, 2),
      div(key, add(ONE, bps(y))),
    )
  },
  'loss-from-duration-and-convexity-for-a-rate-rise': (f) => {
    const [F, p, a, D, C, y, dy] = figuresOf(f, 'F', 'p', 'a', 'D', 'C', 'y', 'dy')
    const full = mul(r(F), c2(p + a), r(1, 100))
    const mod = c2(D)
    const dv = bps(dy)
    // Duration part and convexity part of the relative change, each as a positive size.
    const durPart = (d: R) => mul(d, dv)
    const convPart = mul(r(C, 10), dv, dv)
    const loss = (v: R, d: R, weight: R) => mul(v, sub(durPart(d), mul(weight, convPart)))
    const half = r(1, 2)
    return at0(
      loss(full, mod, half),
      mul(full, durPart(mod)),
      loss(full, mod, r(-1, 2)),
      loss(r(F), mod, half),
      loss(full, mod, ONE),
      loss(mul(r(F), c2(p), r(1, 100)), mod, half),
      loss(full, div(mod, add(ONE, bps(y))), half),
    )
  },
  'market-value-weighted-duration-of-a-bond-portfolio-with-cash': (f) => {
    const [F1, p1, D1, F2, p2, D2, F3, p3, D3, K] = figuresOf(
      f,
      'F1',
      'p1',
      'D1',
      'F2',
      'p2',
      'D2',
      'F3',
      'p3',
      'D3',
      'K',
    )
    const faces = [F1, F2, F3]
    const values = [mul(r(F1), r(p1, 10000)), mul(r(F2), r(p2, 10000)), mul(r(F3), r(p3, 10000))]
    const durs = [c2(D1), c2(D2), c2(D3)]
    const dollarDur = sum(values.map((v, i) => mul(v, durs[i]!)))
    const bonds = sum(values)
    const allFace = r(F1 + F2 + F3 + K)
    return at2(
      div(dollarDur, add(bonds, r(K))),
      div(dollarDur, bonds),
      div(sum(faces.map((x, i) => mul(r(x), durs[i]!))), allFace),
      div(sum(values.map((v, i) => mul(v, durs[i]!, durs[i]!))), dollarDur),
      div(sum(durs), r(3)),
      div(sum(durs), r(4)),
      div(dollarDur, allFace),
    )
  },
  'futures-to-shorten-portfolio-duration-to-a-target': (f) => {
    const [T, DF, fp, DP, DT, P] = figuresOf(f, 'T', 'DF', 'f', 'DP', 'DT', 'P')
    const contract = mul(r(100000), r(fp, 10000))
    // Dollar duration to remove over the futures' dollar duration per contract.
    const contractsFor = (change: R, dur: R, per: R) => div(mul(change, r(P)), mul(dur, per))
    return at0(
      contractsFor(c2(DP - DT), c2(DF), contract),
      contractsFor(c2(DP), c2(DF), contract),
      contractsFor(c2(DP - DT), c2(DF), r(100000)),
      contractsFor(c2(DP - DT), ONE, contract),
      contractsFor(c2(DT), c2(DF), contract),
      contractsFor(c2(DP - DT), c2(DP), contract),
      contractsFor(c2(DP - DT), r(T), contract),
    )
  },
  'treasury-futures-hedge-by-dv01-with-conversion-factor-and-yield-beta': (f) => {
    const [F, p, a, D, beta, pc, Dc, cf] = figuresOf(
      f,
      'F',
      'p',
      'a',
      'D',
      'beta',
      'pc',
      'Dc',
      'cf',
    )
    const portDv = (hundredths: number | null) =>
      mul(c2(D), hundredths === null ? r(F) : mul(r(F), r(hundredths, 10000)), bps(1))
    const ctdDv = (hundredths: number) => mul(c2(Dc), r(100000 * hundredths, 10000), bps(1))
    const factor = r(cf, 10000)
    const yb = r(beta, 100)
    const futDv = div(ctdDv(pc), factor)
    return at0(
      div(mul(yb, portDv(p + a)), futDv),
      div(mul(yb, portDv(p + a)), ctdDv(pc)),
      div(mul(yb, portDv(p + a)), mul(ctdDv(pc), factor)),
      div(portDv(p + a), futDv),
      div(mul(yb, portDv(p + a)), div(ctdDv(10000), factor)),
      div(mul(yb, portDv(null)), futDv),
      div(mul(yb, portDv(p)), futDv),
    )
  },
  'one-year-repricing-gap-and-the-change-in-nii': (f) => {
    const [FF, FL, S1, S2, MM, C1, OB, C2, DD, dr] = figuresOf(
      f,
      'FF',
      'FL',
      'S1',
      'S2',
      'MM',
      'C1',
      'OB',
      'C2',
      'DD',
      'dr',
    )
    const rsl = MM + C1 + OB
    const rsa = FF + FL + S1
    const change = (liab: number, assets: number) => mul(k(liab - assets), bps(dr))
    return at0(
      change(rsl, rsa),
      mul(k(rsl), bps(dr)),
      change(rsl + DD, rsa),
      change(rsl + C2, rsa),
      change(rsl - C1, rsa),
      change(rsl, rsa + S2),
      change(rsl - OB, rsa),
    )
  },
  'nii-change-from-periodic-gaps-repricing-at-midpoints': (f) => {
    const [A1, L1, A2, L2, A3, L3, dr] = figuresOf(f, 'A1', 'L1', 'A2', 'L2', 'A3', 'L3', 'dr')
    const gaps = [A1 - L1, A2 - L2, A3 - L3]
    const assets = [A1, A2, A3]
    // Each bucket's amount earns the change for the half-months (of 24) it is stated to.
    const earn = (amounts: readonly number[], halfMonths: readonly number[]) =>
      mul(sum(amounts.map((x, i) => mul(k(x), r(halfMonths[i]!, 24)))), bps(dr))
    return at0(
      earn(gaps, [21, 15, 6]),
      earn(gaps, [24, 24, 24]),
      earn(gaps, [24, 18, 12]),
      earn(assets, [21, 15, 6]),
      earn(gaps, [18, 12, 0]),
      earn(gaps, [3, 9, 18]),
      earn(gaps, [21, 15, 0]),
    )
  },
  'duration-gap-and-the-change-in-equity-value': (f) => {
    const [A, L, DA, DL, y, dy] = figuresOf(f, 'A', 'L', 'DA', 'DL', 'y', 'dy')
    const assets = k(A)
    const liabs = k(L)
    const dA = c2(DA)
    const dL = c2(DL)
    // Dollar durations netted first, then the discounted move.
    const move = div(bps(dy), add(ONE, bps(y)))
    const dollarGap = sub(mul(dA, assets), mul(dL, liabs))
    const gap = div(dollarGap, assets)
    return at0(
      mul(dollarGap, move),
      mul(dollarGap, bps(dy)),
      mul(dA, assets, move),
      mul(add(mul(dA, assets), mul(dL, liabs)), move),
      mul(sub(dA, dL), assets, move),
      mul(gap, k(A - L), move),
      mul(sub(dA, mul(dL, div(assets, liabs))), assets, move),
    )
  },
  'loss-from-key-rate-dv01s-under-a-steepening-twist': (f) => {
    const [d2, d5, d10, d30, s2, s5, s10, s30] = figuresOf(
      f,
      'd2',
      'd5',
      'd10',
      'd30',
      's2',
      's5',
      's10',
      's30',
    )
    const dv = [d2, d5, d10, d30]
    const shifts = [-s2, s5, s10, s30]
    const pnl = (moves: readonly number[]) => r(dv.reduce((acc, d, i) => acc + d * moves[i]!, 0))
    const all = r(d2 + d5 + d10 + d30)
    return at0(
      pnl(shifts),
      pnl([s2, s5, s10, s30]),
      pnl([0, s5, s10, s30]),
      mul(all, r(s30)),
      pnl([-s2, s5, s10, 0]),
      pnl([0, 0, s10, 0]),
      mul(all, r(s5)),
      mul(
        all,
        r(
          shifts.reduce((a, b) => a + b, 0),
          4,
        ),
      ),
    )
  },
  'immunizing-a-liability-with-two-bonds': (f) => {
    const [FV, T, y, D1, D2] = figuresOf(f, 'FV', 'T', 'y', 'D1', 'D2')
    const pv = mul(r(FV), factors(y, T)[T - 1]!)
    const d1 = c2(D1)
    const d2 = c2(D2)
    const spread = sub(d2, d1)
    const longShare = div(sub(r(T), d1), spread)
    return at0(
      mul(pv, longShare),
      mul(r(FV), longShare),
      mul(pv, div(r(T), d2)),
      mul(pv, div(sub(mul(r(T), add(ONE, bps(y))), d1), spread)),
      mul(pv, sub(ONE, longShare)),
      mul(pv, div(sub(r(T), d1), d2)),
      mul(pv, r(1, 2)),
    )
  },
  'one-year-cumulative-gap-with-slotting-rules': (f) => {
    const [FL, AB, AP, TB, TN, x, SV, DD, C1d, OB] = figuresOf(
      f,
      'FL',
      'AB',
      'AP',
      'TB',
      'TN',
      'x',
      'SV',
      'DD',
      'C1d',
      'OB',
    )
    const savingsIn = mul(k(SV), r(x, 100))
    const liabs = add(savingsIn, r(C1d), k(OB))
    const assets = k(FL + AP + TB)
    const gap = sub(liabs, assets)
    return at0(
      gap,
      add(gap, sub(k(SV), savingsIn)),
      add(gap, k(DD)),
      add(gap, k(FL)),
      sub(gap, k(AB - AP)),
      sub(gap, savingsIn),
      sub(gap, k(TN)),
    )
  },
  'nii-change-with-deposit-betas': (f) => {
    const [FL, SC, S, M, C1, W, DD, bs, bm, dr] = figuresOf(
      f,
      'FL',
      'SC',
      'S',
      'M',
      'C1',
      'W',
      'DD',
      'bs',
      'bm',
      'dr',
    )
    // Interest income gained less interest expense added, in dollars, per unit of the rise.
    const passed = (betaS: R, betaM: R, full: number) =>
      add(mul(betaS, k(S)), mul(betaM, k(M)), k(full))
    const rise = (paid: R) => mul(sub(k(FL + SC), paid), bps(dr))
    const s = r(bs, 100)
    const m = r(bm, 100)
    return at0(
      rise(passed(s, m, C1 + W)),
      rise(passed(r(0), r(0), C1 + W)),
      rise(passed(s, s, C1 + W)),
      rise(passed(s, m, C1)),
      rise(passed(ONE, ONE, C1 + W)),
      rise(passed(m, m, C1 + W)),
      rise(passed(s, m, C1 + W + DD)),
    )
  },
  'swap-notional-to-bring-eve-dv01-within-a-limit': (f) => {
    const [A, DA, L, DL, T, s, Lim] = figuresOf(f, 'A', 'DA', 'L', 'DL', 'T', 's', 'Lim')
    const dv01 = (dur: number, bal: number) => mul(c2(dur), k(bal), bps(1))
    const a = dv01(DA, A)
    const l = dv01(DL, L)
    const excess = sub(sub(a, l), r(Lim))
    const perDollar = (per: number) => r(per, 1000000)
    return at0(
      div(excess, perDollar(s)),
      div(sub(a, l), perDollar(s)),
      div(sub(a, r(Lim)), perDollar(s)),
      div(sub(add(a, l), r(Lim)), perDollar(s)),
      div(excess, perDollar(T * 100)),
      div(sub(dv01(DA - DL, A), r(Lim)), perDollar(s)),
      div(r(Lim), perDollar(s)),
    )
  },
  'loss-on-a-zero-coupon-bond-by-full-revaluation': (f) => {
    const [F, T, y, dy] = figuresOf(f, 'F', 'T', 'y', 'dy')
    const value = (rateBp: number, t: number) => mul(r(F), factors(rateBp, t)[t - 1]!)
    const p0 = value(y, T)
    const p1 = value(y + dy, T)
    const modDur = (rateBp: number) => div(r(T), add(ONE, bps(rateBp)))
    return at0(
      sub(p0, p1),
      mul(p0, modDur(y), bps(dy)),
      mul(p0, r(T), bps(dy)),
      mul(r(F), modDur(y), bps(dy)),
      mul(p1, modDur(y + dy), bps(dy)),
      sub(value(y, T - 1), value(y + dy, T - 1)),
      sub(p0, div(p0, add(ONE, div(bps(dy), add(ONE, bps(y)))))),
    )
  },
}
