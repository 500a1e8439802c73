import type { Kysely } from 'kysely'
import { itemFromRow } from '../bank/item-rows.js'
import type { Item, ItemLifecycle } from '../item.js'
import type { AssessmentDatabase } from '../tables.js'

/** Stages waiting for a reviewer's step. */
export const REVIEW_STAGES = ['draft', 'review', 'pretest'] as const
export type ReviewStage = (typeof REVIEW_STAGES)[number]

export const MAX_REVIEW_PAGE = 100

export interface QueuedItem {
  readonly item: Item
  readonly authorId: string | null
  /** The last step taken, if any. */
  readonly lastStep: {
    readonly to: ItemLifecycle
    readonly actorId: string
    readonly note: string
    readonly at: Date
  } | null
}

export interface ReviewQueue {
  readonly items: readonly QueuedItem[]
  readonly total: number
  /** Imported items no test holds yet: they wait for `items assign`. */
  readonly unassigned: number
}

/**
 * Items at one stage of review, oldest change first, with their author and last step.
 *
 * @example (await reviewQueue(db, { stage: 'draft', limit: 20, offset: 0 })).items[0]?.item.stem
 */
export async function reviewQueue(
  db: Kysely<AssessmentDatabase>,
  query: {
    readonly stage: ReviewStage
    readonly testId?: string | undefined
    readonly limit: number
    readonly offset: number
  },
): Promise<ReviewQueue> {
  let base = db.selectFrom('assessment_items').where('lifecycle', '=', query.stage)
  if (query.testId) base = base.where('test_id', '=', query.testId)
  const rows = await base
    .selectAll()
    .orderBy('updated_at')
    .orderBy('id')
    .limit(Math.min(query.limit, MAX_REVIEW_PAGE))
    .offset(query.offset)
    .execute()
  const total = await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst()
  const steps =
    rows.length === 0
      ? []
      : await db
          .selectFrom('assessment_item_reviews')
          .selectAll()
          .where(
            'item_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('step')
          .execute()
  const last = new Map(steps.map((s) => [s.item_id, s]))
  const unassigned = await db
    .selectFrom('assessment_unassigned_items')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirst()
  return {
    items: rows.map((row) => {
      const step = last.get(row.id)
      return {
        item: itemFromRow(row),
        authorId: row.author_id,
        lastStep: step
          ? {
              to: step.to_stage as ItemLifecycle,
              actorId: step.actor_id,
              note: step.note,
              at: new Date(step.at),
            }
          : null,
      }
    }),
    total: Number(total?.n ?? 0),
    unassigned: Number(unassigned?.n ?? 0),
  }
}
