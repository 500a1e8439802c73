import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/index.js'
import { type Account, toAccount } from './account.js'

/** Browser sessions last a week; API tokens 90 days. */
export const SESSION_LIFETIME_SECONDS = { cookie: 7 * 86_400, bearer: 90 * 86_400 } as const

export type SessionKind = keyof typeof SESSION_LIFETIME_SECONDS

/** Starts a session and returns its secret token; only the token's hash is stored. */
export async function startSession(
  db: Kysely<Database>,
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

/** The account behind a live, unrevoked token, or null. */
export async function accountForToken(
  db: Kysely<Database>,
  token: string,
): Promise<Account | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.display_name', 'users.role', 'users.created_at'])
    .where('sessions.id', '=', tokenHash(token))
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', new Date())
    .executeTakeFirst()
  return row ? toAccount(row) : null
}

export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
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
