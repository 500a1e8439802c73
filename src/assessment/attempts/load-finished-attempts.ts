import type { Kysely } from 'kysely'
import type { FinishedAttempt, ItemResponse } from '../psychometrics/index.js'
import type { AssessmentDatabase } from '../tables.js'

/** A finished attempt with, per response, when it was last answered (for leak detection). */
export interface LoadedAttempt extends FinishedAttempt {
  readonly answeredAt: ReadonlyMap<string, number>
  /** Words a candidate had to read per item (stem and options), for the too-fast signal. */
  readonly words: ReadonlyMap<string, number>
}

/**
 * Scored attempts of a test as psychometrics reads them: options mapped back to the bank's own
 * ids, and each answer's time taken as the gap since the candidate's previous answer (or the
 * start), since a linear form shows all items at once.
 */
export async function loadFinishedAttempts(
  db: Kysely<AssessmentDatabase>,
  testId: string,
): Promise<LoadedAttempt[]> {
  const attempts = await db
    .selectFrom('assessment_attempts')
    .select(['id', 'candidate_id', 'started_at', 'finished_at'])
    .where('test_id', '=', testId)
    .where('status', '=', 'scored')
    .orderBy('finished_at')
    .execute()
  const items = await db
    .selectFrom('assessment_attempt_items')
    .innerJoin(
      'assessment_attempts',
      'assessment_attempts.id',
      'assessment_attempt_items.attempt_id',
    )
    .select([
      'attempt_id',
      'item_ref',
      'scored',
      'stem',
      'options',
      'chosen_option_ids',
      'correct',
      'first_answered_at',
      'answered_at',
    ])
    .where('assessment_attempts.test_id', '=', testId)
    .where('assessment_attempts.status', '=', 'scored')
    .execute()
  const byAttempt = new Map<string, typeof items>()
  for (const item of items)
    byAttempt.set(item.attempt_id, [...(byAttempt.get(item.attempt_id) ?? []), item])
  return attempts.map((attempt) => {
    const rows = byAttempt.get(attempt.id) ?? []
    const order = rows
      .filter((r) => r.first_answered_at)
      .sort((a, b) => a.first_answered_at!.getTime() - b.first_answered_at!.getTime())
    const timeMs = new Map<string, number>()
    let previous = attempt.started_at.getTime()
    for (const row of order) {
      timeMs.set(row.item_ref, row.first_answered_at!.getTime() - previous)
      previous = row.first_answered_at!.getTime()
    }
    const responses = rows.map((row): ItemResponse => {
      const canonical = new Map(row.options.map((o) => [o.id, o.canonicalId]))
      return {
        itemId: row.item_ref,
        chosen: (row.chosen_option_ids ?? []).map((id) => canonical.get(id) ?? id),
        correct: row.correct === true,
        scored: row.scored,
        timeMs: timeMs.get(row.item_ref) ?? null,
      }
    })
    const answeredAt = new Map(
      rows.map((r) => [r.item_ref, (r.answered_at ?? attempt.finished_at!).getTime()]),
    )
    const words = new Map(
      rows.map((r) => [
        r.item_ref,
        wordCount([r.stem, ...r.options.map((o) => o.markdown)].join(' ')),
      ]),
    )
    return {
      attemptId: attempt.id,
      candidateId: attempt.candidate_id,
      finishedAt: attempt.finished_at!.getTime(),
      responses,
      answeredAt,
      words,
    }
  })
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}
