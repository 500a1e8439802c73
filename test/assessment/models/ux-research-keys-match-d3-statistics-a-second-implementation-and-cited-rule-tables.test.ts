import normalQuantile from '@stdlib/stats-base-dists-normal-quantile'
import { mean, median, sum } from 'd3-array'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../../src/assessment/models/scenario/scenario-model.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import {
  UXR_ETHICS_FAMILIES,
  UXR_METRICS_FAMILIES,
  UXR_PLANNING_FAMILIES,
  UXR_SURVEY_FAMILIES,
  UXR_SYNTHESIS_FAMILIES,
} from '../../../src/assessment/models/uxr/uxr-models.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'

/*
 * Every UX-research key and every distractor worked out again a second way: sums, means and
 * medians by d3-array, critical values checked against a normal quantile, counts by walking the
 * drawn rows, the smallest sample by searching upwards, dates on a calendar of Intl and
 * Date.UTC, and the documented answers against this file's own table of cited rules. Each
 * distractor must be what its named mistake computes and never the key.
 */

const FAMILIES = [
  ...UXR_PLANNING_FAMILIES,
  ...UXR_METRICS_FAMILIES,
  ...UXR_SURVEY_FAMILIES,
  ...UXR_SYNTHESIS_FAMILIES,
  ...UXR_ETHICS_FAMILIES,
]
const DRAWS = 200

/** A family's drawn inputs: each family has its own shape, read field by field below. */
// biome-ignore lint/suspicious/noExplicitAny: the twins read each family's own input fields
type In = any

interface Drawn extends Scenario {
  readonly calc?: { readonly in: In; readonly slips: Readonly<Record<string, string>> }
  readonly facts?: Readonly<{ kind: string } & Record<string, In>>
}
type Twin = (x: In) => number | string

const total = (xs: readonly number[]) => sum(xs)
const avg = (xs: readonly number[]) => mean(xs) ?? Number.NaN
const mid = (xs: readonly number[]) => median(xs) ?? Number.NaN
/** The smallest whole n ≥ `from` for which `ok(n)` holds. */
const smallest = (ok: (n: number) => boolean, from = 1) => {
  let n = from
  while (!ok(n)) n++
  return n
}
const upTo = (v: number) => smallest((n) => n >= v - 1e-9, 0)

// ---- SUS by a table of each item's contribution: [answer 1..5] per item polarity.
const POSITIVE = [0, 1, 2, 3, 4]
const NEGATIVE = [4, 3, 2, 1, 0]
const sus = (r: number[], polarity: (item: number) => 'pos' | 'neg') =>
  2.5 * total(r.map((v, i) => (polarity(i + 1) === 'pos' ? POSITIVE : NEGATIVE)[v - 1]!))
const oddPositive = (item: number) => (item % 2 === 1 ? 'pos' : 'neg')

// ---- Adjusted Wald from the counts: x successes plus z²/2, n trials plus z².
const interval = (
  x: number,
  n: number,
  z: number,
  o: { adjust?: boolean; seN?: number; k?: number } = {},
) => {
  const a = o.adjust === false ? 0 : z * z
  const p = (x + a / 2) / (n + a)
  const half = (o.k ?? z) * Math.sqrt((p * (1 - p)) / (o.seN ?? n + a))
  return [Math.max(0, p - half), Math.min(1, p + half)] as const
}

// ---- A calendar of its own: Date.UTC month arithmetic, Intl for the printed date.
const SHOW = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const show = (ms: number) => SHOW.format(new Date(ms)).replace(',', '')
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const plusDays = (iso: string, d: number) => ms(iso) + d * 86_400_000
const plusMonths = (iso: string, k: number) => {
  const d = new Date(ms(iso))
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth() + k
  const days = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  return Date.UTC(y, m, Math.min(d.getUTCDate(), days))
}
const endOfMonth = (t: number) => {
  const d = new Date(t)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)
}

const distinctCount = (xs: readonly number[]) => new Set(xs).size
/** Participants with exactly one note, by tallying notes per participant. */
const onceCount = (xs: readonly number[]) => {
  const t = new Map<number, number>()
  for (const p of xs) t.set(p, (t.get(p) ?? 0) + 1)
  return [...t.values()].filter((v) => v === 1).length
}

