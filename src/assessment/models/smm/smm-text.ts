import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * A social media scenario. `calc` carries the drawn inputs and, for every answer shown, the slip
 * (named mistake, or `key`) behind it, so the key test can work each answer out again its own
 * way. `fact` names a documented rule and what each answer says about it, so the key test can
 * check the answers against its own table of rules, each citing its source.
 */
export interface SmmScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly fact?: {
    readonly rule: string
    readonly says: Readonly<Record<string, string>>
  }
}

export const family = (id: string, draw: (rng: Rng) => SmmScenario): ScenarioFamily => ({
  id: `smm-${id}`,
  draw,
})

/** A mistake: the slip's id, the value it gives, and the mistake in words. */
export type Slip = readonly [slip: string, value: number, mistake: string]

/** Clients a freelance social media marketer works for. */
const CLIENTS = [
  'a yoga studio',
  'an indie bookshop',
  'a craft coffee roaster',
  'a skincare brand',
  'a SaaS start-up',
  'a boutique hotel',
  'a vegan bakery',
  'a bike repair shop',
  'a language school',
  'a pet grooming salon',
  'a ceramics studio',
  'a local theatre',
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
export const count = (v: number): string => grouped(v, 0)
/** `n` to `dp` places with a unit word. */
export const qty =
  (unit: string, dp = 0) =>
  (v: number): string =>
    `${grouped(v, dp)} ${unit}`
/** Money to `dp` places. */
export const cash =
  (symbol: string, dp = 2) =>
  (v: number): string =>
    `${v < 0 ? '-' : ''}${symbol}${grouped(Math.abs(v), dp)}`
/** A fraction as a percentage to `dp` places: 0.0425 → `4.25%` at dp 2. */
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

/** Keeps each mistake shown differently from the key and from earlier mistakes, tagged with its slip. */
function tagged(
  rng: Rng,
  stem: string,
  input: Record<string, number>,
  keyText: string,
  answers: readonly (readonly [slip: string, text: string, mistake: string])[],
): SmmScenario {
  const slips: Record<string, string> = { [keyText]: 'key' }
  const wrong: Wrong[] = []
  for (const [slip, text, mistake] of answers) {
    if (text in slips) continue
    slips[text] = slip
    wrong.push([text, mistake])
  }
  if (wrong.length < 3) throw new VariantError('fewer than three distinct mistakes')
  const shown = rng.shuffle(wrong)
  return {
    stem,
    key: keyText,
    wrong: shown,
    calc: {
      in: input,
      slips: Object.fromEntries([keyText, ...shown.map(([t]) => t)].map((t) => [t, slips[t]!])),
    },
  }
}

/**
 * An item whose answers are figures: every distinct mistake is offered (non-finite ones, and
 * negative ones where the key is not, are dropped) for the item model to pick the three that
 * place the key where chance would.
 */
export function figures(
  rng: Rng,
  show: (v: number) => string,
  spec: { stem: string; in: Record<string, number>; key: number; wrong: readonly Slip[] },
): SmmScenario {
  if (!Number.isFinite(spec.key)) throw new VariantError('a key out of range')
  const ok = spec.wrong.filter(([, v]) => Number.isFinite(v) && !(spec.key >= 0 && v < 0))
  return tagged(
    rng,
    spec.stem,
    spec.in,
    show(spec.key),
    ok.map(([s, v, m]) => [s, show(v), m] as const),
  )
}

/** An item whose answers are worked out as text (a time, a URL), each tagged with its slip. */
export function worked(
  rng: Rng,
  spec: {
    stem: string
    in: Record<string, number>
    key: string
    wrong: readonly (readonly [slip: string, text: string, mistake: string])[]
  },
): SmmScenario {
  return tagged(rng, spec.stem, spec.in, spec.key, spec.wrong)
}

/** One wording, or several equally good wordings of which each draw shows one. */
export type Wordings = string | readonly string[]
const worded = (rng: Rng, w: Wordings): string => (typeof w === 'string' ? w : rng.pick(w))

/**
 * An item whose answers are statements about a documented rule: `key` and each wrong answer
 * carry what they say (`says`), for the key test to check against its table of sources. A wrong
 * answer may come in several wordings, short and long, so no length or shared phrasing marks
 * the key.
 */
export function ruled(
  rng: Rng,
  spec: {
    rule: string
    stem: string
    key: readonly [says: string, text: string]
    wrong: readonly (readonly [says: string, text: Wordings, mistake: string])[]
  },
): SmmScenario {
  const says: Record<string, string> = { [spec.key[1]]: spec.key[0] }
  const wrong: Wrong[] = []
  for (const [s, words, mistake] of spec.wrong) {
    const text = worded(rng, words)
    if (text in says) continue
    says[text] = s
    wrong.push([text, mistake])
  }
  if (wrong.length < 3) throw new VariantError('fewer than three distinct mistakes')
  return {
    stem: spec.stem,
    key: spec.key[1],
    wrong: rng.shuffle(wrong),
    fact: { rule: spec.rule, says },
  }
}
