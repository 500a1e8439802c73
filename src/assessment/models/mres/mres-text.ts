import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { cap, grouped } from '../scenario/scenario-text.js'

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
export const Client = (rng: Rng): string => cap(client(rng))

export {
  cash,
  drawn,
  figures,
  pct,
  plain,
  qty,
  type Slip,
  symbol,
} from '../scenario/scenario-text.js'

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
/** A whole count with separators: 12,400. */
export const n = (v: number): string => grouped(v, 0)

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
