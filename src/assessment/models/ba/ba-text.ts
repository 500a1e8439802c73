import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

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

export const family = (id: string, draw: (rng: Rng) => BaScenario): ScenarioFamily => ({ id, draw })

/** A mistake: the slip's id, the answer it gives, and the mistake in words. */
export type Slip<T> = readonly [slip: string, value: T, mistake: string]

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
export const Client = (rng: Rng): string => {
  const c = client(rng)
  return c[0]!.toUpperCase() + c.slice(1)
}

const grouped = (v: number, dp: number): string =>
  v.toLocaleString('en-US', { minimumFractionDigits: dp, maximumFractionDigits: dp })
export const plain =
  (dp = 0) =>
  (v: number): string =>
    grouped(v, dp)
export const unit =
  (word: string, dp = 0) =>
  (v: number): string =>
    `${grouped(v, dp)} ${word}`
/** Money held in integer cents, shown with its symbol: 123456 → `$1,234.56`. */
export const cents =
  (symbol: string) =>
  (c: number): string =>
    `${c < 0 ? '-' : ''}${symbol}${grouped(Math.abs(c) / 100, 2)}`
export const pct =
  (dp = 1) =>
  (v: number): string =>
    `${grouped(v * 100, dp)}%`
export const symbol = (rng: Rng): string => rng.pick(['$', '€', '£'])

function tagged<T>(
  rng: Rng,
  show: (v: T) => string,
  spec: { stem: string; in: Record<string, number | string>; key: T; wrong: readonly Slip<T>[] },
): BaScenario {
  const keyText = show(spec.key)
  const slips: Record<string, string> = { [keyText]: 'key' }
  const wrong: Wrong[] = []
  for (const [slip, v, mistake] of spec.wrong) {
    if (typeof v === 'number' && !Number.isFinite(v)) continue
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

/** An item whose answers are figures, each tagged with the slip that gives it. */
export const figures = (
  rng: Rng,
  show: (v: number) => string,
  spec: {
    stem: string
    in: Record<string, number | string>
    key: number
    wrong: readonly Slip<number>[]
  },
): BaScenario => tagged(rng, show, spec)

/** An item whose answers are worked out as text (a rule, a task list), each tagged with its slip. */
export const worked = (
  rng: Rng,
  spec: {
    stem: string
    in: Record<string, number | string>
    key: string
    wrong: readonly Slip<string>[]
  },
): BaScenario => tagged(rng, (t) => t, spec)

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
