import { cmp } from './bigint-rationals.js'
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
import { list, upR } from './written-half-up.js'

/*
 * Substantive sampling worked again from each draw: sample sizes as population × factor over the
 * tolerable misstatement left after the expected one, rounded up; projections as tainting ×
 * interval, ratio × book value or mean × count; upper limits as basic precision plus ranked
 * projections × the increases in the factor table. Factors are kept in hundredths, coefficients
 * in thousandths, as the stems write them.
 */

/** Hundredths and thousandths as rationals. */
const c = (x: number): R => r(x, 100)
const m3 = (x: number): R => r(x, 1000)
/** The sum of rationals. */
const plus = (xs: readonly R[]): R => xs.reduce((s, x) => add(s, x), r(0))
/** Largest first, by exact comparison. */
const down = (xs: readonly R[]): R[] => [...xs].sort((a, b) => cmp(b, a))
/** Confidence factors for 0–3 misstatements; the increments are their differences. */
const POISSON: Readonly<Record<number, readonly number[]>> = {
  95: [300, 475, 630, 776],
  90: [231, 389, 533, 669],
}
/** Basic precision plus each tainting × interval × the factor's increase at its rank. */
const uml = (J: R, table: readonly number[], taints: readonly R[]): R =>
  add(mul(J, c(table[0]!)), ...taints.map((t, k) => mul(t, J, c(table[k + 1]! - table[k]!))))
/** (book − audited) ÷ book. */
const tnt = (book: number, audited: number): R => r(book - audited, book)

