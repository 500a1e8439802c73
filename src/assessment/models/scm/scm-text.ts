import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * A supply-chain scenario. `calc` carries the drawn inputs and, for every answer shown, the slip
 * (named mistake, or `key`) that produced it, so the key test can work each answer out again with
 * its own arithmetic. `inco` names the Incoterms rule and the point or party each answer states,
 * so the key test can check them against its own table of the ICC Incoterms 2020 rules.
 */
export interface ScmScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly inco?: {
    readonly rule: string
    readonly ask: string
    readonly answers: Readonly<Record<string, string>>
  }
}

export const family = (id: string, draw: (rng: Rng) => ScmScenario): ScenarioFamily => ({
  id,
  draw,
})

/** A mistake: the slip's id, the value it gives, and the mistake in words. */
export type Slip = readonly [slip: string, value: number, mistake: string]

/** Businesses a freelance operations analyst or purchasing assistant works for. */
const CLIENTS = [
  'an online homeware shop',
  'a bicycle parts distributor',
  'a specialty coffee wholesaler',
  'a cosmetics brand',
  'a pet food retailer',
  'a spare-parts warehouse',
  'a garden centre chain',
  'a small electronics importer',
  'a craft brewery',
  'a medical supplies distributor',
  'a furniture maker',
  'a stationery wholesaler',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const Client = (rng: Rng): string => {
  const c = client(rng)
  return c[0]!.toUpperCase() + c.slice(1)
}

const ITEMS = [
  'printer cartridges',
  'bike chains',
  'coffee filters',
  'LED bulbs',
  'cable ties',
  'hand cream tubes',
  'dog harnesses',
  'notebooks',
  'brake pads',
  'glass jars',
  'phone cases',
  'garden hoses',
] as const
export const item = (rng: Rng): string => rng.pick(ITEMS)

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
/** A plain number to `dp` places. */
export const plain =
  (dp = 2) =>
  (v: number): string =>
    grouped(v, dp)
export const symbol = (rng: Rng): string => rng.pick(['$', '€', '£'])

/**
 * An item whose answers are figures: each mistake's value is shown as the key is and tagged with
 * its slip; mistakes that are not finite, negative where the key is not, or show as the key or an
 * earlier mistake are dropped, and fewer than three left is a refused draw. All the rest are
 * offered: the item model picks the three that place the key where chance would (its numeric
 * rank, length and likeness drawn uniformly), which a fixed three could not.
 */
export function figures(
  rng: Rng,
  show: (v: number) => string,
  spec: { stem: string; in: Record<string, number>; key: number; wrong: readonly Slip[] },
): ScmScenario {
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

/**
 * An item whose answers are worked out as text (a list of SKUs, a lot to pick): like `figures`,
 * each answer is tagged with the slip that gives it, for the key test to work out again.
 */
export function worked(
  rng: Rng,
  spec: {
    stem: string
    in: Record<string, number>
    key: string
    wrong: readonly (readonly [slip: string, text: string, mistake: string])[]
  },
): ScmScenario {
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

/** An item whose answers are statements: every named mistake distinct from the key, for the model to pick three. */
export function statements(
  rng: Rng,
  spec: { stem: string; key: string; wrong: readonly Wrong[] },
  extra: Pick<ScmScenario, 'inco' | 'calc'> = {},
): ScmScenario {
  const seen = new Set([spec.key])
  const distinct = spec.wrong.filter(([t]) => !seen.has(t) && seen.add(t))
  if (distinct.length < 3) throw new VariantError('fewer than three distinct mistakes')
  return { stem: spec.stem, key: spec.key, wrong: rng.shuffle(distinct), ...extra }
}

/**
 * Standard normal quantiles to two places as a z table prints them, for the cycle service levels
 * the stems use (each stem states the z it wants); the key test checks them against a library.
 */
export const Z_TABLE = [
  [0.8, 0.84],
  [0.85, 1.04],
  [0.9, 1.28],
  [0.975, 1.96],
  [0.98, 2.05],
  [0.99, 2.33],
  [0.995, 2.58],
] as const

/** Harris's economic order quantity, sqrt(2DS/H). */
export const eoq = (d: number, s: number, h: number): number => Math.sqrt((2 * d * s) / h)
/** A service level as the stems write it: 0.975 → `97.5%`. */
export const pcText = (p: number): string => `${+(p * 100).toFixed(1)}%`
