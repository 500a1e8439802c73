import type { Rng } from '../rng.js'

/**
 * Each item appears in at most this share of its test's forms: a leaked item then reaches at most
 * one candidate in five. Holds whenever a domain's pool has at least `count / EXPOSURE_CAP` items.
 */
export const EXPOSURE_CAP = 0.2

export interface ExposureCandidate {
  readonly id: string
  /** Forms of this test that already contained the item. */
  readonly exposures: number
}

/**
 * Picks `count` items, least exposed first with random ties, so after F forms no item is in more
 * than ⌈F·count/pool⌉ of them — at most `EXPOSURE_CAP` of the forms when pool ≥ count / cap.
 * Items in `avoid` (seen by this candidate before) come only after every other item.
 *
 * @example pickLeastExposed(pool, 6, createRng(1), new Set(seenIds))
 */
export function pickLeastExposed(
  candidates: readonly ExposureCandidate[],
  count: number,
  rng: Rng,
  avoid: ReadonlySet<string> = new Set(),
): string[] {
  const keyed = candidates.map((candidate) => ({
    id: candidate.id,
    avoided: avoid.has(candidate.id) ? 1 : 0,
    exposures: candidate.exposures,
    tie: rng.next(),
  }))
  keyed.sort((a, b) => a.avoided - b.avoided || a.exposures - b.exposures || a.tie - b.tie)
  return keyed.slice(0, count).map((entry) => entry.id)
}

/** The pool size per domain that keeps every item under the cap: count / cap, rounded up. */
export function poolNeededForCap(count: number, cap: number = EXPOSURE_CAP): number {
  return Math.ceil(count / cap - 1e-9)
}
