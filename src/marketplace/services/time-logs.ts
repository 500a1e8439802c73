import { sql } from 'kysely'
import { newId } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import type { MarketContext } from '../context.js'
import { marketTransact } from '../market-db.js'
import { contractNotFound } from './contracts.js'

export interface TimeLog {
  readonly id: string
  readonly contractId: string
  readonly workDate: string
  readonly minutes: number
  readonly note: string
  readonly invoiceMilestoneId: string | null
}

/**
 * The freelancer logs time on an hourly contract that has not ended, for a day that is not in
 * the future. Billed by the next weekly invoice.
 */
export async function logTime(
  ctx: MarketContext,
  freelancerId: string,
  contractId: string,
  input: { readonly workDate: string; readonly minutes: number; readonly note: string },
): Promise<TimeLog> {
  const today = ctx.now().toISOString().slice(0, 10)
  if (input.workDate > today) {
    throw new DomainError(
      'unprocessable',
      'time_in_the_future',
      `time can be logged for today (${today}) or earlier, not for ${input.workDate}`,
    )
  }
  return marketTransact(ctx.db, async (trx) => {
    const contract = await trx
      .selectFrom('marketplace_contracts')
      .select(['client_id', 'freelancer_id', 'kind', 'status'])
      .where('id', '=', contractId)
      .executeTakeFirst()
    if (!contract) throw contractNotFound(contractId)
    if (contract.freelancer_id !== freelancerId) {
      throw new DomainError(
        'forbidden',
        contract.client_id === freelancerId ? 'time_logged_by_client' : 'not_your_contract',
        "only the contract's freelancer logs time on it",
      )
    }
    if (contract.kind !== 'hourly') {
      throw new DomainError(
        'conflict',
        'contract_not_hourly',
        'time is logged on hourly contracts; a fixed-price contract is paid by milestones',
      )
    }
    if (contract.status === 'ended') {
      throw new DomainError(
        'conflict',
        'contract_ended',
        'time cannot be logged on an ended contract',
      )
    }
    const id = newId()
    await trx
      .insertInto('marketplace_time_logs')
      .values({
        id,
        contract_id: contractId,
        freelancer_id: freelancerId,
        work_date: input.workDate,
        minutes: input.minutes,
        note: input.note,
        logged_at: ctx.now(),
        invoice_milestone_id: null,
      })
      .execute()
    return { id, contractId, ...input, invoiceMilestoneId: null }
  })
}

/** A contract's time logs, newest day first, to its parties. */
export async function timeLogsOf(
  ctx: MarketContext,
  userId: string,
  contractId: string,
): Promise<TimeLog[]> {
  const contract = await ctx.db
    .selectFrom('marketplace_contracts')
    .select(['client_id', 'freelancer_id'])
    .where('id', '=', contractId)
    .executeTakeFirst()
  if (!contract || (contract.client_id !== userId && contract.freelancer_id !== userId)) {
    throw contractNotFound(contractId)
  }
  const rows = await ctx.db
    .selectFrom('marketplace_time_logs')
    .select(['id', 'contract_id', 'minutes', 'note', 'invoice_milestone_id'])
    .select(sql<string>`to_char(work_date, 'YYYY-MM-DD')`.as('work_date'))
    .where('contract_id', '=', contractId)
    .orderBy('work_date', 'desc')
    .orderBy('id', 'desc')
    .limit(1000)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    contractId: r.contract_id,
    workDate: r.work_date,
    minutes: r.minutes,
    note: r.note,
    invoiceMilestoneId: r.invoice_milestone_id,
  }))
}
