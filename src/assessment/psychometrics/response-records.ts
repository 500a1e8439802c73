/**
 * What psychometrics reads: one finished attempt and its responses. Option ids are the item's own
 * (authoring) ids, never the per-attempt opaque ids a candidate saw.
 */
export interface ItemResponse {
  readonly itemId: string
  /** Options the candidate chose; empty when the item was left unanswered. */
  readonly chosen: readonly string[]
  readonly correct: boolean
  /** false for a pretest item riding unscored in the form. */
  readonly scored: boolean
  /** Time from showing the item to the (last) answer, in milliseconds; null when unknown. */
  readonly timeMs: number | null
}

export interface FinishedAttempt {
  readonly attemptId: string
  readonly candidateId: string
  /** Epoch milliseconds of submission (or expiry). */
  readonly finishedAt: number
  readonly responses: readonly ItemResponse[]
}

/** Number of scored responses answered correctly, and how many were scored. */
export function rawScore(attempt: FinishedAttempt): { correct: number; scored: number } {
  let correct = 0
  let scored = 0
  for (const response of attempt.responses) {
    if (!response.scored) continue
    scored++
    if (response.correct) correct++
  }
  return { correct, scored }
}
