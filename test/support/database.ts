import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { migrateToLatest, openDatabase } from '../../src/db/index.js'
import type { Database, PlatformDatabase } from '../../src/platform/index.js'
import { migratedTemplate } from './pglite-template.js'

/** Which engine this run tests: the PostgreSQL server when DATABASE_URL is set, PGlite otherwise. */
export const engine: 'postgres' | 'pglite' = process.env.DATABASE_URL ? 'postgres' : 'pglite'

/**
 * A fresh, migrated database of its own: PGlite in memory, or a new schema on the PostgreSQL
 * server (dropped on close) so that concurrent runs and test files never collide.
 */
export async function openTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<PlatformDatabase> {
  const migrate = options.migrate !== false
  if (engine === 'pglite' && migrate) {
    return openDatabase<Database>({
      kind: 'pglite',
      dataDir: null,
      loadDataDir: await migratedTemplate(),
    })
  }
  const opened = await openBlankDatabase()
  if (migrate) await migrateToLatest(opened.db)
  return opened
}

async function openBlankDatabase(): Promise<PlatformDatabase> {
  if (!process.env.DATABASE_URL) return openDatabase<Database>({ kind: 'pglite', dataDir: null })
  const schema = await createTestSchema()
  const opened = await openDatabase<Database>({ kind: 'postgres', url: schema.url })
  return {
    ...opened,
    async close() {
      await opened.close()
      await schema.drop()
    },
  }
}

/**
 * A new empty schema on the PostgreSQL server and a DATABASE_URL that selects it, for tests that
 * start the platform as a separate process.
 */
export async function createTestSchema(): Promise<{ readonly url: string; drop(): Promise<void> }> {
  const base = process.env.DATABASE_URL
  if (!base) throw new Error('createTestSchema needs DATABASE_URL')
  const schema = `test_${process.pid}_${randomBytes(6).toString('hex')}`
  await withAdminClient(base, (client) => client.query(`create schema ${schema}`))
  const url = new URL(base)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return {
    url: url.toString(),
    drop: () =>
      withAdminClient(base, (client) =>
        client.query(`drop schema if exists ${schema} cascade`),
      ).then(() => {}),
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
