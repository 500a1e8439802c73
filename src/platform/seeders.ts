import { seedCatalog } from '../assessment/index.js'
import { demoAccountsSeeder } from './demo-accounts.js'
import type { Seeder } from './seeder.js'

/** In the order they apply; a part adds its seeder here. */
export const seeders: readonly Seeder[] = [
  { name: 'catalog', seed: async (db) => void (await seedCatalog(db)) },
  demoAccountsSeeder,
]
