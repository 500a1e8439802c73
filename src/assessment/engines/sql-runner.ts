import { PGlite } from '@electric-sql/pglite'

let instance: Promise<PGlite> | undefined

// One in-memory PostgreSQL for all SQL items: starting one costs about a second.
function database(): Promise<PGlite> {
  instance ??= PGlite.create()
  return instance
}

class Rollback extends Error {}

/**
 * Runs `setup` (DDL and inserts, may be empty) and then each query in one round trip. With a
 * setup, everything runs in a transaction that is always rolled back so the database stays empty;
 * without one the queries only read. Item models put their data in `WITH … AS (VALUES …)`, so the
 * key query and its mistaken variants need no DDL. Each result is one line per row, values joined
 * with ` | `.
 *
 * @example await runSqlQueries('', ['select 1 + 1']) // ['2']
 */
export async function runSqlQueries(setup: string, queries: readonly string[]): Promise<string[]> {
  const db = await database()
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

/** @example await runSql('', 'select 2 * 3') // '6' */
export async function runSql(setup: string, query: string): Promise<string> {
  const [result] = await runSqlQueries(setup, [query])
  return result!
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
