import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { cap, cash as sharedCash } from '../scenario/scenario-text.js'

/**
 * A Lean Six Sigma scenario. `calc` carries the drawn inputs and, for every answer shown, the slip
 * (named mistake, or `key`) that produced it, so the key test can work each answer out again with
 * its own arithmetic. `kind` names, for a classification item, the category each answer stands
 * for, so the key test can check the key against its own cited table.
 */
export interface LssScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly kind?: {
    readonly table: string
    readonly answers: Readonly<Record<string, string>>
  }
}

export const family = (id: string, draw: (rng: Rng) => LssScenario): ScenarioFamily => ({
  id: `lss-${id}`,
  draw,
})

/**
 * Clients a freelance process-improvement consultant works for, named without an industry: the
 * cases and figures of a stem come from plants, laboratories, warehouses and back offices alike,
 * and a named industry beside an unrelated case (a nurse at a machine shop) made stems incoherent.
 */
const CLIENTS = [
  'a client',
  'a new client',
  'a long-standing client',
  'a client site',
  'a small client firm',
  'a mid-sized client',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const Client = (rng: Rng): string => cap(client(rng))

export {
  drawn,
  figures,
  pct,
  plain,
  qty,
  type Slip,
  symbol,
  worked,
} from '../scenario/scenario-text.js'

/** An amount of money to `dp` places, whole by default as a plant's figures are: `$12,400`. */
export const cash = (symbol: string, dp = 0): ((v: number) => string) => sharedCash(symbol, dp)

/** An item whose answers are statements: every named mistake distinct from the key. */
export function statements(
  rng: Rng,
  spec: { stem: string; key: string; wrong: readonly Wrong[] },
): LssScenario {
  const seen = new Set([spec.key])
  const distinct = spec.wrong.filter(([t]) => !seen.has(t) && seen.add(t))
  if (distinct.length < 3) throw new VariantError('fewer than three distinct mistakes')
  return { stem: spec.stem, key: spec.key, wrong: rng.shuffle(distinct) }
}

/** A family id part from a category name: `X-bar and R chart` → `x-bar-and-r-chart`. */
export const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** A category of a classification table: names it goes by, a gloss, and the cases it covers. */
export interface Category {
  readonly names: readonly string[]
  readonly gloss: string
  readonly cases: readonly string[]
  /** Other categories that would also be defensible for these cases, never shown as wrong. */
  readonly alsoRight?: readonly string[]
  /**
   * Offered only as a wrong answer to the other categories, with no family of its own: as a key
   * its names stood out from the rest (a generic test-wise rule picked it over half the time).
   */
  readonly distractorOnly?: true
}

/**
 * One family per category of a table: the stem shows one of the category's cases, the key is
 * one of its names drawn at random, and each other category is a distractor named as that
 * confusion. `kind` records which category each answer stands for, for the key test's table.
 */
export function classify(
  table: string,
  categories: Readonly<Record<string, Category>>,
  stem: (rng: Rng, c: string) => string,
): ScenarioFamily[] {
  const ids = Object.keys(categories)
  return ids
    .filter((id) => !categories[id]!.distractorOnly)
    .map((id) =>
      family(`${table}-${slug(id)}`, (rng) => {
        const name = (c: string) => rng.pick(categories[c]!.names)
        const key = name(id)
        const answers: Record<string, string> = { [key]: id }
        const wrong = rng
          .shuffle(ids.filter((o) => o !== id && !categories[id]!.alsoRight?.includes(o)))
          .map((o) => {
            const t = name(o)
            answers[t] = o
            return [t, `confuses it with ${o}, which ${categories[o]!.gloss}`] as const
          })
        const s = statements(rng, {
          stem: stem(rng, rng.pick(categories[id]!.cases)),
          key,
          wrong,
        })
        return { ...s, kind: { table, answers } }
      }),
    )
}
