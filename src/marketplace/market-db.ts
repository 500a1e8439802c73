import type { Kysely, Transaction } from 'kysely'
import { type Database, transact } from '../db/index.js'
import type { MarketplaceTables } from './tables.js'

/** The platform's database as the marketplace sees it: every table, its own included. */
export type MarketDatabase = Database & MarketplaceTables
export type MarketDb = Kysely<MarketDatabase>
export type MarketTrx = Transaction<MarketDatabase>

export function marketDb(db: Kysely<Database>): MarketDb {
  return db.withTables<MarketplaceTables>()
}

/** `transact` over the marketplace's view of the database. */
export function marketTransact<T>(db: MarketDb, work: (trx: MarketTrx) => Promise<T>): Promise<T> {
  return transact(db as unknown as Kysely<Database>, (trx) => work(trx as unknown as MarketTrx))
}
