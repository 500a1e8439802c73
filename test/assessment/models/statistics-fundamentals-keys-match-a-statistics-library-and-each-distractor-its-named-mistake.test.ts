import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf'
import binomialPmf from '@stdlib/stats-base-dists-binomial-pmf'
import normalCdf from '@stdlib/stats-base-dists-normal-cdf'
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile'
import tQuantile from '@stdlib/stats-base-dists-t-quantile'
import { expect, it } from 'vitest'
import {
  type Calc,
  type StatScenario,
  T_CRIT,
  Z_CRIT,
} from '../../../src/assessment/models/statfund/calc.js'
import { DESCRIBE_FAMILIES } from '../../../src/assessment/models/statfund/describe-families.js'
import { DESIGN_FAMILIES } from '../../../src/assessment/models/statfund/design-families.js'
import { INTERVAL_FAMILIES } from '../../../src/assessment/models/statfund/interval-families.js'
import { PROBABILITY_FAMILIES } from '../../../src/assessment/models/statfund/probability-families.js'
import { REGRESSION_FAMILIES } from '../../../src/assessment/models/statfund/regression-families.js'
import { TESTING_FAMILIES } from '../../../src/assessment/models/statfund/testing-families.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...DESCRIBE_FAMILIES,
  ...PROBABILITY_FAMILIES,
  ...INTERVAL_FAMILIES,
  ...TESTING_FAMILIES,
  ...REGRESSION_FAMILIES,
  ...DESIGN_FAMILIES,
]
const DRAWS = 60

// ---- A second implementation: the stdlib distributions, and descriptive statistics written
// ---- another way (one pass, Welford's update), never the families' routines.

/** Critical values as printed tables give them: the library's quantile to three decimals. */
const zCrit = (conf: number) => Number(normalQuantile(1 - (1 - conf / 100) / 2, 0, 1).toFixed(3))
const tCrit = (conf: number, df: number) =>
  Number(tQuantile(1 - (1 - conf / 100) / 2, df).toFixed(3))

function welford(xs: readonly number[]): { mean: number; ss: number } {
  let mean = 0
  let ss = 0
  xs.forEach((x, i) => {
    const d = x - mean
    mean += d / (i + 1)
    ss += d * (x - mean)
  })
  return { mean, ss }
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const lo = s[Math.ceil(s.length / 2) - 1]!
  const hi = s[Math.floor(s.length / 2)]!
  return (lo + hi) / 2
}

/** What each op means, from its definition; the argument order is the families' (see calc.ts). */
function recompute(op: Calc['op'], a: readonly number[]): number {
  const [x = 0, y = 0, z = 0, w = 0] = a
  switch (op) {
    case 'mean':
      return welford(a).mean
    case 'median':
      return median(a)
    case 'sd':
      return Math.sqrt(welford(a).ss / (a.length - 1))
    case 'sdPop':
      return Math.sqrt(welford(a).ss / a.length)
    case 'variance':
      return welford(a).ss / (a.length - 1)
    case 'mad': {
      const m = welford(a).mean
      return a.reduce((s, v) => s + Math.abs(v - m), 0) / a.length
    }
    case 'weightedMean': {
      const values = a.filter((_, i) => i % 2 === 0)
      const weights = a.filter((_, i) => i % 2 === 1)
      const total = weights.reduce((s, v) => s + v, 0)
      return values.reduce((s, v, i) => s + v * (weights[i]! / total), 0)
    }
    case 'ratio':
      return (x * z) / y
    case 'zScore':
      return (x - y) / z
    case 'fence':
      return w + z * (y - x)
    case 'normBelow':
      return normalCdf(x, y, z)
    case 'normAbove':
      return 1 - normalCdf(x, y, z)
    case 'normBetween':
      return normalCdf(y, z, w) - normalCdf(x, z, w)
    case 'normQuantile':
      return normalQuantile(x, y, z)
    case 'binomEq':
      return binomialPmf(x, y, z)
    case 'binomLe':
      return binomialCdf(x, y, z)
    case 'binomGe':
      return 1 - binomialCdf(x - 1, y, z)
    case 'pow':
      return x ** y
    case 'atLeastOne':
      return 1 - binomialPmf(0, y, x)
    case 'binomSd':
      return Math.sqrt(x * y * (1 - y))
    case 'ppv':
      return (x * y) / (x * y + (1 - x) * (1 - z))
    case 'tMargin':
      return tCrit(x, z - 1) * (y / Math.sqrt(z))
    case 'zMargin':
      return zCrit(x) * (y / Math.sqrt(z))
    case 'propMargin':
      return zCrit(x) * Math.sqrt((y * (1 - y)) / z)
    case 'sampleSizeProp':
      return Math.ceil((zCrit(x) / z) ** 2 * y * (1 - y) - 1e-9)
    case 'sampleSizeMean':
      return Math.ceil(((zCrit(x) * y) / z) ** 2 - 1e-9)
    case 'se':
      return x / Math.sqrt(y)
    case 'pTwoZ':
      return 2 * normalCdf(-Math.abs(x), 0, 1)
    case 'pOneZ':
      return normalCdf(-x, 0, 1)
    case 'tStat':
      return ((x - y) * Math.sqrt(w)) / z
    case 'propZ':
      return (x - y) / Math.sqrt((y * (1 - y)) / z)
    case 'linear':
      return x + y * z
    case 'product':
      return a.reduce((p, v) => p * v, 1)
  }
}

