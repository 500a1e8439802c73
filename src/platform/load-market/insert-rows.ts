import type { Insertable, Transaction } from 'kysely'
import type { Database } from '../database.js'

/**
 * Bind parameters per statement: PostgreSQL's protocol caps one statement at 65,535; staying well
 * below keeps each statement's parse cheap on the embedded engine too.
 */
const PARAMETERS_PER_STATEMENT = 30_000

/**
 * Inserts `rows` into `table` in multi-row INSERTs of as many rows as the parameter budget allows:
 * a few statements per table and chunk instead of one per row. `ignoreDuplicateIds` skips rows
 * whose id is already there (ledger accounts a previous chunk opened).
 */
export async function insertRows<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  options: { readonly ignoreDuplicateIds?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return
  const columns = Object.keys(rows[0] as object).length
  const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns))
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement)
    // Kysely cannot type an insert into a table chosen at run time; `T` keeps callers typed.
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const query = (trx as Transaction<any>).insertInto(table).values(slice as any[])
    await (options.ignoreDuplicateIds
      ? query.onConflict((oc) => oc.column('id').doNothing())
      : query
    ).execute()
  }
}
