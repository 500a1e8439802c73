import { cumulativeNormal, quantileNormal, regressionLinear } from 'vega-statistics'
import { expect, it } from 'vitest'
import { ANALYZE_FAMILIES } from '../../../src/assessment/models/lss/analyze-families.js'
import { CHART_CONSTANTS } from '../../../src/assessment/models/lss/chart-constants.js'
import { CONTROL_FAMILIES } from '../../../src/assessment/models/lss/control-families.js'
import { DEFINE_FAMILIES } from '../../../src/assessment/models/lss/define-families.js'
import {
  LSS_LEAN_FAMILIES,
  LSS_MEASURE_FAMILIES,
  LSS_SPC_FAMILIES,
} from '../../../src/assessment/models/lss/lss-models.js'
import type { LssScenario } from '../../../src/assessment/models/lss/lss-text.js'
import { normalCdf, normalQuantile } from '../../../src/assessment/models/lss/normal.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...DEFINE_FAMILIES,
  ...LSS_MEASURE_FAMILIES,
  ...LSS_SPC_FAMILIES,
  ...ANALYZE_FAMILIES,
  ...LSS_LEAN_FAMILIES,
  ...CONTROL_FAMILIES,
]
const DRAWS = 40

type In = Readonly<Record<string, number>>
type Twin = (x: In) => number | string

// ---- A second implementation: sums by loops, the normal distribution from vega-statistics,
// regression from vega-statistics, ranks by sorting copies, run rules by a detector of our own.

const tot = (xs: readonly number[]) => {
  let s = 0
  for (const x of xs) s += x
  return s
}
const avg = (xs: readonly number[]) => tot(xs) / xs.length
const seq = (x: In, p: string) => {
  const out: number[] = []
  for (let k = 0; `${p}${k}` in x; k++) out.push(x[`${p}${k}`]!)
  return out
}
const sdSample = (xs: readonly number[]) => {
  const m = avg(xs)
  return Math.sqrt(tot(xs.map((v) => (v - m) * (v - m))) / (xs.length - 1))
}
const movingRanges = (xs: readonly number[]) => {
  const out: number[] = []
  for (let k = 1; k < xs.length; k++) out.push(Math.abs(xs[k]! - xs[k - 1]!))
  return out
}
const K = (n: number) => CHART_CONSTANTS[n as keyof typeof CHART_CONSTANTS]
const tail = (z: number) => 1 - cumulativeNormal(z)
const sideOf = (x: In) => Math.min(x.usl! - x.mean!, x.mean! - x.lsl!)