const shown = (text: string) => Number(text.replace(/,/g, '').replace('−', '-'))

/** Whether a calc's shown figure is its recomputed value, rounded to its decimals. */
function agrees(c: Calc): string | undefined {
  const again = recompute(c.op, c.args) * c.scale
  const slack = 0.5 * 10 ** -c.dp + 1e-9 * Math.max(1, Math.abs(again))
  return Math.abs(shown(c.shows) - again) <= slack
    ? undefined
    : `${c.op}(${c.args.join(', ')}) is ${again}, shown ${c.shows}`
}

const DRAWN = drawFamilies(FAMILIES, DRAWS, 2026_12_04)
const computed = DRAWN.filter((d) => 'calcs' in d.s) as { family: string; s: StatScenario }[]
const worded = DRAWN.filter((d) => !('calcs' in d.s))

describeEngineIndependent('statistics-fundamentals scenarios', () => {
  it('are at least 90 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(90)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('use the critical values of the normal and t distributions, to three decimals', () => {
    for (const [conf, z] of Object.entries(Z_CRIT)) expect(zCrit(Number(conf))).toBe(z)
    for (const [conf, row] of Object.entries(T_CRIT))
      for (const [df, t] of Object.entries(row)) expect(tCrit(Number(conf), Number(df))).toBe(t)
  })

  it('have figure keys the statistics library gives, shown in the key', () => {
    const wrong: string[] = []
    for (const { family, s } of computed) {
      const problem = agrees(s.calcs.key)
      if (problem) wrong.push(`${family}: key ${problem}`)
      if (!s.key.includes(s.calcs.key.shows)) wrong.push(`${family}: ${s.key} hides its figure`)
    }
    expect(wrong.slice(0, 5)).toEqual([])
    expect(new Set(computed.map((d) => d.family)).size).toBeGreaterThanOrEqual(35)
  })

  it('have figure distractors that are exactly their named mistakes and never the key', () => {
    const wrong: string[] = []
    for (const { family, s } of computed) {
      expect(s.wrong.length).toBe(s.calcs.wrong.length)
      s.calcs.wrong.forEach(([calc, mistake], i) => {
        const [text, named] = s.wrong[i]!
        const problem = agrees(calc)
        if (problem) wrong.push(`${family}: ${mistake}: ${problem}`)
        if (named !== mistake || !text.includes(calc.shows))
          wrong.push(`${family}: ${mistake} shown as ${text}`)
        if (calc.shows === s.calcs.key.shows) wrong.push(`${family}: ${mistake} gives the key`)
      })
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('offer three distinct distractors, each with a named mistake, in a frame that holds them', () => {
    expect(optionSetProblems(DRAWN)).toEqual([])
    expect(worded.length).toBeGreaterThan(0)
  })

  it('key worded answers whose figures come from the stem to those figures', () => {
    const problems: string[] = []
    for (const { family, s } of worded) {
      // The z-scores compared are recomputed from the stem's scores, means and SDs.
      if (family === 'compare-scores-by-z') {
        const m = s.stem.match(
          /scored (\d+) .*\(mean (\d+), SD (\d+)\) and (\d+) .*\(mean (\d+), SD (\d+)\)/,
        )
        if (!m) throw new Error(s.stem)
        const [a, ma, sa, b, mb, sb] = m.slice(1).map(Number) as number[]
        const za = (a! - ma!) / sa!
        const zb = (b! - mb!) / sb!
        const better = za > zb ? 'aptitude' : 'sales'
        if (!s.key.includes(better)) problems.push(`${family}: ${s.key} for z ${za}, ${zb}`)
      }
      // A change of rates: the point change and the relative change.
      if (family === 'percentage-points-versus-percent') {
        const [a, b] = (s.stem.match(/(\d+) %/g) ?? []).map((t) => Number.parseInt(t, 10))
        // The key states the change in points or relative to the old rate, whole percent.
        const points = `It rose by ${b! - a!} percentage ${b! - a! === 1 ? 'point' : 'points'}`
        const relative = `It rose by ${Math.round(((b! - a!) / a!) * 100)} % of its old level`
        if (s.key !== points && s.key !== relative) problems.push(`${family}: ${s.key}`)
      }
    }
    expect(problems).toEqual([])
  })
})
