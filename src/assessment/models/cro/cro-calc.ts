import { keyIsCued, resemblance } from '../../lint/option-cues.js'
import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * The computations an experimentation analyst runs, as data: the key's step is the analyst's and
 * each wrong answer's step is the same question worked with one named mistake (the one-sided z
 * for a two-sided test, the per-arm sample for the total, the unpooled standard error). The
 * families evaluate the steps here; the key test evaluates them again with a statistics library.
 */
export type CroOp =
  | 'div'
  | 'product'
  | 'sum'
  | 'mean'
  | 'diff'
  | 'relChange'
  | 'armSize'
  | 'ceilDiv'
  | 'wholeWeeks'
  | 'zPooled'
  | 'zUnpooled'
  | 'pTwoPooled'
  | 'pOnePooled'
  | 'pTwoUnpooled'
  | 'ciLow'
  | 'ciHigh'
  | 'chiSquare'
  | 'srmP'
  | 'mdeAbs'
  | 'capMean'
  | 'familywise'
  | 'discovery'

export type CroStep = readonly [op: CroOp, args: readonly number[]]

export interface CroCalc {
  readonly op: CroOp
  readonly args: readonly number[]
  /** Decimal places shown; `scale` 100 for a share shown in percent, else 1. */
  readonly dp: number
  readonly scale: number
  readonly shows: string
}

export interface CroScenario extends Scenario {
  /** Figure answers: the key's step and each distractor's, in the order of `wrong`. */
  readonly calcs?: {
    readonly key: CroCalc
    readonly wrong: readonly (readonly [CroCalc, string])[]
  }
  /** Worded answers: the drawn facts the key follows from, for the key test's own rule. */
  readonly facts?: Readonly<Record<string, unknown>>
}

/**
 * One-sided upper quantiles of the standard normal as a sample-size calculator's table prints
 * them (three decimals): the two-sided 5 % test uses 1.960, 80 % power 0.842.
 */
export const Z = {
  oneSided5: 1.645,
  twoSided5: 1.96,
  twoSided10: 1.645,
  twoSided1: 2.576,
  power80: 0.842,
  power90: 1.282,
} as const

/** The standard normal CDF by the Taylor series of its integral, ample for |z| below 9. */
export function phi(z: number): number {
  if (z < -9) return 0
  if (z > 9) return 1
  let term = z
  let total = z
  for (let k = 1; k < 600 && Math.abs(term) > 1e-18 * Math.abs(total); k++) {
    term *= (z * z) / (2 * k + 1)
    total += term
  }
  return 0.5 + (total * Math.exp(-(z * z) / 2)) / Math.sqrt(2 * Math.PI)
}

const rate = (c: number, n: number) => c / n
function pooledSe(c1: number, n1: number, c2: number, n2: number): number {
  const p = (c1 + c2) / (n1 + n2)
  return Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
}
function unpooledSe(c1: number, n1: number, c2: number, n2: number): number {
  const a = rate(c1, n1)
  const b = rate(c2, n2)
  return Math.sqrt((a * (1 - a)) / n1 + (b * (1 - b)) / n2)
}
function chi(args: readonly number[]): number {
  // Observed counts then the planned shares, half and half.
  const k = args.length / 2
  const obs = args.slice(0, k)
  const share = args.slice(k)
  const total = obs.reduce((s, o) => s + o, 0)
  return obs.reduce((s, o, i) => {
    const e = total * share[i]!
    return s + (o - e) ** 2 / e
  }, 0)
}

