import type { Kysely, Transaction } from 'kysely'
import { newId } from '../db/index.js'
import type { AccountsDatabase } from './tables.js'

/**
 * Puts a mail in the outbox, in the caller's transaction, so a mail exists exactly when the
 * change it announces was committed. Development reads the outbox; a relay delivers from it.
 */
export async function queueMail(
  db: Kysely<AccountsDatabase> | Transaction<AccountsDatabase>,
  mail: { readonly to: string; readonly subject: string; readonly body: string },
): Promise<void> {
  await db
    .insertInto('mail_outbox')
    .values({ id: newId(), to_address: mail.to, subject: mail.subject, body: mail.body })
    .execute()
}
