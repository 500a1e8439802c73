import normalQuantile from '@stdlib/stats-base-dists-normal-quantile'
import { expect, it } from 'vitest'
import { AAPOR_FAMILIES } from '../../../src/assessment/models/mres/aapor-families.js'
import { ANALYSIS_FAMILIES } from '../../../src/assessment/models/mres/analysis-families.js'
import { DESIGN_FAMILIES } from '../../../src/assessment/models/mres/design-families.js'
import { ETHICS_FAMILIES } from '../../../src/assessment/models/mres/ethics-families.js'
import { type MresScenario, Z_CRIT } from '../../../src/assessment/models/mres/mres-text.js'
import { QUESTIONNAIRE_FAMILIES } from '../../../src/assessment/models/mres/questionnaire-families.js'
import { SAMPLING_FAMILIES } from '../../../src/assessment/models/mres/sampling-families.js'
import { SIZING_FAMILIES } from '../../../src/assessment/models/mres/sizing-families.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...DESIGN_FAMILIES,
  ...QUESTIONNAIRE_FAMILIES,
  ...SAMPLING_FAMILIES,
  ...AAPOR_FAMILIES,
  ...ANALYSIS_FAMILIES,
  ...SIZING_FAMILIES,
  ...ETHICS_FAMILIES,
]
const DRAWS = 40

type In = Readonly<Record<string, number>>
type Twin = (x: In) => number

// ---- A second implementation. Sample sizes are found by searching for the smallest n that meets
// the stated precision (no closed-form formula), sums and shares by expanding the counts into one
// record per respondent, growth rates by bisection, allocations and selections by listing units.

/** The smallest whole n for which `ok(n)` holds, by stepping up from 1 (then bisecting). */
function smallest(ok: (n: number) => boolean): number {
  let hi = 1
  while (!ok(hi)) hi *= 2
  let lo = Math.floor(hi / 2)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (ok(mid)) hi = mid
    else lo = mid
  }
  return ok(lo) && lo >= 1 ? lo : hi
}
const EPS = 1e-9
/** Completes for a ± margin `e` on a share with variance term `pq`, at critical value `z`. */
const nFor = (z: number, pq: number, e: number) =>
  smallest((n) => z * z * pq <= e * e * n * (1 + EPS))
const roundUp = (v: number) => smallest((n) => n >= v - EPS)
const total = (xs: readonly number[]) => {
  let s = 0
  for (const x of xs) s += x
  return s
}
/** One entry per respondent: `count` copies of `value`. */
const expand = (pairs: readonly (readonly [count: number, value: number])[]) =>
  pairs.flatMap(([c, v]) => Array.from({ length: c }, () => v))
const share = (xs: readonly number[], f: (v: number) => boolean) => xs.filter(f).length / xs.length
/** The rate g solving start (1 + g)^years = end, by bisection. */
function growthRate(start: number, end: number, years: number): number {
  let lo = -0.99
  let hi = 5
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2
    if (start * (1 + mid) ** years < end) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}
const compound = (v: number, g: number, years: number) => {
  let x = v
  for (let k = 0; k < years; k++) x *= 1 + g
  return x
}
/** Kish's effective base from one weight per respondent. */
const kish = (w: readonly number[]) => total(w) ** 2 / total(w.map((v) => v * v))
const weights = (x: In) =>
  expand([
    [x.a!, x.wa!],
    [x.b!, x.wb!],
  ])
/** Expected counts of a two-way table from its margins, cell by cell. */
function expected(t: number[][]): number[][] {
  const rows = t.map((r) => total(r))
  const cols = t[0]!.map((_, j) => total(t.map((r) => r[j]!)))
  const all = total(rows)
  return t.map((r, i) => r.map((_, j) => (rows[i]! * cols[j]!) / all))
}
const cells = (t: number[][]) => t.flat()
const table = (x: In) => [
  [x.a!, x.b!],
  [x.c!, x.d!],
]
/** Selected record numbers of a systematic sample: start, start + k, … */
const systematic = (x: In) => {
  const k = x.N! / x.sample!
  const out: number[] = []
  for (let r = x.r!; r <= x.N!; r += k) out.push(r)
  return out
}

// AAPOR Standard Definitions (2023), outcome rates as sets of disposition codes summed above and
// below the line; `eU` is the eligible-estimated share of unknown-eligibility cases.
const AAPOR: Record<string, { top: string[]; bottom: string[] }> = {
  RR1: { top: ['I'], bottom: ['I', 'P', 'R', 'NC', 'O', 'U'] },
  RR2: { top: ['I', 'P'], bottom: ['I', 'P', 'R', 'NC', 'O', 'U'] },
  RR3: { top: ['I'], bottom: ['I', 'P', 'R', 'NC', 'O', 'eU'] },
  COOP1: { top: ['I'], bottom: ['I', 'P', 'R', 'O'] },
  REF1: { top: ['R'], bottom: ['I', 'P', 'R', 'NC', 'O', 'U'] },
  CON1: { top: ['I', 'P', 'R', 'O'], bottom: ['I', 'P', 'R', 'NC', 'O', 'U'] },
  withNE: { top: ['I'], bottom: ['I', 'P', 'R', 'NC', 'O', 'U', 'NE'] },
  noU: { top: ['I'], bottom: ['I', 'P', 'R', 'NC', 'O'] },
  refOfContacts: { top: ['R'], bottom: ['I', 'P', 'R', 'O'] },
  refWithNE: { top: ['R'], bottom: ['I', 'P', 'R', 'NC', 'O', 'U', 'NE'] },
}
const code = (x: In, c: string) => (c === 'eU' ? x.e! * x.U! : x[c]!)
const aapor = (rate: string) => (x: In) =>
  total(AAPOR[rate]!.top.map((c) => code(x, c))) / total(AAPOR[rate]!.bottom.map((c) => code(x, c)))
const aaporTwins = Object.fromEntries(Object.keys(AAPOR).map((r) => [r, aapor(r)]))