/** Evaluates a step; each op's argument order is stated again in the key test. */
export function evaluate(op: CroOp, a: readonly number[]): number {
  const [x = 0, y = 0, z = 0, w = 0, v = 0] = a
  switch (op) {
    case 'div':
      return x / y
    case 'product':
      return a.reduce((p, q) => p * q, 1)
    case 'sum':
      return a.reduce((p, q) => p + q, 0)
    case 'mean':
      return a.reduce((p, q) => p + q, 0) / a.length
    case 'diff':
      return y - x
    case 'relChange':
      return (y - x) / x
    case 'armSize':
      // z for alpha, z for power, control rate, variant rate.
      return Math.ceil(((x + y) ** 2 * (z * (1 - z) + w * (1 - w))) / (w - z) ** 2)
    case 'ceilDiv':
      return Math.ceil(x / y)
    case 'wholeWeeks':
      return Math.ceil(Math.ceil(x / y) / 7)
    case 'zPooled':
      return (rate(z, w) - rate(x, y)) / pooledSe(x, y, z, w)
    case 'zUnpooled':
      return (rate(z, w) - rate(x, y)) / unpooledSe(x, y, z, w)
    case 'pTwoPooled':
      return 2 * (1 - phi(Math.abs(evaluate('zPooled', a))))
    case 'pOnePooled':
      return 1 - phi(evaluate('zPooled', a))
    case 'pTwoUnpooled':
      return 2 * (1 - phi(Math.abs(evaluate('zUnpooled', a))))
    case 'ciLow':
      return rate(z, w) - rate(x, y) - v * unpooledSe(x, y, z, w)
    case 'ciHigh':
      return rate(z, w) - rate(x, y) + v * unpooledSe(x, y, z, w)
    case 'chiSquare':
      return chi(a)
    case 'srmP':
      // One degree of freedom: the chi-square tail is the two-sided normal tail of its root.
      return 2 * (1 - phi(Math.sqrt(chi(a))))
    case 'mdeAbs':
      // z for alpha, z for power, baseline rate, visitors per arm.
      return (x + y) * Math.sqrt((2 * z * (1 - z)) / w)
    case 'capMean': {
      // Cap, visitors, then the order values.
      const [cap, visitors, ...orders] = a
      return orders.reduce((s, o) => s + Math.min(o, cap!), 0) / visitors!
    }
    case 'familywise':
      return 1 - (1 - x) ** y
    case 'discovery':
      return x * y
  }
}

/** A figure with fixed decimals and thousands separators, as a report shows it. */
export function fmt(value: number, dp: number): string {
  const fixed = Math.abs(value).toFixed(dp)
  const [whole, frac] = fixed.split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const negative = value < 0 && Number(fixed) !== 0
  return `${negative ? '−' : ''}${grouped}${frac ? `.${frac}` : ''}`
}

/** Reads a figure as `fmt` writes it. */
export const figure = (text: string) => Number(text.replace(/,/g, '').replace('−', '-'))

export function calc(step: CroStep, dp: number, scale = 1): CroCalc {
  const [op, args] = step
  return { op, args, dp, scale, shows: fmt(evaluate(op, args) * scale, dp) }
}

/**
 * Whether a test-wise rule points at the key (first of `texts`): the option linter's cues, or
 * the key alone least like the others.
 */
function cued(texts: readonly string[], crossing: boolean): boolean {
  if (keyIsCued(texts, 0)) return true
  const r = resemblance(texts)
  if (r.every((v, i) => i === 0 || v > r[0]!)) return true
  if (!crossing) return false
  // Crossing out the longest and the most alike leaves the key among two when it is neither.
  const longest = texts.findIndex((t) => t.length === Math.max(...texts.map((u) => u.length)))
  const alike = r.indexOf(Math.max(...r))
  return longest !== 0 && alike !== 0 && longest !== alike
}
/**
 * Three of the wrong answers, chosen so the key is below, among or above them about equally
 * often (by figure, or by length for worded answers): a key always in the middle of the figures
 * or always the longest would be found by guessing. Among the sets of that rank, one that no
 * test-wise cue points at is preferred.
 */
function balancedThree<T>(
  rng: Rng,
  values: readonly number[],
  key: number,
  items: readonly T[],
  texts: (set: readonly T[]) => string[],
): T[] {
  const triples: number[][] = []
  for (let a = 0; a < items.length; a++)
    for (let b = a + 1; b < items.length; b++)
      for (let c = b + 1; c < items.length; c++) triples.push([a, b, c])
  if (triples.length === 0) throw new VariantError('fewer than three distinct mistakes')
  // The rank is drawn evenly over the ranks these mistakes can give, so a family whose
  // mistakes mostly fall on one side still puts its key at that end as often as inside.
  const above = (t: readonly number[]) => t.filter((i) => values[i]! > key).length
  const target = rng.pick([...new Set(triples.map(above))])
  const sets = rng
    .shuffle(triples.filter((t) => above(t) === target))
    .map((t) => t.map((i) => items[i]!))

  // Avoiding the other cues pushes the key away from the longest and most alike options, which
  // the crossing-out rule exploits; half the draws also avoid that.
  const crossing = rng.next() < 0.5
  return sets.find((set) => !cued(texts(set), crossing)) ?? sets[0]!
}

