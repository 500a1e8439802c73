import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * A data-entry scenario; `facts` are the drawn inputs its key follows from, stated again as data
 * so the key test can recompute the key (and judge each distractor) with a library or a second
 * implementation of its own, never with the routines the families use.
 */
export interface DataScenario extends Scenario {
  readonly facts?: Readonly<Record<string, unknown>>
}

/** Clients a freelance virtual assistant keys and cleans records for. */
export const CLIENTS = [
  'a dental practice',
  'an online tea shop',
  'a property letting agent',
  'a wedding photographer',
  'a bike repair chain',
  'a language school',
  'a garden centre',
  'a recruitment agency',
] as const

export const client = (rng: Rng) => rng.pick(CLIENTS)
/** A client opening a sentence. */
export const Client = (rng: Rng) => {
  const c = client(rng)
  return c[0]!.toUpperCase() + c.slice(1)
}

/** A string of `n` random decimal digits (leading zeros allowed). */
export const digits = (rng: Rng, n: number) =>
  Array.from({ length: n }, () => String(rng.int(0, 9))).join('')

/**
 * The scenario with exactly three of its wrong answers that differ from the key and each other,
 * drawn at random from those the named mistakes give; a draw where fewer than three differ is
 * refused, as two mistakes landing on one value (or on the key) leave no distractor of that draw.
 */
export function three(
  rng: Rng,
  s: {
    stem: string
    key: string
    wrong: readonly Wrong[]
    code?: boolean
    facts?: Record<string, unknown>
  },
): DataScenario {
  const seen = new Set([s.key])
  const distinct = s.wrong.filter(([text]) => !seen.has(text) && seen.add(text))
  if (distinct.length < 3) throw new VariantError('fewer than three distinct mistakes')
  return { ...s, wrong: rng.shuffle(distinct).slice(0, 3) }
}

/** A named family. */
export const family = (id: string, draw: (rng: Rng) => DataScenario): ScenarioFamily => ({
  id,
  draw,
})

/** A figure with thousands commas and two decimals, as a client's ledger shows it. */
export const money = (x: number) =>
  x.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
