import type { ItemAnalysis } from './item-analysis.js'

/** Below this facility an item is too hard to tell candidates apart (or is miskeyed). */
export const MIN_FACILITY = 0.2
/** Above this facility an item tells almost nobody apart (or its key is known). */
export const MAX_FACILITY = 0.95
/** Corrected point-biserials below this discriminate too weakly for a certification test. */
export const MIN_POINT_BISERIAL = 0.2
/**
 * Flags wait for this many responses: at n = 30 the standard error of a correlation near 0.2 is
 * about 0.18, so fewer responses would flag good items by noise.
 */
export const MIN_RESPONSES_FOR_FLAGS = 30

export type ItemFlag =
  | { readonly kind: 'too-hard'; readonly facility: number }
  | { readonly kind: 'too-easy'; readonly facility: number }
  | { readonly kind: 'low-discrimination'; readonly pointBiserial: number }
  /** A key option whose choosers score lower than the rest: likely miskeyed. */
  | { readonly kind: 'negative-key'; readonly optionId: string; readonly pointBiserial: number }
  /** A distractor that attracts stronger candidates than a key does: possibly a second answer. */
  | {
      readonly kind: 'distractor-outperforms-key'
      readonly optionId: string
      readonly pointBiserial: number
    }

/**
 * The review flags of the spec: p < 0.20 or > 0.95, corrected point-biserial < 0.20, negative
 * keys; none before `MIN_RESPONSES_FOR_FLAGS` responses.
 *
 * @example flagItem(analysis).map((flag) => flag.kind) // ['too-easy']
 */
export function flagItem(analysis: ItemAnalysis): ItemFlag[] {
  if (analysis.responses < MIN_RESPONSES_FOR_FLAGS) return []
  const flags: ItemFlag[] = []
  if (analysis.facility < MIN_FACILITY)
    flags.push({ kind: 'too-hard', facility: analysis.facility })
  if (analysis.facility > MAX_FACILITY)
    flags.push({ kind: 'too-easy', facility: analysis.facility })
  const r = analysis.correctedPointBiserial
  if (!Number.isNaN(r) && r < MIN_POINT_BISERIAL) {
    flags.push({ kind: 'low-discrimination', pointBiserial: r })
  }
  const keyCorrelations = analysis.options
    .filter((o) => o.isKey && !Number.isNaN(o.pointBiserial))
    .map((o) => o.pointBiserial)
  const weakestKey = keyCorrelations.length === 0 ? Number.NaN : Math.min(...keyCorrelations)
  for (const option of analysis.options) {
    if (Number.isNaN(option.pointBiserial)) continue
    if (option.isKey && option.pointBiserial < 0) {
      flags.push({
        kind: 'negative-key',
        optionId: option.optionId,
        pointBiserial: option.pointBiserial,
      })
    }
    if (!option.isKey && option.pointBiserial > 0 && option.pointBiserial > weakestKey) {
      flags.push({
        kind: 'distractor-outperforms-key',
        optionId: option.optionId,
        pointBiserial: option.pointBiserial,
      })
    }
  }
  return flags
}
