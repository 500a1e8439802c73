import { type Kysely, sql } from 'kysely'
import { transact } from '../db/index.js'
import type { Database } from './database.js'
import type { Seeder } from './seeder.js'
import { seeders as platformSeeders } from './seeders.js'

/**
 * Applies each seeder that this database has not had yet, each in one transaction with the row
 * that records it, so a crash mid-seed leaves the seeder to run again on the next start.
 */
export async function seedDatabase(
  db: Kysely<Database>,
  seeders: readonly Seeder[] = platformSeeders,
): Promise<readonly string[]> {
  const applied: string[] = []
  for (const seeder of seeders) {
    const done = await transact(db, async (trx) => {
      // The primary key on the seeder's name, not a prior read, keeps two starts from both seeding.
      const claimed = await sql`insert into platform_seeds (name) values (${seeder.name})
        on conflict (name) do nothing returning name`.execute(trx)
      if (claimed.rows.length === 0) return false
      await seeder.seed(trx)
      return true
    })
    if (done) applied.push(seeder.name)
  }
  return applied
}