export const SAMPLING_ROUTES: Readonly<Record<string, Route>> = {
  'mus-sample-size-from-confidence-and-expansion-factors': (f) => {
    const [D, Cr, TM, EM, i] = figuresOf(f, 'D', 'Cr', 'TM', 'EM', 'i')
    const cf = [300, 231, 190, 161, 139]
    const ef = [160, 150, 140, 130, 125]
    const n = (pop: number, conf: number, exp: R) =>
      upR(div(mul(r(pop), c(conf)), sub(r(TM), mul(r(EM), exp))))
    return at0(
      n(D, cf[i]!, c(ef[i]!)),
      n(D, cf[i - 1]!, c(ef[i - 1]!)),
      n(D, cf[i]!, c(cf[i]!)),
      n(D + Cr, cf[i]!, c(ef[i]!)),
      n(D, cf[i + 1]!, c(ef[i + 1]!)),
      upR(div(mul(r(D), c(cf[i]!)), r(TM))),
      n(D, cf[i]!, r(1)),
      n(D - Cr, cf[i]!, c(ef[i]!)),
    )
  },
  'mus-items-examined-with-certainty-and-by-interval': (f) => {
    const [BV, TM, EM, i] = figuresOf(f, 'BV', 'TM', 'EM', 'i')
    const xs = list(f, 'x')
    const cf = [300, 231, 190, 161, 139][i]!
    const ef = [160, 150, 140, 130, 125][i]!
    // Whole-dollar intervals: ⌊(TM − EM × e) ÷ cf⌋ with e and cf in hundredths, in integers.
    const interval = (e100: number) => Math.floor((TM * 100 - EM * e100) / cf)
    const examined = (interval: number, cut: number) => {
      const over = xs.filter((x) => x >= cut)
      const C = over.reduce((s, x) => s + x, 0)
      return add(r(over.length), upR(r(BV - C, interval)))
    }
    const j = interval(ef)
    const over = xs.filter((x) => x >= j)
    const C = over.reduce((s, x) => s + x, 0)
    return at0(
      examined(j, j),
      upR(r(BV, j)),
      add(r(over.length), upR(r(BV, j))),
      examined(j, TM),
      upR(r(BV - C, j)),
      examined(interval(100), interval(100)),
      examined(interval(0), interval(0)),
    )
  },
  'mus-systematic-selection-from-a-random-start': (f) => {
    const [J, Rs] = figuresOf(f, 'J', 'R')
    const a = list(f, 'a')
    const ends: number[] = []
    let run = 0
    for (const x of a) {
      run += x
      ends.push(run)
    }
    // The balance a unit falls in: the one whose running total is the first to reach it.
    const hit = (u: number) => {
      let k = 0
      while (ends[k]! < u) k++
      return k
    }
    const unitsFrom = (s: number) => {
      const out: number[] = []
      for (let u = s; u <= run; u += J) out.push(u)
      return out
    }
    const once = (ks: readonly number[]) =>
      r([...new Set(ks.filter((k) => k >= 0 && k < a.length))].reduce((s, k) => s + a[k]!, 0))
    const us = unitsFrom(Rs)
    const picked = once(us.map(hit))
    const big = a.findIndex((x) => x > J)
    return at2(
      picked,
      r(us.map(hit).reduce((s, k) => s + a[k]!, 0)),
      once(us.map((u) => hit(u) + 1)),
      once(us.map((u) => hit(u) - 1)),
      once(unitsFrom(J).map(hit)),
      once(unitsFrom(Rs + J).map(hit)),
      sub(picked, r(a[big]!)),
      once(us.map((u) => (ends.includes(u) ? hit(u) + 1 : hit(u)))),
    )
  },
  'mus-projected-misstatement-from-taintings': (f) => {
    const [J, lvl, B0, A0, B1, A1, B2, A2, Bc, Ac] = figuresOf(
      f,
      'J',
      'lvl',
      'B0',
      'A0',
      'B1',
      'A1',
      'B2',
      'A2',
      'Bc',
      'Ac',
    )
    const pairs: [number, number][] = [
      [B0, A0],
      [B1, A1],
      [B2, A2],
    ]
    const proj = plus(pairs.map(([b, a]) => mul(tnt(b, a), r(J))))
    const found = r(Bc - Ac)
    return at2(
      add(proj, found),
      add(proj, mul(tnt(Bc, Ac), r(J))),
      proj,
      add(r(pairs.reduce((s, [b, a]) => s + b - a, 0)), found),
      add(plus(pairs.map(([b, a]) => mul(r(b - a, a), r(J)))), found),
      add(r(3 * J), found),
      add(proj, found, mul(r(J), c(POISSON[lvl]![0]!))),
    )
  },
  'mus-upper-misstatement-limit-with-ranked-incremental-allowances': (f) => {
    const [J, lvl, B0, A0, B1, A1, B2, A2] = figuresOf(
      f,
      'J',
      'lvl',
      'B0',
      'A0',
      'B1',
      'A1',
      'B2',
      'A2',
    )
    const t = POISSON[lvl]!
    const pairs: [number, number][] = [
      [B0, A0],
      [B1, A1],
      [B2, A2],
    ]
    const ranked = down(pairs.map(([b, a]) => tnt(b, a)))
    const key = uml(r(J), t, ranked)
    const bp = mul(r(J), c(t[0]!))
    return at2(
      key,
      uml(r(J), t, [...ranked].reverse()),
      sub(key, bp),
      add(bp, plus(ranked.map((x) => mul(x, r(J))))),
      add(bp, plus(ranked.map((x, k) => mul(x, r(J), c(t[k + 1]!))))),
      mul(r(J), c(t[3]!)),
      uml(r(J), t, down(pairs.map(([b, a]) => r(b - a, a)))),
    )
  },
  'mus-upper-limit-with-no-sample-misstatement-and-certainty-items': (f) => {
    const [BV, ns, E1, E2] = figuresOf(f, 'BV', 'ns', 'E1', 'E2')
    const big = list(f, 'c')
    const C = big.reduce((s, x) => s + x, 0)
    const J = r(BV - C, ns)
    const E = r(E1 + E2)
    return at2(
      add(mul(J, c(231)), E),
      add(mul(r(BV, ns), c(231)), E),
      add(mul(J, c(300)), E),
      mul(add(J, E), c(231)),
      add(mul(J, c(231)), mul(r(E1, big[0]!), J), mul(r(E2, big[1]!), J)),
      mul(J, c(231)),
      add(mul(J, c(161)), E),
    )
  },
  'mus-upper-limit-for-overstatement-net-of-understatement': (f) => {
    const [J, lvl, B0, A0, B1, A1, Bu, Au] = figuresOf(
      f,
      'J',
      'lvl',
      'B0',
      'A0',
      'B1',
      'A1',
      'Bu',
      'Au',
    )
    const t = POISSON[lvl]!
    const over = down([tnt(B0, A0), tnt(B1, A1)])
    const under = r(Au - Bu, Bu)
    const gross = uml(r(J), t, over)
    const net = sub(gross, mul(under, r(J)))
    const bp = mul(r(J), c(t[0]!))
    return at2(
      net,
      gross,
      uml(r(J), t, down([...over, under])),
      sub(gross, r(Au - Bu)),
      sub(net, bp),
      sub(add(bp, plus(over.map((x) => mul(x, r(J))))), mul(under, r(J))),
      sub(uml(r(J), t, [...over].reverse()), mul(under, r(J))),
    )
  },
  'mus-projected-misstatement-of-a-customer-logical-unit': (f) => {
    const [J, i1, i2, i3, e1, e2] = figuresOf(f, 'J', 'i1', 'i2', 'i3', 'e1', 'e2')
    const unit = i1 + i2 + i3
    return at2(
      r((e1 + e2) * J, unit),
      r(e1 * J, i1),
      add(r(e1 * J, i1), r(e2 * J, i2)),
      r((e1 + e2) * J, unit - e1 - e2),
      r(e1 * J, unit),
      r(e1 + e2),
      r(e1),
    )
  },
  'nonstatistical-sample-size-from-assurance-factors': (f) => {
    const [row, col, BV, M, TM, k, K] = figuresOf(f, 'r', 'c', 'BV', 'M', 'TM', 'k', 'K')
    // Assurance factors in tenths; the table is symmetric in its two risks.
    const t = [
      [30, 27, 23, 20],
      [27, 24, 21, 16],
      [23, 21, 16, 12],
      [20, 16, 12, 10],
    ]
    const size = (pop: number, af: number, tol: number) => upR(r(pop * af, tol * 10))
    const lower = row < 3 ? t[row + 1]![col]! : t[row]![col + 1]!
    return at0(
      add(r(k), size(BV - K, t[row]![col]!, TM)),
      add(r(k), size(BV - K, t[row - 1]![col]!, TM)),
      add(r(k), size(BV - K, t[row]![col - 1]!, TM)),
      add(r(k), size(BV, t[row]![col]!, TM)),
      add(r(k), size(BV - K, lower, TM)),
      size(BV - K, t[row]![col]!, TM),
      add(r(k), size(BV - K, t[row]![col]!, M)),
    )
  },
  'ratio-projection-of-sample-misstatement-with-key-items': (f) => {
    const [BV, N, ns, s, es, K, Ek] = figuresOf(f, 'BV', 'N', 'ns', 's', 'es', 'K', 'Ek')
    const rest = BV - K
    return at2(
      r(es * rest + Ek * s, s),
      r(es * BV + Ek * s, s),
      r(es * N + Ek * ns, ns),
      r(es * rest + Ek * (s - es), s - es),
      r(es * rest, s),
      r(es + Ek),
      r(es * (rest - s) + Ek * s, s),
    )
  },
  'difference-estimation-of-the-audited-value': (f) => {
    const [N, BVr, ns, bs, as, m, k, K, Ak] = figuresOf(
      f,
      'N',
      'BVr',
      'ns',
      'bs',
      'as',
      'm',
      'k',
      'K',
      'Ak',
    )
    const d = bs - as
    const est = (count: number, per: number) => add(sub(r(BVr), r(d * count, per)), r(Ak))
    const key = est(N, ns)
    return at2(
      key,
      add(r(BVr * as, bs), r(Ak)),
      add(r(N * as, ns), r(Ak)),
      add(sub(r(BVr), r(d * N, ns)), r(K)),
      r(BVr - d + Ak),
      sub(key, r(d)),
      est(N, m),
      est(N + k, ns),
    )
  },
  'stratified-mean-per-unit-projected-misstatement': (f) => {
    const [N1, N2, B1, B2, n1, n2, b1, b2, a1, a2, K, Ak] = figuresOf(
      f,
      'N1',
      'N2',
      'B1',
      'B2',
      'n1',
      'n2',
      'b1',
      'b2',
      'a1',
      'a2',
      'K',
      'Ak',
    )
    const recorded = r(B1 + B2 + K)
    const strata = add(r(a1 * N1, n1), r(a2 * N2, n2))
    const key = sub(recorded, add(strata, r(Ak)))
    return at2(
      key,
      add(r((b1 - a1) * B1, b1), r((b2 - a2) * B2, b2), r(K - Ak)),
      add(r((b1 - a1) * N1, n1), r((b2 - a2) * N2, n2), r(K - Ak)),
      sub(key, r(K - Ak)),
      sub(recorded, strata),
      sub(recorded, add(r(a1 * (N1 - n1), n1), r(a2 * (N2 - n2), n2), r(Ak))),
      add(key, r(b1 - a1 + b2 - a2)),
    )
  },
  'classical-variables-sample-size-with-finite-correction': (f) => {
    const [N, SD, TM, EM] = figuresOf(f, 'N', 'SD', 'TM', 'EM')
    const raw = (z: number, allow: number) => {
      const x = r(N * z * SD, allow * 1000)
      return mul(x, x)
    }
    const corrected = (x: R) => upR(div(mul(x, r(N)), add(r(N), x)))
    const base = raw(1960, TM - EM)
    return at0(
      corrected(base),
      upR(base),
      corrected(raw(2576, TM - EM)),
      upR(div(mul(base, add(r(N), base)), r(N))),
      corrected(raw(1960, TM)),
      corrected(raw(1645, TM - EM)),
      upR(div(mul(base, sub(r(N), base)), r(N))),
    )
  },
  'stratified-ratio-projection-across-strata': (f) => {
    const [N1, N2, BV1, BV2, n1, n2, s1, s2, e1, e2, Ek] = figuresOf(
      f,
      'N1',
      'N2',
      'BV1',
      'BV2',
      'n1',
      'n2',
      's1',
      's2',
      'e1',
      'e2',
      'Ek',
    )
    const strata = add(r(e1 * BV1, s1), r(e2 * BV2, s2))
    return at2(
      add(strata, r(Ek)),
      add(r((e1 + e2) * (BV1 + BV2), s1 + s2), r(Ek)),
      strata,
      r(e1 + e2 + Ek),
      add(r(e1 * BV1, s1 - e1), r(e2 * BV2, s2 - e2), r(Ek)),
      add(r(e1 * N1, n1), r(e2 * N2, n2), r(Ek)),
      add(mul(add(r(e1, s1), r(e2, s2)), r(BV1 + BV2, 2)), r(Ek)),
    )
  },
  'classical-variables-achieved-allowance-for-sampling-risk': (f) => {
    const [ns, N, sa, sb] = figuresOf(f, 'ns', 'N', 'sa', 'sb')
    const isqrt = (v: number) => {
      const s = Math.round(Math.sqrt(v))
      if (s * s !== v) throw new Error(`${v} is not a square`)
      return s
    }
    // √(1 − n/N) from the reduced fraction (N − n)/N, whose terms are squares.
    const g = (a: number, b: number): number => (b === 0 ? a : g(b, a % b))
    const k = g(N - ns, N)
    const corr = r(isqrt((N - ns) / k), isqrt(N / k))
    const a = (z: number, sd: number, cr: R, per: number) => mul(r(N), m3(z), r(sd, per), cr)
    const root = isqrt(ns)
    return at2(
      a(1960, sa, corr, root),
      a(1960, sa, r(1), root),
      a(2576, sa, corr, root),
      a(1960, sb, corr, root),
      a(1960, sa, r(N - ns, N), root),
      a(1645, sa, corr, root),
      a(1960, sa, corr, ns),
    )
  },
  'nonstatistical-sample-allocated-to-strata-by-recorded-amount': (f) => {
    const [NA, NB, BA, BB, K, TM, af, af2] = figuresOf(
      f,
      'NA',
      'NB',
      'BA',
      'BB',
      'K',
      'TM',
      'af',
      'af2',
    )
    const total = (pop: number, tenths: number) => upR(r(pop * tenths, TM * 10))
    const n = total(BA + BB, af)
    const share = (size: R, a: number, b: number) => upR(mul(size, r(a, b)))
    return at0(
      share(n, BA, BA + BB),
      share(total(BA + BB, af2), BA, BA + BB),
      share(total(BA + BB + K, af), BA, BA + BB),
      share(n, BA + K, BA + BB + K),
      share(n, NA, NA + NB),
      upR(div(n, r(2))),
      share(n, BA, BA + BB + K),
    )
  },
  'mus-sample-size-from-the-ratio-of-expected-to-tolerable-misstatement': (f) => {
    const [BV, M, TM, EM, K] = figuresOf(f, 'BV', 'M', 'TM', 'EM', 'K')
    const t: Readonly<Record<number, readonly number[]>> = {
      5: [300, 331, 368, 411, 463, 524, 600],
      10: [231, 252, 277, 307, 341, 383, 433],
    }
    // The next row at or above EM ÷ TM, rows every 0.05.
    let row = 0
    while (row * 5 * TM < EM * 100) row++
    const n = (pop: number, risk: number, at: number, tol: number) =>
      upR(r(pop * t[risk]![at]!, tol * 100))
    return at0(
      n(BV - K, 10, row, TM),
      n(BV - K, 5, row, TM),
      n(BV - K, 10, row, TM - EM),
      n(BV, 10, row, TM),
      n(BV - K, 10, row - 1, TM),
      n(BV - K, 10, 0, TM),
      n(BV - K, 10, row, M),
    )
  },
}
