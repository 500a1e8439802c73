import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'
import { grouped, type Slip, scenarioFamily, worked } from '../scenario/scenario-text.js'

/*
 * B2B sales computations as data. Every figure an item shows (the key and each named slip) is one
 * `Calc`: an operation and its arguments, evaluated here. The key test evaluates the same Calcs
 * again its own way (BigInt cents, band-by-band commission walks, counting loops) and checks each
 * shown answer is its Calc's value.
 *
 * Money is held in integer cents throughout; rates and probabilities are integer basis points
 * (2,500 bp = 25 %) or whole percents where an op says so, so that a quote's or a commission's
 * cents are exact: an op that yields money rounds half up to the cent once, at its end.
 */
export type Op =
  /** [x, y, …]: the sum */
  | 'add'
  /** [x, y]: x − y */
  | 'sub'
  /** [x, y, …]: the product */
  | 'mul'
  /** [x, y]: x ÷ y */
  | 'div'
  /** [x, y]: x to the power y */
  | 'pow'
  /** [x]: x rounded half up to a whole number (a cent, for money) */
  | 'rnd'
  /** [x]: x rounded up to a whole number */
  | 'ceil'
  /** [x]: x rounded down to a whole number */
  | 'floor'
  /** [cents, bp]: cents × bp ÷ 10,000, rounded half up to the cent */
  | 'pctOf'
  /** [cents, bp1, bp2, …]: cents × Π(1 − bp/10,000), successive discounts, rounded once */
  | 'chain'
  /** [cents1, pct1, cents2, pct2, …]: Σ cents × pct ÷ 100, a weighted pipeline, rounded once */
  | 'weighted'
  /**
   * [cents, bp0, cap1, bp1, cap2, bp2, …]: marginal tiered commission on `cents`: bp0 on the part
   * up to cap1, bp1 on the part from cap1 to cap2, …, the last rate on everything above the last cap
   */
  | 'tiered'
  /** [target, bp1, bp2, …]: the fewest whole activities whose yield through every rate meets target */
  | 'needed'

/** An argument: a figure, or another computation whose value it takes. */
export type Arg = number | Calc
export type Calc = readonly [Op, ...Arg[]]

/** How an answer is shown: money in cents with a symbol, a percentage, or a number with a unit. */
export type Shape =
  | { readonly kind: 'money'; readonly symbol: string }
  | { readonly kind: 'pct'; readonly dp: number }
  | { readonly kind: 'num'; readonly dp: number; readonly unit: string }

export const money = (symbol: string): Shape => ({ kind: 'money', symbol })
export const percent = (dp = 1): Shape => ({ kind: 'pct', dp })
export const count = (unit: string, dp = 0): Shape => ({ kind: 'num', dp, unit })

/** A value as the shape shows it (money is in cents). */
export function show(shape: Shape, v: number): string {
  if (shape.kind === 'money') {
    const c = Math.round(v)
    return `${c < 0 ? '-' : ''}${shape.symbol}${grouped(Math.abs(c) / 100, 2)}`
  }
  if (shape.kind === 'pct') return `${grouped(v * 100, shape.dp)}%`
  const n = grouped(v, shape.dp)
  if (!shape.unit) return n
  // One of a plural unit is singular: `1 week`, `1 dial a day`, not `1 weeks`.
  return n === '1' ? `1 ${shape.unit.replace(/^(\w+?)s\b/, '$1')}` : `${n} ${shape.unit}`
}

/** Half up to a whole number, steady against a product like 0.5000000001 below its half. */
const halfUp = (x: number): number => Math.floor(x + 0.5 + 1e-9)

