import type { Kysely, Transaction } from 'kysely'
import type { AccountsTables } from '../accounts/index.js'
import { transact } from '../db/index.js'
import type { MarketplaceTables } from './tables.js'

/** The database as the marketplace sees it: its tables, and accounts' for accounts' functions. */
export type MarketDatabase = MarketplaceTables & AccountsTables
export type MarketDb = Kysely<MarketDatabase>
export type MarketTrx = Transaction<MarketDatabase>

/** `transact` over the marketplace's view of the database. */
export function marketTransact<T>(db: MarketDb, work: (trx: MarketTrx) => Promise<T>): Promise<T> {
  return transact(db, work)
}
