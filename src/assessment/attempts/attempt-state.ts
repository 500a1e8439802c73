import type { Kysely } from 'kysely'
import { DomainError } from '../../shared/index.js'
import type { AssessmentDatabase, StoredDomainScore } from '../tables.js'

/** An item of an attempt as the candidate may know it: no key, no correctness. */
export interface CandidateItem {
  readonly position: number
  readonly kind: 'single' | 'multiple'
  readonly stem: string
  readonly options: readonly { readonly id: string; readonly markdown: string }[]
  readonly chosenOptionIds: readonly string[] | null
}

export interface AttemptResult {
  readonly rawScore: number
  readonly scoredItems: number
  readonly percentScore: number
  readonly cutPercent: number
  readonly passed: boolean
  readonly endedBy: 'submission' | 'expiry'
  readonly domains: readonly StoredDomainScore[]
  /** Ability on the test's Rasch scale, when the test is calibrated. */
  readonly ability: { readonly theta: number; readonly se: number } | null
}

/** An attempt as its candidate sees it; `result` only once scored. */
export interface AttemptState {
  readonly id: string
  readonly candidateId: string
  readonly testId: string
  readonly testVersion: number
  readonly status: 'active' | 'scored'
  readonly mode: 'linear' | 'adaptive'
  readonly startedAt: Date
  readonly deadline: Date
  readonly finishedAt: Date | null
  readonly items: readonly CandidateItem[]
  readonly result: AttemptResult | null
}

/** The candidate's attempt, or a 404 (also for someone else's: its existence is not theirs to know). */
export async function loadOwnAttempt(
  db: Kysely<AssessmentDatabase>,
  attemptId: string,
  candidateId: string,
  lock = false,
) {
  let query = db
    .selectFrom('assessment_attempts')
    .selectAll()
    .where('id', '=', attemptId)
    .where('candidate_id', '=', candidateId)
  if (lock) query = query.forUpdate()
  const row = await query.executeTakeFirst()
  if (!row)
    throw new DomainError(
      'not_found',
      'attempt_not_found',
      `there is no attempt ${attemptId} of yours`,
    )
  return row
}

export async function readAttemptState(
  db: Kysely<AssessmentDatabase>,
  attemptId: string,
  candidateId: string,
): Promise<AttemptState> {
  const row = await loadOwnAttempt(db, attemptId, candidateId)
  const items = await db
    .selectFrom('assessment_attempt_items')
    .select(['position', 'kind', 'stem', 'options', 'chosen_option_ids'])
    .where('attempt_id', '=', attemptId)
    .orderBy('position')
    .execute()
  const scored = row.status === 'scored'
  return {
    id: row.id,
    candidateId: row.candidate_id,
    testId: row.test_id,
    testVersion: row.test_version,
    status: row.status,
    mode: row.mode,
    startedAt: row.started_at,
    deadline: row.deadline,
    finishedAt: row.finished_at,
    items: items.map((item) => ({
      position: item.position,
      kind: item.kind,
      stem: item.stem,
      options: item.options.map((o) => ({ id: o.id, markdown: o.markdown })),
      chosenOptionIds: item.chosen_option_ids,
    })),
    result: scored
      ? {
          rawScore: row.raw_score!,
          scoredItems: row.scored_items,
          percentScore: row.percent_score!,
          cutPercent: row.cut_percent,
          passed: row.passed!,
          endedBy: row.ended_by ?? 'submission',
          domains: row.domain_scores ?? [],
          ability: abilityOf(row),
        }
      : null,
  }
}

export function abilityOf(row: {
  readonly ability: number | null
  readonly ability_se: number | null
}): AttemptResult['ability'] {
  return row.ability === null || row.ability_se === null
    ? null
    : { theta: row.ability, se: row.ability_se }
}