const TWINS: Record<string, Record<string, Twin>> = {
  'mres-sample-size-proportion': {
    key: (x) => nFor(x.z!, x.p! * (1 - x.p!), x.e!),
    noSquareZ: (x) => nFor(Math.sqrt(x.z!), x.p! * (1 - x.p!), x.e!),
    width: (x) => nFor(x.z!, x.p! * (1 - x.p!), x.e! / 2),
    worstCase: (x) => nFor(x.z!, 0.25, x.e!),
    doubleE: (x) => nFor(x.z!, x.p! * (1 - x.p!), 2 * x.e!),
    se: (x) => nFor(1, x.p! * (1 - x.p!), x.e!),
  },
  'mres-sample-size-finite-population': {
    // n = n0 (N − n)/(N − 1) solved by search: the smallest n with n (N − 1) ≥ n0 (N − n).
    key: (x) => smallest((n) => n * (x.N! - 1) >= x.n0! * (x.N! - n) - EPS),
    ignore: (x) => x.n0!,
    twice: (x) => {
      const f = (v: number) => (v * x.N!) / (x.N! - 1 + v)
      return roundUp(f(f(x.n0!)))
    },
    seFactor: (x) => roundUp(x.n0! * ((x.N! - x.n0!) / (x.N! - 1)) ** 0.5),
    times: (x) => roundUp((x.n0! * (x.N! - 1 + x.n0!)) / x.N!),
  },
  'mres-sample-size-mean': {
    key: (x) => smallest((n) => (x.z! * x.s!) ** 2 <= x.E! ** 2 * n * (1 + EPS)),
    noSquare: (x) => roundUp((x.z! * x.s!) / x.E!),
    variance: (x) => roundUp((x.z! ** 2 * x.s!) / x.E! ** 2),
    zNotSquared: (x) => roundUp((x.z! * x.s! ** 2) / x.E! ** 2),
    eNotSquared: (x) => roundUp((x.z! * x.s!) ** 2 / x.E!),
    doubleE: (x) => smallest((n) => (x.z! * x.s!) ** 2 <= (2 * x.E!) ** 2 * n * (1 + EPS)),
    halfE: (x) => smallest((n) => (2 * x.z! * x.s!) ** 2 <= x.E! ** 2 * n * (1 + EPS)),
  },
  'mres-design-effect-cluster': {
    key: (x) => (x.m! * x.k!) / (1 + x.rho! * (x.m! - 1)),
    ignore: (x) => x.m! * x.k!,
    times: (x) => x.m! * x.k! * (1 + x.rho! * (x.m! - 1)),
    noMinusOne: (x) => (x.m! * x.k!) / (1 + x.rho! * x.m!),
    clusters: (x) => x.k!,
  },
  'mres-design-effect-inflate': {
    key: (x) => roundUp(x.n0! * x.deff!),
    divide: (x) => roundUp(x.n0! / x.deff!),
    sqrt: (x) => roundUp(x.n0! * x.deff! ** 0.5),
    ignore: (x) => x.n0!,
    squared: (x) => roundUp(x.n0! * x.deff! ** 2),
  },
  'mres-kish-effective-sample-size': {
    key: (x) => kish(weights(x)),
    raw: (x) => weights(x).length,
    sumW: (x) => total(weights(x)),
    meanSq: (x) => {
      const w = weights(x)
      return w.length / (total(w.map((v) => v * v)) / w.length)
    },
    deffAsN: (x) => weights(x).length ** 2 / kish(weights(x)),
  },
  'mres-proportional-allocation': {
    key: (x) => {
      const p = [x.p0!, x.p1!, x.p2!]
      return (p[x.h!]! / total(p)) * x.total!
    },
    equal: (x) => x.total! / 3,
    share: (x) => {
      const p = [x.p0!, x.p1!, x.p2!]
      return (x.total! * p[x.h!]!) / (total(p) - p[x.h!]!)
    },
    sqrtAlloc: (x) => {
      const r = [x.p0!, x.p1!, x.p2!].map(Math.sqrt)
      return (x.total! * r[x.h!]!) / total(r)
    },
  },
  'mres-neyman-allocation': {
    key: (x) => {
      const ns = [x.N0! * x.S0!, x.N1! * x.S1!]
      return (x.total! * ns[x.h!]!) / total(ns)
    },
    proportional: (x) => (x.total! * [x.N0!, x.N1!][x.h!]!) / (x.N0! + x.N1!),
    sdOnly: (x) => (x.total! * [x.S0!, x.S1!][x.h!]!) / (x.S0! + x.S1!),
    variance: (x) => {
      const v = [x.N0! * x.S0! ** 2, x.N1! * x.S1! ** 2]
      return (x.total! * v[x.h!]!) / total(v)
    },
    other: (x) => {
      const ns = [x.N0! * x.S0!, x.N1! * x.S1!]
      return (x.total! * ns[1 - x.h!]!) / total(ns)
    },
  },
  'mres-systematic-selection': {
    key: (x) => systematic(x)[x.j! - 1]!,
    extraStep: (x) => systematic(x)[x.j!]!,
    noStart: (x) => systematic(x)[x.j! - 1]! - x.r!,
    noStartJ: (x) => systematic(x)[x.j!]! - x.r!,
    interval: (x) => x.r! + (x.j! - 1) * x.sample!,
  },
  'mres-invitations-for-completes': {
    key: (x) => smallest((n) => n * x.rr! * x.ir! >= x.completes! * (1 - EPS)),
    noIncidence: (x) => smallest((n) => n * x.rr! >= x.completes! * (1 - EPS)),
    noResponse: (x) => smallest((n) => n * x.ir! >= x.completes! * (1 - EPS)),
    added: (x) => smallest((n) => n * (x.rr! + x.ir!) >= x.completes! * (1 - EPS)),
    screenOut: (x) => smallest((n) => n * x.rr! * (1 - x.ir!) >= x.completes! * (1 - EPS)),
  },
  'mres-incidence-rate-from-screener': {
    key: (x) => x.qualified! / x.screened!,
    completes: (x) => x.completes! / x.screened!,
    refusals: (x) => x.qualified! / (x.screened! + x.refused!),
    completion: (x) => x.completes! / x.qualified!,
    screenOut: (x) => 1 - x.qualified! / x.screened!,
  },
  'mres-fieldwork-cost-by-incidence': {
    key: (x) => {
      const screened = x.completes! / x.ir!
      return x.cpi! * x.completes! + x.fee! * (screened - x.completes!)
    },
    completesOnly: (x) => x.cpi! * x.completes!,
    allScreened: (x) => x.cpi! * x.completes! + (x.fee! * x.completes!) / x.ir!,
    cpiAll: (x) => (x.cpi! * x.completes!) / x.ir!,
    outsOfCompletes: (x) => x.cpi! * x.completes! + x.fee! * x.completes! * (1 - x.ir!),
  },
  'mres-quota-cell-targets': {
    key: (x) => x.total! * x.female! * x.young!,
    evenSplit: (x) => (x.total! * x.young!) / 2,
    womenOnly: (x) => x.total! * x.female!,
    youngOnly: (x) => x.total! * x.young!,
    quarter: (x) => x.total! / 4,
  },
  'mres-invitations-with-dropout': {
    key: (x) => smallest((n) => n * x.start! * x.finish! >= x.completes! * (1 - EPS)),
    noDropout: (x) => smallest((n) => n * x.start! >= x.completes! * (1 - EPS)),
    inflate: (x) => roundUp((x.completes! * (1 + (1 - x.finish!))) / x.start!),
    dropoutForFinish: (x) =>
      smallest((n) => n * x.start! * (1 - x.finish!) >= x.completes! * (1 - EPS)),
    finishOnly: (x) => smallest((n) => n * x.finish! >= x.completes! * (1 - EPS)),
  },
  'mres-aapor-rr1': aaporTwins,
  'mres-aapor-rr2': aaporTwins,
  'mres-aapor-rr3': aaporTwins,
  'mres-aapor-coop1': aaporTwins,
  'mres-aapor-ref1': aaporTwins,
  'mres-aapor-con1': aaporTwins,
  'mres-margin-of-error-proportion': {
    key: (x) => x.z! * ((x.p! * (1 - x.p!)) / x.N!) ** 0.5,
    se: (x) => ((x.p! * (1 - x.p!)) / x.N!) ** 0.5,
    worstCase: (x) => x.z! * (0.25 / x.N!) ** 0.5,
    width: (x) => 2 * x.z! * ((x.p! * (1 - x.p!)) / x.N!) ** 0.5,
    noSqrt: (x) => (x.z! * x.p! * (1 - x.p!)) / x.N! ** 0.5,
  },
  'mres-confidence-interval-proportion-lower': {
    key: (x) => x.p! - x.z! * ((x.p! * (1 - x.p!)) / x.N!) ** 0.5,
    upper: (x) => x.p! + x.z! * ((x.p! * (1 - x.p!)) / x.N!) ** 0.5,
    se: (x) => x.p! - ((x.p! * (1 - x.p!)) / x.N!) ** 0.5,
    width: (x) => x.p! - 2 * x.z! * ((x.p! * (1 - x.p!)) / x.N!) ** 0.5,
    noRoot: (x) => x.p! - (x.z! * x.p! * (1 - x.p!)) / x.N! ** 0.5,
  },
  'mres-confidence-interval-mean-upper': {
    key: (x) => x.mean! + (x.z! * x.s!) / x.N! ** 0.5,
    lower: (x) => x.mean! - (x.z! * x.s!) / x.N! ** 0.5,
    noRoot: (x) => x.mean! + (x.z! * x.s!) / x.N!,
    se: (x) => x.mean! + x.s! / x.N! ** 0.5,
    width: (x) => x.mean! + (2 * x.z! * x.s!) / x.N! ** 0.5,
  },
  'mres-difference-two-proportions-margin': {
    key: (x) => 1.96 * ((x.p1! * (1 - x.p1!)) / x.n1! + (x.p2! * (1 - x.p2!)) / x.n2!) ** 0.5,
    addSE: (x) =>
      1.96 * (((x.p1! * (1 - x.p1!)) / x.n1!) ** 0.5 + ((x.p2! * (1 - x.p2!)) / x.n2!) ** 0.5),
    oneGroup: (x) => 1.96 * ((x.p1! * (1 - x.p1!)) / x.n1!) ** 0.5,
    total: (x) => {
      const p = (x.p1! + x.p2!) / 2
      return 1.96 * ((p * (1 - p)) / (x.n1! + x.n2!)) ** 0.5
    },
    average: (x) =>
      (1.96 * (((x.p1! * (1 - x.p1!)) / x.n1!) ** 0.5 + ((x.p2! * (1 - x.p2!)) / x.n2!) ** 0.5)) /
      2,
  },
  'mres-post-stratification-weight': {
    key: (x) => x.pop! / x.samp!,
    inverted: (x) => x.samp! / x.pop!,
    difference: (x) => 1 + x.pop! - x.samp!,
    ratioPct: (x) => x.pop! / x.samp! - 1,
    otherGroups: (x) => (1 - x.pop!) / (1 - x.samp!),
    odds: (x) => (x.pop! * (1 - x.samp!)) / (x.samp! * (1 - x.pop!)),
  },
  'mres-weighted-estimate': {
    key: (x) => x.ya! * x.pa! + x.yb! * (1 - x.pa!),
    unweighted: (x) => x.ya! * x.sa! + x.yb! * (1 - x.sa!),
    simpleMean: (x) => (x.ya! + x.yb!) / 2,
    swapped: (x) => x.yb! * x.pa! + x.ya! * (1 - x.pa!),
    // Weights sample share over population share, each group's, then the weighted mean.
    invertedWeights: (x) => {
      const [wa, wb] = [x.sa! / x.pa!, (1 - x.sa!) / (1 - x.pa!)]
      const [ma, mb] = [x.sa! * wa, (1 - x.sa!) * wb]
      return (ma * x.ya! + mb * x.yb!) / (ma + mb)
    },
  },
  'mres-column-percentage': {
    key: (x) => x.a! / (x.a! + x.c!),
    row: (x) => x.a! / (x.a! + x.b!),
    table: (x) => x.a! / total(cells(table(x))),
    men: (x) => x.b! / (x.b! + x.d!),
    ratio: (x) => x.a! / (total(cells(table(x))) - x.a!),
  },
  'mres-chi-square-2x2': {
    key: (x) => {
      const O = cells(table(x))
      const E = cells(expected(table(x)))
      return total(O.map((o, k) => (o - E[k]!) ** 2 / E[k]!))
    },
    byO: (x) => {
      const O = cells(table(x))
      const E = cells(expected(table(x)))
      return total(O.map((o, k) => (o - E[k]!) ** 2 / o))
    },
    yates: (x) => {
      const O = cells(table(x))
      const E = cells(expected(table(x)))
      return total(O.map((o, k) => Math.max(0, Math.abs(o - E[k]!) - 0.5) ** 2 / E[k]!))
    },
    noSquare: (x) => {
      const O = cells(table(x))
      const E = cells(expected(table(x)))
      return total(O.map((o, k) => Math.abs(o - E[k]!) / E[k]!))
    },
    equalE: (x) => {
      const O = cells(table(x))
      const e = total(O) / 4
      return total(O.map((o) => (o - e) ** 2 / e))
    },
  },
  'mres-chi-square-degrees-of-freedom': {
    // Cells free to vary once the margins are fixed: every cell except the last row and column.
    key: (x) => {
      let free = 0
      for (let i = 0; i < x.r!; i++)
        for (let j = 0; j < x.c!; j++) if (i < x.r! - 1 && j < x.c! - 1) free++
      return free
    },
    cells: (x) => x.r! * x.c!,
    cellsLessOne: (x) => x.r! * x.c! - 1,
    sum: (x) => x.r! - 1 + (x.c! - 1),
    rowsOnly: (x) => x.r! - 1,
    colsOnly: (x) => x.c! - 1,
    rowsWhole: (x) => x.r! * x.c! - x.r!,
    colsWhole: (x) => x.r! * x.c! - x.c!,
  },
  'mres-net-promoter-score': (() => {
    const scores = (x: In) =>
      expand([
        [x.det!, 3],
        [x.s7!, 7],
        [x.s8!, 8],
        [x.s9!, 9],
        [x.s10!, 10],
      ])
    const nps = (xs: number[], promoter: number, detractor: number) =>
      100 * (share(xs, (v) => v >= promoter) - share(xs, (v) => v <= detractor))
    return {
      key: (x) => nps(scores(x), 9, 6),
      eightPromoter: (x) => nps(scores(x), 8, 6),
      sevenDetractor: (x) => nps(scores(x), 9, 7),
      noPassives: (x) =>
        nps(
          scores(x).filter((v) => v <= 6 || v >= 9),
          9,
          6,
        ),
      promoters: (x) => 100 * share(scores(x), (v) => v >= 9),
      tenOnly: (x) => nps(scores(x), 10, 6),
    } satisfies Record<string, Twin>
  })(),
  'mres-top-two-box': (() => {
    const answers = (x: In) => expand([1, 2, 3, 4, 5].map((v) => [x[`c${v}`]!, v] as const))
    return {
      key: (x) => share(answers(x), (v) => v >= 4),
      topBox: (x) => share(answers(x), (v) => v === 5),
      top3: (x) => share(answers(x), (v) => v >= 3),
      bottom2: (x) => share(answers(x), (v) => v <= 2),
      net: (x) => share(answers(x), (v) => v >= 4) - share(answers(x), (v) => v <= 2),
    } satisfies Record<string, Twin>
  })(),
  'mres-mean-score-excluding-dont-know': (() => {
    const answers = (x: In) => expand([1, 2, 3, 4, 5].map((v) => [x[`c${v}`]!, v] as const))
    const mean = (xs: number[]) => total(xs) / xs.length
    return {
      key: (x) => mean(answers(x)),
      dkZero: (x) => mean([...answers(x), ...expand([[x.dk!, 0]])]),
      dkMid: (x) => mean([...answers(x), ...expand([[x.dk!, 3]])]),
      reversed: (x) => mean(answers(x).map((v) => 6 - v)),
      median: (x) => {
        // The middle answer (or the mean of the two middle ones) of the sorted answers.
        const xs = [...answers(x)].sort((p, q) => p - q)
        const lo = xs[Math.ceil(xs.length / 2) - 1]!
        const hi = xs[Math.floor(xs.length / 2)]!
        return (lo + hi) / 2
      },
    } satisfies Record<string, Twin>
  })(),
  'mres-points-versus-percent-change': {
    key: (x) => (x.points === 1 ? 100 * (x.b! - x.a!) : x.b! / x.a! - 1),
    relative: (x) => 100 * (x.b! / x.a! - 1),
    ofNew: (x) => (x.points === 1 ? 100 : 1) * (1 - x.a! / x.b!),
    newLevel: (x) => 100 * x.b!,
    points: (x) => x.b! - x.a!,
    ratio: (x) => x.b! / x.a!,
  },
  'mres-index-score': {
    key: (x) => (100 * x.seg!) / x.tot!,
    inverted: (x) => (100 * x.tot!) / x.seg!,
    difference: (x) => 100 * (1 + x.seg! - x.tot!),
    share: (x) => 100 * x.seg!,
    gap: (x) => 100 * Math.abs(x.seg! - x.tot!),
  },
  'mres-weighting-efficiency': {
    key: (x) => kish(weights(x)) / weights(x).length,
    deff: (x) => weights(x).length / kish(weights(x)),
    sumShare: (x) => total(weights(x)) / weights(x).length,
    bigShare: (x) => x.b! / (x.a! + x.b!),
    ofSum: (x) => kish(weights(x)) / total(weights(x)),
  },
  'mres-standard-error-of-mean': {
    key: (x) => (x.s! ** 2 / x.N!) ** 0.5,
    byN: (x) => x.s! / x.N!,
    moe: (x) => 1.96 * (x.s! ** 2 / x.N!) ** 0.5,
    variance: (x) => x.s! ** 2 / x.N!,
    sd: (x) => x.s!,
  },
  'mres-sam-top-down': {
    key: (x) => x.b! * (x.a! * x.tam!),
    som: (x) => x.m! * x.b! * x.a! * x.tam!,
    oneFilter: (x) => x.a! * x.tam!,
    added: (x) => x.tam! * (1 - (1 - x.a!) * (1 - x.b!)),
    tamShare: (x) => x.m! * x.tam!,
  },
  'mres-som-top-down': {
    key: (x) => x.m! * (x.a! * x.tam!),
    sam: (x) => x.a! * x.tam!,
    tamShare: (x) => x.m! * x.tam!,
    perYear: (x) => (x.m! * x.a! * x.tam!) / 3,
    cumulative: (x) => 3 * x.m! * x.a! * x.tam!,
  },
  'mres-bottom-up-annual-revenue': {
    key: (x) => x.hh! * x.pen! * x.freq! * x.price!,
    noFreq: (x) => x.hh! * x.pen! * x.price!,
    noPen: (x) => x.hh! * x.freq! * x.price!,
    monthly: (x) => 12 * x.hh! * x.pen! * x.freq! * x.price!,
    divFreq: (x) => (x.hh! * x.pen! * x.price!) / x.freq!,
  },
  'mres-bottom-up-b2b-subscriptions': {
    key: (x) => x.firms! * x.fit! * x.seats! * x.price! * 12,
    monthly: (x) => x.firms! * x.fit! * x.seats! * x.price!,
    noSeats: (x) => x.firms! * x.fit! * x.price! * 12,
    allFirms: (x) => x.firms! * x.seats! * x.price! * 12,
    weeks: (x) => x.firms! * x.fit! * x.seats! * x.price! * 52,
  },
  'mres-cagr': {
    key: (x) => growthRate(x.start!, x.end!, x.years!),
    simple: (x) => (x.end! / x.start! - 1) / x.years!,
    total: (x) => x.end! / x.start! - 1,
    plusOne: (x) => growthRate(x.start!, x.end!, x.years! + 1),
    minusOne: (x) => growthRate(x.start!, x.end!, x.years! - 1),
  },
  'mres-projection-at-cagr': {
    key: (x) => compound(x.now!, x.g!, x.years!),
    simple: (x) => x.now! + x.now! * x.g! * x.years!,
    oneShort: (x) => compound(x.now!, x.g!, x.years! - 1),
    oneMore: (x) => compound(x.now!, x.g!, x.years! + 1),
    growthOnly: (x) => compound(x.now!, x.g!, x.years!) - x.now!,
  },
  'mres-market-share-value': {
    key: (x) => (x.units! * x.price!) / x.mv!,
    volume: (x) => x.units! / x.mu!,
    ofRest: (x) => (x.units! * x.price!) / (x.mv! - x.units! * x.price!),
    valuePerUnit: (x) => (x.price! * x.mu!) / x.mv!,
  },
  'mres-purchase-intent-calibration': {
    key: (x) => x.hh! * x.def! * x.kd! + x.hh! * x.prob! * x.kp!,
    t2b: (x) => x.hh! * (x.def! + x.prob!),
    topOnly: (x) => x.hh! * x.def! * x.kd!,
    uncalTop: (x) => x.hh! * x.def!,
    swapped: (x) => x.hh! * x.def! * x.kp! + x.hh! * x.prob! * x.kd!,
  },
  'mres-trial-repeat-volume': {
    key: (x) => {
      const triers = x.hh! * x.aw! * x.tr!
      return triers + triers * x.rp! * x.units!
    },
    noTrialUnits: (x) => x.hh! * x.aw! * x.tr! * x.rp! * x.units!,
    noAware: (x) => x.hh! * x.tr! + x.hh! * x.tr! * x.rp! * x.units!,
    trialOnly: (x) => x.hh! * x.aw! * x.tr!,
    everyone: (x) => x.hh! * x.aw! * x.tr! * (1 + x.units!),
  },
  'mres-units-from-value': {
    key: (x) => x.value! / x.price!,
    netValue: (x) => x.value! / (1 + x.vat!) / x.price!,
    netPrice: (x) => (x.value! * (1 + x.vat!)) / x.price!,
    vatShare: (x) => (x.value! - x.value! * x.vat!) / x.price!,
  },
  'mres-penetration-from-panel': {
    key: (x) => x.trips! / x.buyers!,
    perHousehold: (x) => x.trips! / x.hh!,
    penetration: (x) => (100 * x.buyers!) / x.hh!,
    spendPerTrip: (x) => x.spend! / x.trips!,
  },
}

