import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOCK_SECONDS, MAX_FAILED_LOGINS } from '../../src/accounts/index.js'
import { LOGIN_RATE_LIMIT } from '../../src/api/routes/accounts.js'
import { GOOD_PASSWORD, openTestApp, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

describe(`login throttling on ${engine}`, () => {
  let t: TestApp
  beforeEach(async () => {
    t = await openTestApp()
    await t.app.inject({
      method: 'POST',
      url: '/auth/register',
      payload: { email: 'mira@example.org', password: GOOD_PASSWORD, displayName: 'Mira' },
    })
  })
  afterEach(() => t.close())

  const login = (password: string, remoteAddress = '10.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/auth/login',
      remoteAddress,
      payload: { email: 'mira@example.org', password },
    })

  it('pins the lock policy: five wrong passwords lock the account for fifteen minutes', () => {
    expect(MAX_FAILED_LOGINS).toBe(5)
    expect(LOCK_SECONDS).toBe(900)
  })

  it('answers 401 to a wrong password, then 429 and a lock at the fifth, even for the right one', async () => {
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      const response = await login('wrong password number')
      expect(response.statusCode).toBe(401)
      expect(response.json().error.code).toBe('invalid_credentials')
    }
    const fifth = await login('wrong password number')
    expect(fifth.statusCode).toBe(429)
    expect(fifth.json().error.code).toBe('account_locked')
    expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(LOCK_SECONDS - 60)

    const right = await login(GOOD_PASSWORD)
    expect(right.statusCode).toBe(429)
    expect(right.json().error.message).toMatch(/locked until/)
  })

  it('unlocks when the lock has run out, and a right password resets the count', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login('wrong password number')
    await t.database.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .execute()
    expect((await login(GOOD_PASSWORD)).statusCode).toBe(200)
    const user = await t.database.db
      .selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .executeTakeFirstOrThrow()
    expect(user).toEqual({ failed_logins: 0, locked_until: null })
  })

  it('limits login requests per client address, whatever the account', async () => {
    const statuses: number[] = []
    for (let i = 0; i <= LOGIN_RATE_LIMIT.max; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/auth/login',
        remoteAddress: '10.9.9.9',
        payload: { email: `nobody${i}@example.org`, password: 'whatever password' },
      })
      statuses.push(response.statusCode)
    }
    expect(statuses.slice(0, LOGIN_RATE_LIMIT.max).every((s) => s === 401)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })
})