/** A Calc's value (money in cents, rates as fractions). */
export function evaluate(c: Calc): number {
  const [op, ...args] = c
  const a = args.map((x) => (typeof x === 'number' ? x : evaluate(x)))
  const [x = 0, y = 0] = a
  switch (op) {
    case 'add':
      return a.reduce((s, t) => s + t, 0)
    case 'sub':
      return x - y
    case 'mul':
      return a.reduce((s, t) => s * t, 1)
    case 'div':
      return x / y
    case 'pow':
      return x ** y
    case 'rnd':
      return halfUp(x)
    case 'ceil':
      return Math.ceil(x - 1e-9)
    case 'floor':
      return Math.floor(x + 1e-9)
    case 'pctOf':
      return halfUp((x * y) / 10000)
    case 'chain':
      return halfUp(a.slice(1).reduce((s, bp) => (s * (10000 - bp)) / 10000, x))
    case 'weighted': {
      let s = 0
      for (let j = 0; j + 1 < a.length; j += 2) s += a[j]! * a[j + 1]!
      return halfUp(s / 100)
    }
    case 'tiered': {
      let paid = 0
      let from = 0
      let rate = y
      for (let j = 2; j + 1 < a.length; j += 2) {
        const cap = a[j]!
        paid += (Math.max(0, Math.min(x, cap) - from) * rate) / 10000
        from = cap
        rate = a[j + 1]!
      }
      paid += (Math.max(0, x - from) * rate) / 10000
      return halfUp(paid)
    }
    case 'needed': {
      const yieldRate = a.slice(1).reduce((s, bp) => (s * bp) / 10000, 1)
      return Math.ceil(x / yieldRate - 1e-9)
    }
  }
}

/**
 * A B2B scenario: each shown answer is tagged with its slip (or `key`), and `calcs` holds the
 * Calc each slip and the key evaluate, with the shape they are all shown in. Rule families
 * (frameworks, contract terms) have no calcs: `rule` names the cited table and the entry each
 * shown answer is (the key's and each slip's), for the key test to look up in its own copy.
 */
