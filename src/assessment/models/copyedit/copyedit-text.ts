import type { Rng } from '../../rng.js'
import type { Scenario } from '../scenario/scenario-model.js'
import {
  type FamilyMaker,
  type Slip as SlipOf,
  scenarioFamily,
  worked as tagged,
} from '../scenario/scenario-text.js'

export { cap } from '../scenario/scenario-text.js'

/**
 * A copy-editing scenario. `ce` carries the drawn manuscript facts (`in`) and, for every answer
 * shown, the slip that produced it (a named mistake, or `key`), so the key test can work each
 * answer out again with a second implementation, or read it against its table of documented
 * rules (`rule` names the table row the stem's brief or guide states).
 */
export interface CeScenario extends Scenario {
  readonly ce: {
    readonly in: Readonly<Record<string, unknown>>
    readonly slips: Readonly<Record<string, string>>
    readonly rule?: string
  }
}

export const family: FamilyMaker<CeScenario> = scenarioFamily

/** A mistake: the slip's id, the answer it gives, and the mistake in words. */
export type Slip = SlipOf<string>

/**
 * An item whose answers are worked out from the drawn manuscript: each answer is tagged with
 * the slip that gives it. Mistakes that give the key or an earlier mistake's answer are dropped
 * (no distractor of that draw); fewer than three left is a refused draw. All the rest are
 * offered, and the item model picks three.
 */
export function worked(
  rng: Rng,
  spec: {
    stem: string
    in: Record<string, unknown>
    key: string
    wrong: readonly Slip[]
    rule?: string
  },
): CeScenario {
  const { stem, key, wrong, calc } = tagged(rng, spec)
  return { stem, key, wrong, ce: { ...calc, ...(spec.rule ? { rule: spec.rule } : {}) } }
}

/** Clients a freelance copy-editor works for. */
const CLIENTS = [
  'a university press',
  'a trade publisher',
  'a charity’s annual report team',
  'a medical journal',
  'a local history society',
  'a travel guide publisher',
  'a think tank',
  'an academic author',
  'a museum’s publications office',
  'a business-book publisher',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** A quoted manuscript passage. */
export const q = (s: string): string => `“${s}”`