const TWINS: Record<string, Record<string, Twin>> = {
  'uxr-discovery-min-users': {
    key: ({ p, goal }) => smallest((n) => 1 - (1 - p) ** n >= goal - 1e-12),
    linear: ({ p, goal }) => smallest((n) => n * p >= goal - 1e-12),
    pInLog: ({ p, goal }) => smallest((n) => 1 - p ** n >= goal - 1e-12, 0),
    goalInLog: ({ p, goal }) => smallest((n) => (1 - p) ** n <= goal + 1e-12, 0),
    once: ({ p }) => smallest((n) => n * p >= 1 - 1e-12),
    fiveUsers: () => 5,
    twoHits: ({ p, goal }) => {
      // P(at least two of n) by summing the binomial terms from 2 up.
      const atLeastTwo = (n: number) => {
        let s = 0
        let c = 1
        for (let k = 0; k <= n; k++) {
          if (k >= 2) s += c * p ** k * (1 - p) ** (n - k)
          c = (c * (n - k)) / (k + 1)
        }
        return s
      }
      return smallest((n) => atLeastTwo(n) >= goal, 2)
    },
    // e^(−pn) in place of (1 − p)^n: p read as a rate.
    rateApprox: ({ p, goal }) => smallest((n) => Math.exp(-p * n) <= 1 - goal + 1e-12),
    threeRounds: () => 3 * 5,
  },
  'uxr-screener-qualifiers': (() => {
    const weekly = (u: string) => ['daily', 'weekly'].includes(u)
    const insider = (j: string) => /research|UX/.test(j)
    const c = (rows: In[], f: (r: In) => boolean) => rows.filter(f).length
    return {
      key: ({ rows }) => c(rows, (r) => weekly(r.use) && !insider(r.job) && !r.recent),
      monthly: ({ rows }) =>
        c(rows, (r) => (weekly(r.use) || r.use === 'monthly') && !insider(r.job) && !r.recent),
      job: ({ rows }) => c(rows, (r) => weekly(r.use) && !r.recent),
      recent: ({ rows }) => c(rows, (r) => weekly(r.use) && !insider(r.job)),
      usage: ({ rows }) => c(rows, (r) => weekly(r.use)),
      any: ({ rows }) => c(rows, (r) => weekly(r.use) || !insider(r.job) || !r.recent),
      dailyOnly: ({ rows }) => c(rows, (r) => r.use === 'daily' && !insider(r.job) && !r.recent),
      rejected: ({ rows }) => c(rows, (r) => !(weekly(r.use) && !insider(r.job) && !r.recent)),
    }
  })(),
  'uxr-over-recruit-for-no-shows': {
    key: ({ s, r }) => smallest((n) => n * (1 - r) >= s - 1e-9),
    addRate: ({ s, r }) => upTo(s + s * r),
    divRate: ({ s, r }) => upTo(s / r),
    none: ({ s }) => s,
    double: ({ s }) => s + s,
    timesShow: ({ s, r }) => upTo(s - s * r),
    roundDown: ({ s, r }) => smallest((n) => (n + 1) * (1 - r) > s + 1e-9, 0),
    percentAsHeads: ({ s, r }) => s + Math.round(100 * r),
  },
  'uxr-incentive-budget': {
    key: (x) => (x.n + x.f) * x.fee + (x.n + x.f - x.k) * x.inc,
    sessionsOnly: (x) => (x.n + x.f) * x.fee + x.n * x.inc,
    paysNoShows: (x) => (x.n + x.f) * (x.fee + x.inc),
    feeForShows: (x) => (x.n + x.f - x.k) * (x.fee + x.inc),
    noFee: (x) => (x.n + x.f - x.k) * x.inc,
    noFloaters: (x) => x.n * (x.fee + x.inc),
  },
  'uxr-fieldwork-days': (() => {
    // Sessions per day by laying them out minute by minute.
    const perDay = (L: number, B: number, H: number, trailing = false) => {
      let t = 0
      let k = 0
      for (;;) {
        const end = t + L + (trailing ? B : 0)
        if (end > H * 60) return k
        k++
        t += L + B
      }
    }
    const days = (n: number, per: number) => smallest((d) => d * per >= n)
    return {
      key: ({ n, L, B, H }) => days(n, perDay(L, B, H)),
      noBreak: ({ n, L, H }) => days(n, perDay(L, 0, H)),
      breakAfterLast: ({ n, L, B, H }) => days(n, perDay(L, B, H, true)),
      pooled: ({ n, L, B, H }) => smallest((d) => d * H * 60 >= n * L + (n - 1) * B),
      hoursAsSessions: ({ n, H }) => days(n, H),
      perDay: ({ L, B, H }) => perDay(L, B, H),
    }
  })(),
  'uxr-balanced-latin-square-orders': {
    key: ({ k }) => (k % 2 ? 2 * k : k),
    factorial: ({ k }) => Array.from({ length: k }, (_, i) => i + 1).reduce((a, b) => a * b, 1),
    square: ({ k }) => k * k,
    k: ({ k }) => k,
    twoK: ({ k }) => 2 * k,
    pairs: ({ k }) => (k * (k - 1)) / 2,
    abba: () => 2,
    sameOrder: () => 1,
    orderedPairs: ({ k }) => k * k - k,
  },
  'uxr-interlocking-quota-total': {
    key: (x) => x.segments * x.devices * x.m,
    additive: (x) => x.segments * x.m + x.devices * x.m,
    largest: (x) => Math.max(x.segments, x.devices) * x.m,
    segmentsOnly: (x) => x.segments * x.m,
    squared: (x) => x.segments * x.devices * x.m ** 2,
    withMargins: (x) => x.m * (x.segments * x.devices + x.segments + x.devices),
    devicesOnly: (x) => x.devices * x.m,
    cellsOnly: (x) => x.segments * x.devices,
    bothDimensions: (x) => x.segments * x.devices * x.m + x.devices * x.segments * x.m,
  },
  'uxr-diary-study-expected-entries': {
    key: (x) => x.n * x.d * x.k * x.c,
    noPrompts: (x) => x.n * x.d * x.c,
    noCompliance: (x) => x.n * x.d * x.k,
    missed: (x) => x.n * x.d * x.k * (1 - x.c),
    perParticipant: (x) => x.d * x.k * x.c,
    divideRate: (x) => (x.n * x.d * x.k) / x.c,
    percentAsNumber: (x) => x.n * x.d * x.k * x.c * 100,
  },
  'uxr-sus-score': {
    key: ({ r }) => sus(r, oddPositive),
    noReverse: ({ r }) => sus(r, () => 'pos'),
    swapped: ({ r }) => sus(r, (i) => (oddPositive(i) === 'pos' ? 'neg' : 'pos')),
    rawSum: ({ r }) => 2.5 * total(r),
    noScale: ({ r }) => sus(r, oddPositive) / 2.5,
    mean: ({ r }) => (sus(r, oddPositive) / 25) * 20,
  },
  'uxr-sus-all-positive-version': {
    key: ({ r }) => sus(r, () => 'pos'),
    standard: ({ r }) => sus(r, oddPositive),
    allReversed: ({ r }) => sus(r, () => 'neg'),
    rawSum: ({ r }) => 2.5 * total(r),
    noScale: ({ r }) => sus(r, () => 'pos') / 2.5,
    percentOfMax: ({ r }) => (100 * total(r)) / 50,
  },
  'uxr-sus-from-item-totals': {
    key: ({ odd, even }) => 2.5 * (odd - 5) + 2.5 * (25 - even),
    noReverse: ({ odd, even }) => 2.5 * (odd + even - 10),
    swapped: ({ odd, even }) => 2.5 * (even - 5) + 2.5 * (25 - odd),
    difference: ({ odd, even }) => 2.5 * odd - 2.5 * even,
    noScale: ({ odd, even }) => odd + 20 - even,
    rawSum: ({ odd, even }) => 2.5 * odd + 2.5 * even,
  },
  ...Object.fromEntries(
    (['lower', 'upper'] as const).map((side) => {
      const at: 0 | 1 = side === 'lower' ? 0 : 1
      const other: 0 | 1 = at === 0 ? 1 : 0
      const otherZ = (z: number) => (z > 1.8 ? 1.645 : 1.96)
      return [
        `uxr-adjusted-wald-${side}-bound`,
        {
          key: ({ x, n, z }: In) => interval(x, n, z)[at],
          wald: ({ x, n, z }: In) => interval(x, n, z, { adjust: false })[at],
          rawN: ({ x, n, z }: In) => interval(x, n, z, { seN: n })[at],
          otherBound: ({ x, n, z }: In) => interval(x, n, z)[other],
          oneSE: ({ x, n, z }: In) => interval(x, n, z, { k: 1 })[at],
          otherLevel: ({ x, n, z }: In) => interval(x, n, otherZ(z))[at],
          observed: ({ x, n }: In) => x / n,
        } satisfies Record<string, Twin>,
      ]
    }),
  ),
  'uxr-completion-rate-with-partial-credit': {
    key: ({ n, q, s }) => (2 * s + q) / (2 * n),
    partialZero: ({ n, s }) => s / n,
    partialFull: ({ n, q, s }) => (s + q) / n,
    dropPartial: ({ n, q, s }) => s / (n - q),
    failRate: ({ n, q, s }) => (n - q - s) / n,
    partialShare: ({ q, s }) => (2 * s + q) / (2 * (s + q)),
  },
  'uxr-time-on-task-geometric-mean': {
    key: ({ ok }) => Math.exp(avg(ok.map(Math.log))),
    arith: ({ ok }) => avg(ok),
    geoAll: ({ ok, failed }) => Math.exp(avg([...ok, ...failed].map(Math.log))),
    median: ({ ok }) => mid(ok),
    arithAll: ({ ok, failed }) => avg([...ok, ...failed]),
    harmonic: ({ ok }) => 1 / avg(ok.map((t: number) => 1 / t)),
  },
  'uxr-seq-mean-rating': {
    key: ({ rows }) => avg(rows.map((w: In) => w.r)),
    reversed: ({ rows }) => avg(rows.map((w: In) => 8 - w.r)),
    successOnly: ({ rows }) => avg(rows.filter((w: In) => w.done).map((w: In) => w.r)),
    median: ({ rows }) => mid(rows.map((w: In) => w.r)),
    failedOnly: ({ rows }) => avg(rows.filter((w: In) => !w.done).map((w: In) => w.r)),
  },
  'uxr-lostness': {
    key: ({ R, N, S }) => Math.hypot(N / S - 1, R / N - 1),
    noRoot: ({ R, N, S }) => Math.hypot(N / S - 1, R / N - 1) ** 2,
    swapNS: ({ R, N, S }) => Math.hypot(S / N - 1, R / N - 1),
    RoverS: ({ R, N, S }) => Math.hypot(N / S - 1, R / S - 1),
    oneTerm: ({ R, N }) => 1 - R / N,
    sumTerms: ({ R, N, S }) => 1 - N / S + (1 - R / N),
    firstTerm: ({ N, S }) => 1 - N / S,
    meanTerms: ({ R, N, S }) => avg([1 - N / S, 1 - R / N]),
  },
  'uxr-error-rate-per-opportunity': {
    key: ({ n, k, E }) => E / n / k,
    participants: ({ n, m }) => m / n,
    extraOpportunity: ({ n, k, E }) => E / (E + n * k),
    erroredOnly: ({ k, m, E }) => E / m / k,
    correct: ({ n, k, E }) => (n * k - E) / (n * k),
  },
  'uxr-umux-lite-score': {
    key: ({ a, b }) => ((a - 1) / 6 + (b - 1) / 6) * 50,
    noMinus: ({ a, b }) => ((a + b) / 12) * 100,
    over14: ({ a, b }) => ((a + b) / 14) * 100,
    fivePoint: ({ a, b }) => ((a - 1 + (b - 1)) / 8) * 100,
    itemOne: ({ a }) => ((a - 1) / 6) * 100,
    regressed: ({ a, b }) => 0.65 * (((a - 1) / 6 + (b - 1) / 6) * 50) + 22.9,
  },
  'uxr-nasa-tlx-weighted': {
    key: ({ ratings, w }) => total(ratings.map((r: number, i: number) => r * w[i])) / total(w),
    raw: ({ ratings }) => avg(ratings),
    bySix: ({ ratings, w }) =>
      total(ratings.map((r: number, i: number) => r * w[i])) / ratings.length,
    sumOver15: ({ ratings }) => total(ratings) / 15,
    peak: ({ ratings }) => Math.max(...ratings),
  },
  'uxr-time-based-efficiency': {
    key: ({ rows }) => avg(rows.map((r: In) => r.ok / r.t)),
    ratioOfSums: ({ rows }) => total(rows.map((r: In) => r.ok)) / total(rows.map((r: In) => r.t)),
    successOnly: ({ rows }) => avg(rows.filter((r: In) => r.ok).map((r: In) => 1 / r.t)),
    inverseMean: ({ rows }) => 1 / avg(rows.map((r: In) => r.t)),
    inverseSuccessMean: ({ rows }) => 1 / avg(rows.filter((r: In) => r.ok).map((r: In) => r.t)),
  },
  'uxr-skip-logic-questions-seen': (() => {
    // The questions shown, as a set built by following the routing from Q1.
    const walk = (x: In, jump: boolean, end: boolean) => {
      const shown = new Set<number>()
      for (let q = 1; q <= x.N; ) {
        shown.add(q)
        if (end && q === x.c) break
        q = jump && q === x.a ? x.b : q + 1
      }
      return shown.size
    }
    return {
      key: (x) => walk(x, x.jump === 1, x.end === 1),
      all: (x) => x.N,
      noJump: (x) => walk(x, false, x.end === 1),
      noEnd: (x) => walk(x, x.jump === 1, false),
      skipped: (x) => x.N - walk(x, x.jump === 1, x.end === 1),
      bothRules: (x) => walk(x, true, true),
    }
  })(),
  'uxr-reverse-keyed-scale-mean': (() => {
    const score = (x: In, flip: (i: number) => boolean, top: number) =>
      avg(x.x.map((v: number, i: number) => (flip(i) ? top - v : v)))
    const isRev = (x: In) => (i: number) => x.rev.includes(i)
    return {
      key: (x) => score(x, isRev(x), x.P + 1),
      noReverse: (x) => avg(x.x),
      pMinus: (x) => score(x, isRev(x), x.P),
      otherItems: (x) => score(x, (i) => !isRev(x)(i), x.P + 1),
      allReversed: (x) => score(x, () => true, x.P + 1),
    }
  })(),
  'uxr-straight-liners-excluded': (() => {
    const modeCount = (r: number[]) => Math.max(...r.map((v) => r.filter((u) => u === v).length))
    return {
      key: ({ rows }) => rows.filter((r: number[]) => modeCount(r) === 6).length,
      nearly: ({ rows }) => rows.filter((r: number[]) => modeCount(r) >= 5).length,
      extremes: ({ rows }) =>
        rows.filter((r: number[]) => modeCount(r) === 6 && [1, 5].includes(r[0]!)).length,
      kept: ({ rows }) => rows.filter((r: number[]) => modeCount(r) < 6).length,
      repeats: ({ rows }) => rows.filter((r: number[]) => distinctCount(r) < r.length).length,
    }
  })(),
  'uxr-speeders-excluded': {
    key: ({ times }) => times.filter((t: number) => 2 * t < mid(times)).length,
    mean: ({ times }) => times.filter((t: number) => 2 * t < avg(times)).length,
    third: ({ times }) => times.filter((t: number) => 3 * t < mid(times)).length,
    median: ({ times }) => times.filter((t: number) => t < mid(times)).length,
    kept: ({ times }) => times.filter((t: number) => 2 * t >= mid(times)).length,
  },
  'uxr-participants-raising-a-theme': (() => {
    const notesOf = (x: In) => x.w.find((t: In) => t.theme === x.theme).notes as number[]
    return {
      key: (x) => distinctCount(notesOf(x)),
      notes: (x) => notesOf(x).length,
      everyone: (x) => distinctCount(x.w.flatMap((t: In) => t.notes)),
      repeaters: (x) => {
        const seen = new Map<number, number>()
        for (const p of notesOf(x)) seen.set(p, (seen.get(p) ?? 0) + 1)
        return [...seen.values()].filter((v) => v > 1).length
      },
      missing: (x) => x.n - distinctCount(notesOf(x)),
      once: (x) => onceCount(notesOf(x)),
      onlyThis: (x) =>
        distinctCount(
          notesOf(x).filter(
            (p) => !x.w.some((t: In) => t.theme !== x.theme && t.notes.includes(p)),
          ),
        ),
      interviewed: (x) => x.n,
      otherThemes: (x) =>
        distinctCount(x.w.filter((t: In) => t.theme !== x.theme).flatMap((t: In) => t.notes)),
    }
  })(),
  'uxr-theme-share-of-participants': (() => {
    const notesOf = (x: In) => x.w.find((t: In) => t.theme === x.theme).notes as number[]
    return {
      key: (x) => distinctCount(notesOf(x)) / x.n,
      notesShare: (x) => notesOf(x).length / total(x.w.map((t: In) => t.notes.length)),
      notesPerPerson: (x) => notesOf(x).length / x.n,
      ofRaisers: (x) => distinctCount(notesOf(x)) / distinctCount(x.w.flatMap((t: In) => t.notes)),
      ofThemes: (x) => 1 / x.w.length,
      missingShare: (x) => 1 - distinctCount(notesOf(x)) / x.n,
      onceShare: (x) => onceCount(notesOf(x)) / x.n,
      notesOfRaisers: (x) => notesOf(x).length / distinctCount(x.w.flatMap((t: In) => t.notes)),
      onlyThisShare: (x) =>
        distinctCount(
          notesOf(x).filter(
            (p) => !x.w.some((t: In) => t.theme !== x.theme && t.notes.includes(p)),
          ),
        ) / x.n,
    }
  })(),
  'uxr-problem-priority-by-frequency-and-impact': (() => {
    const best = (x: In, score: (p: In) => number) => {
      let top: In = null
      for (const p of x.list) if (top === null || score(p) > score(top)) top = p
      return top.p[0].toUpperCase() + top.p.slice(1)
    }
    return {
      key: (x) => best(x, (p) => p.f * p.i),
      frequency: (x) => best(x, (p) => p.f),
      impact: (x) => best(x, (p) => p.i * 1000 + p.f),
      sum: (x) => best(x, (p) => p.f + p.i),
      least: (x) => best(x, (p) => -p.f * p.i),
      unaffected: (x) => best(x, (p) => (x.n - p.f) * p.i),
    }
  })(),
  'uxr-card-sort-pair-similarity': {
    key: ({ rows }) => rows.filter((r: In) => r.a === r.b).length / rows.length,
    apart: ({ rows }) => rows.filter((r: In) => r.a !== r.b).length / rows.length,
    odds: ({ rows }) =>
      rows.filter((r: In) => r.a === r.b).length / rows.filter((r: In) => r.a !== r.b).length,
    perLabel: ({ rows }) =>
      rows.filter((r: In) => r.a === r.b).length /
      new Set(rows.flatMap((r: In) => [r.a, r.b])).size /
      rows.length,
    modal: ({ rows }) =>
      rows.filter((r: In) => r.a === 'Money' && r.b === 'Money').length / rows.length,
  },
  'uxr-tree-test-success-rate': {
    key: (c) => (c.ds + c.is) / (c.ds + c.is + c.df + c.inf + c.sk),
    directOnly: (c) => c.ds / c.n,
    noSkips: (c) => (c.ds + c.is) / (c.ds + c.is + c.df + c.inf),
    directness: (c) => (c.ds + c.df) / c.n,
    failRate: (c) => (c.df + c.inf) / c.n,
  },
  'uxr-tree-test-directness': {
    key: (c) => (c.ds + c.df) / (c.ds + c.is + c.df + c.inf + c.sk),
    directSuccess: (c) => c.ds / c.n,
    success: (c) => (c.ds + c.is) / c.n,
    ofSuccesses: (c) => c.ds / (c.ds + c.is),
    indirect: (c) => (c.is + c.inf) / c.n,
    noSkips: (c) => (c.ds + c.df) / (c.ds + c.is + c.df + c.inf),
  },
  'uxr-first-click-conditional-success': {
    key: (x) => x.rs / (x.rs + x.rf),
    ofAll: (x) => x.rs / (x.rs + x.rf + x.ws + x.wf),
    overall: (x) => (x.rs + x.ws) / (x.rs + x.rf + x.ws + x.wf),
    ofCompleters: (x) => x.rs / (x.rs + x.ws),
    wrongFirst: (x) => x.ws / (x.ws + x.wf),
  },
  'uxr-coder-agreement-kappa': (() => {
    // Expand the table into one pair of codes per excerpt, then count.
    const pairs = (x: In) => [
      ...Array.from({ length: x.a }, () => [1, 1]),
      ...Array.from({ length: x.b }, () => [1, 0]),
      ...Array.from({ length: x.c }, () => [0, 1]),
      ...Array.from({ length: x.d }, () => [0, 0]),
    ]
    const po = (x: In) => avg(pairs(x).map(([u, v]) => (u === v ? 1 : 0)))
    const pe = (x: In) => {
      const ps = pairs(x)
      const one = avg(ps.map(([u]) => u!))
      const two = avg(ps.map(([, v]) => v!))
      return one * two + (1 - one) * (1 - two)
    }
    return {
      key: (x) => (po(x) - pe(x)) / (1 - pe(x)),
      agreement: po,
      noScale: (x) => po(x) - pe(x),
      halfChance: (x) => 2 * po(x) - 1,
      presentOnly: (x) => x.a / (x.a + x.b + x.c),
      chance: pe,
      disagreement: (x) => 1 - po(x),
    }
  })(),
  'uxr-recording-deletion-date': {
    key: (x) => show(plusMonths(x.report, x.months)),
    fromSession: (x) => show(plusMonths(x.session, x.months)),
    thirtyDays: (x) => show(plusDays(x.report, 30 * x.months)),
    monthEnd: (x) => show(endOfMonth(plusMonths(x.report, x.months))),
    monthShort: (x) => show(plusMonths(x.report, x.months - 1)),
    weeks: (x) => show(plusDays(x.report, 28 * x.months)),
  },
  'uxr-studies-due-for-deletion': (() => {
    const due = (x: In, field: string, months: number) =>
      x.list.filter((s: In) => plusMonths(s[field], months) <= ms(x.audit)).length
    return {
      key: (x) => due(x, 'report', x.months),
      fieldwork: (x) => due(x, 'fieldwork', x.months),
      kept: (x) => x.list.length - due(x, 'report', x.months),
      year: (x) => due(x, 'report', 12),
      all: (x) => x.list.length,
    }
  })(),
  'uxr-unassisted-completion-rate': {
    key: ({ n, u }) => u / n,
    assistedCount: ({ n, a, u }) => (u + a) / n,
    dropAssisted: ({ n, a, u }) => u / (n - a),
    half: ({ n, a, u }) => (2 * u + a) / (2 * n),
    assistedShare: ({ n, a }) => a / n,
    ofCompleters: ({ a, u }) => u / (u + a),
  },
  'uxr-tree-test-direct-success-rate': {
    key: (c) => c.ds / (c.ds + c.is + c.df + c.inf + c.sk),
    success: (c) => (c.ds + c.is) / c.n,
    directness: (c) => (c.ds + c.df) / c.n,
    ofSuccesses: (c) => c.ds / (c.ds + c.is),
    noSkips: (c) => c.ds / (c.ds + c.is + c.df + c.inf),
    ofDirect: (c) => c.ds / (c.ds + c.df),
  },
  'uxr-completion-rate-best-point-estimate': {
    key: ({ x, n }) => (x + 1) / (n + 1 + 1),
    observed: ({ x, n }) => x / n,
    adjustedWald: ({ x, n }) => (x + 1.92) / (n + 3.84),
    oneSuccess: ({ x, n }) => (x + 1) / (n + 1),
    oneFailure: ({ x, n }) => x / (n + 1),
    jeffreys: ({ x, n }) => (2 * x + 1) / (2 * n + 2),
    waldLower: ({ x, n }) => interval(x, n, normalQuantile(0.95, 0, 1))[0],
    failures: ({ x, n }) => (n - x + 1) / (n + 2),
  },
  'uxr-geometric-mean-time-saving': (() => {
    const g = (xs: number[]) => Math.exp(avg(xs.map(Math.log)))
    return {
      key: ({ a, b }) => (g(a) - g(b)) / g(a),
      arith: ({ a, b }) => (avg(a) - avg(b)) / avg(a),
      overNew: ({ a, b }) => (g(a) - g(b)) / g(b),
      ratio: ({ a, b }) => g(b) / g(a),
      sumTimes: ({ a, b }) => (total(a) - total(b)) / total(a),
    }
  })(),
  'uxr-survey-length-estimate': (() => {
    const minutes = (secs: number) => smallest((m) => m * 60 >= secs - 1e-9, 0)
    return {
      key: (x) => minutes(x.closed * x.sc + x.grids * x.rows * x.sr + x.open * x.so),
      gridAsOne: (x) => minutes((x.closed + x.grids) * x.sc + x.open * x.so),
      openAsClosed: (x) => minutes((x.closed + x.open) * x.sc + x.grids * x.rows * x.sr),
      oneGrid: (x) => minutes(x.closed * x.sc + x.rows * x.sr + x.open * x.so),
      seconds100: (x) =>
        smallest(
          (m) => m * 100 >= x.closed * x.sc + x.grids * x.rows * x.sr + x.open * x.so - 1e-9,
          0,
        ),
    }
  })(),
  'uxr-unique-problems-across-participants': (() => {
    const tally = (lists: number[][]) => {
      const t = new Map<number, number>()
      for (const l of lists) for (const p of l) t.set(p, (t.get(p) ?? 0) + 1)
      return [...t.values()]
    }
    return {
      key: ({ lists }) => new Set(lists.flat()).size,
      sum: ({ lists }) => total(lists.map((l: number[]) => l.length)),
      max: ({ lists }) => Math.max(...lists.map((l: number[]) => l.length)),
      shared: ({ lists }) => tally(lists).filter((v) => v >= 2).length,
      single: ({ lists }) => tally(lists).filter((v) => v < 2).length,
      highestId: ({ lists }) => Math.max(...lists.flat()),
    }
  })(),
  'uxr-closed-sort-placement-agreement': (() => {
    const c = (x: In, k: string) => x.picks.filter((p: string) => p === k).length
    const other = (x: In) => {
      let best = ''
      for (const k of ['Account', 'Billing', 'Orders', 'Help'])
        if (k !== x.want && (best === '' || c(x, k) > c(x, best))) best = k
      return best
    }
    return {
      key: (x) => c(x, x.want) / x.picks.length,
      elsewhere: (x) => 1 - c(x, x.want) / x.picks.length,
      secondChoice: (x) => c(x, other(x)) / x.picks.length,
      ofCategories: (x) => c(x, x.want) / x.picks.length / 4,
      vsOther: (x) => c(x, x.want) / (c(x, x.want) + c(x, other(x))),
    }
  })(),
}

