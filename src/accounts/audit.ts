import type { Kysely, Transaction } from 'kysely'
import { type Database, newId } from '../db/index.js'

/** One line of an account's record: what happened to it, by whom. */
export async function audit(
  db: Kysely<Database> | Transaction<Database>,
  userId: string,
  action: string,
  details: Record<string, unknown> = {},
  actorId: string | null = userId,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      actor_id: actorId,
      action,
      subject: `user:${userId}`,
      details: JSON.stringify(details),
    })
    .execute()
}
