import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { migrateToLatest, openDatabase, type PlatformDatabase } from '../../src/db/index.js'

/** Which engine this run tests: the PostgreSQL server when DATABASE_URL is set, PGlite otherwise. */
export const engine: 'postgres' | 'pglite' = process.env.DATABASE_URL ? 'postgres' : 'pglite'

/**
 * A fresh, migrated database of its own: PGlite in memory, or a new schema on the PostgreSQL
 * server (dropped on close) so that concurrent runs and test files never collide.
 */
export async function openTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<PlatformDatabase> {
  const opened = await openBlankDatabase()
  if (options.migrate !== false) await migrateToLatest(opened.db)
  return opened
}

async function openBlankDatabase(): Promise<PlatformDatabase> {
  const url = process.env.DATABASE_URL
  if (!url) return openDatabase({ kind: 'pglite', dataDir: null })
  const schema = `test_${process.pid}_${randomBytes(6).toString('hex')}`
  await withAdminClient(url, (client) => client.query(`create schema ${schema}`))
  const opened = await openDatabase({ kind: 'postgres', url, schema })
  return {
    ...opened,
    async close() {
      await opened.close()
      await withAdminClient(url, (client) => client.query(`drop schema ${schema} cascade`))
    },
  }
}

async function withAdminClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => {})
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
