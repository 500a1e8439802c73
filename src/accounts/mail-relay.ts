import { type Kysely, sql } from 'kysely'
import type { AccountsDatabase } from './tables.js'

/** What delivers one mail (an SMTP transport in production, anything in tests). */
export interface MailSender {
  sendMail(mail: {
    readonly from: string
    readonly to: string
    readonly subject: string
    readonly text: string
  }): Promise<unknown>
}

/** Mails handed to the sender per pass. */
export const RELAY_BATCH = 20

/**
 * Delivers waiting outbox mail, oldest first, marking each sent in the transaction that claimed
 * it (`for update skip locked`, so two relays never send one mail twice). A mail the sender
 * refuses stays waiting for the next pass. Returns how many were sent.
 */
export async function relayMail(
  db: Kysely<AccountsDatabase>,
  sender: MailSender,
  from: string,
): Promise<number> {
  let sent = 0
  for (let i = 0; i < RELAY_BATCH; i++) {
    const delivered = await db.transaction().execute(async (trx) => {
      const { rows } = await sql<{
        id: string
        to_address: string
        subject: string
        body: string
      }>`select id, to_address, subject, body from mail_outbox
         where sent_at is null order by created_at limit 1 for update skip locked`.execute(trx)
      const mail = rows[0]
      if (!mail) return null
      await sender.sendMail({ from, to: mail.to_address, subject: mail.subject, text: mail.body })
      await trx
        .updateTable('mail_outbox')
        .set({ sent_at: new Date() })
        .where('id', '=', mail.id)
        .execute()
      return mail.id
    })
    if (delivered === null) break
    sent++
  }
  return sent
}
