/**
 * What psychometrics reads: one scored attempt and its responses. Option ids are the item's own
 * (authoring) ids, never the per-attempt opaque ids a candidate saw.
 */
export interface ScoredResponse {
  readonly itemId: string
  /** Options the candidate chose; empty when the item was left unanswered. */
  readonly chosen: readonly string[]
  readonly correct: boolean
  /** Time from showing the item to the (last) answer, in milliseconds; null when unknown. */
  readonly timeMs: number | null
}

export interface ScoredAttempt {
  readonly attemptId: string
  readonly candidateId: string
  /** Epoch milliseconds of submission (or expiry). */
  readonly finishedAt: number
  /** Scored (operational) responses only; pretest responses are analysed but never scored. */
  readonly responses: readonly ScoredResponse[]
}