/**
 * Whether an answer as shown states `want`: the number in the text, read with the scale its unit
 * implies (a percentage or points ×100, `m` millions), within half a unit of its last place.
 */
function agrees(text: string, want: number): boolean {
  const m = /(-?[\d,]+(?:\.\d+)?)/.exec(text.replace(/−/g, '-'))
  if (!m) return false
  const shown = Number(m[1]!.replace(/,/g, ''))
  const places = m[1]!.includes('.') ? m[1]!.split('.')[1]!.length : 0
  let scaled = want
  if (/%|points/.test(text)) scaled = want * 100
  else if (/\dm$/.test(text)) scaled = want / 1e6
  return Math.abs(shown - scaled) <= 0.5 * 10 ** -places + 1e-6
}

// ---- Cited rule tables for the statement families, written here apart from the models.

/**
 * Designs and methods by the words of the situation that only that design or method fits
 * (Malhotra, Marketing Research, 7th ed., ch. 3–7; van Westendorp 1976; Gabor & Granger 1966),
 * and the names each goes by. `design` marks the research designs of ch. 3, offered only
 * against one another.
 */
const METHODS: Record<string, { words: RegExp; names: string[]; design?: true }> = {
  exploratory: {
    words: /ideas and hypotheses/,
    names: ['Exploratory research', 'An exploratory design', 'Exploratory work'],
    design: true,
  },
  crossSectional: {
    words: /at one point in time/,
    names: [
      'A cross-sectional design',
      'Cross-sectional research',
      'A descriptive (one-off) design',
    ],
    design: true,
  },
  causal: {
    words: /kept as a control/,
    names: ['Causal research', 'A causal (experimental) design', 'An experimental design'],
    design: true,
  },
  tracking: {
    words: /fresh matched sample every quarter/,
    names: ['A tracking study', 'A brand tracker', 'Continuous tracking'],
    design: true,
  },
  panel: {
    words: /very same respondents are re-interviewed/,
    names: ['A longitudinal panel', 'A panel study', 'Repeated measures on one panel'],
    design: true,
  },
  desk: {
    words: /published trade statistics/,
    names: ['Secondary desk research', 'Desk research', 'Secondary data analysis'],
  },
  group: {
    words: /six to eight customers meet with a moderator/,
    names: [
      'A moderated focus group',
      'Group discussions (focus groups)',
      'A focus group discussion',
    ],
  },
  idi: {
    words: /talks privately with the researcher/,
    names: ['In-depth interviews', 'Depth interviews (IDIs)', 'One-to-one depth interviews'],
  },
  ethnography: {
    words: /watching how meals are actually cooked/,
    names: ['Ethnography', 'Ethnographic observation', 'In-home ethnographic visits'],
  },
  diary: {
    words: /record every snack/,
    names: ['A diary study', 'Diary research', 'A self-completion diary'],
  },
  conjoint: {
    words: /choose repeatedly between product profiles/,
    names: ['Conjoint analysis', 'Choice-based conjoint', 'A conjoint (trade-off) study'],
  },
  westendorp: {
    words: /too cheap to trust/,
    names: ['Van Westendorp pricing', 'The Van Westendorp PSM', 'A Van Westendorp study'],
  },
  gabor: {
    words: /then at a higher or lower price/,
    names: ['Gabor-Granger pricing', 'The Gabor-Granger method', 'A Gabor-Granger price ladder'],
  },
  omnibus: {
    words: /multi-client survey/,
    names: ['An omnibus survey', 'Buying questions on an omnibus', 'A shared-cost omnibus'],
  },
  mystery: {
    words: /posing as ordinary members of the public/,
    names: ['Mystery shopping', 'Mystery customer research', 'Mystery shops'],
  },
  clt: {
    words: /recruited in a mall and brought to a nearby room/,
    names: ['A central location test', 'A hall test (CLT)', 'Central location testing'],
  },
  hut: {
    words: /take the new shampoo away with them/,
    names: ['An in-home usage test', 'A home-use test (HUT)', 'In-home product placement'],
  },
  community: {
    words: /join a private website for three months/,
    names: [
      'An online research community',
      'An insight community (MROC)',
      'An online community panel',
    ],
  },
}

