import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * A business-travel scenario. `calc` carries the drawn inputs and, for every answer shown, the
 * slip (named mistake, or `key`) that produced it, so the key test can work each answer out again
 * its own way (time zones through the platform's time-zone database, money in integer cents).
 */
export interface TravelScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number | string>>
    readonly slips: Readonly<Record<string, string>>
  }
}

export const family = (id: string, draw: (rng: Rng) => TravelScenario): ScenarioFamily => ({
  id,
  draw,
})

/** A mistake: the slip's id, the answer it gives, and the mistake in words. */
export type Slip = readonly [slip: string, text: string, mistake: string]

/**
 * An item whose answers are worked out (a figure, a time, a date): each answer is tagged with the
 * slip that gives it; a slip that shows as the key or an earlier slip is dropped, and fewer than
 * three left is a refused draw. All the rest are offered, for the item model to pick three.
 */
export function worked(
  rng: Rng,
  spec: {
    stem: string
    in: Record<string, number | string>
    key: string
    wrong: readonly Slip[]
  },
): TravelScenario {
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

/**
 * A practice the role follows, in several wordings: a stem, one of the key's wordings and every
 * named mistake. The key test holds each family's documented rule and its source.
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
    stem: `${rng.pick(TRAVELLERS)} ${rng.pick(p.stems)}`,
    key: rng.pick(p.keys),
    wrong: rng.shuffle(p.wrong),
  }),
})

/** Who the virtual assistant books for; stems open with one of these. */
export const TRAVELLERS = [
  'You book travel for a consultancy’s partners.',
  'A founder you assist travels for sales meetings.',
  'You are the remote travel coordinator of a small engineering firm.',
  'You book trips for a nonprofit’s field staff.',
  'An executive you support travels twice a month.',
  'You handle travel for a design studio’s team.',
] as const

export const PEOPLE = [
  'Amira',
  'Jonas',
  'Priya',
  'Mateo',
  'Hannah',
  'Kenji',
  'Chloé',
  'Tomás',
] as const
export const person = (rng: Rng): string => rng.pick(PEOPLE)

/** A whole amount between `low` and `high` in steps of `step`. */
export const drawn = (rng: Rng, low: number, high: number, step = 1): number =>
  rng.int(Math.ceil(low / step), Math.floor(high / step)) * step

/** Cents as money: 123456 → `$1,234.56`. */
export const money = (symbol: string, cents: number): string =>
  `${cents < 0 ? '-' : ''}${symbol}${(Math.abs(cents) / 100).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })}`

/** Minutes as `7 h 05 min`. */
export const span = (minutes: number): string =>
  `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
