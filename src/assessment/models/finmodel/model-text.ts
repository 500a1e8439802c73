import { evaluateFormula } from '../../engines/spreadsheet/evaluate-formula.js'
import { FormulaError } from '../../engines/spreadsheet/formula-ast.js'
import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { currency } from '../finance/money.js'
import { copyFormula } from '../office/copy-formula.js'
import type { Scenario, Wrong } from '../scenario/scenario-model.js'
import {
  cap,
  distinctMistakes,
  drawn,
  type FamilyMaker,
  scenarioFamily,
} from '../scenario/scenario-text.js'

export { drawn } from '../scenario/scenario-text.js'

/**
 * What a key's number is, worked from first principles so the key test can work it again with
 * its own arithmetic: flows discounted at `rate` from their `times` (years, or periods), a
 * level payment, or the internal rate of return of flows at their `times` (years).
 */
export type Money =
  | {
      readonly fn: 'pv'
      readonly rate: number
      readonly flows: readonly number[]
      readonly times: readonly number[]
    }
  | {
      readonly fn: 'pmt'
      readonly rate: number
      readonly n: number
      readonly pv: number
      readonly fv: number
      readonly type: 0 | 1
    }
  | { readonly fn: 'irr'; readonly flows: readonly number[]; readonly times: readonly number[] }

/** A financial-modelling scenario; `money` states what a time-value key is, for the key test. */
export interface ModelScenario extends Scenario {
  readonly money?: Money
}

export const family: FamilyMaker<ModelScenario> = scenarioFamily

/** Small businesses and start-ups a freelance modeller builds models for. */
const CLIENTS = [
  'a craft brewery',
  'a SaaS start-up',
  'a dental practice',
  'a coffee roaster',
  'a solar installer',
  'a boutique hotel',
  'a logistics start-up',
  'a bakery chain',
  'an e-commerce shop',
  'a physiotherapy group',
  'a software consultancy',
  'a fitness studio',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const Client = (rng: Rng): string => cap(client(rng))

/** The draw's money formatter: whole currency units with thousands separators. */
export function purse(rng: Rng): (value: number) => string {
  const symbol = currency(rng)
  return (v) => {
    const r = Math.round(v)
    return `${r < 0 ? '-' : ''}${symbol}${Math.abs(r).toLocaleString('en-US')}`
  }
}

/** A percentage to `dp` places: 0.0815 → `8.15%`. */
export const pc = (rate: number, dp = 2): string => `${(rate * 100).toFixed(dp)}%`

/** A drawn rate between `low` and `high` percent in steps of `step` percent, as a fraction. */
export const rateOf = (rng: Rng, low: number, high: number, step = 0.5): number =>
  Math.round(drawn(rng, low * 100, high * 100, step * 100)) / 10000

/** Three of the mistakes, distinct from the key and each other; fewer is a refused draw. */
export function three(rng: Rng, s: ModelScenario): ModelScenario {
  return { ...s, wrong: rng.shuffle(distinctMistakes(s.key, s.wrong)).slice(0, 3) }
}

/**
 * Answers that are one figure each, shown by `show`; `formula` over `cells` works the key out
 * again as the model's sheet would (the key test evaluates it), and `money` states it once more
 * for time-value keys. Mistakes that are not finite numbers, or negative where the key is
 * not, are dropped.
 */
export function figure(
  rng: Rng,
  show: (value: number) => string,
  spec: {
    stem: string
    key: number
    wrong: readonly (readonly [number, string])[]
    formula: string
    cells: Record<string, number>
    money?: Money
  },
): ModelScenario {
  if (!Number.isFinite(spec.key)) throw new VariantError('a key out of range')
  // A lone negative among positive answers is crossed out on sight, so a mistake that goes
  // negative where the key cannot is no distractor of that draw.
  const wrong: Wrong[] = spec.wrong
    .filter(([v]) => Number.isFinite(v) && (spec.key < 0 || v >= 0))
    .map(([v, why]) => [show(v), why])
  return three(rng, {
    stem: spec.stem,
    key: show(spec.key),
    wrong,
    recompute: { cells: spec.cells, formula: spec.formula, shows: show(spec.key) },
    ...(spec.money ? { money: spec.money } : {}),
  })
}

/**
 * Answers that are formulas, checked on the drawn sheet: the key written at `at` and copied to
 * each cell shows every expected value, and a draw where a mistaken formula shows them all too
 * (the data hides the mistake) is drawn again.
 */
export function formulas(
  rng: Rng,
  spec: {
    stem: string
    key: string
    wrong: readonly Wrong[]
    sheet: NonNullable<Scenario['sheet']>
    money?: Money
  },
): ModelScenario {
  if (!showsEverywhere(spec.key, spec.sheet)) throw new Error(`the key ${spec.key} is wrong`)
  const wrong = spec.wrong.filter(([w]) => !showsEverywhere(w, spec.sheet))
  return three(rng, {
    stem: spec.stem,
    key: spec.key,
    wrong,
    code: true,
    sheet: spec.sheet,
    ...(spec.money ? { money: spec.money } : {}),
  })
}

/**
 * Whether `formula`, written at the sheet's cell and copied to each listed cell, shows each
 * expected value there; numbers agree to a part in a billion, since a spreadsheet's financial
 * functions and a closed form differ in the last digits.
 */
export function showsEverywhere(formula: string, sheet: NonNullable<Scenario['sheet']>): boolean {
  const [, atCol, atRow] = /^([A-Z]+)(\d+)$/.exec(sheet.at)!
  return sheet.copies.every(([cell, want]) => {
    const [, c, r] = /^([A-Z]+)(\d+)$/.exec(cell)!
    const copied = copyFormula(
      formula,
      Number(r) - Number(atRow),
      c!.charCodeAt(0) - atCol!.charCodeAt(0),
    )
    let got: unknown
    try {
      got = evaluateFormula(copied, sheet.cells)
    } catch (error) {
      if (error instanceof FormulaError) return false
      throw error
    }
    if (typeof want !== 'number') return got === want
    return typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
  })
}

/** Answers in words (or formulas shown as code): a modeller's conclusion and the conclusions of named mistakes. */
export function words(
  rng: Rng,
  spec: { stem: string; key: string; wrong: readonly Wrong[]; code?: boolean },
): ModelScenario {
  return three(rng, {
    stem: spec.stem,
    key: spec.key,
    wrong: spec.wrong,
    ...(spec.code ? { code: true } : {}),
  })
}

/** Row of cells `E`… from `first` holding `values`: `{ E5: 1, F5: 2 }`. */
export function across(row: number, values: readonly (number | string)[], first = 'E') {
  const out: Record<string, number | string> = {}
  values.forEach((v, i) => {
    out[`${String.fromCharCode(first.charCodeAt(0) + i)}${row}`] = v
  })
  return out
}
/** Column letter `i` places right of `first`. */
export const col = (i: number, first = 'E'): string => String.fromCharCode(first.charCodeAt(0) + i)
