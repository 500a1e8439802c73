import { generate } from 'otplib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REGISTRATION_RATE_LIMIT } from '../../src/api/routes/accounts.js'
import { GOOD_PASSWORD, openTestApp, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

const NEW_PASSWORD = 'a different horse battery'

describe(`account self-service on ${engine}`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await openTestApp()
  })
  afterAll(() => t.close())

  const register = (email: string, remoteAddress = '10.1.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/auth/register',
      remoteAddress,
      payload: { email, password: GOOD_PASSWORD, displayName: 'Owner' },
    })
  const token = async (email: string, password = GOOD_PASSWORD, code?: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      payload: { email, password, ...(code ? { code } : {}) },
    })
    return { response, authorization: `Bearer ${response.json().token}` }
  }
  const as = (
    authorization: string,
    method: 'GET' | 'PUT' | 'POST' | 'DELETE',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: { authorization }, ...(payload ? { payload } : {}) })

  it('lists sessions, signs one out, and signs out everywhere', async () => {
    await register('sessions@example.org')
    const first = (await token('sessions@example.org')).authorization
    const second = (await token('sessions@example.org')).authorization
    const listed = (await as(first, 'GET', '/me/sessions')).json().sessions
    expect(listed.filter((s: { kind: string }) => s.kind === 'bearer')).toHaveLength(2)
    expect(listed.filter((s: { current: boolean }) => s.current)).toHaveLength(1)
    const other = listed.find(
      (s: { current: boolean; kind: string }) => !s.current && s.kind === 'bearer',
    )
    expect((await as(first, 'DELETE', `/me/sessions/${other.id}`)).statusCode).toBe(204)
    expect((await as(second, 'GET', '/me')).statusCode).toBe(401)
    const third = (await token('sessions@example.org')).authorization
    const everywhere = await as(first, 'POST', '/me/sessions/sign-out-everywhere')
    expect(everywhere.json().sessionsEnded).toBeGreaterThanOrEqual(2)
    expect((await as(first, 'GET', '/me')).statusCode).toBe(401)
    expect((await as(third, 'GET', '/me')).statusCode).toBe(401)
  })

  it('changes the password only with the current one, signing every other session out', async () => {
    await register('password@example.org')
    const here = (await token('password@example.org')).authorization
    const elsewhere = (await token('password@example.org')).authorization
    const wrong = await as(here, 'PUT', '/me/password', {
      currentPassword: 'not my password at all',
      newPassword: NEW_PASSWORD,
    })
    expect(wrong.statusCode).toBe(403)
    expect(wrong.json().error.code).toBe('wrong_password')
    const weak = await as(here, 'PUT', '/me/password', {
      currentPassword: GOOD_PASSWORD,
      newPassword: 'short',
    })
    expect(weak.json().error.code).toBe('weak_password')
    const changed = await as(here, 'PUT', '/me/password', {
      currentPassword: GOOD_PASSWORD,
      newPassword: NEW_PASSWORD,
    })
    expect(changed.statusCode).toBe(200)
    expect((await as(here, 'GET', '/me')).statusCode).toBe(200)
    expect((await as(elsewhere, 'GET', '/me')).statusCode).toBe(401)
    expect((await token('password@example.org')).response.statusCode).toBe(401)
    expect((await token('password@example.org', NEW_PASSWORD)).response.statusCode).toBe(201)
  })

  it('turns TOTP two-factor on with a first code, then asks for a fresh code at every sign-in', async () => {
    await register('totp@example.org')
    const owner = (await token('totp@example.org')).authorization
    const setup = await as(owner, 'POST', '/me/two-factor')
    expect(setup.statusCode).toBe(201)
    const { secret, uri } = setup.json()
    expect(uri).toMatch(/^otpauth:\/\/totp\/SkillSignal:totp%40example\.org\?/)
    expect(
      (await as(owner, 'POST', '/me/two-factor/confirmation', { code: '000000' })).statusCode,
    ).toBe(403)
    const code = await generate({ secret })
    expect((await as(owner, 'POST', '/me/two-factor/confirmation', { code })).statusCode).toBe(204)

    const without = await token('totp@example.org')
    expect(without.response.statusCode).toBe(401)
    expect(without.response.json().error.code).toBe('second_factor_required')
    // The code that confirmed set-up is spent: it does not sign in.
    const reused = await token('totp@example.org', GOOD_PASSWORD, code)
    expect(reused.response.json().error.code).toBe('invalid_second_factor')
    const fresh = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 })
    expect((await token('totp@example.org', GOOD_PASSWORD, fresh)).response.statusCode).toBe(201)
    const again = await token('totp@example.org', GOOD_PASSWORD, fresh)
    expect(again.response.statusCode).toBe(401)
  })

  it('exports the account as JSON and erases it for good on request', async () => {
    await register('erase@example.org')
    const owner = (await token('erase@example.org')).authorization
    const exported = await as(owner, 'GET', '/me/export')
    expect(exported.statusCode).toBe(200)
    expect(exported.headers['content-disposition']).toMatch(/attachment/)
    const body = exported.json()
    expect(body.account).toMatchObject({ email: 'erase@example.org', twoFactor: false })
    expect(body.events.map((e: { action: string }) => e.action)).toContain('account.registered')
    expect(body).toHaveProperty('credentials')
    expect(body).toHaveProperty('certifications')
    expect(JSON.stringify(body)).not.toMatch(/argon2|password_hash/)

    expect((await as(owner, 'DELETE', '/me', { password: 'wrong password here' })).statusCode).toBe(
      403,
    )
    expect((await as(owner, 'DELETE', '/me', { password: GOOD_PASSWORD })).statusCode).toBe(204)
    expect((await as(owner, 'GET', '/me')).statusCode).toBe(401)
    expect((await token('erase@example.org')).response.statusCode).toBe(401)
    const row = await t.database.db
      .selectFrom('users')
      .select(['email', 'display_name', 'deleted_at'])
      .where('email', 'like', 'erased-%')
      .executeTakeFirstOrThrow()
    expect(row.display_name).toBe('Erased account')
    expect(row.deleted_at).not.toBeNull()
    // The address is free again.
    expect((await register('erase@example.org')).statusCode).toBe(202)
  })

  it('limits sign-ups per address', async () => {
    const statuses: number[] = []
    for (let i = 0; i <= REGISTRATION_RATE_LIMIT.max; i++) {
      statuses.push((await register(`many${i}@example.org`, '10.1.9.9')).statusCode)
    }
    expect(statuses.slice(0, REGISTRATION_RATE_LIMIT.max).every((s) => s === 202)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
    expect((await register('other@example.org', '10.1.9.10')).statusCode).toBe(202)
  })
})
