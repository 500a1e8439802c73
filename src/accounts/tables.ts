import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { GeneratedTimestamp, Timestamp } from '../db/index.js'

export interface UsersTable {
  id: string
  email: string
  /** Lower-cased email: the unique key, so "A@x.org" and "a@x.org" are one account. */
  email_key: string
  display_name: string
  password_hash: string
  role: 'member' | 'analyst' | 'administrator'
  created_at: GeneratedTimestamp
  /** Base32 TOTP secret: set when two-factor sign-in is being set up or is on. */
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>
  /** When two-factor sign-in was confirmed with a first code; null while off. */
  totp_enabled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  /** The last accepted code's time step: a code is never accepted twice. */
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>
  /** When the owner proved the address by following the verification mail; null until then. */
  email_verified_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  /** Set when the account was erased at its owner's request; the row stays for references. */
  deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
}

export interface SessionsTable {
  /** SHA-256 of the token: a stolen database does not yield usable sessions. */
  id: string
  user_id: string
  kind: 'cookie' | 'bearer'
  created_at: GeneratedTimestamp
  expires_at: Timestamp
  revoked_at: Timestamp | null
}

export interface AuditLogTable {
  id: string
  actor_id: string | null
  action: string
  subject: string
  /** Free-form facts of the event; each action writes its own keys. */
  details: JSONColumnType<Record<string, unknown>>
  at: GeneratedTimestamp
}

/** Wrong passwords per (account key, client address); the key '*' counts an address's total. */
export interface LoginThrottleTable {
  email_key: string
  address: string
  failures: Generated<number>
  /** Locks so far: each doubles the next one's length. */
  locks: Generated<number>
  window_started_at: GeneratedTimestamp
  locked_until: Timestamp | null
}

/** Mail the platform sends, oldest first; a relay marks what it delivered. */
export interface MailOutboxTable {
  id: string
  to_address: string
  subject: string
  body: string
  created_at: GeneratedTimestamp
  sent_at: Timestamp | null
}

/** One-time tokens a mail carries; only their SHA-256 is stored. */
export interface AccountTokensTable {
  id: string
  user_id: string
  purpose: 'verify_email' | 'reset_password'
  /** The address the token was sent to: verifying proves this one, not a later one. */
  email: string
  expires_at: Timestamp
  used_at: Timestamp | null
  created_at: GeneratedTimestamp
}

/** The tables accounts owns; other parts reach them only through accounts' functions. */
export type AccountsTables = {
  mail_outbox: MailOutboxTable
  account_tokens: AccountTokensTable
  login_throttle: LoginThrottleTable
  users: UsersTable
  sessions: SessionsTable
  audit_log: AuditLogTable
}

/** The database as accounts' functions see it. */
export type AccountsDatabase = AccountsTables
