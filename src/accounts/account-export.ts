import type { Kysely } from 'kysely'
import { listSessions, type SessionInfo } from './sessions.js'
import type { AccountsDatabase } from './tables.js'

/** What the accounts part holds about a person (GDPR art. 15 and 20), as plain data. */
export interface AccountRecords {
  readonly account: {
    readonly id: string
    readonly email: string
    readonly displayName: string
    readonly role: string
    readonly createdAt: Date
    readonly twoFactor: boolean
    readonly emailVerified: boolean
  }
  readonly sessions: readonly SessionInfo[]
  readonly events: readonly {
    readonly action: string
    readonly at: Date
    readonly details: unknown
  }[]
}

export async function accountRecords(
  db: Kysely<AccountsDatabase>,
  userId: string,
  currentToken: string | null,
): Promise<AccountRecords> {
  const user = await db
    .selectFrom('users')
    .select([
      'id',
      'email',
      'display_name',
      'role',
      'created_at',
      'totp_enabled_at',
      'email_verified_at',
    ])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
  const events = await db
    .selectFrom('audit_log')
    .select(['action', 'at', 'details'])
    .where('subject', '=', `user:${userId}`)
    .orderBy('at')
    .execute()
  return {
    account: {
      id: user.id,
      email: user.email,
      displayName: user.display_name,
      role: user.role,
      createdAt: user.created_at,
      twoFactor: user.totp_enabled_at !== null,
      emailVerified: user.email_verified_at !== null,
    },
    sessions: await listSessions(db, userId, currentToken),
    events,
  }
}
