import type { Kysely } from 'kysely'
import { transact } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import { loadFinishedAttempts } from '../attempts/load-finished-attempts.js'
import { itemFromRow } from '../bank/item-rows.js'
import type { Item, ItemLifecycle } from '../item.js'
import { analyseItems, type ItemAnalysis } from '../psychometrics/index.js'
import type { AssessmentDatabase } from '../tables.js'
import {
  type GateVerdict,
  MIN_RESPONSES_FOR_OPERATIONAL,
  operationalGate,
  optionsGate,
  REVIEW_STEPS,
  reviewGate,
} from './review-gates.js'

export interface ReviewStepRequest {
  readonly itemId: string
  readonly to: ItemLifecycle
  readonly actorId: string
  /** Why: kept with the step. */
  readonly note: string
  /** Draft → review: the option ids the reviewer finds correct, checked against the stored key. */
  readonly key?: readonly string[]
}

export interface ReviewStep {
  readonly itemId: string
  readonly step: number
  readonly from: ItemLifecycle
  readonly to: ItemLifecycle
  readonly actorId: string
  readonly note: string
  readonly at: Date
}

export const MAX_REVIEW_NOTE = 2000

/**
 * Moves an item one step through draft → review → pretest → operational (or back to draft, or
 * retired), if its gate allows, and records who took the step, why, and the statistics that
 * allowed it. One transaction; the step number is part of the key, so two reviewers acting on
 * the same item at once cannot both move it.
 *
 * @example await advanceItem(db, { itemId, to: 'review', actorId, note: 'key checked', key: ['B'] }, new Date())
 */
export async function advanceItem(
  db: Kysely<AssessmentDatabase>,
  request: ReviewStepRequest,
  now: Date,
  options: { readonly minResponses?: number } = {},
): Promise<ReviewStep> {
  const note = request.note.trim()
  if (note === '' || note.length > MAX_REVIEW_NOTE)
    throw new DomainError(
      'invalid',
      'review_note_required',
      `say why in a note of 1 to ${MAX_REVIEW_NOTE} characters`,
    )
  const row = await db
    .selectFrom('assessment_items')
    .selectAll()
    .where('id', '=', request.itemId)
    .executeTakeFirst()
  if (!row) throw new DomainError('not_found', 'item_not_found', `no item ${request.itemId}`)
  const item = itemFromRow(row)
  const allowed = REVIEW_STEPS[item.lifecycle]
  if (!allowed.includes(request.to))
    throw new DomainError(
      'conflict',
      'review_step_not_allowed',
      `item ${item.id} is ${item.lifecycle}: it can move to ${allowed.join(', ') || 'nothing'}, not ${request.to}`,
    )
  const analysis =
    request.to === 'operational' ? await analysisOf(db, item) : (undefined as undefined)
  const minResponses = options.minResponses ?? MIN_RESPONSES_FOR_OPERATIONAL
  const refusal: GateVerdict =
    request.to === 'review'
      ? reviewGate(item, row.author_id, request.actorId, request.key)
      : request.to === 'pretest'
        ? optionsGate(item)
        : request.to === 'operational'
          ? operationalGate(analysis, minResponses)
          : undefined
  if (refusal)
    throw new DomainError('unprocessable', 'review_gate_refused', `item ${item.id}: ${refusal}`)
  const evidence = analysis
    ? {
        responses: analysis.responses,
        facility: analysis.facility,
        correctedPointBiserial: analysis.correctedPointBiserial,
      }
    : {}
  return transact(db, async (trx) => {
    const moved = await trx
      .updateTable('assessment_items')
      .set({ lifecycle: request.to, updated_at: now })
      .where('id', '=', item.id)
      .where('lifecycle', '=', item.lifecycle)
      .executeTakeFirst()
    if (moved.numUpdatedRows !== 1n)
      throw new DomainError(
        'conflict',
        'review_step_raced',
        `item ${item.id} changed while you reviewed it: reload it`,
      )
    const last = await trx
      .selectFrom('assessment_item_reviews')
      .select((eb) => eb.fn.max<number | null>('step').as('step'))
      .where('item_id', '=', item.id)
      .executeTakeFirst()
    const step = Number(last?.step ?? 0) + 1
    await trx
      .insertInto('assessment_item_reviews')
      .values({
        item_id: item.id,
        step,
        from_stage: item.lifecycle,
        to_stage: request.to,
        actor_id: request.actorId,
        note,
        evidence: JSON.stringify(evidence),
        at: now,
      })
      .execute()
    return {
      itemId: item.id,
      step,
      from: item.lifecycle,
      to: request.to,
      actorId: request.actorId,
      note,
      at: now,
    }
  })
}

/** The item's classical statistics over its test's scored attempts (pretest slots included). */
async function analysisOf(
  db: Kysely<AssessmentDatabase>,
  item: Item,
): Promise<ItemAnalysis | undefined> {
  const attempts = await loadFinishedAttempts(db, item.testId)
  const keyInfo = new Map([
    [item.id, { optionIds: item.options.map((o) => o.id), keys: item.keys }],
  ])
  return analyseItems(attempts, keyInfo).get(item.id)
}
