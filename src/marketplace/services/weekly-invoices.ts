import { sql } from 'kysely'
import { newId } from '../../db/index.js'
import type { MarketContext } from '../context.js'
import { CONTRACT_MOVES } from '../domain/contract-state.js'
import { nextStatus } from '../domain/transition.js'
import { postMovement } from '../ledger/post-movement.js'
import { marketTransact } from '../market-db.js'
import { notify } from './notifications.js'

const DAY_MS = 86_400_000

/** Monday (UTC) of the week `at` falls in, as YYYY-MM-DD: weeks run Monday to Sunday (ISO 8601). */
export function weekStart(at: Date): string {
  const daysSinceMonday = (at.getUTCDay() + 6) % 7
  return new Date(at.getTime() - daysSinceMonday * DAY_MS).toISOString().slice(0, 10)
}

/** Cents for `minutes` at `ratePerHourCents`, rounded half up to a whole cent. */
export function chargeFor(minutes: number, ratePerHourCents: number): number {
  return Math.floor((minutes * ratePerHourCents + 30) / 60)
}

/**
 * The scheduled weekly invoice: every finished week of unbilled time on an hourly contract
 * becomes a milestone, charged to the client through the payment provider into escrow and
 * submitted for approval (so it is approved, disputed, or approved automatically after 14 days,
 * like any milestone). One transaction per contract and week; a week is billed once, because its
 * logs are locked and marked with the invoice in that transaction.
 */
export async function invoiceFinishedWeeks(ctx: MarketContext): Promise<number> {
  const currentWeek = weekStart(ctx.now())
  const due = await ctx.db
    .selectFrom('marketplace_time_logs')
    .select('contract_id')
    .select(sql<string>`to_char(date_trunc('week', work_date), 'YYYY-MM-DD')`.as('week'))
    .where('invoice_milestone_id', 'is', null)
    .where('work_date', '<', currentWeek)
    .groupBy(['contract_id', sql`date_trunc('week', work_date)`])
    .orderBy('week')
    .limit(1000)
    .execute()
  let invoiced = 0
  for (const { contract_id: contractId, week } of due) {
    if (await invoiceWeek(ctx, contractId, week)) invoiced++
  }
  return invoiced
}

async function invoiceWeek(ctx: MarketContext, contractId: string, week: string): Promise<boolean> {
  const weekEnd = new Date(Date.parse(`${week}T00:00:00Z`) + 7 * DAY_MS).toISOString().slice(0, 10)
  return marketTransact(ctx.db, async (trx) => {
    const contract = await trx
      .selectFrom('marketplace_contracts')
      .selectAll()
      .where('id', '=', contractId)
      .forUpdate()
      .executeTakeFirstOrThrow()
    const logs = await trx
      .selectFrom('marketplace_time_logs')
      .select(['id', 'minutes'])
      .where('contract_id', '=', contractId)
      .where('invoice_milestone_id', 'is', null)
      .where('work_date', '>=', week)
      .where('work_date', '<', weekEnd)
      .forUpdate()
      .execute()
    const minutes = logs.reduce((sum, log) => sum + log.minutes, 0)
    const amountCents = chargeFor(minutes, contract.hourly_rate_cents ?? 0)
    if (logs.length === 0 || amountCents <= 0 || contract.status === 'ended') return false
    const now = ctx.now()
    const last = await trx
      .selectFrom('marketplace_milestones')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('contract_id', '=', contractId)
      .executeTakeFirst()
    const milestoneId = newId()
    const hours = `${Math.floor(minutes / 60)} h ${minutes % 60} min`
    await trx
      .insertInto('marketplace_milestones')
      .values({
        id: milestoneId,
        contract_id: contractId,
        position: Number(last?.position ?? 0) + 1,
        title: `Week of ${week}: ${hours}`,
        amount_cents: amountCents,
        status: 'submitted',
        submitted_at: now,
        approved_at: null,
        approved_by: null,
        settled_at: null,
        note: null,
        updated_at: now,
      })
      .execute()
    const receipt = await ctx.payments.charge({
      reference: `invoice:${contractId}:${week}`,
      userId: contract.client_id,
      amountCents,
    })
    await postMovement(
      trx,
      { kind: 'fund', clientId: contract.client_id, contractId, amountCents },
      {
        userId: contract.client_id,
        contractId,
        milestoneId,
        providerReference: receipt.providerReference,
        at: now,
      },
    )
    await trx
      .updateTable('marketplace_time_logs')
      .set({ invoice_milestone_id: milestoneId })
      .where(
        'id',
        'in',
        logs.map((l) => l.id),
      )
      .execute()
    if (contract.status === 'pending_funding') {
      await trx
        .updateTable('marketplace_contracts')
        .set({
          status: nextStatus('contract', CONTRACT_MOVES, contract.status, 'activate'),
          started_at: now,
        })
        .where('id', '=', contractId)
        .execute()
    }
    await notify(
      trx,
      now,
      contract.client_id,
      'submission',
      `Weekly invoice charged: ${hours}`,
      `/contracts/${contractId}`,
    )
    return true
  })
}
