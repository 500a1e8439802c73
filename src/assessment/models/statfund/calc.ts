import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * One computation of a scenario, as data: the key's is the analyst's, each wrong answer's the
 * same question computed with its named mistake (a population SD for a sample, a z for a t, a
 * lower tail for an upper one). The families evaluate these with the routines below; the key
 * test evaluates them again with a statistics library, so every figure is checked by a machine.
 */
export type Op =
  | 'mean'
  | 'median'
  | 'sd'
  | 'sdPop'
  | 'variance'
  | 'mad'
  | 'weightedMean'
  | 'ratio'
  | 'zScore'
  | 'fence'
  | 'normBelow'
  | 'normAbove'
  | 'normBetween'
  | 'normQuantile'
  | 'binomEq'
  | 'binomLe'
  | 'binomGe'
  | 'pow'
  | 'atLeastOne'
  | 'binomSd'
  | 'ppv'
  | 'tMargin'
  | 'zMargin'
  | 'propMargin'
  | 'sampleSizeProp'
  | 'sampleSizeMean'
  | 'se'
  | 'pTwoZ'
  | 'pOneZ'
  | 'tStat'
  | 'propZ'
  | 'linear'
  | 'product'

export interface Calc {
  readonly op: Op
  readonly args: readonly number[]
  /** Decimal places the figure is shown with; `shows` is that figure as the option states it. */
  readonly dp: number
  /** 100 for a share shown in percent, else 1. */
  readonly scale: number
  readonly shows: string
}

export interface StatScenario extends Scenario {
  readonly calcs: { readonly key: Calc; readonly wrong: readonly (readonly [Calc, string])[] }
}

/** Two-sided critical z for the confidence levels an analyst reports. */
export const Z_CRIT: Readonly<Record<number, number>> = { 90: 1.645, 95: 1.96, 99: 2.576 }

/**
 * Two-sided critical t by confidence level and degrees of freedom, to three decimals, as the
 * printed tables give them (the key test checks each against the t distribution's quantile).
 */
