import { createHash, randomBytes } from 'node:crypto'
import { type Kysely, sql, type Transaction } from 'kysely'
import { type Account, toAccount } from './account.js'
import type { AccountsDatabase } from './tables.js'

/** Browser sessions last a week; API tokens 90 days. */
export const SESSION_LIFETIME_SECONDS = { cookie: 7 * 86_400, bearer: 90 * 86_400 } as const

export type SessionKind = keyof typeof SESSION_LIFETIME_SECONDS

/** Starts a session and returns its secret token; only the token's hash is stored. */
export async function startSession(
  db: Kysely<AccountsDatabase>,
  userId: string,
  kind: SessionKind,
): Promise<{ readonly token: string; readonly expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_SECONDS[kind] * 1000)
  await db
    .insertInto('sessions')
    .values({
      id: tokenHash(token),
      user_id: userId,
      kind,
      expires_at: expiresAt,
      revoked_at: null,
    })
    .execute()
  return { token, expiresAt }
}

/**
 * The account behind a live, unrevoked token, or null. Every signed-in request asks this first,
 * so it is written as SQL rather than built with the query builder on each call.
 */
export async function accountForToken(
  db: Kysely<AccountsDatabase>,
  token: string,
): Promise<Account | null> {
  const { rows } = await sql<Parameters<typeof toAccount>[0]>`
    select users.id, users.email, users.display_name, users.role, users.created_at
    from sessions join users on users.id = sessions.user_id
    where sessions.id = ${tokenHash(token)} and sessions.revoked_at is null
      and sessions.expires_at > ${new Date()} and users.deleted_at is null`.execute(db)
  const row = rows[0]
  return row ? toAccount(row) : null
}

export async function endSession(db: Kysely<AccountsDatabase>, token: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('id', '=', tokenHash(token))
    .where('revoked_at', 'is', null)
    .execute()
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** A session as its owner sees it: the id is the token's hash, never the token. */
export interface SessionInfo {
  readonly id: string
  readonly kind: SessionKind
  readonly createdAt: Date
  readonly expiresAt: Date
  readonly current: boolean
}

/** The account's live sessions and tokens, newest first, marking the one asking. */
export async function listSessions(
  db: Kysely<AccountsDatabase>,
  userId: string,
  currentToken: string | null,
): Promise<SessionInfo[]> {
  const current = currentToken ? tokenHash(currentToken) : null
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'kind', 'created_at', 'expires_at'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date())
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    current: row.id === current,
  }))
}

/** Ends one of the account's sessions by id; false when it has no such live session. */
export async function endSessionById(
  db: Kysely<AccountsDatabase>,
  userId: string,
  sessionId: string,
): Promise<boolean> {
  const ended = await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return ended.numUpdatedRows > 0n
}

/** Ends every session and token of the account, but the one given (if any); returns how many. */
export async function endAllSessions(
  db: Kysely<AccountsDatabase> | Transaction<AccountsDatabase>,
  userId: string,
  keepToken: string | null = null,
): Promise<number> {
  let query = db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
  if (keepToken) query = query.where('id', '<>', tokenHash(keepToken))
  const ended = await query.executeTakeFirst()
  return Number(ended.numUpdatedRows)
}
