import { sql } from 'kysely'
import { ESCROWED } from '../domain/milestone-state.js'
import type { MarketDb } from '../market-db.js'
import { centsFrom } from './cents.js'
import { NON_NEGATIVE_ACCOUNTS } from './postings.js'

/** What `ledger check` reports; any non-zero violation count means the books are wrong. */
export interface LedgerReport {
  readonly transactions: number
  readonly entries: number
  /** Transactions whose entries do not sum to zero (or that have none). */
  readonly imbalanced: number
  /**
   * Balances that disagree with what the contracts say: an account that must stay non-negative
   * below zero, a contract's escrow not equal to its milestones in escrow, or a milestone funded or
   * settled other than exactly once.
   */
  readonly balance_mismatches: number
  readonly violations: readonly string[]
}

/** Reads the whole ledger in one snapshot and checks every invariant. */
export async function checkLedger(db: MarketDb): Promise<LedgerReport> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const counts = await sql<{ transactions: string; entries: string }>`
        select (select count(*) from ledger_transactions) as transactions,
               (select count(*) from ledger_entries) as entries`.execute(trx)
      const imbalanced = await sql<{ id: string; total: string | null }>`
        select t.id, sum(e.amount_cents) as total
        from ledger_transactions t left join ledger_entries e on e.transaction_id = t.id
        group by t.id
        having coalesce(sum(e.amount_cents), 0) <> 0 or count(e.id) = 0`.execute(trx)
      const violations: string[] = imbalanced.rows.map(
        (r) => `transaction ${r.id} sums to ${centsFrom(r.total)} cents`,
      )

      const negative = await sql<{ id: string; balance: string }>`
        select a.id, sum(e.amount_cents) as balance
        from ledger_accounts a join ledger_entries e on e.account_id = a.id
        where a.kind in (${sql.join([...NON_NEGATIVE_ACCOUNTS])})
        group by a.id having sum(e.amount_cents) < 0`.execute(trx)
      const mismatches: string[] = negative.rows.map(
        (r) => `account ${r.id} is overdrawn: ${centsFrom(r.balance)} cents`,
      )

      const escrow = await sql<{ id: string; held: string | null; owed: string | null }>`
        select c.id,
          (select sum(e.amount_cents) from ledger_entries e where e.account_id = 'escrow:' || c.id) as held,
          (select sum(m.amount_cents) from marketplace_milestones m
            where m.contract_id = c.id and m.status in (${sql.join([...ESCROWED])})) as owed
        from marketplace_contracts c`.execute(trx)
      for (const r of escrow.rows) {
        if (centsFrom(r.held) !== centsFrom(r.owed)) {
          mismatches.push(
            `contract ${r.id} holds ${centsFrom(r.held)} cents in escrow but its milestones in escrow total ${centsFrom(r.owed)}`,
          )
        }
      }

      const movements = await sql<{ id: string; status: string; funds: string; settles: string }>`
        select m.id, m.status,
          (select count(*) from ledger_transactions t where t.milestone_id = m.id and t.kind = 'fund') as funds,
          (select count(*) from ledger_transactions t
            where t.milestone_id = m.id and t.kind in ('release', 'refund', 'split')) as settles
        from marketplace_milestones m`.execute(trx)
      for (const r of movements.rows) {
        const funded = r.status === 'proposed' ? 0 : 1
        const settled = ['released', 'refunded', 'resolved'].includes(r.status) ? 1 : 0
        if (Number(r.funds) !== funded || Number(r.settles) !== settled) {
          mismatches.push(
            `milestone ${r.id} is ${r.status} with ${r.funds} fundings and ${r.settles} settlements`,
          )
        }
      }

      return {
        transactions: Number(counts.rows[0]!.transactions),
        entries: Number(counts.rows[0]!.entries),
        imbalanced: imbalanced.rows.length,
        balance_mismatches: mismatches.length,
        violations: [...violations, ...mismatches],
      }
    })
}
