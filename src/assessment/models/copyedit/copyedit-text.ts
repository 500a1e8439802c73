import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

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

export const family = (id: string, draw: (rng: Rng) => CeScenario): ScenarioFamily => ({
  id,
  draw,
})

/** A mistake: the slip's id, the answer it gives, and the mistake in words. */
export type Slip = readonly [slip: string, text: string, mistake: string]

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
    ce: {
      in: spec.in,
      slips: Object.fromEntries([spec.key, ...shown.map(([t]) => t)].map((t) => [t, slips[t]!])),
      ...(spec.rule ? { rule: spec.rule } : {}),
    },
  }
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

export const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1)

/** A quoted manuscript passage. */
export const q = (s: string): string => `“${s}”`
