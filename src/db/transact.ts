import type { Kysely, Transaction } from 'kysely'
import { isRetryable } from './sql-state.js'

/** How often a transaction that lost a serialisation race or a deadlock is tried again. */
export const TRANSACTION_RETRIES = 3

/**
 * Runs `work` in one transaction, retried a bounded number of times when PostgreSQL says the
 * conflict was transient (40001, 40P01, 57P01). `work` must be safe to run again. Called inside
 * a transaction, it joins that one: the outer transaction owns the retry.
 *
 * @example await transact(db, (trx) => trx.insertInto('users').values(row).execute())
 */
export async function transact<DB, T>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<DB>)
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work)
    } catch (error) {
      if (attempt >= TRANSACTION_RETRIES || !isRetryable(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt))
    }
  }
}
