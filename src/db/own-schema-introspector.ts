import {
  type DatabaseIntrospector,
  type DatabaseMetadataOptions,
  type Kysely,
  type SchemaMetadata,
  sql,
  type TableMetadata,
} from 'kysely'

interface ColumnRow {
  readonly table: string
  readonly schema: string
  readonly table_kind: string
  readonly column: string
  readonly type: string
  readonly type_schema: string
  readonly not_null: boolean
  readonly has_default: boolean
  readonly auto_incrementing: boolean
  readonly comment: string | null
}

// Kysely's own names for its bookkeeping tables, which `withInternalKyselyTables` reveals.
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock']

/**
 * Reads tables of the connection's own schema (`current_schema()`) only. Kysely's PostgreSQL
 * introspector reads every schema in the database and resolves each one again by name
 * (`has_schema_privilege`, `pg_get_serial_sequence`), so a schema that another tenant or another
 * test run drops while the query runs fails it with 3F000 "schema does not exist". Migrations
 * only ask whether their own two tables exist, so they need nothing beyond their own schema, and
 * this query joins catalog rows by oid without resolving any name.
 */
export class OwnSchemaIntrospector implements DatabaseIntrospector {
  readonly #db: Kysely<unknown>

  constructor(db: Kysely<unknown>) {
    this.#db = db
  }

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<{ name: string }>`
      select nspname as name from pg_catalog.pg_namespace where nspname = current_schema()
    `.execute(this.#db)
    return rows.map((r) => ({ name: r.name }))
  }

  async getTables(
    options: DatabaseMetadataOptions = { withInternalKyselyTables: false },
  ): Promise<TableMetadata[]> {
    const { rows } = await sql<ColumnRow>`
      select c.relname as table, ns.nspname as schema, c.relkind as table_kind,
             a.attname as column, typ.typname as type, tns.nspname as type_schema,
             a.attnotnull as not_null, a.atthasdef as has_default,
             col_description(a.attrelid, a.attnum) as comment,
             -- What pg_get_serial_sequence finds, by oid: a sequence the column owns (serial)
             -- or that backs it (identity).
             exists (select 1 from pg_catalog.pg_depend d
                       join pg_catalog.pg_class s on s.oid = d.objid and s.relkind = 'S'
                      where d.refobjid = c.oid and d.refobjsubid = a.attnum
                        and d.deptype in ('a', 'i')) as auto_incrementing
        from pg_catalog.pg_class c
        join pg_catalog.pg_namespace ns on ns.oid = c.relnamespace
        join pg_catalog.pg_attribute a on a.attrelid = c.oid
        join pg_catalog.pg_type typ on typ.oid = a.atttypid
        join pg_catalog.pg_namespace tns on tns.oid = typ.typnamespace
       where ns.nspname = current_schema()
         and c.relkind in ('r', 'v', 'p')
         and a.attnum > 0 and not a.attisdropped
       order by c.relname, a.attnum
    `.execute(this.#db)
    const tables = new Map<
      string,
      TableMetadata & { columns: TableMetadata['columns'][number][] }
    >()
    for (const row of rows) {
      if (!options.withInternalKyselyTables && MIGRATION_TABLES.includes(row.table)) continue
      let table = tables.get(row.table)
      if (!table) {
        table = { name: row.table, schema: row.schema, isView: row.table_kind === 'v', columns: [] }
        tables.set(row.table, table)
      }
      table.columns.push({
        name: row.column,
        dataType: row.type,
        dataTypeSchema: row.type_schema,
        isNullable: !row.not_null,
        hasDefaultValue: row.has_default,
        isAutoIncrementing: row.auto_incrementing,
        comment: row.comment ?? undefined,
      })
    }
    return [...tables.values()]
  }

  async getMetadata(options?: DatabaseMetadataOptions) {
    return { tables: await this.getTables(options) }
  }
}
