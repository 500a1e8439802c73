import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { grouped } from '../scenario/scenario-text.js'

/**
 * A payroll scenario. `calc` carries the drawn inputs (money in integer cents, rates in basis
 * points, hours whole) and, for every answer shown, the slip (named mistake, or `key`) that
 * produced it, so the key test can work each answer out again in BigInt cents its own way.
 */
export interface PayrollScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number>>
    readonly slips: Readonly<Record<string, string>>
  }
}

export const family = (id: string, draw: (rng: Rng) => PayrollScenario): ScenarioFamily => ({
  id,
  draw,
})

/** A mistake: the slip's id, the answer it gives (cents, or text), and the mistake in words. */
export type Slip = readonly [slip: string, value: number | string, mistake: string]

/** Cents as dollars: 123456 → `$1,234.56`. */
export const usd = (cents: number): string =>
  `${cents < 0 ? '-' : ''}$${grouped(Math.abs(cents) / 100, 2)}`

/** Whole dollars with separators: 7000 → `$7,000`. */
export const dollars = (d: number): string => `$${d.toLocaleString('en-US')}`

/** A rate in basis points as a percentage: 145 → `1.45%`, 620 → `6.2%`. */
export const bp = (b: number): string => `${+(b / 100).toFixed(2)}%`

/** `cents × bp / 10,000`, rounded half up to the cent, as each tax on one check is rounded. */
export const pctOf = (cents: number, b: number): number => Math.round((cents * b) / 10000)

/** `a × b / c` rounded half up to the cent (all non-negative). */
export const mulDiv = (a: number, b: number, c: number): number => Math.round((a * b) / c)

/** A whole amount between `low` and `high` in steps of `step`. */
export const drawn = (rng: Rng, low: number, high: number, step = 1): number =>
  rng.int(Math.ceil(low / step), Math.floor(high / step)) * step

/**
 * An item whose answers are worked out: amounts in cents are shown as dollars, text as given.
 * Each answer is tagged with its slip; a slip that shows as the key or an earlier slip, or is a
 * negative amount, is dropped, and fewer than three left is a refused draw. All the rest are
 * offered, for the item model to pick three that place the key where chance would.
 */
export function worked(
  rng: Rng,
  spec: {
    stem: string
    in: Record<string, number>
    key: number | string
    wrong: readonly Slip[]
  },
): PayrollScenario {
  const text = (v: number | string) => (typeof v === 'number' ? usd(v) : v)
  if (typeof spec.key === 'number' && !(Number.isFinite(spec.key) && spec.key >= 0))
    throw new VariantError('a key out of range')
  const keyText = text(spec.key)
  const slips: Record<string, string> = { [keyText]: 'key' }
  const wrong: Wrong[] = []
  for (const [slip, v, mistake] of spec.wrong) {
    if (typeof v === 'number' && !(Number.isFinite(v) && v > 0)) continue
    const t = text(v)
    if (t in slips) continue
    slips[t] = slip
    wrong.push([t, mistake])
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
 * A rule the role follows, in several wordings: stems, the key's true wordings and every named
 * mistake. The key test holds each family's documented rule and its source.
 */
export interface Practice {
  readonly id: string
  readonly stems: readonly string[]
  readonly keys: readonly string[]
  readonly wrong: readonly Wrong[]
}

export const practiceFamily = (p: Practice): ScenarioFamily => ({
  id: p.id,
  draw: (rng) => ({
    stem: `${rng.pick(OPENINGS)} ${rng.pick(p.stems)}`,
    key: rng.pick(p.keys),
    wrong: rng.shuffle(p.wrong),
  }),
})

/** Who the freelance payroll specialist works for; practice stems open with one of these. */
const OPENINGS = [
  'You run payroll for a small landscaping company.',
  'A dental practice outsources its payroll to you.',
  'You are the freelance bookkeeper of a family-owned bakery.',
  'You process payroll for a ten-person software studio.',
  'A local restaurant group hires you to run its payroll.',
  'You handle payroll for a nonprofit’s small staff.',
] as const

/** Employers whose payroll numeric stems are about. */
const EMPLOYERS = [
  'a landscaping company',
  'a dental practice',
  'a bakery',
  'a software studio',
  'a restaurant',
  'a plumbing contractor',
  'a veterinary clinic',
  'a print shop',
] as const
export const employer = (rng: Rng): string => rng.pick(EMPLOYERS)

const PEOPLE = ['Ana', 'Marcus', 'Priya', 'Diego', 'Hannah', 'Kwame', 'Lena', 'Tomás'] as const
export const person = (rng: Rng): string => rng.pick(PEOPLE)
