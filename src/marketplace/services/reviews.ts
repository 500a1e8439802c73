import { newId, sqlState } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import type { MarketContext } from '../context.js'
import type { MarketDb, MarketTrx } from '../market-db.js'
import { marketTransact } from '../market-db.js'
import { contractNotFound } from './contracts.js'
import { notify } from './notifications.js'

/** Reviews open when a contract ends and are published when both are in or this long after. */
export const REVIEW_WINDOW_DAYS = 14

const DAY_MS = 86_400_000

export interface Review {
  readonly id: string
  readonly contractId: string
  readonly authorSide: 'client' | 'freelancer'
  readonly rating: number
  readonly body: string
  readonly submittedAt: Date
}

/**
 * Each side rates the other 1–5 once the contract has ended, within the review window. Neither
 * sees the other's review before publication, so neither can answer it (double-blind).
 */
export async function submitReview(
  ctx: MarketContext,
  authorId: string,
  contractId: string,
  input: { readonly rating: number; readonly body: string },
): Promise<Review> {
  const now = ctx.now()
  return marketTransact(ctx.db, async (trx) => {
    const contract = await trx
      .selectFrom('marketplace_contracts')
      .select(['client_id', 'freelancer_id', 'status', 'ended_at', 'kind'])
      .where('id', '=', contractId)
      .executeTakeFirst()
    if (!contract) throw contractNotFound(contractId)
    const side =
      contract.client_id === authorId
        ? 'client'
        : contract.freelancer_id === authorId
          ? 'freelancer'
          : null
    if (side === null) {
      throw new DomainError(
        'forbidden',
        'not_your_contract',
        'only the client and the freelancer of a contract may review it',
      )
    }
    const ended = contract.status === 'ended' && contract.ended_at !== null
    if (!ended && !(contract.kind === 'fixed' && (await allWorkApproved(trx, contractId)))) {
      throw new DomainError(
        'conflict',
        'review_before_contract_ends',
        'a contract can be reviewed only after it has ended or all its work was approved',
      )
    }
    if (
      contract.ended_at &&
      now.getTime() > contract.ended_at.getTime() + REVIEW_WINDOW_DAYS * DAY_MS
    ) {
      throw new DomainError(
        'conflict',
        'review_window_closed',
        `reviews are taken for ${REVIEW_WINDOW_DAYS} days after a contract ends`,
      )
    }
    const subjectId = side === 'client' ? contract.freelancer_id : contract.client_id
    const review: Review = {
      id: newId(),
      contractId,
      authorSide: side,
      rating: input.rating,
      body: input.body,
      submittedAt: now,
    }
    try {
      await trx
        .insertInto('marketplace_reviews')
        .values({
          id: review.id,
          contract_id: contractId,
          author_id: authorId,
          subject_id: subjectId,
          author_side: side,
          rating: input.rating,
          body: input.body,
          submitted_at: now,
        })
        .execute()
    } catch (error) {
      if (sqlState(error) === '23505') {
        throw new DomainError(
          'conflict',
          'already_reviewed',
          'you have already reviewed this contract: one review per side',
        )
      }
      throw error
    }
    await notify(trx, now, subjectId, 'review', 'You have a new review', `/contracts/${contractId}`)
    return review
  })
}

/**
 * Whether the client approved every milestone of an active contract: the work is done and can be
 * rated while the last release is still to come (a client paying late, a clearing period).
 */
async function allWorkApproved(trx: MarketTrx, contractId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('marketplace_milestones')
    .select((eb) => [
      eb.fn.countAll<string>().as('milestones'),
      eb.fn.count<string>('approved_at').as('approved'),
    ])
    .where('contract_id', '=', contractId)
    .executeTakeFirstOrThrow()
  return Number(row.milestones) > 0 && Number(row.milestones) === Number(row.approved)
}

export interface PublishedReview extends Review {
  readonly subjectId: string
}

/**
 * Reviews of `subjectId` that are published: both sides reviewed the contract, or the window has
 * passed since it ended. `side` picks reviews written by clients or by freelancers.
 */
export async function publishedReviewsOf(
  db: MarketDb,
  subjectId: string,
  now: Date,
  side?: 'client' | 'freelancer',
): Promise<PublishedReview[]> {
  const windowStart = new Date(now.getTime() - REVIEW_WINDOW_DAYS * DAY_MS)
  const rows = await db
    .selectFrom('marketplace_reviews as r')
    .innerJoin('marketplace_contracts as c', 'c.id', 'r.contract_id')
    .selectAll('r')
    .where('r.subject_id', '=', subjectId)
    .$if(side !== undefined, (q) => q.where('r.author_side', '=', side!))
    .where((eb) =>
      eb.or([
        eb('c.ended_at', '<=', windowStart),
        eb.exists(
          eb
            .selectFrom('marketplace_reviews as other')
            .select('other.id')
            .whereRef('other.contract_id', '=', 'r.contract_id')
            .whereRef('other.author_side', '<>', 'r.author_side'),
        ),
      ]),
    )
    .orderBy('r.submitted_at', 'desc')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    contractId: r.contract_id,
    authorSide: r.author_side,
    rating: r.rating,
    body: r.body,
    submittedAt: r.submitted_at,
    subjectId: r.subject_id,
  }))
}

/** A freelancer's rating: the mean of published client reviews, or null before the first. */
export function meanRating(reviews: readonly { readonly rating: number }[]): number | null {
  if (reviews.length === 0) return null
  return Math.round((reviews.reduce((s, r) => s + r.rating, 0) / reviews.length) * 100) / 100
}
