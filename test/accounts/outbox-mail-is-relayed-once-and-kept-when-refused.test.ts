import { createTransport } from 'nodemailer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type MailSender, relayMail } from '../../src/accounts/index.js'
import type { PlatformDatabase } from '../../src/platform/index.js'
import { engine, openTestDatabase } from '../support/database.js'

const FROM = 'SkillSignal <no-reply@skillsignal.example>'

describe(`the mail relay on ${engine}`, () => {
  let database: PlatformDatabase
  beforeEach(async () => {
    database = await openTestDatabase()
    for (const [i, to] of ['a@example.org', 'b@example.org', 'c@example.org'].entries()) {
      await database.db
        .insertInto('mail_outbox')
        .values({ id: `m${i}`, to_address: to, subject: `Subject ${i}`, body: `Body ${i}` })
        .execute()
    }
  })
  afterEach(() => database.close())

  const waiting = async () =>
    (
      await database.db
        .selectFrom('mail_outbox')
        .select('to_address')
        .where('sent_at', 'is', null)
        .orderBy('created_at')
        .execute()
    ).map((m) => m.to_address)

  it('hands every waiting mail to an SMTP-style transport once, as a proper message', async () => {
    const transport = createTransport({ jsonTransport: true })
    const messages: { to: string; subject: string; text: string }[] = []
    const sender: MailSender = {
      async sendMail(mail) {
        const info = (await transport.sendMail(mail)) as { message: string }
        const message = JSON.parse(info.message)
        messages.push({ to: message.to[0].address, subject: message.subject, text: message.text })
      },
    }
    expect(await relayMail(database.db, sender, FROM)).toBe(3)
    expect(messages.map((m) => m.to)).toEqual(['a@example.org', 'b@example.org', 'c@example.org'])
    expect(messages[0]).toMatchObject({ subject: 'Subject 0', text: 'Body 0' })
    expect(await waiting()).toEqual([])
    expect(await relayMail(database.db, sender, FROM)).toBe(0)
  })

  it('keeps a mail the server refuses waiting for the next pass', async () => {
    let refuse = true
    const sent: string[] = []
    const sender: MailSender = {
      async sendMail(mail) {
        if (refuse && mail.to === 'b@example.org') throw new Error('421 try again later')
        sent.push(mail.to)
      },
    }
    await expect(relayMail(database.db, sender, FROM)).rejects.toThrow('421')
    expect(await waiting()).toEqual(['b@example.org', 'c@example.org'])
    refuse = false
    expect(await relayMail(database.db, sender, FROM)).toBe(2)
    expect(sent).toEqual(['a@example.org', 'b@example.org', 'c@example.org'])
  })

  it('sends each mail once when relays run at the same time', async () => {
    const sent: string[] = []
    const sender: MailSender = {
      async sendMail(mail) {
        sent.push(mail.to)
      },
    }
    const counts = await Promise.all([
      relayMail(database.db, sender, FROM),
      relayMail(database.db, sender, FROM),
      relayMail(database.db, sender, FROM),
    ])
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3)
    expect([...sent].sort()).toEqual(['a@example.org', 'b@example.org', 'c@example.org'])
  })
})
