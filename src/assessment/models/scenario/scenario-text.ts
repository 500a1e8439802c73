import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from './scenario-model.js'

/*
 * Helpers the scenario models' text modules (`models/<model>/<model>-text.ts`) had each copied:
 * naming families, drawing figures, showing numbers and money, and tagging every answer with the
 * slip that gives it. Each model's text module re-exports the ones its families use, so a change
 * here changes the draws of every such model at once; the review fingerprints notice.
 */

/**
 * A builder of named families typed to one model's scenario (and family) type, so a family whose
 * draw leaves out a field the model's key test reads does not compile.
 */
export type FamilyMaker<S extends Scenario, F extends ScenarioFamily = ScenarioFamily> = (
  id: string,
  draw: (rng: Rng) => S,
) => F

/** A named family: the one body every model's `family` had. */
export const scenarioFamily = <S extends Scenario>(
  id: string,
  draw: (rng: Rng) => S,
): { readonly id: string; draw(rng: Rng): S } => ({ id, draw })

/**
 * A mistake: the slip's id, the answer it gives (a figure the item shows as the key is shown, or
 * a text worked out), and the mistake in words. The key tests recompute each answer by its slip.
 */
export type Slip<T = number> = readonly [slip: string, value: T, mistake: string]

/** `s` with its first letter in capitals, for a drawn phrase that opens a sentence. */
export const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1)

/**
 * A drawn whole amount between `low` and `high` in steps of `step`, so figures come out as round
 * as a client's.
 */
export const drawn = (rng: Rng, low: number, high: number, step = 1): number =>
  rng.int(Math.ceil(low / step), Math.floor(high / step)) * step

/**
 * One formatter per number of places, built once: `toLocaleString` with options builds a new
 * formatter at every call, which was a fifth of the time it took to fingerprint every family.
 */
const GROUPED: readonly Intl.NumberFormat[] = Array.from({ length: 11 }, (_, dp) =>
  groupedFormat(dp),
)

function groupedFormat(dp: number): Intl.NumberFormat {
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: dp, maximumFractionDigits: dp })
}

/** `v` to exactly `dp` places with thousands separators, as the stems and options print figures. */
export const grouped = (v: number, dp: number): string =>
  (GROUPED[dp] ?? groupedFormat(dp)).format(v)

/** `n` to `dp` places with thousands separators and a unit word: `1,250 units`. */
export const qty =
  (unit: string, dp = 0) =>
  (v: number): string =>
    `${grouped(v, dp)} ${unit}`
/** An amount of money to `dp` places: `$12,400.50`. */
export const cash =
  (symbol: string, dp = 2) =>
  (v: number): string =>
    `${v < 0 ? '-' : ''}${symbol}${grouped(Math.abs(v), dp)}`
/** Money held in integer cents, shown with its symbol: 123456 → `$1,234.56`. */
export const cents =
  (symbol: string) =>
  (c: number): string =>
    `${c < 0 ? '-' : ''}${symbol}${grouped(Math.abs(c) / 100, 2)}`
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
/** The currency symbol of a draw, so no one currency marks a family's items. */
export const symbol = (rng: Rng): string => rng.pick(['$', '€', '£'])

/** A number with at most two decimals and no trailing zeros, as CSS values are written. */
export const fmt = (n: number): string => String(Math.round(n * 100) / 100)
/** A length in CSS pixels as `412px`, with at most two decimals and no trailing zeros. */
export const px = (n: number): string => `${fmt(n)}px`

/**
 * The named mistakes that differ from the key and from each other (with some drawn figures two
 * mistakes give the same answer, or a mistake gives the key); fewer than three refuses the draw.
 */
export function distinctMistakes(key: string, wrong: readonly Wrong[]): Wrong[] {
  const seen = new Set([key])
  const distinct = wrong.filter(([text]) => !seen.has(text) && seen.add(text))
  if (distinct.length < 3) throw new VariantError('fewer than three distinct mistakes')
  return distinct
}

/**
 * A scenario whose `facts` carry what its key follows from under a `kind` the key test
 * recognises: the drawn figures or sources for a family it works out again with its own
 * implementation, or (`kind: 'rule'`) the documented answer and the page that states it, which
 * the test checks against its own cited table.
 */