/**
 * Each draft question the questionnaire families show, with the one fault questionnaire-design
 * texts name for it (Bradburn, Sudman & Wansink 2004; Malhotra ch. 10), and the fault's names.
 */
const FAULT_OF: Record<string, string> = {
  'quick and easy to use': 'double',
  'speed and friendliness': 'double',
  'open earlier and close later': 'double',
  'Most of our customers love': 'leading',
  'Don’t you agree': 'leading',
  'Wouldn’t you say': 'leading',
  'buy your cigarettes': 'presumes',
  'swim in our pool': 'presumes',
  'Which of our podcasts': 'presumes',
  'Excellent / Very good / Good / Fair': 'unbalanced',
  'Outstanding / Very good / Good / Poor': 'unbalanced',
  '18–25 / 25–35': 'overlap',
  '£10–£20 / £20–£30': 'overlap',
  'Laptop / Desktop computer / Tablet': 'exhaustive',
  'TV / Radio / Newspaper': 'exhaustive',
  'eat out regularly': 'vague',
  'Rarely / Sometimes / Often': 'vague',
  'disagree that the shop should not': 'negative',
  'not oppose a ban': 'negative',
  'latency of our app': 'jargon',
  'SKU range': 'jargon',
  'in the last twelve months': 'recall',
  'drink last year': 'recall',
  'always read the label': 'absolute',
  'every time you shop': 'absolute',
  'procurement strategy? Good / Bad': 'dontKnow',
  'battery regulation good for consumers': 'dontKnow',
}
const FAULT_NAMES: Record<string, string[]> = {
  double: [
    'It is double-barrelled',
    'It asks two things at once',
    'It is a double-barrelled question',
  ],
  leading: ['It is a leading question', 'It leads the respondent', 'Its wording steers the answer'],
  presumes: [
    'It presumes a behaviour',
    'It assumes what is not established',
    'It is a presumptive question',
  ],
  unbalanced: [
    'The scale is unbalanced',
    'Its answer scale is lopsided',
    'It has an unbalanced scale',
  ],
  overlap: [
    'Its answer ranges overlap',
    'The categories are not mutually exclusive',
    'The bands overlap',
  ],
  exhaustive: [
    'The list is not exhaustive',
    'It lacks an answer for everyone',
    'The categories are not collectively exhaustive',
  ],
  vague: [
    'It uses vague quantifiers',
    'Its frequency words are undefined',
    'Its terms mean different things to different people',
  ],
  negative: [
    'It has a double negative',
    'It contains a double negative',
    'Its negatives cancel out confusingly',
  ],
  jargon: ['It uses jargon', 'It relies on technical terms', 'Its terminology is too technical'],
  recall: [
    'Its recall period is too long',
    'It overloads the respondent’s memory',
    'It asks for unrealistic recall',
  ],
  absolute: ['It is an absolute question', 'It admits no exceptions', 'It is phrased in absolutes'],
  dontKnow: [
    'It has no “don’t know” option',
    'It forces an opinion',
    'It lacks a “don’t know” answer',
  ],
}
/** Question formats by what the respondent does (Malhotra ch. 9; Louviere et al. 2015). */
const FORMAT_OF: Record<string, { words: RegExp; names: string[] }> = {
  likert: {
    words: /how far they agree/,
    names: ['A Likert scale', 'A Likert item', 'Likert scaling'],
  },
  semantic: {
    words: /pairs of opposite adjectives/,
    names: [
      'A semantic differential',
      'Semantic differential scaling',
      'A semantic differential grid',
    ],
  },
  constant: {
    words: /share out 100 points/,
    names: ['A constant sum question', 'Constant sum scaling', 'A constant sum allocation'],
  },
  maxdiff: {
    words: /matters most and the one that matters least/,
    names: ['MaxDiff (best–worst scaling)', 'MaxDiff', 'Best–worst scaling'],
  },
  rank: {
    words: /1 for the most important down to 6/,
    names: ['A rank-order question', 'Ranking', 'A rank-order scale'],
  },
  open: {
    words: /in their own words/,
    names: ['An open-ended question', 'An open question', 'A verbatim (open-ended) question'],
  },
}