/** The first number an answer shows, its decimals, and whether it is a percentage. */
function reading(text: string): { value: number; dp: number; percent: boolean } | null {
  const m = /-?[\d,]+(?:\.(\d+))?/.exec(text)
  if (!m) return null
  return {
    value: Number(m[0].replace(/,/g, '')),
    dp: m[1]?.length ?? 0,
    percent: text.trim().endsWith('%'),
  }
}

/** Whether `text` shows `v` as the family prints it (rounded to the places it shows). */
function shows(text: string, v: number | string): boolean {
  if (typeof v === 'string') return text === v
  const r = reading(text)
  if (r === null || !Number.isFinite(v)) return false
  const scaled = r.percent ? v * 100 : v
  return Math.abs(scaled - r.value) <= 0.5 * 10 ** -r.dp + 1e-9
}

// ---- Cited rules: each documented answer and the source that states it.
const RULES: Record<string, { answer: string; source: RegExp }> = {
  'uxr-neutral-think-aloud-probe': { answer: 'neutral-open-probe', source: /Thinking Aloud/ },
  'uxr-pilot-session-first': { answer: 'pilot', source: /Rubin & Chisnell/ },
  'uxr-moderated-for-why-questions': { answer: 'moderated', source: /Moderated and Unmoderated/ },
  'uxr-incentive-level-not-coercive': { answer: 'proportionate', source: /UXPA Code/ },
  'uxr-pay-participants-who-stop-early': { answer: 'pay-in-full', source: /UXPA Code/ },
  'uxr-report-task-time-as-geometric-mean': { answer: 'geometric-mean', source: /CHI 2010/ },
  'uxr-sus-68-is-average': { answer: 'average', source: /Sauro/ },
  'uxr-small-sample-completion-interval': { answer: 'adjusted-wald', source: /HFES 2005/ },
  'uxr-seq-asked-after-each-task': { answer: 'after-each-task', source: /CHI 2009/ },
  'uxr-randomise-nominal-not-ordinal': {
    answer: 'randomise-nominal',
    source: /Krosnick & Presser/,
  },
  'uxr-balanced-satisfaction-scale': { answer: 'balanced', source: /Dillman/ },
  'uxr-dont-know-for-unfamiliar-features': { answer: 'offer-not-used', source: /no-opinion/ },
  'uxr-screener-hides-what-qualifies': { answer: 'hide-target', source: /Screener/ },
  'uxr-open-question-for-exploration': { answer: 'open', source: /open- versus closed-ended/ },
  'uxr-single-participant-opinion-is-not-a-finding': {
    answer: 'report-as-single',
    source: /Thematic Analysis/,
  },
  'uxr-stop-at-saturation': { answer: 'saturation', source: /Field Methods/ },
  'uxr-observation-not-interpretation': { answer: 'observation', source: /Usability Findings/ },
  'uxr-heuristic-evaluators-work-alone-first': {
    answer: 'independent',
    source: /Heuristic Evaluation/,
  },
  'uxr-closed-card-sort-for-fixed-categories': { answer: 'closed', source: /Card Sorting/ },
  'uxr-withdrawal-after-the-session': {
    answer: 'erase-identifiable-keep-aggregate',
    source: /Art\. 7\(3\)/,
  },
  'uxr-screener-data-minimisation': { answer: 'age-band-only', source: /Art\. 5\(1\)\(c\)/ },
  'uxr-personal-data-on-a-shared-screen': {
    answer: 'redact-before-sharing',
    source: /Art\. 5\(1\)\(c\)/,
  },
  'uxr-participant-codes-in-notes': { answer: 'pseudonymise', source: /Art\. 4\(5\)/ },
  'uxr-pseudonymised-data-is-personal-data': { answer: 'still-personal', source: /Recital 26/ },
  'uxr-health-data-needs-explicit-consent': { answer: 'explicit-consent', source: /Art\. 9\(1\)/ },
  'uxr-recordings-not-reused-for-marketing': {
    answer: 'not-without-new-consent',
    source: /Art\. 5\(1\)\(b\)/,
  },
  'uxr-no-indefinite-retention': { answer: 'set-period', source: /Art\. 5\(1\)\(e\)/ },
  'uxr-consent-to-session-but-not-video': { answer: 'no-video', source: /Art\. 7/ },
  'uxr-participants-use-their-own-assistive-tech': {
    answer: 'own-setup',
    source: /Involving Users/,
  },
  'uxr-formative-versus-summative-sample': {
    answer: 'summative-needs-more',
    source: /Quantifying the User Experience/,
  },
  'uxr-recruit-representative-users': {
    answer: 'representative',
    source: /Recruiting Test Participants/,
  },
  'uxr-easy-warm-up-task-first': { answer: 'warm-up-first', source: /task ordering/ },
  'uxr-interview-asks-about-past-behaviour': {
    answer: 'past-specific',
    source: /critical incident/,
  },
  'uxr-success-criteria-before-sessions': { answer: 'define-first', source: /25062/ },
  'uxr-sus-after-the-session-seq-after-tasks': { answer: 'post-test', source: /Brooke/ },
  'uxr-specific-recall-period': { answer: 'specific-period', source: /reference periods/ },
  'uxr-affinity-groups-emerge-from-notes': { answer: 'bottom-up', source: /Contextual Design/ },
  'uxr-recordings-in-access-controlled-storage': {
    answer: 'restricted-storage',
    source: /Art\. 32/,
  },
  'uxr-participants-may-skip-any-question': { answer: 'may-skip', source: /Art\. 7\(4\)/ },
  'uxr-transcription-service-needs-a-processor-contract': {
    answer: 'art-28-contract',
    source: /Art\. 28/,
  },
  'uxr-consent-form-in-plain-language': { answer: 'plain-and-separate', source: /Art\. 12/ },
  'uxr-item-specific-not-agree-disagree': { answer: 'item-specific', source: /Saris/ },
  'uxr-five-second-test-for-first-impressions': { answer: 'five-second', source: /5-Second Tests/ },
  'uxr-participant-distress-pause-and-offer-to-stop': {
    answer: 'pause-offer-stop',
    source: /Vulnerability/,
  },
}