export const T_CRIT: Readonly<Record<number, Readonly<Record<number, number>>>> = {
  90: { 9: 1.833, 11: 1.796, 14: 1.761, 15: 1.753, 19: 1.729, 24: 1.711, 29: 1.699 },
  95: { 9: 2.262, 11: 2.201, 14: 2.145, 15: 2.131, 19: 2.093, 24: 2.064, 29: 2.045 },
  99: { 9: 3.25, 11: 3.106, 14: 2.977, 15: 2.947, 19: 2.861, 24: 2.797, 29: 2.756 },
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
const avg = (xs: readonly number[]) => sum(xs) / xs.length

/** The standard normal CDF by its everywhere-convergent series (ample for |z| below 8). */
export function phi(z: number): number {
  if (z < -8) return 0
  if (z > 8) return 1
  let term = z
  let total = z
  for (let k = 1; k < 400 && Math.abs(term) > 1e-17; k++) {
    term *= (z * z) / (2 * k + 1)
    total += term
  }
  return 0.5 + (total * Math.exp(-(z * z) / 2)) / Math.sqrt(2 * Math.PI)
}

/** The standard normal quantile by bisection of `phi`. */
export function phiInv(p: number): number {
  let lo = -8
  let hi = 8
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2
    if (phi(mid) < p) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

function choose(n: number, k: number): number {
  let c = 1
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i
  return c
}
const pmf = (k: number, n: number, p: number) => choose(n, k) * p ** k * (1 - p) ** (n - k)
const cdf = (k: number, n: number, p: number) => {
  let s = 0
  for (let i = 0; i <= k; i++) s += pmf(i, n, p)
  return s
}

/** Evaluates a computation; argument order is each op's as documented in the key test. */
export function evaluate(op: Op, a: readonly number[]): number {
  const [x = 0, y = 0, z = 0, w = 0] = a
  switch (op) {
    case 'mean':
      return avg(a)
    case 'median': {
      const s = [...a].sort((p, q) => p - q)
      const m = Math.floor(s.length / 2)
      return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
    }
    case 'variance':
    case 'sd':
    case 'sdPop': {
      const m = avg(a)
      const ss = sum(a.map((v) => (v - m) ** 2))
      const v = ss / (op === 'sdPop' ? a.length : a.length - 1)
      return op === 'variance' ? v : Math.sqrt(v)
    }
    case 'mad': {
      const m = avg(a)
      return avg(a.map((v) => Math.abs(v - m)))
    }
    case 'weightedMean': {
      // Pairs of value, weight.
      let num = 0
      let den = 0
      for (let i = 0; i < a.length; i += 2) {
        num += a[i]! * a[i + 1]!
        den += a[i + 1]!
      }
      return num / den
    }
    case 'ratio':
      return (x / y) * z
    case 'zScore':
      return (x - y) / z
    case 'fence':
      // Quartiles q1, q3, a multiple of the IQR and the value it is added to.
      return w + z * (y - x)
    case 'normBelow':
      return phi((x - y) / z)
    case 'normAbove':
      return 1 - phi((x - y) / z)
    case 'normBetween':
      return phi((y - z) / w) - phi((x - z) / w)
    case 'normQuantile':
      return y + z * phiInv(x)
    case 'binomEq':
      return pmf(x, y, z)
    case 'binomLe':
      return cdf(x, y, z)
    case 'binomGe':
      return 1 - cdf(x - 1, y, z)
    case 'pow':
      return x ** y
    case 'atLeastOne':
      return 1 - (1 - x) ** y
    case 'binomSd':
      return Math.sqrt(x * y * (1 - y))
    case 'ppv': {
      // Prevalence, sensitivity, specificity.
      const tp = x * y
      return tp / (tp + (1 - x) * (1 - z))
    }
    case 'tMargin':
      return (T_CRIT[x]![z - 1]! * y) / Math.sqrt(z)
    case 'zMargin':
      return (Z_CRIT[x]! * y) / Math.sqrt(z)
    case 'propMargin':
      return Z_CRIT[x]! * Math.sqrt((y * (1 - y)) / z)
    case 'sampleSizeProp':
      return Math.ceil((Z_CRIT[x]! ** 2 * y * (1 - y)) / z ** 2)
    case 'sampleSizeMean':
      return Math.ceil(((Z_CRIT[x]! * y) / z) ** 2)
    case 'se':
      return x / Math.sqrt(y)
    case 'pTwoZ':
      return 2 * (1 - phi(Math.abs(x)))
    case 'pOneZ':
      return 1 - phi(x)
    case 'tStat':
      return (x - y) / (z / Math.sqrt(w))
    case 'propZ':
      return (x - y) / Math.sqrt((y * (1 - y)) / z)
    case 'linear':
      return x + y * z
    case 'product':
      return a.reduce((p, v) => p * v, 1)
  }
}

/** A figure with fixed decimals and thousands separators, as a client report shows it. */
export function fmt(v: number, dp: number): string {
  const [int, frac] = Math.abs(v).toFixed(dp).split('.')
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${v < 0 && Number(v.toFixed(dp)) !== 0 ? '−' : ''}${grouped}${frac ? `.${frac}` : ''}`
}

export type Step = readonly [op: Op, args: readonly number[]]

/** Computes a step and shows it with `dp` decimals, `scale` times its value (100 for percent). */
export function calc(step: Step, dp: number, scale = 1): Calc {
  const [op, args] = step
  return { op, args, dp, scale, shows: fmt(evaluate(op, args) * scale, dp) }
}

/**
 * A scenario whose answers are figures: the key's step and each mistake's step are computed and
 * written by `show` (a figure in a sentence or with its unit).
 */
export function figures(
  rng: Rng,
  spec: {
    readonly stem: string
    readonly key: Step
    readonly wrong: readonly (readonly [Step, string])[]
    readonly dp: number
    readonly scale?: number
    readonly show?: (figure: string) => string
  },
): StatScenario {
  const show = spec.show ?? ((f: string) => f)
  const key = calc(spec.key, spec.dp, spec.scale)
  const all = spec.wrong
    .map(([step, m]) => [calc(step, spec.dp, spec.scale), m] as const)
    .filter(([c]) => c.shows !== key.shows)
  const value = (c: Calc) => Number(c.shows.replace(/,/g, '').replace('−', '-'))
  // Three mistakes, chosen so the key is the smallest, a middle or the largest figure about
  // equally often: a key always in the middle would be found by guessing the middle value.
  const chosen = chooseThree(
    rng,
    all.map(([c]) => c.shows),
    (picked) => picked.filter((i) => value(all[i]![0]) > value(key)).length,
    [0.3, 0.2, 0.2, 0.3],
  )
  const wrong = chosen.map((i) => all[i]!)
  // Drawn figures can make two mistakes agree, or one agree with the key: then the draw has
  // too few distractors and another is drawn.
  if (new Set(wrong.map(([c]) => show(c.shows))).size < 3)
    throw new VariantError('two answers show the same figure')
  return {
    stem: spec.stem,
    key: show(key.shows),
    wrong: wrong.map(([c, m]): Wrong => [show(c.shows), m]),
    calcs: { key, wrong },
  }
}

/**
 * A family; its worded (non-figure) answers are shown in full or with their reason cut off, so
 * that which option is longest changes from draw to draw instead of always being the key.
 */
export const family = (id: string, draw: (rng: Rng) => Scenario): ScenarioFamily => ({
  id,
  draw: (rng) => {
    const drawn = draw(rng)
    // A stem may open with a drawn client's name ("a language school …"): it starts a sentence.
    const s = { ...drawn, stem: sentence(drawn.stem) }
    return 'calcs' in s ? s : varyLengths(rng, s)
  },
})

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Indices of three of the wrong answers (all of them if there are three or fewer, distinct
 * texts only), drawn so that `rank` of the chosen set falls on 0, 1, 2 or 3 with `weights`.
 */
function chooseThree(
  rng: Rng,
  texts: readonly string[],
  rank: (picked: readonly number[]) => number,
  weights: readonly number[],
): number[] {
  const sets: number[][] = []
  const n = texts.length
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++)
      for (let c = b + 1; c < n; c++)
        if (new Set([texts[a], texts[b], texts[c]]).size === 3) sets.push([a, b, c])
  if (sets.length === 0) return texts.map((_, i) => i)
  const target = drawRank(rng, weights)
  const distance = (set: readonly number[]) => Math.abs(rank(set) - target)
  const best = Math.min(...sets.map(distance))
  return rng.pick(sets.filter((set) => distance(set) === best))
}

function drawRank(rng: Rng, weights: readonly number[]): number {
  let u = rng.next()
  for (let i = 0; i < weights.length; i++) {
    if (u < weights[i]!) return i
    u -= weights[i]!
  }
  return weights.length - 1
}

// Where a worded answer's claim ends and its reason begins.
const REASON = /(: |, as |, since |, so | — )/

/** An answer as written and, if it gives a reason, the claim alone. */
function forms(text: string): string[] {
  const cut = text.split(REASON)[0]!.replace(/[.]$/, '')
  return cut !== text && cut.length >= 8 ? [text, cut] : [text]
}

/**
 * Chooses three of the mistakes and a form of each answer so the key's rank by length
 * (0 longest … 3 shortest) is drawn with weights 0.4, 0.1, 0.1, 0.4: the model keeps a variant
 * whose key is longest or shortest a quarter of the time, which leaves every rank about equally
 * likely among the items shown.
 */
function varyLengths(rng: Rng, s: Scenario): Scenario {
  const alts = [forms(s.key), ...s.wrong.map(([t]) => forms(t))]
  let combos: number[][] = [[]]
  for (const a of alts) combos = combos.flatMap((c) => a.map((_, j) => [...c, j]))
  type Pick = { key: string; wrong: (readonly [string, string])[] }
  const picks: Pick[] = []
  const n = s.wrong.length
  const subsets: number[][] = []
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) for (let c = b + 1; c < n; c++) subsets.push([a, b, c])
  if (subsets.length === 0) subsets.push(s.wrong.map((_, i) => i))
  for (const combo of combos) {
    const key = alts[0]![combo[0]!]!
    for (const subset of subsets) {
      const wrong = subset.map((i) => [alts[i + 1]![combo[i + 1]!]!, s.wrong[i]![1]] as const)
      const texts = [key, ...wrong.map(([t]) => t)]
      if (new Set(texts).size === texts.length) picks.push({ key, wrong })
    }
  }
  if (picks.length === 0) return s
  const rank = (p: Pick) => p.wrong.filter(([t]) => t.length > p.key.length).length
  const target = drawRank(rng, [0.4, 0.1, 0.1, 0.4])
  const distance = (p: Pick) => Math.abs(rank(p) - target)
  const best = Math.min(...picks.map(distance))
  const chosen = rng.pick(picks.filter((p) => distance(p) === best))
  return { ...s, key: chosen.key, wrong: chosen.wrong }
}

/** Rounds to `dp` decimals, for figures quoted in a stem. */
export const round = (v: number, dp: number) => Number(v.toFixed(dp))

/** Picks one phrasing of an option, so an option's length varies from draw to draw. */
export const either = (rng: Rng, ...texts: readonly string[]) => rng.pick(texts)
