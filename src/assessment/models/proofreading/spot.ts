import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'

/** A form that is right as it stands, and the mistake of a proofreader who would still mark it. */
export interface Foil {
  readonly text: string
  readonly mistake: string
}

export const family = (id: string, draw: (rng: Rng) => Scenario): ScenarioFamily => ({ id, draw })

/**
 * A proofreader's usual question: which of four places in the proof is the one to mark. The four
 * are different passages, not edits of one, so no option resembles the key more than chance would.
 */
export function spot(stem: string, key: string, foils: readonly Foil[]): Scenario {
  return { stem, key, wrong: foils.map((f) => [f.text, f.mistake] as const) }
}

/** `count` different entries of a table, in random order. */
export const some = <T>(rng: Rng, table: readonly T[], count: number): T[] =>
  rng.shuffle(table).slice(0, count)

/** The article a figure up to 999 takes as it is read aloud: “an 8”, “an 11”, “an 18”, “an 80”. */
export const article = (n: number): 'a' | 'an' =>
  String(n).startsWith('8') || n === 11 || n === 18 ? 'an' : 'a'

/** A figure with its article before it, and any sign between: `an(8, '£')` is “an £8”. */
export const an = (n: number, sign = ''): string => `${article(n)} ${sign}${n}`
