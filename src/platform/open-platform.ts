import { type DatabaseConfig, migrateToLatest, openDatabase } from '../db/index.js'
import type { Database, PlatformDatabase } from './database.js'
import { demoWanted } from './demo-market.js'
import { seedDatabase } from './seed.js'
import { seedersFor } from './seeders.js'

/**
 * The database as the running platform needs it: open, migrated to the latest schema, and seeded
 * on first start (the catalog, demo data).
 */
export async function openPlatform(
  config: DatabaseConfig,
  options: {
    readonly seed?: boolean
    /** Seed the demo accounts too (default: unless production or `SKILLSIGNAL_DEMO=0`). */
    readonly demo?: boolean
  } = {},
): Promise<PlatformDatabase> {
  const opened = await openDatabase<Database>(config)
  try {
    await migrateToLatest(opened.db)
    if (options.seed !== false) {
      const demo = options.demo ?? demoWanted(process.env)
      await seedDatabase(opened.db, seedersFor({ demo }))
    }
    return opened
  } catch (error) {
    await opened.close()
    throw error
  }
}