export interface B2bScenario extends Scenario {
  readonly calc: {
    readonly in: Readonly<Record<string, unknown>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly calcs?: Readonly<Record<string, Calc>>
  readonly shape?: Shape
  readonly rule?: { readonly table: string; readonly entries: Readonly<Record<string, string>> }
}

export interface B2bSpec {
  readonly stem: string
  readonly shape: Shape
  /** The key's computation; a bare figure is a given amount shown as it is. */
  readonly key: Arg
  readonly wrong: readonly (readonly [slip: string, calc: Arg, mistake: string])[]
  /** Whether answers may be negative (a margin below zero); otherwise negative slips are dropped. */
  readonly signed?: boolean
  /** The largest answer that can be offered (a win rate above 100% is dropped, not shown). */
  readonly max?: number
}

/** A drawn computed case: every answer evaluated, shown, tagged with its slip and its Calc. */
export function b2bCase(rng: Rng, spec: B2bSpec): B2bScenario {
  const asCalc = (a: Arg): Calc => (typeof a === 'number' ? ['add', a] : a)
  const kv = evaluate(asCalc(spec.key))
  if (!Number.isFinite(kv) || (!spec.signed && kv < 0)) throw new VariantError('a key out of range')
  const slips: Slip<string>[] = []
  const calcs: Record<string, Calc> = { key: asCalc(spec.key) }
  for (const [slip, arg, mistake] of spec.wrong) {
    const c = asCalc(arg)
    const v = evaluate(c)
    if (!Number.isFinite(v) || (!spec.signed && v < 0)) continue
    if (spec.max !== undefined && v > spec.max) continue
    slips.push([slip, show(spec.shape, v), mistake])
    calcs[slip] = c
  }
  const s = worked(rng, { stem: spec.stem, in: {}, key: show(spec.shape, kv), wrong: slips })
  const used = new Set(Object.values(s.calc.slips))
  return {
    ...s,
    calcs: Object.fromEntries(Object.entries(calcs).filter(([k]) => used.has(k))),
    shape: spec.shape,
  }
}

/** A named family of computed B2B cases. */
export const b2b = (id: string, draw: (rng: Rng) => B2bSpec): ScenarioFamily =>
  scenarioFamily(id, (rng) => b2bCase(rng, draw(rng)))

export interface RuleSpec {
  readonly stem: string
  /** The cited table (framework or term list) the answers are entries of. */
  readonly table: string
  /** The key's entry id and the text it shows. */
  readonly key: readonly [entry: string, text: string]
  /** Each wrong answer: its entry id in the same table, its text and the mistake in words. */
  readonly wrong: readonly (readonly [entry: string, text: string, mistake: string])[]
  readonly in?: Readonly<Record<string, unknown>>
}

/** A named family whose answers are entries of a cited table (a framework's elements). */
export const rule = (id: string, draw: (rng: Rng) => RuleSpec): ScenarioFamily =>
  scenarioFamily(id, (rng): B2bScenario => {
    const spec = draw(rng)
    const entries: Record<string, string> = { [spec.key[1]]: spec.key[0] }
    for (const [entry, text] of spec.wrong) entries[text] = entry
    const s = worked(rng, {
      stem: spec.stem,
      in: spec.in ?? {},
      key: spec.key[1],
      wrong: spec.wrong.map(([entry, text, mistake]) => [entry, text, mistake] as const),
    })
    return { ...s, rule: { table: spec.table, entries } }
  })

// ---- Drawn figures and words the stems share.

/** A drawn whole amount of money in cents: `low` to `high` whole units in steps of `step`. */
export const units = (rng: Rng, low: number, high: number, step = 1): number =>
  rng.int(Math.ceil(low / step), Math.floor(high / step)) * step * 100
/** Basis points between `low` and `high` in steps of `step`. */
export const bps = (rng: Rng, low: number, high: number, step = 100): number =>
  rng.int(Math.ceil(low / step), Math.floor(high / step)) * step
/** Basis points as a percentage: 1250 → `12.5%`. */
export const rateText = (bp: number): string => `${+(bp / 100).toFixed(2)}%`
/**
 * A figure as written in a sentence with its indefinite article, by how the figure is read aloud:
 * `a £7,000`, `an £8,000`, `an £11,000`, `a £110,000`, `a 5%`, `an 8%`, `an 18% win rate`.
 */
export const an = (figure: string): string => {
  const lead = figure.replace(/^[^0-9]*/, '').split(/[,.%]/)[0] ?? ''
  return `${lead.startsWith('8') || lead === '11' || lead === '18' ? 'an' : 'a'} ${figure}`
}
/** Cents as money with a symbol, dropping `.00` as a quote's round figures are written. */
export const amount = (symbol: string, c: number): string =>
  `${symbol}${grouped(c / 100, c % 100 === 0 ? 0 : 2)}`

const BUYERS = [
  'a logistics software vendor',
  'a regional freight company',
  'a dental-practice chain',
  'a payroll bureau',
  'a mid-sized law firm',
  'a food-packaging manufacturer',
  'a property-management group',
  'a cybersecurity start-up',
  'a university procurement office',
  'an industrial-cleaning contractor',
  'a hotel group',
  'an engineering consultancy',
] as const
export const buyer = (rng: Rng): string => rng.pick(BUYERS)

const SELLERS = [
  'a field-service scheduling platform',
  'an expense-management tool',
  'a fleet-telematics service',
  'a contract-lifecycle platform',
  'an HR onboarding suite',
  'a warehouse-scanning system',
  'a data-backup service',
  'a procurement portal',
] as const
export const product = (rng: Rng): string => rng.pick(SELLERS)

export const NAMES = [
  'Priya',
  'Marcus',
  'Lena',
  'Tomás',
  'Aiko',
  'Dmitri',
  'Fatima',
  'Jonas',
  'Grace',
  'Rafael',
] as const
export const rep = (rng: Rng): string => rng.pick(NAMES)
