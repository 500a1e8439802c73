import { type Kysely, type Migration, type MigrationResultSet, Migrator, sql } from 'kysely'
import { migrations as platformMigrations } from './migrations/index.js'
import { OwnSchemaIntrospector } from './own-schema-introspector.js'

/**
 * Applies every pending migration. Both engines run DDL in transactions, so Kysely applies the
 * whole batch in one: a migration that fails leaves the database as it was.
 */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  migrations: Record<string, Migration> = platformMigrations,
): Promise<readonly string[]> {
  // Named explicitly: without a schema, Kysely takes a migration table in any schema (another
  // tenant's, another test run's) for its own.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
  const migrator = new Migrator({
    db: withOwnSchemaIntrospection(db),
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: rows[0]!.schema,
    // Each part numbers its migrations in its own range, so a new assessment migration (0112)
    // can arrive after a study one (0400) has been applied.
    allowUnorderedMigrations: true,
  })
  const result: MigrationResultSet = await migrator.migrateToLatest()
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName
    const cause = result.error instanceof Error ? result.error.message : String(result.error)
    throw new MigrationError(`migration ${failed ?? '(unknown)'} failed: ${cause}`, {
      cause: result.error,
    })
  }
  return (result.results ?? []).map((r) => r.migrationName)
}

/**
 * The same Kysely instance, whose `introspection` reads only its own schema. The Migrator takes a
 * whole Kysely and reads `db.introspection` to find its tables, and Kysely offers no option to
 * narrow that, so the one property is replaced; every other member is the instance's own, bound
 * to it (Kysely keeps its state in private fields, which a proxy as receiver could not reach).
 */
function withOwnSchemaIntrospection<DB>(db: Kysely<DB>): Kysely<DB> {
  const introspection = new OwnSchemaIntrospector(db as Kysely<unknown>)
  return new Proxy(db, {
    get(target, property) {
      if (property === 'introspection') return introspection
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError'
}