// Pareto with a running total, as a spreadsheet would: sort a copy, then accumulate.
const byWeight = (w: readonly number[]) =>
  w
    .map((v, i) => [v, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map(([, i]) => i)

// FMEA ratings back from the stem's table.
const fmeaModes = (stem: string) =>
  [...stem.matchAll(/([a-z][a-z ]+?) \(S (\d+), O (\d+), D (\d+)\)/g)].map((m) => ({
    name: m[1]!.replace(/^.*?: /, ''),
    s: Number(m[2]),
    o: Number(m[3]),
    d: Number(m[4]),
  }))
type FMode = ReturnType<typeof fmeaModes>[number]
/** The first mode with the greatest score, in listed order, with later keys breaking ties. */
function best(ms: readonly FMode[], ...keys: ((m: FMode) => number)[]): string {
  let winner = ms[0]!
  for (const m of ms.slice(1)) {
    for (const k of keys) {
      if (k(m) > k(winner)) {
        winner = m
        break
      }
      if (k(m) < k(winner)) break
    }
  }
  return winner.name
}
const RPN = (m: FMode) => m.s * m.o * m.d

const TWINS: Record<string, Record<string, Twin>> = {
  'lss-copq-failure-costs': {
    key: (x) => tot([x.internal!, x.external!]),
    all: (x) => tot([x.prevention!, x.appraisal!, x.internal!, x.external!]),
    withAppraisal: (x) => tot([x.appraisal!, x.internal!, x.external!]),
    internalOnly: (x) => x.internal!,
    externalOnly: (x) => x.external!,
    goodOnly: (x) => tot([x.prevention!, x.appraisal!]),
  },
  'lss-dpu': {
    key: (x) => x.D! / x.U!,
    defectives: (x) => x.K! / x.U!,
    dpo: (x) => x.D! / x.U! / x.O!,
    perDefective: (x) => x.D! / x.K!,
    good: (x) => (x.U! - x.K!) / x.U!,
  },
  'lss-dpo': {
    key: (x) => x.D! / x.U! / x.O!,
    dpu: (x) => x.D! / x.U!,
    defectives: (x) => x.K! / x.U! / x.O!,
    yield: (x) => (x.U! * x.O! - x.D!) / (x.U! * x.O!),
    defectiveShare: (x) => x.K! / x.U!,
  },
  'lss-first-pass-yield': {
    key: (x) => (x.N! - x.R! - x.S!) / x.N!,
    final: (x) => (x.N! - x.S!) / x.N!,
    ofOut: (x) => (x.N! - x.R! - x.S!) / (x.N! - x.S!),
    reworkShare: (x) => x.R! / x.N!,
    reworkOnly: (x) => (x.N! - x.R!) / x.N!,
  },
  'lss-rolled-throughput-yield': {
    key: (x) => seq(x, 'y').reduce((a, y) => a * y),
    mean: (x) => avg(seq(x, 'y')),
    worst: (x) => Math.min(...seq(x, 'y')),
    last: (x) => seq(x, 'y').at(-1)!,
    addLoss: (x) => 1 - tot(seq(x, 'y').map((y) => 1 - y)),
    normalized: (x) => Math.exp(avg(seq(x, 'y').map(Math.log))),
  },
  'lss-rty-from-dpu': {
    key: (x) => seq(x, 'd').reduce((a, d) => a * Math.exp(-d), 1),
    linear: (x) => 1 - tot(seq(x, 'd')),
    productLinear: (x) => seq(x, 'd').reduce((a, d) => a - a * d, 1),
    mean: (x) => Math.exp(-avg(seq(x, 'd'))),
    worst: (x) => Math.exp(-Math.max(...seq(x, 'd'))),
  },
  'lss-sigma-level-from-dpmo': {
    key: (x) => quantileNormal(1 - x.dpmo! / 1e6) + 1.5,
    noShift: (x) => quantileNormal(1 - x.dpmo! / 1e6),
    minusShift: (x) => quantileNormal(1 - x.dpmo! / 1e6) - 1.5,
    twoSided: (x) => quantileNormal(1 - x.dpmo! / 2e6) + 1.5,
    dpmoAsPpt: (x) => quantileNormal(1 - x.dpmo! / 1e5) + 1.5,
  },
  'lss-dpmo-from-sigma-level': {
    key: (x) => 1e6 * tail(x.s! - 1.5),
    noShift: (x) => 1e6 * tail(x.s!),
    addShift: (x) => 1e6 * tail(x.s! + 1.5),
    twoSided: (x) => 2e6 * tail(x.s! - 1.5),
    yield: (x) => 1e6 * cumulativeNormal(x.s! - 1.5),
  },
  'lss-cp-from-rbar': {
    key: (x) => (2 * x.tol! * x.d2!) / (6 * x.rbar!),
    rbarSigma: (x) => (2 * x.tol!) / (6 * x.rbar!),
    threeSigma: (x) => (2 * x.tol! * x.d2!) / (3 * x.rbar!),
    halfTol: (x) => (x.tol! * x.d2!) / (6 * x.rbar!),
    timesD2: (x) => (2 * x.tol!) / (6 * x.rbar! * x.d2!),
  },
  'lss-cpk': {
    key: (x) => sideOf(x) / (3 * x.sigma!),
    max: (x) => Math.max(x.usl! - x.mean!, x.mean! - x.lsl!) / (3 * x.sigma!),
    cp: (x) => (x.usl! - x.lsl!) / (6 * x.sigma!),
    upper: (x) => (x.usl! - x.mean!) / (3 * x.sigma!),
    sixSigma: (x) => sideOf(x) / (6 * x.sigma!),
    threeSigmaCp: (x) => (x.usl! - x.lsl!) / (3 * x.sigma!),
    kFactor: (x) => Math.abs(x.mean! - (x.usl! + x.lsl!) / 2) / ((x.usl! - x.lsl!) / 2),
  },
  'lss-ppk-vs-cpk': {
    key: (x) => sideOf(x) / (3 * x.overall!),
    cpk: (x) => sideOf(x) / (3 * x.within!),
    pp: (x) => (x.usl! - x.lsl!) / (6 * x.overall!),
    cp: (x) => (x.usl! - x.lsl!) / (6 * x.within!),
    far: (x) => Math.max(x.usl! - x.mean!, x.mean! - x.lsl!) / (3 * x.overall!),
    sixSigma: (x) => sideOf(x) / (6 * x.overall!),
  },
  'lss-gage-rr-percent-study-variation': {
    key: (x) => {
      const g = x.rep! ** 2 + x.repro! ** 2
      return Math.sqrt(g / (g + x.part! ** 2))
    },
    contribution: (x) => {
      const g = x.rep! ** 2 + x.repro! ** 2
      return g / (g + x.part! ** 2)
    },
    ofPart: (x) => Math.sqrt(x.rep! ** 2 + x.repro! ** 2) / x.part!,
    addSd: (x) => (x.rep! + x.repro!) / Math.sqrt((x.rep! + x.repro!) ** 2 + x.part! ** 2),
    repOnly: (x) => x.rep! / Math.sqrt(x.rep! ** 2 + x.repro! ** 2 + x.part! ** 2),
  },
  'lss-xbar-chart-limit': {
    key: (x) => x.xbar! + (x.up ? 1 : -1) * K(x.n!).A2 * x.rbar!,
    individuals: (x) => x.xbar! + ((x.up ? 1 : -1) * 3 * x.rbar!) / K(x.n!).d2,
    rbarSigma: (x) => x.xbar! + (x.up ? 3 : -3) * x.rbar!,
    d4: (x) => x.xbar! + (x.up ? 1 : -1) * K(x.n!).D4 * x.rbar!,
    other: (x) => x.xbar! - (x.up ? 1 : -1) * K(x.n!).A2 * x.rbar!,
  },
  'lss-r-chart-ucl': {
    key: (x) => K(x.n!).D4 * x.rbar!,
    lcl: (x) => K(x.n!).D3 * x.rbar!,
    a2: (x) => (1 + K(x.n!).A2) * x.rbar!,
    plus3sigma: (x) => x.rbar! * (1 + 3 / K(x.n!).d2),
    xbar: (x) => x.xbar! + K(x.n!).A2 * x.rbar!,
  },
  'lss-sigma-from-rbar': {
    key: (x) => x.rbar! / K(x.n!).d2,
    times: (x) => x.rbar! * K(x.n!).d2,
    sqrtN: (x) => x.rbar! / Math.sqrt(x.n!),
    ofMean: (x) => x.rbar! / K(x.n!).d2 / Math.sqrt(x.n!),
    range: (x) => x.rbar!,
  },
  'lss-individuals-chart-ucl': {
    // The stem states 2.66, which is 3 / d2 at n = 2 rounded to two places.
    key: (x) =>
      avg(seq(x, 'x')) + Number((3 / K(2).d2).toFixed(2)) * avg(movingRanges(seq(x, 'x'))),
    sd: (x) => avg(seq(x, 'x')) + 3 * sdSample(seq(x, 'x')),
    mrSigma: (x) => avg(seq(x, 'x')) + 3 * avg(movingRanges(seq(x, 'x'))),
    overN: (x) => avg(seq(x, 'x')) + (2.66 * tot(movingRanges(seq(x, 'x')))) / seq(x, 'x').length,
    d4: (x) => avg(seq(x, 'x')) + 3.267 * avg(movingRanges(seq(x, 'x'))),
  },
  'lss-p-chart-ucl': {
    key: (x) => {
      const p = x.T! / (x.k! * x.n!)
      return p + 3 * Math.sqrt((p - p * p) / x.n!)
    },
    noN: (x) => {
      const p = x.T! / (x.k! * x.n!)
      return p + 3 * Math.sqrt(p - p * p)
    },
    poisson: (x) => {
      const p = x.T! / (x.k! * x.n!)
      return p + 3 * Math.sqrt(p / x.n!)
    },
    totalN: (x) => {
      const p = x.T! / (x.k! * x.n!)
      return p + 3 * Math.sqrt((p - p * p) / (x.k! * x.n!))
    },
    twoSigma: (x) => {
      const p = x.T! / (x.k! * x.n!)
      return p + 2 * Math.sqrt((p - p * p) / x.n!)
    },
  },
  'lss-np-chart-ucl': {
    key: (x) => {
      const np = x.T! / x.k!
      return np + 3 * Math.sqrt(np * (1 - np / x.n!))
    },
    cChart: (x) => x.T! / x.k! + 3 * Math.sqrt(x.T! / x.k!),
    noN: (x) => {
      const p = x.T! / x.k! / x.n!
      return x.T! / x.k! + 3 * Math.sqrt(p * (1 - p))
    },
    total: (x) => x.T! / x.k! + 3 * Math.sqrt(x.T! * (1 - x.T! / x.k! / x.n!)),
    pChart: (x) => {
      const p = x.T! / x.k! / x.n!
      return p + 3 * Math.sqrt((p * (1 - p)) / x.n!)
    },
  },
  'lss-c-chart-ucl': {
    key: (x) => avg(seq(x, 'c')) + 3 * Math.sqrt(avg(seq(x, 'c'))),
    sd: (x) => avg(seq(x, 'c')) + 3 * sdSample(seq(x, 'c')),
    noSqrt: (x) => 4 * avg(seq(x, 'c')),
    oneSigma: (x) => avg(seq(x, 'c')) + Math.sqrt(avg(seq(x, 'c'))),
    max: (x) => Math.max(...seq(x, 'c')) + 3 * Math.sqrt(avg(seq(x, 'c'))),
  },
  'lss-u-chart-ucl': {
    key: (x) => {
      const u = tot(seq(x, 'd')) / tot(seq(x, 'n'))
      return u + 3 * Math.sqrt(u / seq(x, 'n')[x.i!]!)
    },
    avgN: (x) => {
      const u = tot(seq(x, 'd')) / tot(seq(x, 'n'))
      return u + 3 * Math.sqrt(u / avg(seq(x, 'n')))
    },
    noN: (x) => {
      const u = tot(seq(x, 'd')) / tot(seq(x, 'n'))
      return u + 3 * Math.sqrt(u)
    },
    meanRates: (x) => {
      const ns = seq(x, 'n')
      const u = avg(seq(x, 'd').map((d, j) => d / ns[j]!))
      return u + 3 * Math.sqrt(u / ns[x.i!]!)
    },
    pForm: (x) => {
      const u = tot(seq(x, 'd')) / tot(seq(x, 'n'))
      return u + 3 * Math.sqrt((u * (1 - u)) / seq(x, 'n')[x.i!]!)
    },
  },
  'lss-regression-predict': {
    key: (x) => x.b0! + x.b1! * x.x!,
    noIntercept: (x) => x.b1! * x.x!,
    swap: (x) => x.b1! + x.b0! * x.x!,
    solveX: (x) => (x.x! - x.b0!) / x.b1!,
    sum: (x) => x.b0! + x.b1! + x.x!,
  },
  'lss-r-from-r-squared': {
    key: (x) => (x.neg ? -1 : 1) * Math.sqrt(x.r2!),
    sign: (x) => (x.neg ? 1 : -1) * Math.sqrt(x.r2!),
    r2: (x) => (x.neg ? -x.r2! : x.r2!),
    r2Unsigned: (x) => x.r2!,
    squared: (x) => (x.neg ? -1 : 1) * x.r2! * x.r2!,
  },
  'lss-pearson-r': {
    key: (x) => pearson(x),
    r2: (x) => pearson(x) ** 2,
    slope: (x) => lineFit(x).coef[1]!,
    xOnY: (x) => pearson(x) ** 2 / lineFit(x).coef[1]!,
    sign: (x) => -pearson(x),
  },
  'lss-confidence-interval-upper': {
    key: (x) => x.m! + x.t! * (x.s! / Math.sqrt(x.n!)),
    noSqrt: (x) => x.m! + x.t! * x.s!,
    z: (x) => x.m! + 1.96 * (x.s! / Math.sqrt(x.n!)),
    overN: (x) => x.m! + (x.t! * x.s!) / x.n!,
    lower: (x) => x.m! - x.t! * (x.s! / Math.sqrt(x.n!)),
  },
  'lss-pareto-top-three-share': {
    key: (x) => {
      const c = seq(x, 'n')
      return (
        tot(
          byWeight(c)
            .slice(0, 3)
            .map((i) => c[i]!),
        ) / tot(c)
      )
    },
    listed: (x) => tot(seq(x, 'n').slice(0, 3)) / tot(seq(x, 'n')),
    third: (x) => {
      const c = seq(x, 'n')
      return c[byWeight(c)[2]!]! / tot(c)
    },
    two: (x) => {
      const c = seq(x, 'n')
      return (
        tot(
          byWeight(c)
            .slice(0, 2)
            .map((i) => c[i]!),
        ) / tot(c)
      )
    },
    ofRest: (x) => {
      const c = seq(x, 'n')
      const top3 = tot(
        byWeight(c)
          .slice(0, 3)
          .map((i) => c[i]!),
      )
      return top3 / (tot(c) - top3)
    },
  },
  'lss-takt-time': {
    key: (x) => (x.shifts! * (x.shift! - x.breaks!) * 60) / x.demand!,
    noBreaks: (x) => (x.shifts! * x.shift! * 60) / x.demand!,
    oneShift: (x) => ((x.shift! - x.breaks!) * 60) / x.demand!,
    rate: (x) => (x.demand! * 3600) / (x.shifts! * (x.shift! - x.breaks!) * 60),
    minutes: (x) => (x.shifts! * (x.shift! - x.breaks!)) / x.demand!,
  },
  'lss-littles-law-lead-time': {
    key: (x) => (5 * x.wip!) / x.weekly!,
    weeks: (x) => x.wip! / x.weekly!,
    sevenDays: (x) => (7 * x.wip!) / x.weekly!,
    inverse: (x) => x.weekly! / (5 * x.wip!),
    hours: (x) => (40 * x.wip!) / x.weekly!,
  },
  'lss-oee': {
    key: (x) => (x.ideal! * x.good!) / x.planned!,
    average: (x) => {
      const run = x.planned! - x.down!
      return (run / x.planned! + (x.ideal! * x.total!) / run + x.good! / x.total!) / 3
    },
    noQuality: (x) => (x.ideal! * x.total!) / x.planned!,
    plannedPerf: (x) =>
      ((((x.planned! - x.down!) / x.planned!) * x.ideal! * x.total!) / x.planned!) *
      (x.good! / x.total!),
    goodPerf: (x) => ((x.ideal! * x.good!) / x.planned!) * (x.good! / x.total!),
  },
  'lss-kanban-count': {
    key: (x) => Math.ceil((x.D! * x.L! * (1 + x.a!)) / x.C! - 1e-9),
    noSafety: (x) => Math.ceil((x.D! * x.L!) / x.C! - 1e-9),
    down: (x) => Math.floor((x.D! * x.L! * (1 + x.a!)) / x.C! + 1e-9),
    noLead: (x) => Math.ceil((x.D! * (1 + x.a!)) / x.C! - 1e-9),
    perUnit: (x) => Math.ceil(x.D! * x.L! * (1 + x.a!) - 1e-9),
  },
  'lss-operators-needed': {
    key: (x) => Math.ceil((x.W! * x.D!) / ((x.shift! - x.breaks!) * 60) - 1e-9),
    down: (x) => Math.floor((x.W! * x.D!) / ((x.shift! - x.breaks!) * 60) + 1e-9),
    noBreaks: (x) => Math.ceil((x.W! * x.D!) / (x.shift! * 60) - 1e-9),
    taktMinutes: (x) => Math.ceil((x.W! * x.D!) / (x.shift! - x.breaks!) - 1e-9),
    perHour: (x) => Math.ceil((x.W! * x.D!) / 3600 - 1e-9),
  },
  'lss-bottleneck-output': {
    key: (x) => 3600 / Math.max(...seq(x, 't')),
    fastest: (x) => 3600 / Math.min(...seq(x, 't')),
    sum: (x) => 3600 / tot(seq(x, 't')),
    mean: (x) => 3600 / avg(seq(x, 't')),
    first: (x) => 3600 / seq(x, 't')[0]!,
  },
  'lss-smed-internal-time': {
    // Shingo's split of the stem's tasks: removing and clamping dies and setting the stroke need
    // the press stopped (internal); fetching, preheating, gathering and returning do not.
    key: (x) => tot([3, 4, 6].map((i) => seq(x, 't')[i]!)),
    unchanged: (x) => tot(seq(x, 't')),
    external: (x) => tot([0, 1, 2, 5].map((i) => seq(x, 't')[i]!)),
    keepReturn: (x) => tot([3, 4, 5, 6].map((i) => seq(x, 't')[i]!)),
    keepPreheat: (x) => tot([1, 3, 4, 6].map((i) => seq(x, 't')[i]!)),
  },
  'lss-line-balance-efficiency': {
    key: (x) => tot(seq(x, 't')) / (seq(x, 't').length * Math.max(...seq(x, 't'))),
    delay: (x) => 1 - tot(seq(x, 't')) / (seq(x, 't').length * Math.max(...seq(x, 't'))),
    minStation: (x) => tot(seq(x, 't')) / (seq(x, 't').length * Math.min(...seq(x, 't'))),
    minOverMax: (x) => Math.min(...seq(x, 't')) / Math.max(...seq(x, 't')),
    noStations: (x) => Math.max(...seq(x, 't')) / tot(seq(x, 't')),
  },
  'lss-fmea-rpn-after-action': {
    key: (x) => x.s! * x.o2! * x.d2!,
    old: (x) => x.s! * x.o! * x.d!,
    sum: (x) => x.s! + x.o2! + x.d2!,
    oOnly: (x) => x.s! * x.o2! * x.d!,
    dOnly: (x) => x.s! * x.o! * x.d2!,
  },
}

function lineFit(x: In) {
  const pts = seq(x, 'x').map((v, i) => ({ x: v, y: seq(x, 'y')[i]! }))
  return regressionLinear(
    pts,
    (p) => p.x,
    (p) => p.y,
  )
}
function pearson(x: In): number {
  const f = lineFit(x)
  return Math.sign(f.coef[1]!) * Math.sqrt(f.rSquared)
}

/** Twins that read the stem as well: the worked (text) answers. */
const STEM_TWINS: Record<string, Record<string, (x: In, stem: string) => string>> = {
  'lss-fmea-highest-rpn': {
    key: (_, st) => best(fmeaModes(st), RPN),
    severity: (_, st) => best(fmeaModes(st), (m) => m.s, RPN),
    sum: (_, st) => best(fmeaModes(st), (m) => m.s + m.o + m.d),
    occurrence: (_, st) => best(fmeaModes(st), (m) => m.o, RPN),
    detection: (_, st) => best(fmeaModes(st), (m) => -m.d, RPN),
  },
  'lss-fmea-stated-priority-rule': {
    key: (_, st) => {
      const ms = fmeaModes(st)
      const severe = ms.filter((m) => m.s >= 9)
      return best(severe.length > 0 ? severe : ms, RPN)
    },
    rpn: (_, st) => best(fmeaModes(st), RPN),
    occurrence: (_, st) => best(fmeaModes(st), (m) => m.o, RPN),
    sum: (_, st) => best(fmeaModes(st), (m) => m.s + m.o + m.d),
    lowDetect: (_, st) => best(fmeaModes(st), (m) => -m.d, RPN),
  },
  'lss-run-of-nine': runRuleTwins('nine'),
  'lss-two-of-three-beyond-two-sigma': runRuleTwins('two'),
}

// ---- Run rules, detected again: Nelson (1984) tests 2, 3 and 5, by scanning windows.
function detect(rule: 'nine' | 'trend' | 'two', xs: readonly number[], cl: number, sd: number) {
  for (let end = 0; end < xs.length; end++) {
    if (rule === 'nine' && end >= 8) {
      const w = xs.slice(end - 8, end + 1)
      if (w.every((v) => v > cl) || w.every((v) => v < cl)) return end + 1
    }
    if (rule === 'trend' && end >= 5) {
      const w = xs.slice(end - 5, end + 1)
      const up = w.every((v, k) => k === 0 || v > w[k - 1]!)
      const down = w.every((v, k) => k === 0 || v < w[k - 1]!)
      if (up || down) return end + 1
    }
    if (rule === 'two' && end >= 2) {
      const w = xs.slice(end - 2, end + 1)
      const hi = w.filter((v) => v > cl + 2 * sd).length
      const lo = w.filter((v) => v < cl - 2 * sd).length
      const last = xs[end]!
      if ((hi >= 2 && last > cl + 2 * sd) || (lo >= 2 && last < cl - 2 * sd)) return end + 1
    }
  }
  return 0
}
function runRuleTwins(rule: 'nine' | 'trend' | 'two'): Record<string, (x: In) => string> {
  const key = (x: In) => `Point ${detect(rule, seq(x, 'x'), x.cl!, x.sigma!)}`
  // The distractors are points the named slip would flag: each is checked to be no signal.
  const notSignal = (x: In) => `not the first signal (key ${key(x)})`
  return new Proxy({ key } as Record<string, (x: In) => string>, {
    get: (t, slip: string) => t[slip] ?? notSignal,
  })
}

/** The figure an answer shows and the half-step of its last shown digit. */
function shown(text: string): [number, number] {
  const digits = text.replace('−', '-').replace(/[^0-9.-]/g, '')
  const dp = digits.includes('.') ? digits.split('.')[1]!.length : 0
  const pc = text.trim().endsWith('%')
  return [pc ? Number(digits) / 100 : Number(digits), (pc ? 0.005 : 0.5) * 10 ** -dp]
}
const agrees = (text: string, want: number | string) => {
  if (typeof want === 'string') return text === want
  const [v, half] = shown(text)
  return Math.abs(v - want) <= half + 1e-9 * Math.max(1, Math.abs(want))
}

// ---- Classification tables, written again from the sources the families cite: each category
// with the words its cases use; the stem must name exactly one category's case.
const CITED: Record<string, Record<string, RegExp>> = {
  'dmaic-phase': {
    Define: /charter|SIPOC|critical-to-quality/,
    Measure: /gage R&R|data collection plan|current process capability/,
    Analyze: /suspected causes|regression to find|verifies root causes/,
    Improve: /pilots|selection matrix|designed experiment/,
    Control: /control plan|process owner can watch|standard work documents/,
  },
  'charter-section': {
    'Business case': /cost an estimated|threaten renewal/,
    'Problem statement': /have been sent to suppliers|were reported later/,
    'Goal statement': /^.*“(Reduce|Cut) /,
    Scope: /Included:|out of bounds/,
    Milestones: /tollgate/,
  },
  sipoc: {
    Suppliers: /courier company|HR system team|flour mill/,
    Inputs: /claim form|purchase requisition|bags of flour/,
    Process: /check the claim|match the invoice|mix, prove/,
    Outputs: /settlement letter|approved for payment|packed trays/,
    Customers: /policyholder|supplier waiting|supermarkets that receive/,
  },
  'cost-of-quality': {
    Prevention: /training operators|design FMEA|designs error-proofing/,
    Appraisal: /incoming inspection|calibration|final testing/,
    'Internal failure': /scrap from|rework orders|downtime while/,
    'External failure': /warranty|credit notes|field service/,
  },
  kano: {
    'Must-be': /is clean when|correct amount|starts reliably/,
    'One-dimensional': /the happier|more miles|shorter queue/,
    Attractive: /thank-you note|free upgrade|courtesy follow-up/,
    Indifferent: /did not care|never notice/,
  },
  msa: {
    Bias: /master block|certified at/,
    Linearity: /small reference parts|close to the reference at 1 kg/,
    Stability: /every morning for three months|creeping up/,
    Repeatability: /same part ten times|re-tests one sample/,
    Reproducibility: /three inspectors|night-shift operators/,
  },
  'data-scale': {
    Nominal: /day, evening or night|scratch, dent|supplier each batch/,
    Ordinal: /1-to-5|low, medium or high|graded A, B or C/,
    Interval: /degrees Celsius|calendar date/,
    Ratio: /time in minutes|weight in grams|number of days/,
  },
  'chart-choice': {
    'I-MR': /one assay result|monthly energy cost|each individual loan/,
    'X-bar and R': /five consecutive shafts|four bottles|three consecutive tablets/,
    'X-bar and S': /15 consecutive sheets|25 parts|20 calls/,
    p: /share of each day|fraction of each lot/,
    np: /exactly 200|exactly 50/,
    c: /paint blemishes|standard one-page form/,
    u: /square metre|per 100 claims/,
  },
  fishbone: {
    Methods: /work instruction lets|no written procedure/,
    Machines: /hydraulic pressure|print head/,
    People: /temporary staff|trained to read its set-up sheet/,
    Materials: /moisture content|cardboard cartons/,
    Measurement: /not been calibrated|5 g steps/,
    Environment: /humidity|cold in winter/,
  },
  'test-choice': {
    'Two-sample t-test': /two filling machines|two teams, from separate/,
    'Paired t-test': /same 12 operators|measured on both/,
    'One-way ANOVA': /four suppliers|three regions/,
    'Chi-square test': /type of defect \(four|complaint category/,
    'Two-proportion test': /late deliveries differs|first-call resolution/,
    'Simple linear regression': /per degree of oven|grows with distance/,
    'Mann-Whitney test': /right-skewed|satisfaction ratings differ/,
    'Test for equal variances': /spread of fill weights|variability of their/,
    'One-sample t-test': /500 mm target|3-day standard/,
  },
  waste: {
    Transport: /forklift to another building|couriered between/,
    Inventory: /eight weeks of purchased|racks of half-finished/,
    Motion: /walks to a cupboard|bend to floor level/,
    Waiting: /stand idle|nothing to do until/,
    Overproduction: /500 housings for an order of 300|next month’s brochures/,
    Overprocessing: /mirror finish|keyed into two systems/,
    Defects: /relabelled|returned to the clerk for correction/,
    Skills: /never asked for improvement|qualified engineer/,
  },
  'five-s': {
    Sort: /red-tagging|clearing out/,
    'Set in order': /shadow board|labelling floor locations/,
    Shine: /daily clean|wiping down/,
    Standardize: /one visual standard|colour codes and labels the same/,
    Sustain: /monthly 5S audits|becomes discipline/,
  },
  'lean-practice': {
    Heijunka: /repeating A-A-B/,
    Jidoka: /stops itself|halts before stamping/,
    Andon: /pulls a cord/,
    Gemba: /leaves the office to watch/,
    Kaizen: /spends five days/,
    'Standard work': /takt time, the sequence of steps/,
  },
  'poka-yoke': {
    'Contact method': /guide pin|limit switch/,
    'Fixed-value method': /exactly six screws|all eight nuts/,
    'Motion-step method': /order of the assembly steps|in sequence/,
    'Judgment inspection': /scraps the bad ones|returns the faulty ones/,
  },
}
/** Pairs the cited sources treat as both defensible for the same case: never a distractor. */
const BOTH_RIGHT = new Set([
  'Inventory|Overproduction',
  'Overproduction|Inventory',
  'Chi-square test|Two-proportion test',
  'Two-proportion test|Chi-square test',
  'Two-sample t-test|One-way ANOVA',
  'Two-sample t-test|Mann-Whitney test',
  'Mann-Whitney test|Chi-square test',
  // A p chart takes subgroups of constant size too; a u chart a constant inspection unit.
  'np|p',
  'c|u',
])

describeEngineIndependent('lean six sigma', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026) as { family: string; s: LssScenario }[]

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

  it('states control-chart constants that the normal range distribution gives (Montgomery, App. VI)', () => {
    // Phi on a grid; d2 = E[range] = ∫ 1 − Φ^n − (1 − Φ)^n; E[R²] = ∫ 2r P(R > r) dr, with
    // P(R ≤ r) = n ∫ φ(x) (Φ(x + r) − Φ(x))^(n−1) dx.
    const h = 0.01
    const lo = -9
    const N = 1801
    const phi = Array.from({ length: N + 1400 }, (_, i) => cumulativeNormal(lo + i * h))
    const dens = Array.from(
      { length: N },
      (_, i) => Math.exp(-((lo + i * h) ** 2) / 2) / Math.sqrt(2 * Math.PI),
    )
    for (const [nText, c] of Object.entries(CHART_CONSTANTS)) {
      const n = Number(nText)
      let d2 = 0
      for (let i = 0; i < N; i++) d2 += (1 - phi[i]! ** n - (1 - phi[i]!) ** n) * h
      let er2 = 0
      for (let j = 1; j < 1400; j++) {
        const r = j * h
        let le = 0
        for (let i = 0; i < N; i++) le += dens[i]! * (phi[i + j]! - phi[i]!) ** (n - 1) * h
        er2 += 2 * r * (1 - n * le) * h
      }
      const d3 = Math.sqrt(er2 - d2 * d2)
      expect(Math.abs(d2 - c.d2), `d2 n=${n}`).toBeLessThan(0.002)
      expect(Math.abs(3 / (d2 * Math.sqrt(n)) - c.A2), `A2 n=${n}`).toBeLessThan(0.002)
      expect(Math.abs(1 + (3 * d3) / d2 - c.D4), `D4 n=${n}`).toBeLessThan(0.003)
      expect(Math.abs(Math.max(0, 1 - (3 * d3) / d2) - c.D3), `D3 n=${n}`).toBeLessThan(0.003)
    }
    // The individuals chart's 2.66 and 3.267 are 3 / d2 and D4 at n = 2.
    expect(Math.abs(3 / CHART_CONSTANTS[2].d2 - 2.66)).toBeLessThan(0.005)
    expect(CHART_CONSTANTS[2].D4).toBe(3.267)
  })

  it('uses a normal distribution and t values that agree with vega-statistics and a t integral', () => {
    for (let p = 0.0001; p < 1; p += 0.0123) {
      expect(Math.abs(normalQuantile(p) - quantileNormal(p))).toBeLessThan(1e-6)
    }
    for (let z = -6; z <= 6; z += 0.25) {
      expect(Math.abs(normalCdf(z) - cumulativeNormal(z))).toBeLessThan(1e-7)
    }
    // Two-sided 95% t quantiles by integrating Student's density with Simpson's rule.
    const tCdfUpper = (t: number, df: number) => {
      const logc = lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * Math.log(df * Math.PI)
      const f = (u: number) => Math.exp(logc - ((df + 1) / 2) * Math.log(1 + (u * u) / df))
      const m = 4000
      const hh = t / m
      let s = f(0) + f(t)
      for (let k = 1; k < m; k++) s += (k % 2 ? 4 : 2) * f(k * hh)
      return 0.5 + (s * hh) / 3
    }
    for (const [df, t] of [
      [9, 2.262],
      [15, 2.131],
      [19, 2.093],
      [24, 2.064],
    ] as const) {
      expect(Math.abs(tCdfUpper(t, df) - 0.975)).toBeLessThan(0.0002)
    }
  })

  it('works out every figure and list again: the key is the rule’s, each distractor its named slip’s', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      if (!s.calc) continue
      checked++
      const twins = TWINS[family]
      const stemTwins = STEM_TWINS[family]
      if (!twins && !stemTwins) {
        problems.push(`${family}: no second implementation`)
        continue
      }
      const run = (slip: string): number | string | undefined =>
        twins ? twins[slip]?.(s.calc!.in) : stemTwins![slip]?.(s.calc!.in, s.stem)
      const key = run('key')!
      for (const text of [s.key, ...s.wrong.map(([t]) => t)]) {
        const slip = s.calc.slips[text]
        const want = slip === undefined ? undefined : run(slip)
        if (want === undefined) {
          problems.push(`${family}: answer ${text} has no known slip (${slip})`)
          continue
        }
        if ((slip === 'key') !== (text === s.key))
          problems.push(`${family}: ${text} tagged ${slip}`)
        if (slip === 'key' && !agrees(text, want))
          problems.push(`${family}: key ${text}, works out ${want}`)
        if (slip !== 'key') {
          if (typeof want === 'string' && want.startsWith('not the first signal')) {
            if (text === key) problems.push(`${family}/${slip}: ${text} is the first signal`)
          } else if (!agrees(text, want))
            problems.push(`${family}/${slip}: shows ${text}, works out ${want}`)
          if (agrees(text, key)) problems.push(`${family}/${slip}: ${text} shows the key's value`)
        }
      }
    }
    expect(checked).toBeGreaterThan(1400)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys every classification item to the cited table, and no distractor fits the case too', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      if (!s.kind) continue
      checked++
      const table = CITED[s.kind.table]
      if (!table) {
        problems.push(`${family}: no cited table ${s.kind.table}`)
        continue
      }
      const fits = Object.entries(table)
        .filter(([, re]) => re.test(s.stem))
        .map(([c]) => c)
      const keyCat = s.kind.answers[s.key]
      if (fits.length !== 1 || fits[0] !== keyCat)
        problems.push(`${family}: stem fits ${fits.join(' and ') || 'nothing'}, key is ${keyCat}`)
      if (
        !family.endsWith(
          keyCat!
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/-$/, ''),
        )
      )
        problems.push(`${family}: key category ${keyCat}`)
      for (const [t] of s.wrong) {
        const c = s.kind.answers[t]
        if (c === undefined || c === keyCat) problems.push(`${family}: distractor ${t} is ${c}`)
        else if (BOTH_RIGHT.has(`${keyCat}|${c}`)) problems.push(`${family}: ${t} is also right`)
      }
    }
    expect(checked).toBeGreaterThan(2000)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys the judgement items to their rule: p against alpha, and the stated practice', () => {
    const problems: string[] = []
    const RULES: Record<string, RegExp> = {
      // A problem statement states the measured gap and time frame, no cause or solution.
      'lss-problem-statement':
        /^(Since .*, \d+% of orders have shipped after|\d+% of orders shipped since .*; the target is 2%)/,
      'lss-goal-statement':
        /^((Reduce|Bring) late processing (from|down from)|Cut the share processed late from) \d+% to \d% by /,
      'lss-special-cause-response': /special cause/,
      'lss-common-cause-response': /(Change the process itself|Improve the system)/,
      'lss-correlation-not-causation': /(do not show causation|not proof of cause)/,
      'lss-smed-external-task': /(before it stops|while the current job runs|in advance)/,
      'lss-smed-convert-internal': /^(Convert internal|Turn internal work into external)/,
      'lss-control-plan-reaction':
        /(out-of-control point|when the chart signals|falls outside the control limits|^Actions on a signal$)/,
      'lss-pilot-design':
        /(one or two teams|small, representative part|comparing their Y with the baseline|measuring the Y before and after)/,
      'lss-mistake-proofing-hierarchy': /(cannot physically fit|wrong fit is impossible)/,
      'lss-handover-to-process-owner': /(control plan, updated|reaction plan)/,
    }
    for (const { family, s } of drawn) {
      if (family === 'lss-p-value-decision') {
        const p = Number(/p-value is ([\d.]*\d)/.exec(s.stem)![1])
        const alpha = Number(/significance level of ([\d.]*\d)/.exec(s.stem)![1])
        const reject = /^Reject/.test(s.key)
        if (reject !== p < alpha) problems.push(`p ${p} alpha ${alpha}: ${s.key}`)
        for (const [t] of s.wrong)
          if (/^Reject/.test(t) === p < alpha && /^(Reject|Fail)/.test(t))
            problems.push(`p-value distractor ${t} is the right decision`)
      }
      const rule = RULES[family]
      if (!rule) continue
      if (!rule.test(s.key)) problems.push(`${family}: key ${s.key}`)
      for (const [t] of s.wrong) if (rule.test(t)) problems.push(`${family}: distractor ${t}`)
    }
    expect(problems).toEqual([])
  })
})

function lgamma(z: number): number {
  // Lanczos approximation (g = 7, n = 9).
  const g = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ]
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lgamma(1 - z)
  const x = z - 1
  let a = g[0]!
  const t = x + 7.5
  for (let i = 1; i < 9; i++) a += g[i]! / (x + i)
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a)
}
