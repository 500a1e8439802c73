import type { Kysely } from 'kysely'
import { seedCatalog } from '../assessment/index.js'
import type { Database } from '../db/index.js'
import { demoAccountsSeeder } from './demo-accounts.js'

/** One piece of first-start data (the catalog, demo accounts…), applied once per database. */
export interface Seeder {
  readonly name: string
  seed(db: Kysely<Database>): Promise<void>
}

/** In the order they apply; a part adds its seeder here. */
export const seeders: readonly Seeder[] = [
  { name: 'catalog', seed: async (db) => void (await seedCatalog(db)) },
  demoAccountsSeeder,
]