/**
 * A scenario whose answers are figures: the key's step and every mistake's step are computed
 * and written by `show` (the figure with its unit). Mistakes that show the key's figure or
 * another mistake's are no distractors of that draw and are left out.
 */
export function figures(
  rng: Rng,
  spec: {
    readonly stem: string
    readonly key: CroStep
    readonly wrong: readonly (readonly [CroStep, string])[]
    readonly dp: number
    readonly scale?: number
    readonly show?: (shown: string) => string
    /** Whether a figure may be negative (a lift or an interval bound); else negatives are dropped. */
    readonly signed?: boolean
  },
): CroScenario {
  const show = spec.show ?? ((f: string) => f)
  const key = calc(spec.key, spec.dp, spec.scale)
  if (!Number.isFinite(figure(key.shows))) throw new VariantError('a key out of range')
  const seen = new Set([show(key.shows)])
  const all = spec.wrong
    .map(([step, m]) => [calc(step, spec.dp, spec.scale), m] as const)
    .filter(([c]) => Number.isFinite(figure(c.shows)) && (spec.signed || figure(c.shows) >= 0))
    .filter(([c]) => !seen.has(show(c.shows)) && seen.add(show(c.shows)))
  const wrong = balancedThree(
    rng,
    all.map(([c]) => figure(c.shows)),
    figure(key.shows),
    all,
    (set) => [show(key.shows), ...set.map(([c]) => show(c.shows))],
  )
  return {
    stem: spec.stem,
    key: show(key.shows),
    wrong: wrong.map(([c, m]): Wrong => [show(c.shows), m]),
    calcs: { key, wrong },
  }
}

/**
 * A scenario whose answers are worded: three of the mistakes drawn from those given, and the
 * facts the key follows from kept for the key test.
 */
export function worded(
  rng: Rng,
  spec: {
    readonly stem: string
    readonly key: string
    readonly wrong: readonly Wrong[]
    readonly facts: Readonly<Record<string, unknown>>
  },
): CroScenario {
  const seen = new Set([spec.key])
  const distinct = spec.wrong.filter(([t]) => !seen.has(t) && seen.add(t))
  if (distinct.length < 3) throw new VariantError('fewer than three distinct mistakes')
  // Which answer is longest would otherwise point at the key whenever its wording runs fuller
  // than the mistakes': three are chosen so it is outrun by none, one, two or all three of them
  // about equally often.
  const lengths = distinct.map(([t]) => t.length)
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: rng.shuffle(
      balancedThree(rng, lengths, spec.key.length, distinct, (set) => [
        spec.key,
        ...set.map(([t]) => t),
      ]),
    ),
    facts: spec.facts,
  }
}

/** A named family; its stem opens a sentence even when it starts with a drawn client. */
export const family = (id: string, draw: (rng: Rng) => CroScenario): ScenarioFamily => ({
  id,
  draw: (rng) => {
    const s = draw(rng)
    return { ...s, stem: s.stem.charAt(0).toUpperCase() + s.stem.slice(1) }
  },
})

/** Clients a freelance CRO specialist runs experiments for. */
export const CLIENTS = [
  'an online furniture shop',
  'a meal-kit subscription',
  'a language-learning app',
  'a boutique hotel group',
  'a B2B accounting software firm',
  'a pet-supplies retailer',
  'an outdoor-gear store',
  'a home-insurance broker',
  'a fashion marketplace',
  'a coffee-bean subscription',
] as const
export const client = (rng: Rng) => rng.pick(CLIENTS)

const SYMBOLS = ['$', '€', '£'] as const
/** A money formatter with one currency for the whole case. */
export function purse(rng: Rng): { m: (value: number) => string; show: (f: string) => string } {
  const symbol = rng.pick(SYMBOLS)
  return { m: (v) => `${symbol}${fmt(v, 2)}`, show: (f) => `${symbol}${f}` }
}

/** A share in percent with `dp` decimals: `3.25 %`. */
export const pc = (share: number, dp = 2) => `${fmt(share * 100, dp)} %`
export const percent = (f: string) => `${f} %`
export const points = (f: string) => `${f} percentage points`
export const count = (f: string) => f
/** A drawn share with `dp` decimals between `lo` and `hi` (shares, not percent). */
export function share(rng: Rng, lo: number, hi: number, dp = 4): number {
  const scale = 10 ** dp
  return rng.int(Math.round(lo * scale), Math.round(hi * scale)) / scale
}
