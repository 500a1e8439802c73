import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { GOOD_PASSWORD, openTestApp, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

// Count argon2 hashes: a sign-up that skipped hashing for a taken address would answer sooner.
const hashes = vi.hoisted(() => ({ count: 0 }))
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const original = await importOriginal<typeof import('@node-rs/argon2')>()
  return {
    ...original,
    hash: (...args: Parameters<typeof original.hash>) => {
      hashes.count++
      return original.hash(...args)
    },
  }
})

describe(`sign-up that reveals no account on ${engine}`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await openTestApp()
  })
  afterAll(() => t.close())

  const register = (email: string, displayName = 'Someone') =>
    t.app.inject({
      method: 'POST',
      url: '/auth/register',
      headers: { host: '127.0.0.1:3000' },
      payload: { email, password: GOOD_PASSWORD, displayName },
    })
  const mailsTo = (address: string) =>
    t.database.db
      .selectFrom('mail_outbox')
      .select(['subject', 'body'])
      .where('to_address', '=', address)
      .orderBy('created_at')
      .execute()
  /** What a caller can observe of an answer, apart from the request id. */
  const observable = (response: Awaited<ReturnType<typeof register>>) => ({
    status: response.statusCode,
    body: response.json(),
    cookie: response.headers['set-cookie'],
    headers: Object.keys(response.headers)
      .filter((name) => !['date', 'x-request-id', 'content-length'].includes(name))
      .sort(),
  })

  it('answers a taken address exactly as a new one, hashing the password both times', async () => {
    hashes.count = 0
    const fresh = await register('owner@example.org', 'Owner')
    expect(hashes.count).toBe(1)
    const taken = await register('OWNER@example.org', 'Intruder')
    expect(hashes.count).toBe(2)
    expect(fresh.statusCode).toBe(202)
    expect(observable(taken)).toEqual({
      ...observable(fresh),
      body: { ...fresh.json(), email: 'OWNER@example.org' },
    })
    expect(taken.json()).toEqual({ email: 'OWNER@example.org', next: 'confirm_email' })
    expect(fresh.headers['set-cookie']).toBeUndefined()
  })

  it("mails the owner that someone tried, and leaves the owner's account as it was", async () => {
    await register('kept@example.org', 'Kept')
    const before = await t.database.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'kept@example.org')
      .executeTakeFirstOrThrow()
    await register('kept@example.org', 'Someone Else')
    const mails = await mailsTo('kept@example.org')
    expect(mails.map((m) => m.subject)).toEqual([
      'Confirm your email address for SkillSignal',
      'Someone tried to create a SkillSignal account with your address',
    ])
    expect(mails[1]!.body).toContain('No account was created')
    expect(mails[1]!.body).toContain('http://127.0.0.1:3000/signin')
    // No token in the owner's notice: it proves nothing and signs nobody in.
    expect(mails[1]!.body).not.toMatch(/token=/)
    const after = await t.database.db
      .selectFrom('users')
      .selectAll()
      .where('email_key', '=', before.email_key)
      .execute()
    expect(after).toEqual([before])
  })

  it('makes one account of concurrent sign-ups for one address, answering all alike', async () => {
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => register('race@example.org', 'Racer')),
    )
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202, 202, 202])
    const rows = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'race@example.org')
      .execute()
    expect(rows).toHaveLength(1)
    const subjects = (await mailsTo('race@example.org')).map((m) => m.subject)
    expect(subjects.filter((s) => s.startsWith('Confirm'))).toHaveLength(1)
    // Three tries, one notice: the others fell in its cooldown.
    expect(subjects.filter((s) => s.startsWith('Someone tried'))).toHaveLength(1)
  })

  it('mails the owner about tries once a day, however many come, and records every one', async () => {
    await register('pestered@example.org', 'Pestered')
    for (let n = 0; n < 4; n++) await register('pestered@example.org', `Pest ${n}`)
    const subjects = (await mailsTo('pestered@example.org')).map((m) => m.subject)
    expect(subjects).toEqual([
      'Confirm your email address for SkillSignal',
      'Someone tried to create a SkillSignal account with your address',
    ])
    const owner = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'pestered@example.org')
      .executeTakeFirstOrThrow()
    const tries = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('subject', '=', `user:${owner.id}`)
      .where('action', '=', 'account.sign_up_attempted')
      .orderBy('at')
      .execute()
    expect(tries.map((r) => r.details)).toEqual([
      { mailed: true },
      { mailed: false },
      { mailed: false },
      { mailed: false },
    ])
    // A day later the owner hears of the next try.
    await t.database.db
      .updateTable('audit_log')
      .set({ at: new Date(Date.now() - 25 * 3_600_000) })
      .where('subject', '=', `user:${owner.id}`)
      .execute()
    await register('pestered@example.org', 'Pest again')
    const later = (await mailsTo('pestered@example.org')).map((m) => m.subject)
    expect(later.filter((s) => s.startsWith('Someone tried'))).toHaveLength(2)
  })
})
