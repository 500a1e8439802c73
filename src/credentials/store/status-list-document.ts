import type { Kysely } from 'kysely'
import type { CredentialsDatabase } from '../tables.js'

/** The signed status list credential at a platform URL, if it is one of ours. */
export async function statusListDocument(
  db: Kysely<CredentialsDatabase>,
  listId: string,
): Promise<Record<string, unknown> | undefined> {
  const row = await db
    .selectFrom('credential_status_lists')
    .select('credential')
    .where('id', '=', listId)
    .executeTakeFirst()
  return row ? JSON.parse(row.credential) : undefined
}
