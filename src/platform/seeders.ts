import { seedCatalog } from '../assessment/index.js'
import { demoAccountsSeeder } from './demo-accounts.js'
import type { Seeder } from './seeder.js'

/** In the order they apply; a part adds its seeder here. */
export const seeders: readonly Seeder[] = [
  {
    name: 'catalog',
    // The demo pools' keys are public: a production database never gets them.
    seed: async (db) =>
      void (await seedCatalog(db, { demo: process.env.NODE_ENV !== 'production' })),
  },
  demoAccountsSeeder,
]

/** The seeders of a start with or without the demo (its accounts): the catalog always. */
export function seedersFor(options: { readonly demo: boolean }): readonly Seeder[] {
  return options.demo ? seeders : seeders.filter((s) => s !== demoAccountsSeeder)
}
