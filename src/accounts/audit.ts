import { newId, type Queryable } from '../db/index.js'
import type { AccountsDatabase } from './tables.js'

/** One line of the platform's audit log: who did what to which subject. */
export interface AuditEvent {
  /** Null when the platform itself acted. */
  readonly actorId: string | null
  readonly action: string
  /** What was acted on: `user:<id>` for an account, a certification's id, … */
  readonly subject: string
  readonly details: Record<string, unknown>
}

/**
 * Appends to the audit log, inside the caller's transaction when given one: how other parts record
 * what they did without writing accounts' tables themselves.
 *
 * @example await recordAuditEvent(trx, { actorId, action: 'certification.revoke', subject, details })
 */
export async function recordAuditEvent(
  db: Queryable<AccountsDatabase>,
  event: AuditEvent,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      actor_id: event.actorId,
      action: event.action,
      subject: event.subject,
      details: JSON.stringify(event.details),
    })
    .execute()
}

/** One line of an account's record: what happened to it, by whom. */
export function audit(
  db: Queryable<AccountsDatabase>,
  userId: string,
  action: string,
  details: Record<string, unknown> = {},
  actorId: string | null = userId,
): Promise<void> {
  return recordAuditEvent(db, { actorId, action, subject: `user:${userId}`, details })
}
