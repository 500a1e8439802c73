import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * A statement-analysis scenario. `calc` carries the drawn figures and, for every answer shown,
 * the slip (named mistake, or `key`) that produced it, so the key test can derive each answer
 * again from its own ledger; `rule` names the documented rule a conceptual item rests on, so the
 * key test can check its key, and no distractor, against a table citing that rule's source.
 */
export interface FsaScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly rule?: string
}

export const family = (id: string, draw: (rng: Rng) => FsaScenario): ScenarioFamily => ({
  id,
  draw,
})

/** A mistake: the slip's id, the value it gives, and the mistake in words. */
export type Slip = readonly [slip: string, value: number, mistake: string]

/** Companies whose statements a freelance analyst is hired to read. */
const COMPANIES = [
  'a regional bakery chain',
  'a software reseller',
  'a family-owned machine shop',
  'a listed furniture retailer',
  'a logistics start-up',
  'a dental clinic group',
  'a wholesale wine importer',
  'a contract cleaning firm',
  'a mid-sized printing company',
  'an outdoor gear brand',
  'a private hospital operator',
  'a building materials distributor',
] as const
export const company = (rng: Rng): string => rng.pick(COMPANIES)
export const Company = (rng: Rng): string => {
  const c = company(rng)
  return c[0]!.toUpperCase() + c.slice(1)
}

/** A drawn whole amount between `low` and `high` in steps of `step`. */
export const drawn = (rng: Rng, low: number, high: number, step = 1): number =>
  rng.int(Math.ceil(low / step), Math.floor(high / step)) * step

const grouped = (v: number, dp: number): string =>
  v.toLocaleString('en-US', { minimumFractionDigits: dp, maximumFractionDigits: dp })

/** Money in thousands as the statements print it: `$12,400k`. */
export const thousands =
  (symbol: string) =>
  (v: number): string =>
    `${v < 0 ? '-' : ''}${symbol}${grouped(Math.abs(v), 0)}k`
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
/** A ratio to `dp` places with a unit: `1.45x`, `38.2 days`. */
export const times =
  (dp = 2) =>
  (v: number): string =>
    `${grouped(v, dp)}x`
export const days =
  (dp = 1) =>
  (v: number): string =>
    `${grouped(v, dp)} days`
export const symbol = (rng: Rng): string => rng.pick(['$', '€', '£'])

/**
 * An item whose answers are figures: each mistake's value is shown as the key is and tagged with
 * its slip; mistakes that are not finite, of the other sign than the key, or show as the key or
 * an earlier mistake are dropped, and fewer than three left is a refused draw. All the rest are
 * offered, so the item model can pick three that place the key where chance would.
 */
export function figures(
  rng: Rng,
  show: (v: number) => string,
  spec: {
    stem: string
    in: Record<string, number>
    key: number
    wrong: readonly Slip[]
    signed?: boolean
  },
): FsaScenario {
  if (!Number.isFinite(spec.key)) throw new VariantError('a key out of range')
  const keyText = show(spec.key)
  const slips: Record<string, string> = { [keyText]: 'key' }
  const wrong: Wrong[] = []
  for (const [slip, v, mistake] of spec.wrong) {
    if (!Number.isFinite(v)) continue
    if (!spec.signed && spec.key >= 0 && v < 0) continue
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
 * An item whose answers are statements resting on a documented rule: every named mistake
 * distinct from the key, for the model to pick three; `rule` names the cited rule.
 */
export function statements(
  rng: Rng,
  rule: string,
  spec: { stem: string; key: string; wrong: readonly Wrong[] },
): FsaScenario {
  const seen = new Set([spec.key])
  const distinct = spec.wrong.filter(([t]) => !seen.has(t) && seen.add(t))
  if (distinct.length < 3) throw new VariantError('fewer than three distinct mistakes')
  return { stem: spec.stem, key: spec.key, wrong: rng.shuffle(distinct), rule }
}
