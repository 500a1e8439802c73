import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isEmailVerified } from '../../src/accounts/index.js'
import { DEMO_ACCOUNTS, demoAccountsSeeder } from '../../src/platform/demo-accounts.js'
import { GOOD_PASSWORD } from '../support/app.js'
import { engine } from '../support/database.js'
import { type AttemptsHarness, openAttemptsHarness } from './attempts-support.js'

describe(`attempts and an unconfirmed address on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness()
  })
  afterAll(() => h.close())

  const post = (url: string, payload: object, authorization?: string) =>
    h.app.inject({
      method: 'POST',
      url,
      headers: { host: '127.0.0.1:3000', ...(authorization ? { authorization } : {}) },
      payload,
    })

  it('refuses to start a test before the mailed link is opened, and starts it after', async () => {
    await post('/auth/register', {
      email: 'una@example.org',
      password: GOOD_PASSWORD,
      displayName: 'Una',
    })
    const signedIn = await post('/auth/tokens', {
      email: 'una@example.org',
      password: GOOD_PASSWORD,
    })
    const authorization = `Bearer ${signedIn.json().token}`

    const refused = await post('/attempts', { testId: 'fixture-js' }, authorization)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error).toMatchObject({
      code: 'email_unverified',
      message: expect.stringContaining('confirm your email address before taking a test'),
    })
    const started = await h.database.db
      .selectFrom('assessment_attempts')
      .select('id')
      .where('candidate_id', '=', signedIn.json().account.id)
      .execute()
    expect(started).toEqual([])

    const mail = await h.database.db
      .selectFrom('mail_outbox')
      .select('body')
      .where('to_address', '=', 'una@example.org')
      .executeTakeFirstOrThrow()
    const token = /verify-email\?token=([\w-]+)/.exec(mail.body)![1]!
    expect((await post('/auth/email-verification', { token })).statusCode).toBe(200)

    const accepted = await post('/attempts', { testId: 'fixture-js' }, authorization)
    expect(accepted.statusCode).toBe(201)
  })

  it('seeds the demo accounts with vouched addresses, so the demo can earn credentials', async () => {
    await demoAccountsSeeder.seed(h.database.db)
    const ids = await h.database.db
      .selectFrom('users')
      .select('id')
      .where(
        'email',
        'in',
        DEMO_ACCOUNTS.map((d) => d.email),
      )
      .execute()
    expect(ids).toHaveLength(DEMO_ACCOUNTS.length)
    for (const { id } of ids) expect(await isEmailVerified(h.database.db, id)).toBe(true)
  })
})
