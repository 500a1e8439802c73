import { type Kysely, sql } from 'kysely'
import { type Account, toAccount } from './account.js'
import type { AccountsDatabase } from './tables.js'

/** The most accounts one page of the administrators' list shows. */
export const MAX_ACCOUNTS_PAGE = 100

/**
 * Accounts newest first for the administrators' console, optionally narrowed to names or
 * emails containing `q`; erased accounts are left out (their rows stay only for references).
 */
export async function listAccounts(
  db: Kysely<AccountsDatabase>,
  query: { readonly q?: string | undefined; readonly limit: number; readonly offset: number },
): Promise<{ readonly accounts: readonly Account[]; readonly total: number }> {
  let base = db.selectFrom('users').where('deleted_at', 'is', null)
  const q = query.q?.trim()
  if (q) {
    // The text is a parameter and LIKE's own wildcards in it are escaped: it matches literally.
    const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    base = base.where((eb) =>
      eb.or([
        eb('email_key', 'like', pattern),
        eb(sql<string>`lower(display_name)`, 'like', pattern),
      ]),
    )
  }
  const [rows, count] = await Promise.all([
    base
      .select(['id', 'email', 'display_name', 'role', 'created_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(Math.min(query.limit, MAX_ACCOUNTS_PAGE))
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { accounts: rows.map(toAccount), total: Number(count.n) }
}
