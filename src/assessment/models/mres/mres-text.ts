import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * A market-research scenario. `calc` carries the drawn inputs and, for every answer shown, the
 * slip (named mistake, or `key`) that produced it, so the key test can work each answer out again
 * with its own arithmetic. `rule` names the documented rule or table entry a statement answer
 * rests on, so the key test can check the key against its own table of those rules.
 */
export interface MresScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly rule?: string
}

/** A family whose id carries the test's prefix, `mres-`, unique in the repository. */
export const family = (id: string, draw: (rng: Rng) => MresScenario): ScenarioFamily => ({
  id: `mres-${id}`,
  draw,
})

/** A mistake: the slip's id, the value it gives, and the mistake in words. */
export type Slip = readonly [slip: string, value: number, mistake: string]

/** Small clients a freelance market researcher works for. */
const CLIENTS = [
  'a regional bakery chain',
  'a boutique fitness studio',
  'a craft gin distillery',
  'a pet insurance start-up',
  'a garden furniture retailer',
  'a language-learning app',
  'a local credit union',
  'an organic skincare brand',
  'a bike-sharing scheme',
  'a family-run hotel group',
  'a meal-kit delivery service',
  'a software start-up selling to accountants',
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

/** `n` to `dp` places with thousands separators and a unit word: `1,250 interviews`. */
export const qty =
  (unit: string, dp = 0) =>
  (v: number): string =>
    `${grouped(v, dp)} ${unit}`
/** An amount of money to `dp` places: `$12,400.50`. */
export const cash =
  (symbol: string, dp = 2) =>
  (v: number): string =>
    `${v < 0 ? '-' : ''}${symbol}${grouped(Math.abs(v), dp)}`
/** A fraction as a percentage to `dp` places: 0.9625 → `96.3%`. */
export const pct =
  (dp = 1) =>
  (v: number): string =>
    `${grouped(v * 100, dp)}%`
/** A difference of two fractions in percentage points, signed: 0.052 → `+5.2 points`. */
export const points =
  (dp = 1) =>
  (v: number): string =>
    `${v < 0 ? '−' : '+'}${grouped(Math.abs(v * 100), dp)} points`
/** A margin, a fraction shown in percentage points: 0.035 → `3.5 points`. */
export const pts =
  (dp = 1) =>
  (v: number): string =>
    `${grouped(v * 100, dp)} points`
/** A plain number to `dp` places. */
export const plain =
  (dp = 2) =>
  (v: number): string =>
    grouped(v, dp)
export const symbol = (rng: Rng): string => rng.pick(['$', '€', '£'])
/** A whole count with separators: 12,400. */
export const n = (v: number): string => grouped(v, 0)

/**
 * An item whose answers are figures: each mistake's value is shown as the key is and tagged with
 * its slip; mistakes that are not finite, negative where the key is not, or show as the key or an
 * earlier mistake are dropped, and fewer than three left is a refused draw. All the rest are
 * offered, for the item model to pick three.
 */
export function figures(
  rng: Rng,
  show: (v: number) => string,
  spec: { stem: string; in: Record<string, number>; key: number; wrong: readonly Slip[] },
): MresScenario {
  if (!Number.isFinite(spec.key)) throw new VariantError('a key out of range')
  const keyText = show(spec.key)
  const slips: Record<string, string> = { [keyText]: 'key' }
  const wrong: Wrong[] = []
  for (const [slip, v, mistake] of spec.wrong) {
    if (!Number.isFinite(v) || (spec.key >= 0 && v < 0)) continue
    const text = show(v)
    if (text in slips) continue
    slips[text] = slip
    wrong.push([text, mistake])
  }
  if (wrong.length < 3) throw new VariantError('fewer than three distinct mistakes')
  const shown = rng.shuffle(wrong)
  return {
    stem: spec.stem,
    key: keyText,
    wrong: shown,
    calc: {
      in: spec.in,
      slips: Object.fromEntries([keyText, ...shown.map(([t]) => t)].map((t) => [t, slips[t]!])),
    },
  }
}

/** An item whose answers are statements: every named mistake distinct from the key, for the model to pick three. */
export function statements(
  rng: Rng,
  spec: { stem: string; key: string; wrong: readonly Wrong[] },
  rule?: string,
): MresScenario {
  const seen = new Set([spec.key])
  const distinct = spec.wrong.filter(([t]) => !seen.has(t) && seen.add(t))
  if (distinct.length < 3) throw new VariantError('fewer than three distinct mistakes')
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: rng.shuffle(distinct),
    ...(rule === undefined ? {} : { rule }),
  }
}

/** Two-sided normal critical values as survey tables print them (the stems state the one used). */
export const Z_CRIT = [
  [0.9, 1.645],
  [0.95, 1.96],
  [0.99, 2.576],
] as const
export const confText = (c: number): string => `${Math.round(c * 100)}%`
