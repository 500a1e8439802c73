import { newId } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import type { MarketDb, MarketTrx } from '../market-db.js'
import { centsFrom } from './cents.js'
import {
  accountId,
  imbalance,
  type Movement,
  NON_NEGATIVE_ACCOUNTS,
  type Posting,
  postingsFor,
} from './postings.js'

export interface MovementContext {
  readonly userId: string
  readonly contractId: string | null
  readonly milestoneId: string | null
  readonly providerReference: string | null
  readonly at: Date
}

/**
 * Writes one movement as one ledger transaction, inside the caller's database transaction.
 * Accounts whose balance goes down and must stay non-negative are locked (`FOR UPDATE`, ascending
 * id order so two movements never wait on each other in a cycle) and their balance is summed from
 * the entries under the lock: a read-then-write without it was measured creating money from
 * nothing under concurrent load.
 */
export async function postMovement(
  trx: MarketTrx,
  movement: Movement,
  context: MovementContext,
): Promise<string> {
  const postings = postingsFor(movement)
  if (imbalance(postings) !== 0) {
    throw new Error(`a ${movement.kind} movement does not balance: ${imbalance(postings)} cents`)
  }
  const ids = [...new Set(postings.map((p) => accountId(p.account)))].sort()
  await trx
    .insertInto('ledger_accounts')
    .values(
      ids.map((id) => {
        const account = postings.find((p) => accountId(p.account) === id)!.account
        return { id, kind: account.kind, owner_id: account.owner, created_at: context.at }
      }),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  await assertCovered(trx, postings)

  const transactionId = newId()
  await trx
    .insertInto('ledger_transactions')
    .values({
      id: transactionId,
      kind: movement.kind,
      contract_id: context.contractId,
      milestone_id: context.milestoneId,
      user_id: context.userId,
      provider_reference: context.providerReference,
      created_at: context.at,
    })
    .execute()
  await trx
    .insertInto('ledger_entries')
    .values(
      postings.map((p) => ({
        id: newId(),
        transaction_id: transactionId,
        account_id: accountId(p.account),
        amount_cents: p.amountCents,
      })),
    )
    .execute()
  return transactionId
}

async function assertCovered(trx: MarketTrx, postings: readonly Posting[]): Promise<void> {
  const net = new Map<string, number>()
  for (const p of postings) {
    if (!NON_NEGATIVE_ACCOUNTS.has(p.account.kind)) continue
    const id = accountId(p.account)
    net.set(id, (net.get(id) ?? 0) + p.amountCents)
  }
  const debited = [...net].filter(([, amount]) => amount < 0).map(([id]) => id)
  if (debited.length === 0) return
  await trx
    .selectFrom('ledger_accounts')
    .select('id')
    .where('id', 'in', debited.sort())
    .orderBy('id')
    .forUpdate()
    .execute()
  const balances = await balancesOf(trx, debited)
  for (const id of debited) {
    const after = (balances.get(id) ?? 0) + net.get(id)!
    if (after < 0) {
      throw new DomainError(
        'conflict',
        'insufficient_funds',
        `account ${id.split(':')[0]} holds ${balances.get(id) ?? 0} cents, less than the ${-net.get(id)!} cents this movement takes out`,
        { available: balances.get(id) ?? 0, requested: -net.get(id)! },
      )
    }
  }
}

/** Balances derived from entries, the only place they exist. */
export async function balancesOf(
  trx: MarketDb,
  accountIds: readonly string[],
): Promise<Map<string, number>> {
  if (accountIds.length === 0) return new Map()
  const rows = await trx
    .selectFrom('ledger_entries')
    .select(['account_id', (eb) => eb.fn.sum<number | string>('amount_cents').as('balance')])
    .where('account_id', 'in', accountIds)
    .groupBy('account_id')
    .execute()
  return new Map(rows.map((r) => [r.account_id, centsFrom(r.balance)]))
}
