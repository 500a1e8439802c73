import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

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

/** A mistake: the slip's id, the value it gives, and the mistake in words. */
export type Slip = readonly [slip: string, value: number, mistake: string]

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
export const Client = (rng: Rng): string => {
  const c = client(rng)
  return c[0]!.toUpperCase() + c.slice(1)
}

/** A drawn whole amount between `low` and `high` in steps of `step`. */
export const drawn = (rng: Rng, low: number, high: number, step = 1): number =>
  rng.int(Math.ceil(low / step), Math.floor(high / step)) * step

const grouped = (v: number, dp: number): string =>
  v.toLocaleString('en-US', { minimumFractionDigits: dp, maximumFractionDigits: dp })

/** `n` to `dp` places with thousands separators and a unit word: `1,250 units`. */
export const qty =
  (unit: string, dp = 0) =>
  (v: number): string =>
    `${grouped(v, dp)} ${unit}`
/** An amount of money to `dp` places: `$12,400`. */
export const cash =
  (symbol: string, dp = 0) =>
  (v: number): string =>
    `${v < 0 ? '-' : ''}${symbol}${grouped(Math.abs(v), dp)}`
/** A fraction as a percentage to `dp` places: 0.9625 → `96.3%`. */
export const pct =
  (dp = 1) =>
  (v: number): string =>
    `${grouped(v * 100, dp)}%`
/** A plain number to `dp` places. */
export const plain =
  (dp = 2) =>
  (v: number): string =>
    grouped(v, dp)
export const symbol = (rng: Rng): string => rng.pick(['$', '€', '£'])

function tagged(
  rng: Rng,
  spec: { stem: string; in: Record<string, number>; key: string },
  wrongs: readonly (readonly [slip: string, text: string, mistake: string])[],
): LssScenario {
  const slips: Record<string, string> = { [spec.key]: 'key' }
  const wrong: Wrong[] = []
  for (const [slip, text, mistake] of wrongs) {
    if (text in slips) continue
    slips[text] = slip
    wrong.push([text, mistake])
  }
  if (wrong.length < 3) throw new VariantError('fewer than three distinct mistakes')
  const shown = rng.shuffle(wrong)
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: shown,
    calc: {
      in: spec.in,
      slips: Object.fromEntries([spec.key, ...shown.map(([t]) => t)].map((t) => [t, slips[t]!])),
    },
  }
}

/**
 * An item whose answers are figures: each mistake's value is shown as the key is and tagged with
 * its slip; mistakes that are not finite, negative where the key is not, or show as the key or an
 * earlier mistake are dropped, and fewer than three left is a refused draw.
 */
export function figures(
  rng: Rng,
  show: (v: number) => string,
  spec: {
    stem: string
    in: Record<string, number>
    key: number
    wrong: readonly Slip[]
    /** Keep negative mistakes beside a positive key: signed answers such as a correlation. */
    signed?: boolean
  },
): LssScenario {
  if (!Number.isFinite(spec.key)) throw new VariantError('a key out of range')
  const ok = spec.wrong.filter(
    ([, v]) => Number.isFinite(v) && (spec.signed || !(spec.key >= 0 && v < 0)),
  )
  return tagged(
    rng,
    { stem: spec.stem, in: spec.in, key: show(spec.key) },
    ok.map(([s, v, m]) => [s, show(v), m] as const),
  )
}

/** An item whose answers are worked out as text (a list of categories, a point number). */
export function worked(
  rng: Rng,
  spec: {
    stem: string
    in: Record<string, number>
    key: string
    wrong: readonly (readonly [slip: string, text: string, mistake: string])[]
  },
): LssScenario {
  return tagged(rng, spec, spec.wrong)
}

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
