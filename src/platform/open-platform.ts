import { type DatabaseConfig, migrateToLatest, openDatabase } from '../db/index.js'
import type { Database, PlatformDatabase } from './database.js'
import { seedDatabase } from './seed.js'

/**
 * The database as the running platform needs it: open, migrated to the latest schema, and seeded
 * on first start (the catalog, demo data).
 */
export async function openPlatform(
  config: DatabaseConfig,
  options: { readonly seed?: boolean } = {},
): Promise<PlatformDatabase> {
  const opened = await openDatabase<Database>(config)
  try {
    await migrateToLatest(opened.db)
    if (options.seed !== false) await seedDatabase(opened.db)
    return opened
  } catch (error) {
    await opened.close()
    throw error
  }
}
