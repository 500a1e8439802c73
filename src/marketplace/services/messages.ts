import { newId } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import type { MarketContext } from '../context.js'
import { MESSAGING_STATUSES, PROPOSAL_MOVES } from '../domain/proposal-state.js'
import { nextStatus } from '../domain/transition.js'
import { marketTransact } from '../market-db.js'
import { notify } from './notifications.js'
import { lockProposal, proposalNotFound } from './proposals.js'

export interface Message {
  readonly id: string
  readonly proposalId: string
  readonly authorId: string
  readonly body: string
  /** Proposed interview times. */
  readonly slots: readonly string[]
  readonly sentAt: Date
}

/**
 * A message in a proposal's interview thread. The thread opens when the client shortlists; the
 * client's first message there starts the interview.
 */
export async function postMessage(
  ctx: MarketContext,
  userId: string,
  proposalId: string,
  input: { readonly body: string; readonly slots: readonly string[] },
): Promise<Message> {
  const id = newId()
  const sentAt = ctx.now()
  const slots = interviewSlots(input.slots, sentAt)
  await marketTransact(ctx.db, async (trx) => {
    const row = await lockProposal(trx, proposalId, userId, 'either')
    if (!MESSAGING_STATUSES.includes(row.status)) {
      throw new DomainError(
        'conflict',
        'thread_closed',
        `cannot message on a proposal that is ${row.status}: the thread opens when the client shortlists the proposal`,
      )
    }
    if (row.status === 'shortlisted' && row.client_id === userId) {
      await trx
        .updateTable('marketplace_proposals')
        .set({
          status: nextStatus('proposal', PROPOSAL_MOVES, row.status, 'interview'),
          updated_at: sentAt,
        })
        .where('id', '=', row.id)
        .execute()
    }
    await trx
      .insertInto('marketplace_messages')
      .values({
        id,
        proposal_id: proposalId,
        author_id: userId,
        body: input.body,
        slots: JSON.stringify(slots),
        sent_at: sentAt,
      })
      .execute()
    const other = row.client_id === userId ? row.freelancer_id : row.client_id
    await notify(trx, sentAt, other, 'message', 'A new message', `/proposals/${proposalId}`)
  })
  return { id, proposalId, authorId: userId, body: input.body, slots, sentAt }
}

/**
 * Proposed interview times, in time order, each once: a time already past cannot be accepted by
 * the other side, so it is refused rather than shown.
 */
function interviewSlots(slots: readonly string[], now: Date): string[] {
  const times = [...new Set(slots.map((slot) => new Date(slot).getTime()))].sort((a, b) => a - b)
  const past = times.find((time) => time <= now.getTime())
  if (past !== undefined) {
    throw new DomainError(
      'unprocessable',
      'slot_in_past',
      `the proposed interview time ${new Date(past).toISOString()} has already passed: propose times after ${now.toISOString()}`,
    )
  }
  return times.map((time) => new Date(time).toISOString())
}

/** The thread, oldest first; `after` (a message id) gives only newer ones, for polling. */
export async function listMessages(
  ctx: MarketContext,
  userId: string,
  proposalId: string,
  after: string | undefined,
): Promise<Message[]> {
  const proposal = await ctx.db
    .selectFrom('marketplace_proposals')
    .select(['client_id', 'freelancer_id'])
    .where('id', '=', proposalId)
    .executeTakeFirst()
  if (!proposal || (proposal.client_id !== userId && proposal.freelancer_id !== userId)) {
    throw proposalNotFound(proposalId)
  }
  const rows = await ctx.db
    .selectFrom('marketplace_messages')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    // Ids are UUIDv7, ordered by time, so "after this id" is "newer than this message".
    .$if(after !== undefined, (q) => q.where('id', '>', after!))
    .orderBy('id')
    .limit(500)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    proposalId: r.proposal_id,
    authorId: r.author_id,
    body: r.body,
    slots: r.slots,
    sentAt: r.sent_at,
  }))
}
