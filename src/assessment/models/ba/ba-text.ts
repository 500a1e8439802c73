import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, Wrong } from '../scenario/scenario-model.js'
import {
  cap,
  type FamilyMaker,
  grouped,
  qty,
  type Slip,
  scenarioFamily,
  type Tagged,
  worked,
} from '../scenario/scenario-text.js'

export { cents, pct, type Slip, symbol, worked } from '../scenario/scenario-text.js'

/**
 * A business-analysis scenario. `calc` carries the drawn inputs and, for every answer shown, the
 * slip (named mistake, or `key`) that produced it, so the key test can work each answer out again
 * its own way (enumerating a decision table, simulating tokens, recomputing money in cents).
 * `cite` names the documented rule a situation falls under and the rule each answer states, so
 * the key test can check them against its own table of cited rules.
 */
export interface BaScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number | string>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly cite?: {
    readonly table: string
    readonly situation: string
    readonly answers: Readonly<Record<string, string>>
  }
}

export const family: FamilyMaker<BaScenario> = scenarioFamily

/** Clients a freelance business analyst works for. */
const CLIENTS = [
  'a regional insurer',
  'an online grocery start-up',
  'a dental clinic group',
  'a logistics firm',
  'a city council',
  'a language school',
  'a car rental company',
  'a charity',
  'a wholesale bakery',
  'a property manager',
  'a payroll bureau',
  'a hotel chain',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const Client = (rng: Rng): string => cap(client(rng))

/** A number to `dp` places; unlike the shared `plain` (two places), whole by default. */
export const plain =
  (dp = 0) =>
  (v: number): string =>
    grouped(v, dp)
/** `n` to `dp` places with a unit word: `12 stories`. */
export const unit = qty

/**
 * An item whose answers are figures, each tagged with the slip that gives it. Unlike the shared
 * `figures`, a key out of range is shown as it is and negative mistakes are kept: only mistakes
 * that are not finite are dropped.
 */
export const figures = <I>(
  rng: Rng,
  show: (v: number) => string,
  spec: { stem: string; in: I; key: number; wrong: readonly Slip[] },
): Tagged<I> =>
  worked(rng, {
    stem: spec.stem,
    in: spec.in,
    key: show(spec.key),
    wrong: spec.wrong
      .filter(([, v]) => Number.isFinite(v))
      .map(([slip, v, mistake]) => [slip, show(v), mistake] as const),
  })

/**
 * An item keyed by a documented rule: the situation is drawn from a cited table (`table`), the
 * key is what the rule says, and each wrong answer is another rule's answer with the mistake that
 * picks it. Answers carry their rule label for the key test's own table.
 */
export function cited(
  rng: Rng,
  spec: {
    stem: string
    table: string
    situation: string
    key: readonly [label: string, text: string]
    wrong: readonly (readonly [label: string, text: string, mistake: string])[]
  },
): BaScenario {
  const answers: Record<string, string> = { [spec.key[1]]: spec.key[0] }
  const wrong: Wrong[] = []
  for (const [label, text, mistake] of spec.wrong) {
    if (text in answers || label === spec.key[0]) continue
    answers[text] = label
    wrong.push([text, mistake])
  }
  if (wrong.length < 3) throw new VariantError('fewer than three distinct mistakes')
  return {
    stem: spec.stem,
    key: spec.key[1],
    wrong: rng.shuffle(wrong),
    cite: { table: spec.table, situation: spec.situation, answers },
  }
}

/** Ids A, B, C … for drawn rows. */
export const letters = (n: number): string[] =>
  Array.from({ length: n }, (_, k) => String.fromCharCode(65 + k))
