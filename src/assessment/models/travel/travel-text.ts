import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import {
  cents,
  type FamilyMaker,
  type Slip as SlipOf,
  scenarioFamily,
} from '../scenario/scenario-text.js'

export { drawn, worked } from '../scenario/scenario-text.js'

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

export const family: FamilyMaker<TravelScenario> = scenarioFamily

/** A mistake: the slip's id, the answer it gives, and the mistake in words. */
export type Slip = SlipOf<string>

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

/** Cents as money: 123456 → `$1,234.56`. */
export const money = (symbol: string, amount: number): string => cents(symbol)(amount)

/** Minutes as `7 h 05 min`. */
export const span = (minutes: number): string =>
  `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