/**
 * What each code or law requires, as a test the key's wording must pass and no distractor may:
 * the rule in a phrase, with its source.
 */
const ETHICS_RULES: Record<string, { source: string; keyMeans: RegExp }> = {
  // ICC/ESOMAR Code (2007) Art. 1(d): research clearly separated from direct marketing and selling.
  'mres-ethics-research-not-selling': {
    source: 'ICC/ESOMAR Art. 1(d)',
    keyMeans: /^(Keep the offer out|Decline|Run the survey without)/,
  },
  // GDPR Art. 5(1)(b), 6(1)(a): reuse for sales calls needs the respondent's consent.
  'mres-ethics-passing-names-to-client': {
    source: 'GDPR 5(1)(b)',
    keyMeans: /(agreed|consented|opted in)/,
  },
  // ICC/ESOMAR Art. 3(a): participation voluntary at all stages; her data removed as she asks.
  'mres-ethics-withdrawal-mid-interview': {
    source: 'ICC/ESOMAR Art. 3(a)',
    keyMeans: /(delete|discard|remove)/,
  },
  // GDPR Art. 9(2)(a): explicit consent for health data (special category).
  'mres-ethics-health-data-explicit-consent': {
    source: 'GDPR 9(2)(a)',
    keyMeans: /(explicit|specific opt-in)/i,
  },
  // GDPR Art. 7(3): as easy to withdraw as to give consent.
  'mres-ethics-withdrawing-consent': { source: 'GDPR 7(3)', keyMeans: /as (easy|simple) as/ },
  // GDPR Art. 33(1): notify the supervisory authority within 72 hours.
  // "Without undue delay and, where feasible, not later than 72 hours after having become aware of
  // it", with reasons if later; the clock runs from awareness in clock hours, not working hours.
  'mres-ethics-data-breach-72-hours': {
    source: 'GDPR 33(1)',
    keyMeans: /within 72 hours(,| of (becoming aware|learning of))|undue delay, within 72 hours/,
  },
  // GDPR Recital 26: pseudonymised data remains personal data.
  'mres-ethics-pseudonymised-still-personal': { source: 'GDPR Recital 26', keyMeans: /^Yes/ },
  // GDPR Art. 28(3): processing by a processor governed by a written contract.
  'mres-ethics-processor-contract': { source: 'GDPR 28(3)', keyMeans: /writ/ },
  // ICC/ESOMAR Art. 6 and ESOMAR's children guideline: a parent's or responsible adult's permission first.
  'mres-ethics-interviewing-children': {
    source: 'ESOMAR children',
    keyMeans: /^(?!.*after).*(parent|adult responsible)/,
  },
  // MRS Code / ESOMAR: told at the start of observation and recording.
  'mres-ethics-observed-focus-group': {
    source: 'MRS Code',
    keyMeans: /^(At the start|Before the group begins|At the outset)/,
  },
  // ASA Statement (2016) principles 2 and 5: significance is not size or importance.
  'mres-ethics-significance-vs-importance': {
    source: 'ASA 2016',
    keyMeans: /(real|reliable|detectable).*(small|little practical)/,
  },
  // AAPOR statement "Opt-In Surveys and Margin of Error": reporting one for an opt-in sample misleads.
  'mres-ethics-opt-in-margin-of-error': {
    source: 'AAPOR opt-in statement',
    keyMeans: /^(Not to state|Avoid the|Drop the margin)/,
  },
  // AAPOR Code (2021) disclosure: sponsor, dates, method, sample size, wording.
  'mres-ethics-poll-disclosure': {
    source: 'AAPOR Code',
    keyMeans: /(sponsor|Who paid).*(dates|when)/i,
  },
  // ICC/ESOMAR Art. 4(a): researchers identify themselves and state the purpose.
  'mres-ethics-identify-researcher': {
    source: 'ICC/ESOMAR Art. 4(a)',
    keyMeans: /agency.*(purpose|why)/,
  },
  // GDPR Art. 5(1)(e): kept no longer than the purpose needs.
  'mres-ethics-storage-limitation': {
    source: 'GDPR 5(1)(e)',
    keyMeans: /(no longer needs|only as long as|retention period stated|purpose is met)/,
  },
  // GDPR Art. 5(1)(c): adequate, relevant and limited to what is necessary.
  'mres-ethics-data-minimisation': {
    source: 'GDPR 5(1)(c)',
    keyMeans: /(only the age band|no more than the age band|drop the (home )?address)/,
  },
}

