import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GOOD_PASSWORD, openTestApp, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

const NEW_PASSWORD = 'a fresh horse battery staple'

describe(`mailed links on ${engine}`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await openTestApp()
  })
  afterAll(() => t.close())

  const post = (url: string, payload?: object, authorization?: string) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { host: '127.0.0.1:3000', ...(authorization ? { authorization } : {}) },
      ...(payload ? { payload } : {}),
    })
  const mailsTo = (address: string) =>
    t.database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', address)
      .orderBy('created_at')
      .execute()
  const tokenIn = (body: string, page: string) => {
    const match = new RegExp(`http://127\\.0\\.0\\.1:3000/${page}\\?token=([\\w-]+)`).exec(body)
    expect(match, body).not.toBeNull()
    return match![1]!
  }
  const verified = async (email: string) =>
    (
      await t.database.db
        .selectFrom('users')
        .select('email_verified_at')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).email_verified_at !== null

  it('mails a link on registration that proves the address once', async () => {
    await post('/auth/register', {
      email: 'vera@example.org',
      password: GOOD_PASSWORD,
      displayName: 'Vera',
    })
    const [mail] = await mailsTo('vera@example.org')
    expect(mail?.subject).toMatch(/Confirm your email/)
    const token = tokenIn(mail!.body, 'verify-email')
    expect(await verified('vera@example.org')).toBe(false)
    const first = await post('/auth/email-verification', { token })
    expect(first.statusCode).toBe(200)
    expect(first.json().account.email).toBe('vera@example.org')
    expect(await verified('vera@example.org')).toBe(true)
    const again = await post('/auth/email-verification', { token })
    expect(again.statusCode).toBe(400)
    expect(again.json().error.code).toBe('invalid_link')
  })

  it('never points links at a forged host', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/auth/register',
      headers: { host: 'evil.example' },
      payload: { email: 'host@example.org', password: GOOD_PASSWORD, displayName: 'H' },
    })
    const [mail] = await mailsTo('host@example.org')
    expect(mail!.body).not.toContain('evil.example')
  })

  it('answers a reset request the same for unknown emails, and mails only real accounts', async () => {
    await post('/auth/register', {
      email: 'reset@example.org',
      password: GOOD_PASSWORD,
      displayName: 'Reset',
    })
    const known = await post('/auth/password-reset', { email: 'Reset@Example.org' })
    const unknown = await post('/auth/password-reset', { email: 'nobody@example.org' })
    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202])
    expect(known.body).toBe(unknown.body)
    expect(await mailsTo('nobody@example.org')).toEqual([])
    const mails = await mailsTo('reset@example.org')
    expect(mails.at(-1)?.subject).toMatch(/Reset your/)
  })

  it('resets the password with the link once, signs every session out, and lifts the locks', async () => {
    const session = await t.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      payload: { email: 'reset@example.org', password: GOOD_PASSWORD },
    })
    const authorization = `Bearer ${session.json().token}`
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email: 'reset@example.org', password: 'wrong password guess' },
      })
    }
    await post('/auth/password-reset', { email: 'reset@example.org' })
    const token = tokenIn((await mailsTo('reset@example.org')).at(-1)!.body, 'reset-password')

    const weak = await post('/auth/password-reset/confirmation', { token, newPassword: 'short' })
    expect(weak.json().error.code).toBe('weak_password')
    const done = await post('/auth/password-reset/confirmation', {
      token,
      newPassword: NEW_PASSWORD,
    })
    expect(done.statusCode).toBe(204)
    expect((await t.app.inject({ url: '/me', headers: { authorization } })).statusCode).toBe(401)
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: 'reset@example.org', password: NEW_PASSWORD },
    })
    expect(signIn.statusCode).toBe(200)
    const reused = await post('/auth/password-reset/confirmation', {
      token,
      newPassword: 'yet another horse battery',
    })
    expect(reused.json().error.code).toBe('invalid_link')
  })
})
