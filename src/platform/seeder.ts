import type { Kysely } from 'kysely'
import type { Database } from './database.js'

/** One piece of first-start data (the catalog, demo accounts…), applied once per database. */
export interface Seeder {
  readonly name: string
  seed(db: Kysely<Database>): Promise<void>
}
