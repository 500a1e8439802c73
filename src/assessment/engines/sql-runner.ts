import { PGlite } from '@electric-sql/pglite'

class Rollback extends Error {}

/** An in-memory PostgreSQL that SQL items run on, started on first use. */
export interface SqlSandbox {
  /**
   * Runs `setup` (DDL and inserts, may be empty) and then each query in one round trip. With a
   * setup, everything runs in a transaction that is always rolled back so the database stays
   * empty; without one the queries only read. Item models put their data in `WITH … AS (VALUES
   * …)`, so the key query and its mistaken variants need no DDL. Each result is one line per row,
   * values joined with ` | `.
   *
   * @example await sql.runQueries('', ['select 1 + 1']) // ['2']
   */
  runQueries(setup: string, queries: readonly string[]): Promise<string[]>
  /** @example await sql.run('', 'select 2 * 3') // '6' */
  run(setup: string, query: string): Promise<string>
  /** Stops the database, if it was started. */
  close(): Promise<void>
}

/**
 * One in-memory PostgreSQL for all SQL items of a process (starting one costs about a second), so
 * the platform makes one and hands it down.
 *
 * @example const sql = createSqlSandbox(); await sql.run('', 'select 1'); await sql.close()
 */
export function createSqlSandbox(): SqlSandbox {
  let instance: Promise<PGlite> | undefined
  const database = () => {
    instance ??= PGlite.create()
    return instance
  }
  return {
    runQueries: async (setup, queries) => runQueriesOn(await database(), setup, queries),
    run: async (setup, query) => (await runQueriesOn(await database(), setup, [query]))[0]!,
    async close() {
      if (instance) await (await instance).close()
      instance = undefined
    },
  }
}

async function runQueriesOn(
  db: PGlite,
  setup: string,
  queries: readonly string[],
): Promise<string[]> {
  let results: string[] = []
  if (setup.trim() === '') {
    results = (await db.exec(joined(queries), { rowMode: 'array' })).map(showRows)
  } else {
    try {
      await db.transaction(async (tx) => {
        await tx.exec(setup)
        results = (await tx.exec(joined(queries), { rowMode: 'array' })).map(showRows)
        throw new Rollback()
      })
    } catch (error) {
      if (!(error instanceof Rollback)) throw error
    }
  }
  if (results.length !== queries.length) {
    throw new Error(`expected ${queries.length} results, got ${results.length}`)
  }
  return results
}

function joined(queries: readonly string[]): string {
  return queries.map((q) => q.replace(/;\s*$/, '')).join(';\n')
}

function showRows(outcome: { readonly rows: readonly unknown[] }): string {
  return outcome.rows.map((row) => (row as unknown[]).map(showSqlValue).join(' | ')).join('\n')
}

function showSqlValue(value: unknown): string {
  if (value === null || value === undefined) return 'NULL'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value)
}