// ---- Question faults read by this file's own detectors, not from the family's labels.
function faultOf(q: string): string {
  if (/^Most people|^Don’t you agree/.test(q)) return 'leading'
  if (/\bwould you\b|^Would you|^If /i.test(q)) return 'hypothetical'
  if (/\balways\b|every single time/.test(q)) return 'absolute'
  if (/ and |fast and easy/.test(q)) return 'double'
  if (/^How many times|^Which device/.test(q)) return 'presumes'
  if (/easy or difficult|satisfied or dissatisfied/.test(q)) return 'neutral'
  return 'unknown'
}

/** Whether the age bands give every age from `from` to 120 exactly one band. */
function bandsCover(text: string, from: number): boolean {
  const bands = text.split(', ').map((b) => {
    const open = /^(\d+) or older$/.exec(b)
    if (open) return [Number(open[1]), 120] as const
    const [lo, hi] = b.split('–').map(Number)
    return [lo!, hi!] as const
  })
  for (let age = from - 3; age <= 120; age++) {
    const hits = bands.filter(([lo, hi]) => age >= lo && age <= hi).length
    if (hits !== (age >= from ? 1 : 0)) return false
  }
  return true
}

// Nielsen (1995): 4 prevents completion (catastrophe), 3 major (users fail or are hurt, high
// priority), 2 minor (slows users who recover), 1 cosmetic (no effect on the task).
const SEVERITY_BY_WORD: readonly (readonly [RegExp, number])[] = [
  [/blocked and could not finish/, 4],
  [/missed .* paid full price/, 3],
  [/slowed .* all completed/, 2],
  [/typo .* no participant noticed/, 1],
]