export interface FactsScenario extends Scenario {
  readonly facts: Readonly<{ kind: string } & Record<string, unknown>>
}

/** A named family of scenarios that carry their facts. */
export interface FactsFamily extends ScenarioFamily {
  draw(rng: Rng): FactsScenario
}

/**
 * The scenario with every named mistake distinct from the key and from each other (at least
 * three), shuffled: the item model picks the three that place the key where chance would by
 * length and likeness, so a key wording's length gives nothing away.
 */
export function choose(
  rng: Rng,
  spec: {
    stem: string
    key: string
    wrong: readonly Wrong[]
    facts: FactsScenario['facts']
    code?: boolean
  },
): FactsScenario {
  const distinct = distinctMistakes(spec.key, spec.wrong)
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: rng.shuffle(distinct),
    facts: spec.facts,
    ...(spec.code === undefined ? {} : { code: spec.code }),
  }
}

/**
 * A family whose key is a documented rule: `answer` names what the documentation says in a word
 * the key test looks up in its own cited table; the stem is drawn first, then the key from
 * several true wordings, and three of at least five named mistakes are shown.
 */
export function rule(
  id: string,
  spec: {
    readonly source: string
    readonly answer: string
    readonly stem: (rng: Rng) => string
    readonly keys: readonly string[]
    readonly wrong: readonly Wrong[]
    readonly code?: boolean
  },
): FactsFamily {
  return scenarioFamily(id, (rng) =>
    choose(rng, {
      stem: spec.stem(rng),
      key: rng.pick(spec.keys),
      wrong: spec.wrong,
      facts: { kind: 'rule', answer: spec.answer, source: spec.source, keys: spec.keys },
      ...(spec.code === undefined ? {} : { code: spec.code }),
    }),
  )
}

/**
 * A scenario whose answers are each tagged with their slip: `calc` carries the drawn inputs and,
 * for the key and every answer shown, the slip (named mistake, or `key`) that gives it, so the
 * key test can work each answer out again its own way.
 */
export interface Tagged<I> extends Scenario {
  readonly calc: { readonly in: I; readonly slips: Readonly<Record<string, string>> }
}

/**
 * An item whose answers are worked out as text (a figure shown, a time, a list of SKUs): each
 * answer is tagged with the slip that gives it; a slip that shows as the key or an earlier slip
 * is dropped, and fewer than three left is a refused draw. All the rest are offered, shuffled,
 * for the item model to pick the three that place the key where chance would.
 */
export function worked<I>(
  rng: Rng,
  spec: { stem: string; in: I; key: string; wrong: readonly Slip<string>[] },
): Tagged<I> {
  const slips: Record<string, string> = { [spec.key]: 'key' }
  const wrong: Wrong[] = []
  for (const [slip, text, mistake] of spec.wrong) {
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
 * its slip, as `worked` does. A key that is not finite refuses the draw; mistakes that are not
 * finite, or negative where the key is not (unless `signed`: the answer may have either sign),
 * are dropped.
 */
export function figures<I>(
  rng: Rng,
  show: (v: number) => string,
  spec: { stem: string; in: I; key: number; wrong: readonly Slip[]; signed?: boolean },
): Tagged<I> {
  if (!Number.isFinite(spec.key)) throw new VariantError('a key out of range')
  const key = show(spec.key)
  const kept = spec.wrong.filter(
    ([, v]) => Number.isFinite(v) && (spec.signed || !(spec.key >= 0 && v < 0)),
  )
  return worked(rng, {
    stem: spec.stem,
    in: spec.in,
    key,
    wrong: kept.map(([slip, v, mistake]) => [slip, show(v), mistake] as const),
  })
}

/**
 * A figure after the indefinite article it takes when read aloud: `a $1,800.00`, `an $800.00`,
 * `an 11-day`, `an 18%`. Only the leading group of digits decides (eight, eleven, eighteen and the
 * eighty- and eight-hundred- numbers begin with a vowel sound).
 */
export const an = (figure: string | number): string => {
  const lead = String(figure).match(/^\$?(\d+)/)?.[1] ?? ''
  return `${lead.startsWith('8') || lead === '11' || lead === '18' ? 'an' : 'a'} ${figure}`
}
