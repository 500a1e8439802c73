import { PGlite } from '@electric-sql/pglite'
import { Kysely, type LogEvent, PostgresDialect, sql } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import type { DatabaseConfig } from './config.js'
import { lockDataDir, lockFileOf } from './data-dir-lock.js'
import { watchDataDir } from './data-dir-watch.js'
import { INT8_OID, parseInt8 } from './int8.js'

/**
 * An open database: the Kysely handle every part is given, and how to let go of it. `DB` names the
 * tables the opener's migrations made (the platform composes them from its parts).
 */
export interface OpenDatabase<DB> {
  readonly db: Kysely<DB>
  readonly kind: DatabaseConfig['kind']
  close(): Promise<void>
}

/** How a caller watches the database's work without wrapping it. */
export interface OpenOptions {
  /** Called after every statement sent, `BEGIN` and `COMMIT` included (benchmarks count round trips). */
  readonly log?: (event: LogEvent) => void
}

/**
 * Opens PGlite (taking the data directory's lock, and watching that it stays there) or a pool on a PostgreSQL server (after checking
 * that the server keeps what it acknowledges).
 *
 * @example const { db, close } = await openDatabase({ kind: 'pglite', dataDir: null })
 */
export async function openDatabase<DB>(
  config: DatabaseConfig,
  options: OpenOptions = {},
): Promise<OpenDatabase<DB>> {
  switch (config.kind) {
    case 'pglite':
      return openPglite<DB>(config.dataDir, config.loadDataDir, options)
    case 'postgres':
      return openPostgres<DB>(config.url, config.schema, options)
  }
}

async function openPglite<DB>(
  dataDir: string | null,
  loadDataDir: Blob | undefined,
  options: OpenOptions,
): Promise<OpenDatabase<DB>> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => {}
  const unwatch = dataDir ? watchDataDir(dataDir, lockFileOf(dataDir)) : async () => {}
  try {
    const client = await PGlite.create(dataDir ?? undefined, {
      parsers: { [INT8_OID]: parseInt8 },
      ...(loadDataDir ? { loadDataDir } : {}),
    })
    const db = new Kysely<DB>({
      dialect: new PGliteDialect(client),
      ...(options.log ? { log: options.log } : {}),
    })
    return {
      db,
      kind: 'pglite',
      async close() {
        // Kysely's PGlite driver closes the client on destroy; close it here only if it did not.
        await db.destroy()
        if (!client.closed) await client.close()
        await unwatch()
        unlock()
      },
    }
  } catch (error) {
    await unwatch()
    unlock()
    throw error
  }
}

async function openPostgres<DB>(
  url: string,
  schema: string | undefined,
  options: OpenOptions,
): Promise<OpenDatabase<DB>> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    types: { getTypeParser: typeParser },
  })
  // Without these listeners a terminated session (restart, pg_terminate_backend) kills the process.
  pool.on('error', () => {})
  pool.on('connect', (client) => client.on('error', () => {}))
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    ...(options.log ? { log: options.log } : {}),
  })
  try {
    await assertDurable(db)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return { db, kind: 'postgres', close: () => db.destroy() }
}

function typeParser(oid: number, format?: 'text' | 'binary') {
  if (oid === INT8_OID) return parseInt8
  // biome-ignore lint/suspicious/noExplicitAny: pg's overloads do not accept the union format.
  return pg.types.getTypeParser(oid, format as any)
}

const DURABILITY_SETTINGS = ['fsync', 'synchronous_commit', 'full_page_writes'] as const

/** A server that acknowledges commits it may lose would break every guarantee above it. */
async function assertDurable<DB>(db: Kysely<DB>): Promise<void> {
  for (const setting of DURABILITY_SETTINGS) {
    const { rows } = await sql<{
      value: string
    }>`select current_setting(${setting}) as value`.execute(db)
    if (rows[0]?.value !== 'on') {
      throw new Error(
        `PostgreSQL setting ${setting} is '${rows[0]?.value}'; SkillSignal needs it on`,
      )
    }
  }
}
