import { type Insertable, sql, type Transaction } from 'kysely'
import type { Database } from '../database.js'

/**
 * Rows per statement. Each statement carries its rows as one JSON parameter that the database
 * unpacks with `json_populate_recordset`: binding tens of thousands of separate parameters per
 * statement was measured several times slower on the embedded engine (each goes through the
 * wire protocol on its own), and one parameter has no 65,535-parameter cap.
 */
const ROWS_PER_STATEMENT = 5_000

/**
 * Inserts `rows` into `table` in multi-row INSERTs: a few statements per table and chunk instead
 * of one per row. `ignoreDuplicateIds` skips rows whose id is already there (ledger accounts a
 * previous chunk opened). Columns are the first row's keys; jsonb columns take the JSON text the
 * rows hold for them, as the domain's single-row inserts do.
 */
export async function insertRows<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  options: { readonly ignoreDuplicateIds?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return
  const columns = Object.keys(rows[0] as object)
  const jsonb = new Set(
    (
      await sql<{ column_name: string }>`select column_name from information_schema.columns
        where table_schema = current_schema() and table_name = ${table} and data_type = 'jsonb'`.execute(
        trx,
      )
    ).rows.map((r) => r.column_name),
  )
  const names = sql.join(columns.map((c) => sql.ref(c)))
  const conflict = options.ignoreDuplicateIds ? sql` on conflict (id) do nothing` : sql``
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const slice = rows.slice(start, start + ROWS_PER_STATEMENT)
    const text = JSON.stringify(
      jsonb.size === 0
        ? slice
        : slice.map((row) => {
            const record = { ...(row as Record<string, unknown>) }
            for (const column of jsonb) {
              const value = record[column]
              if (typeof value === 'string') record[column] = JSON.parse(value)
            }
            return record
          }),
    )
    await sql`insert into ${sql.table(table)} (${names})
      select ${names} from json_populate_recordset(null::${sql.table(table)}, ${text}::json)${conflict}`.execute(
      trx,
    )
  }
}