// NN/g "When to Use Which User-Experience Research Methods": the method for each question type.
const METHOD_BY_WORD: readonly (readonly [RegExp, RegExp])[] = [
  [/find .* menu structure/, /tree test/i],
  [/group .* articles/, /open card sort/i],
  [/get stuck .* why/, /usability testing/i],
  [/what share .* margin/, /survey/i],
  [/plan their working day today/, /contextual inquiry/i],
  [/which of two .* converts/, /A\/B test/],
  [/changes over their first three weeks/, /diary study/i],
]

const drawn = drawFamilies<Drawn>(FAMILIES, DRAWS, 20261205)

describe('UX research keys', () => {
  it('draws every family', () => {
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
  })

  it('checks the critical values stems state against the normal quantile', () => {
    expect(normalQuantile(0.975, 0, 1)).toBeCloseTo(1.96, 2)
    expect(normalQuantile(0.95, 0, 1)).toBeCloseTo(1.645, 3)
  })

  it('offers at least three distinct distractors, never the key, each naming a mistake', () => {
    const problems = new Set<string>()
    for (const { family, s } of drawn) {
      const wrong = distinctWrongs(s)
      if (wrong.length < 3) problems.add(`${family}: ${wrong.length} distractors`)
      if (wrong.some(([t]) => t === s.key)) problems.add(`${family}: a distractor is the key`)
      if (wrong.some(([, m]) => m.trim().length < 10)) problems.add(`${family}: an unnamed mistake`)
      if (!/^[A-Z0-9]/.test(s.stem)) problems.add(`${family}: stem opens in lower case`)
    }
    expect([...problems].slice(0, 8)).toEqual([])
  })

  it('recomputes every computed answer by its slip, the key and each named mistake', () => {
    const problems = new Set<string>()
    let checked = 0
    for (const { family, s } of drawn) {
      if (!s.calc) continue
      const twins = TWINS[family]
      if (!twins) {
        problems.add(`${family}: no second implementation`)
        continue
      }
      for (const [text, slip] of Object.entries(s.calc.slips)) {
        const twin = twins[slip]
        if (!twin) {
          problems.add(`${family}: no twin for slip ${slip}`)
          continue
        }
        if (!shows(text, twin(s.calc.in)))
          problems.add(`${family}/${slip}: shows ${text}, twin ${twin(s.calc.in)}`)
        checked++
      }
      if (s.calc.slips[s.key] !== 'key') problems.add(`${family}: the key is not the key's slip`)
      for (const [t] of s.wrong)
        if (s.calc.slips[t] === 'key') problems.add(`${family}: a distractor is keyed`)
    }
    expect([...problems].slice(0, 12)).toEqual([])
    expect(checked).toBeGreaterThan(DRAWS * 30)
  })

  it('matches every documented answer to its cited rule, with no distractor a true wording', () => {
    const problems = new Set<string>()
    for (const { family, s } of drawn) {
      if (s.facts?.kind !== 'rule') continue
      const cited = RULES[family]
      if (!cited) {
        problems.add(`${family}: not in the cited table`)
        continue
      }
      if (s.facts.answer !== cited.answer) problems.add(`${family}: answer ${s.facts.answer}`)
      if (!cited.source.test(String(s.facts.source)))
        problems.add(`${family}: source ${s.facts.source}`)
      const keys = s.facts.keys as readonly string[]
      if (!keys.includes(s.key)) problems.add(`${family}: key not a true wording`)
      if (s.wrong.some(([t]) => keys.includes(t)))
        problems.add(`${family}: a distractor is a true wording`)
    }
    expect([...problems]).toEqual([])
    expect(Object.keys(RULES).every((id) => FAMILIES.some((f) => f.id === id))).toBe(true)
  })

  it('reads question faults, age bands, severities, methods and task wordings a second way', () => {
    const problems = new Set<string>()
    for (const { family, s } of drawn) {
      const kind = s.facts?.kind
      if (kind === 'question-fault') {
        if (faultOf(s.key) !== s.facts!.fault)
          problems.add(`${family}: key reads as ${faultOf(s.key)}`)
        for (const [t] of s.wrong)
          if (faultOf(t) === s.facts!.fault) problems.add(`${family}: ${t} has the asked fault`)
      } else if (kind === 'bands') {
        if (!bandsCover(s.key, s.facts!.from)) problems.add(`${family}: key bands fail`)
        for (const [t] of s.wrong)
          if (bandsCover(t, s.facts!.from)) problems.add(`${family}: ${t} also works`)
      } else if (kind === 'severity') {
        const level = SEVERITY_BY_WORD.find(([re]) => re.test(s.stem))?.[1]
        if (level === undefined || !s.key.startsWith(`${level} `))
          problems.add(`${family}: ${s.key}`)
      } else if (kind === 'method') {
        const want = METHOD_BY_WORD.find(([q]) => q.test(s.stem))?.[1]
        if (!want?.test(s.key)) problems.add(`${family}: ${s.key}`)
        for (const [t] of s.wrong)
          if (want?.test(t)) problems.add(`${family}: ${t} is also the method`)
      } else if (kind === 'task-wording') {
        // A task tests finding only if it does not name the label; every distractor names it.
        const label = String(s.facts!.label).toLowerCase()
        if (s.key.toLowerCase().includes(label)) problems.add(`${family}: the key names the label`)
        for (const [t] of s.wrong)
          if (!t.toLowerCase().includes(label)) problems.add(`${family}: ${t}`)
      } else if (kind !== 'rule' && !s.calc) problems.add(`${family}: nothing to check`)
    }
    expect([...problems].slice(0, 12)).toEqual([])
  })
})
