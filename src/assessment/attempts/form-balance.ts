import { cuesPointingAt, type OptionCue, readText } from '../lint/option-cues.js'
import type { Rng } from '../rng.js'

/**
 * Share of a form's items whose key may carry any one cue (uniquely longest, most like the
 * others, middle value): one in four, the rate a four-option item's key has each cue by chance.
 * A form past it would reward a candidate who follows that cue, so further variants are drawn again.
 */
export const CUE_SHARE_PER_FORM = 0.25

/**
 * Fresh variants drawn for a slot whose key carries a cue the form has spent: after this many the
 * last is kept (an authored item, or a family whose keys always carry it, cannot be drawn away).
 */
export const MAX_CUE_REDRAWS = 4

/** Key features of one form kept in balance while its items are delivered, in delivery order. */
export interface FormBalance {
  /** Where the key of a single-answer item with `options` options goes: a least-used position. */
  keyPosition(options: number, rng: Rng): number
  /** Whether an item whose key carries these cues (`keyCues`) would exceed a cue's share. */
  overBudget(cues: readonly OptionCue[]): boolean
  /** Counts an item's key cues (`keyCues`) against the form's shares. */
  admit(cues: readonly OptionCue[]): void
}

/**
 * The cues a single-answer item's key carries among its option texts (none for several keys).
 * Worked out once per drawn item: a redraw decision and its admission read the same cues.
 */
export function keyCues(texts: readonly string[], keyIndex: number): readonly OptionCue[] {
  return keyIndex < 0 ? [] : cuesPointingAt(texts.map(readText), keyIndex)
}

/**
 * The balance of a form of `items` items: key positions spread evenly (each position at most one
 * key ahead of another), and at most ⌈items × `CUE_SHARE_PER_FORM`⌉ keys carrying each cue.
 *
 * @example const balance = formBalance(35); balance.keyPosition(4, rng) // 0–3, least used first
 */
export function formBalance(items: number): FormBalance {
  const positions: number[] = []
  const cues = new Map<OptionCue, number>()
  const budget = Math.ceil(items * CUE_SHARE_PER_FORM)
  return {
    keyPosition(options, rng) {
      while (positions.length < options) positions.push(0)
      const open = positions.slice(0, options)
      const least = Math.min(...open)
      const position = rng.pick(open.flatMap((n, i) => (n === least ? [i] : [])))
      positions[position]!++
      return position
    },
    overBudget: (keyCues) => keyCues.some((cue) => (cues.get(cue) ?? 0) >= budget),
    admit(keyCues) {
      for (const cue of keyCues) cues.set(cue, (cues.get(cue) ?? 0) + 1)
    },
  }
}
