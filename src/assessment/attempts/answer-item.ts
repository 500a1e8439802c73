import type { Kysely, Transaction } from 'kysely'
import { transact } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import type { AssessmentDatabase } from '../tables.js'
import { appendAdaptiveItem } from './adaptive-delivery.js'
import type { AttemptServices } from './attempt-services.js'
import { loadCalibration } from './calibrate-test.js'
import { finishAttempt } from './finish-attempt.js'
import { formContext } from './form-context.js'

export interface RecordedAnswer {
  readonly position: number
  readonly chosenOptionIds: readonly string[]
  readonly answeredAt: Date
  /** Adaptive delivery: the item that follows, or null when the attempt is complete. */
  readonly nextPosition: number | null
  readonly attemptStatus: 'active' | 'scored'
}

/**
 * Records the candidate's choice for one item. Idempotent: the same choice again changes nothing
 * (not even the answer time); a different choice replaces it until the attempt ends (in an
 * adaptive attempt an answer is final, and it brings the next item or the end). After the
 * deadline the answer is refused (410) and the attempt is scored as it stood.
 *
 * @example await attempts.answerItem(db, { attemptId, candidateId, position: 3, optionIds: ['x1Yz…'] })
 */
export async function answerItem(
  services: AttemptServices,
  db: Kysely<AssessmentDatabase>,
  request: {
    readonly attemptId: string
    readonly candidateId: string
    readonly position: number
    readonly optionIds: readonly string[]
  },
): Promise<RecordedAnswer> {
  const now = services.now()
  const outcome = await transact(db, async (trx) => {
    // One round trip locks the attempt (against a concurrent submit) and reads the item: an
    // answer is the hottest write, and each query is a wait on the database under load.
    const found = await trx
      .selectFrom('assessment_attempts as a')
      .leftJoin('assessment_attempt_items as i', (join) =>
        join.onRef('i.attempt_id', '=', 'a.id').on('i.position', '=', request.position),
      )
      .select([
        'a.id',
        'a.status',
        'a.deadline',
        'a.mode',
        'a.test_id',
        'a.candidate_id',
        'i.kind',
        'i.options',
        'i.chosen_option_ids',
        'i.answered_at',
      ])
      .where('a.id', '=', request.attemptId)
      .where('a.candidate_id', '=', request.candidateId)
      .forUpdate('a')
      .executeTakeFirst()
    if (!found) {
      throw new DomainError(
        'not_found',
        'attempt_not_found',
        `there is no attempt ${request.attemptId} of yours`,
      )
    }
    const attempt = found
    if (attempt.status !== 'active') return 'finished' as const
    if (now.getTime() > attempt.deadline.getTime()) {
      await finishAttempt(services, trx, attempt.id, now)
      return 'expired' as const
    }
    const item =
      found.kind && found.options ? { ...found, kind: found.kind, options: found.options } : null
    if (!item) {
      throw new DomainError(
        'not_found',
        'item_not_found',
        `this attempt has no item ${request.position}`,
      )
    }
    const chosen = validChoice(
      item.kind,
      item.options.map((o) => o.id),
      request.optionIds,
    )
    const same =
      item.chosen_option_ids !== null &&
      item.chosen_option_ids.length === chosen.length &&
      chosen.every((id) => item.chosen_option_ids!.includes(id))
    if (same && item.answered_at) {
      return {
        position: request.position,
        chosenOptionIds: item.chosen_option_ids!,
        answeredAt: item.answered_at,
        ...(await whatFollows(trx, attempt.id, attempt.mode, request.position)),
      }
    }
    if (attempt.mode === 'adaptive' && item.answered_at) {
      // The next item was chosen from this answer: changing it would game the selection.
      throw new DomainError('conflict', 'answer_locked', 'an adaptive test takes each answer once')
    }
    await trx
      .updateTable('assessment_attempt_items')
      .set((eb) => ({
        chosen_option_ids: JSON.stringify(chosen),
        answered_at: now,
        first_answered_at: eb.fn.coalesce('first_answered_at', eb.val(now)),
      }))
      .where('attempt_id', '=', attempt.id)
      .where('position', '=', request.position)
      .execute()
    if (attempt.mode === 'adaptive')
      await continueAdaptive(services, trx, attempt.id, attempt.test_id, attempt.candidate_id, now)
    return {
      position: request.position,
      chosenOptionIds: chosen,
      answeredAt: now,
      ...(await whatFollows(trx, attempt.id, attempt.mode, request.position)),
    }
  })
  if (outcome === 'finished') {
    throw new DomainError(
      'conflict',
      'attempt_finished',
      'this attempt has ended; it takes no more answers',
    )
  }
  if (outcome === 'expired') {
    throw new DomainError(
      'gone',
      'attempt_expired',
      'the time for this attempt is up; it was scored as it stood',
    )
  }
  return outcome
}

function validChoice(
  kind: 'single' | 'multiple',
  optionIds: readonly string[],
  chosen: readonly string[],
): string[] {
  const unique = [...new Set(chosen)]
  if (unique.length !== chosen.length) {
    throw new DomainError('invalid', 'duplicate_option', 'an option is chosen twice')
  }
  const unknown = unique.filter((id) => !optionIds.includes(id))
  if (unknown.length > 0) {
    throw new DomainError('invalid', 'unknown_option', 'an option id is not one of this item’s', {
      unknown,
    })
  }
  if (unique.length === 0)
    throw new DomainError('invalid', 'no_option', 'choose at least one option')
  if (kind === 'single' && unique.length !== 1) {
    throw new DomainError('invalid', 'single_answer', 'this item takes exactly one option')
  }
  return [...unique].sort()
}

async function continueAdaptive(
  services: AttemptServices,
  trx: Transaction<AssessmentDatabase>,
  attemptId: string,
  testId: string,
  candidateId: string,
  now: Date,
): Promise<void> {
  const calibration = await loadCalibration(trx, testId)
  const context = await formContext(services.bank, trx, testId, candidateId)
  const outcome = calibration
    ? await appendAdaptiveItem(
        trx,
        attemptId,
        calibration,
        context.items,
        context.pulled,
        context.seen,
      )
    : 'finished'
  if (outcome === 'finished') await finishAttempt(services, trx, attemptId, now)
}

async function whatFollows(
  trx: Transaction<AssessmentDatabase>,
  attemptId: string,
  mode: 'linear' | 'adaptive',
  position: number,
): Promise<{ nextPosition: number | null; attemptStatus: 'active' | 'scored' }> {
  // A linear attempt was active when locked and an answer never ends it: nothing to ask.
  if (mode === 'linear') return { nextPosition: null, attemptStatus: 'active' }
  const attempt = await trx
    .selectFrom('assessment_attempts')
    .select(['status', 'scored_items'])
    .where('id', '=', attemptId)
    .executeTakeFirstOrThrow()
  const last = await trx
    .selectFrom('assessment_attempt_items')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('attempt_id', '=', attemptId)
    .executeTakeFirstOrThrow()
  const next = mode === 'adaptive' && attempt.status === 'active' && Number(last.last) > position
  return { nextPosition: next ? Number(last.last) : null, attemptStatus: attempt.status }
}