const conceptOf = (table: Record<string, { names: string[] }>, name: string) =>
  Object.keys(table).find((k) => table[k]!.names.includes(name))

describeEngineIndependent('market research methods', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026) as { family: string; s: MresScenario }[]

  it('draws every family, and each draw offers three distinct distractors naming their mistakes', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    expect(drawn.filter(({ s }) => s.wrong.length < 3).map((d) => d.family)).toEqual([])
    const threes = drawn.map(({ family, s }) => ({ family, s: { ...s, wrong: s.wrong.slice(-3) } }))
    const firsts = drawn.map(({ family, s }) => ({
      family,
      s: { ...s, wrong: s.wrong.slice(0, 3) },
    }))
    expect(optionSetProblems([...threes, ...firsts], { capitalStem: true })).toEqual([])
  })

  it('states critical values that match the normal quantile of the confidence level named', () => {
    for (const [c, z] of Z_CRIT)
      expect(Math.abs(normalQuantile(1 - (1 - c) / 2, 0, 1) - z)).toBeLessThan(0.0005)
    let checked = 0
    for (const { s } of drawn) {
      const m = /(\d+)% confidence \(z = ([\d.]+)\)|z = ([\d.]+) for (\d+)% confidence/.exec(s.stem)
      if (!m) continue
      checked++
      const c = Number(m[1] ?? m[4]) / 100
      const z = Number(m[2] ?? m[3])
      expect(Math.abs(normalQuantile(1 - (1 - c) / 2, 0, 1) - z)).toBeLessThan(0.0005)
    }
    expect(checked).toBeGreaterThan(150)
  })

  it('works out every figure again: the key is the rule’s, each distractor its named slip’s', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      if (!s.calc) continue
      const twins = TWINS[family]
      if (!twins) {
        problems.push(`${family}: no second implementation`)
        continue
      }
      for (const text of [s.key, ...s.wrong.map(([t]) => t)]) {
        const slip = s.calc.slips[text]
        const twin = slip === undefined ? undefined : twins[slip === 'key' ? 'key' : slip]
        // The AAPOR families name their key by the rate asked: its twin is that rate's.
        const rate = /AAPOR .*\((\w+)\)/.exec(s.stem)?.[1]
        const keyTwin = rate ? twins[rate] : twins.key
        const use = slip === 'key' ? keyTwin : twin
        if (!use) {
          problems.push(`${family}: answer ${text} has no known slip (${slip})`)
          continue
        }
        checked++
        if ((slip === 'key') !== (text === s.key))
          problems.push(`${family}: ${text} tagged ${slip}`)
        const want = use(s.calc.in)
        if (!agrees(text, want))
          problems.push(`${family}/${slip}: shows ${text}, works out ${want}`)
        if (slip !== 'key' && Math.abs(want - keyTwin!(s.calc.in)) < 1e-9)
          problems.push(`${family}/${slip}: ${text} is no mistake, it gives the key's value`)
      }
    }
    expect(checked).toBeGreaterThan(5000)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys every design, method, question fault and format by the cited table, and no distractor fits the case', () => {
    const problems: string[] = []
    for (const { family, s } of drawn) {
      const options = [s.key, ...s.wrong.map(([t]) => t)]
      if (family.startsWith('mres-method-')) {
        const [key, ...others] = options.map((t) => conceptOf(METHODS, t))
        if (!key || !METHODS[key]!.words.test(s.stem))
          problems.push(`${family}: key ${s.key} not described`)
        for (const [k, o] of others.entries()) {
          if (!o) problems.push(`${family}: unknown method ${options[k + 1]}`)
          else if (o === key || METHODS[o]!.words.test(s.stem))
            problems.push(`${family}: ${options[k + 1]} fits too`)
          else if (Boolean(METHODS[o]!.design) !== Boolean(METHODS[key!]?.design))
            problems.push(`${family}: ${options[k + 1]} mixes designs and methods`)
        }
      } else if (family.startsWith('mres-question-')) {
        const quoted = Object.keys(FAULT_OF).filter((q) => s.stem.includes(q))
        if (quoted.length !== 1) {
          problems.push(`${family}: ${quoted.length} known questions in ${s.stem}`)
          continue
        }
        const fault = FAULT_OF[quoted[0]!]!
        if (
          conceptOf(
            Object.fromEntries(Object.entries(FAULT_NAMES).map(([k, names]) => [k, { names }])),
            s.key,
          ) !== fault
        )
          problems.push(`${family}: key ${s.key} is not ${fault}`)
        for (const [t] of s.wrong) {
          if (FAULT_NAMES[fault]!.includes(t)) problems.push(`${family}: ${t} names the fault`)
          if (!Object.values(FAULT_NAMES).some((n) => n.includes(t)))
            problems.push(`${family}: unknown fault ${t}`)
        }
      } else if (family.startsWith('mres-format-')) {
        const key = conceptOf(FORMAT_OF, s.key)
        if (!key || !FORMAT_OF[key]!.words.test(s.stem))
          problems.push(`${family}: key ${s.key} not described`)
        for (const [t] of s.wrong) {
          const o = conceptOf(FORMAT_OF, t)
          if (!o || o === key) problems.push(`${family}: ${t} is the key's format or unknown`)
        }
      }
    }
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys the ethics and reporting items to the code or law each cites, and no distractor states the rule', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      if (!family.startsWith('mres-ethics-')) continue
      checked++
      if (family === 'mres-ethics-small-base-reporting') {
        // The stem's own rule: under 30 not shown, 30–49 flagged, 50 or more reported as normal.
        const base = Number(/has a base of (\d+)/.exec(s.stem)![1])
        const want =
          base < 30 ? /not its percentages/ : base < 50 ? /marked as a small base/ : /as normal/
        if (!want.test(s.key)) problems.push(`${family}: base ${base} keyed ${s.key}`)
        for (const [t] of s.wrong)
          if (want.test(t)) problems.push(`${family}: base ${base} distractor ${t}`)
        continue
      }
      const rule = ETHICS_RULES[family]
      if (!rule) {
        problems.push(`${family}: no rule in the table`)
        continue
      }
      if (!rule.keyMeans.test(s.key)) problems.push(`${family} (${rule.source}): key ${s.key}`)
      for (const [t] of s.wrong)
        if (rule.keyMeans.test(t)) problems.push(`${family} (${rule.source}): distractor ${t}`)
    }
    expect(checked).toBeGreaterThan(500)
    expect(problems.slice(0, 12)).toEqual([])
  })
})
