import { type Kysely, sql, type Transaction } from 'kysely'
import { isRetryable, transact } from '../../db/index.js'
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
  request: AnswerRequest,
): Promise<RecordedAnswer> {
  const now = services.now()
  const decided = await answerInOneStatement(db, request, now)
  return decided === 'undecided' ? answerInTransaction(services, db, request, now) : decided
}

interface AnswerRequest {
  readonly attemptId: string
  readonly candidateId: string
  readonly position: number
  readonly optionIds: readonly string[]
}

/** What the one-statement answer read (under the attempt's lock) and whether it wrote. */
interface OneStatementRow {
  readonly status: 'active' | 'scored'
  readonly deadline: Date
  readonly mode: 'linear' | 'adaptive'
  readonly kind: 'single' | 'multiple' | null
  readonly option_ids: readonly string[] | null
  readonly chosen_option_ids: readonly string[] | null
  readonly answered_at: Date | null
  readonly written: boolean
}

/**
 * The common answer, a linear attempt's live item, in one statement and no transaction: it locks
 * the attempt (against a concurrent submit), and writes the choice only when the attempt is
 * active and in time, the item exists, the choice is valid for it and differs from the saved
 * one. Answers are the hottest write, and on a busy machine each round trip to the database is
 * a wait and a system call: this is one where the transaction below takes four.
 *
 * The statement decides nothing by itself: the same rules as `answerInTransaction`, run on what
 * it read, give the answer or the error. Whatever they leave open (an adaptive attempt, a
 * deadline passed, which must score the attempt; a choice saved by a concurrent request between
 * the read and the write) goes to the transaction, which decides as it always has.
 */
async function answerInOneStatement(
  db: Kysely<AssessmentDatabase>,
  request: AnswerRequest,
  now: Date,
): Promise<RecordedAnswer | 'undecided'> {
  const unique = [...new Set(request.optionIds)].sort()
  // A choice with repeats or none is refused by the rules below; it never reaches the write.
  const writable = unique.length > 0 && unique.length === request.optionIds.length
  const chosen = JSON.stringify(unique)
  let found: OneStatementRow | undefined
  try {
    const result = await sql<OneStatementRow>`
      with target as (
        select a.id, a.status, a.deadline, a.mode, i.kind,
          jsonb_path_query_array(i.options, '$[*].id') as option_ids,
          i.chosen_option_ids, i.answered_at
        from assessment_attempts a
        left join assessment_attempt_items i on i.attempt_id = a.id and i.position = ${request.position}
        where a.id = ${request.attemptId} and a.candidate_id = ${request.candidateId}
        for update of a
      ), written as (
        update assessment_attempt_items i
        set chosen_option_ids = ${chosen}::jsonb, answered_at = ${now},
          first_answered_at = coalesce(i.first_answered_at, ${now})
        from target t
        where ${writable} and i.attempt_id = t.id and i.position = ${request.position}
          and t.status = 'active' and t.mode = 'linear' and t.deadline >= ${now}
          and jsonb_path_query_array(i.options, '$[*].id') @> ${chosen}::jsonb
          and (i.kind = 'multiple' or jsonb_array_length(${chosen}::jsonb) = 1)
          and not (i.answered_at is not null and i.chosen_option_ids is not null
            and i.chosen_option_ids @> ${chosen}::jsonb and ${chosen}::jsonb @> i.chosen_option_ids)
        returning i.position
      )
      select t.status, t.deadline, t.mode, t.kind, t.option_ids, t.chosen_option_ids,
        t.answered_at, exists (select 1 from written) as written
      from target t`.execute(db)
    found = result.rows[0]
  } catch (error) {
    // A lost serialisation race or a terminated session wrote nothing: the transaction retries.
    if (isRetryable(error)) return 'undecided'
    throw error
  }
  if (!found) throw attemptNotFound(request.attemptId)
  if (found.status !== 'active') throw attemptFinished()
  if (found.mode !== 'linear' || now.getTime() > found.deadline.getTime()) return 'undecided'
  if (!found.kind || !found.option_ids) throw itemNotFound(request.position)
  const valid = validChoice(found.kind, found.option_ids, request.optionIds)
  // A linear attempt was active when locked and an answer never ends it: nothing follows.
  const follows = { nextPosition: null, attemptStatus: 'active' } as const
  if (found.written) {
    return { position: request.position, chosenOptionIds: valid, answeredAt: now, ...follows }
  }
  if (found.answered_at && found.chosen_option_ids && sameChoice(found.chosen_option_ids, valid)) {
    return {
      position: request.position,
      chosenOptionIds: found.chosen_option_ids,
      answeredAt: found.answered_at,
      ...follows,
    }
  }
  return 'undecided'
}

/** Every step of an answer in one transaction: what adaptive attempts and deadlines need. */
async function answerInTransaction(
  services: AttemptServices,
  db: Kysely<AssessmentDatabase>,
  request: AnswerRequest,
  now: Date,
): Promise<RecordedAnswer> {
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
    if (!found) throw attemptNotFound(request.attemptId)
    const attempt = found
    if (attempt.status !== 'active') return 'finished' as const
    if (now.getTime() > attempt.deadline.getTime()) {
      await finishAttempt(services, trx, attempt.id, now)
      return 'expired' as const
    }
    const item =
      found.kind && found.options ? { ...found, kind: found.kind, options: found.options } : null
    if (!item) throw itemNotFound(request.position)
    const chosen = validChoice(
      item.kind,
      item.options.map((o) => o.id),
      request.optionIds,
    )
    if (
      item.chosen_option_ids !== null &&
      item.answered_at &&
      sameChoice(item.chosen_option_ids, chosen)
    ) {
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
  if (outcome === 'finished') throw attemptFinished()
  if (outcome === 'expired') {
    throw new DomainError(
      'gone',
      'attempt_expired',
      'the time for this attempt is up; it was scored as it stood',
    )
  }
  return outcome
}

function attemptNotFound(attemptId: string): DomainError {
  return new DomainError(
    'not_found',
    'attempt_not_found',
    `there is no attempt ${attemptId} of yours`,
  )
}

function attemptFinished(): DomainError {
  return new DomainError(
    'conflict',
    'attempt_finished',
    'this attempt has ended; it takes no more answers',
  )
}

function itemNotFound(position: number): DomainError {
  return new DomainError('not_found', 'item_not_found', `this attempt has no item ${position}`)
}

/** The saved choice is the valid new one (both without repeats). */
function sameChoice(saved: readonly string[], chosen: readonly string[]): boolean {
  return saved.length === chosen.length && chosen.every((id) => saved.includes(id))
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
