import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ADDRESS_FAILURES,
  LOCK_SECONDS,
  MAX_FAILED_LOGINS,
  MAX_LOCK_SECONDS,
} from '../../src/accounts/index.js'
import { buildApp } from '../../src/api/index.js'
import { GOOD_PASSWORD, openTestApp, type TestApp, testServices } from '../support/app.js'
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

  const login = (password: string, remoteAddress = '10.0.0.1', email = 'mira@example.org') =>
    t.app.inject({
      method: 'POST',
      url: '/auth/login',
      remoteAddress,
      payload: { email, password },
    })

  const checkedFailures = async () =>
    (
      await t.database.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'account.sign_in_failed')
        .execute()
    ).length

  it('pins the policy: five wrong passwords lock an email from an address for 15 minutes, doubling, at most a day', () => {
    expect(MAX_FAILED_LOGINS).toBe(5)
    expect(LOCK_SECONDS).toBe(900)
    expect(MAX_LOCK_SECONDS).toBe(86_400)
    expect(ADDRESS_FAILURES).toEqual({ max: 20, windowSeconds: 60 })
  })

  it('answers 401, then 429 at the fifth, even for the right password, from that address only', async () => {
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      const response = await login('wrong password number')
      expect(response.statusCode).toBe(401)
      expect(response.json().error.code).toBe('invalid_credentials')
    }
    const fifth = await login('wrong password number')
    expect(fifth.statusCode).toBe(429)
    expect(fifth.json().error.code).toBe('sign_in_locked')
    expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(LOCK_SECONDS - 60)
    expect((await login(GOOD_PASSWORD)).statusCode).toBe(429)
    // Whoever guessed cannot lock the owner out from elsewhere.
    expect((await login(GOOD_PASSWORD, '10.0.0.2')).statusCode).toBe(200)
  })

  it('answers an unknown email exactly as a known one, so locks reveal no account', async () => {
    const codes = async (email: string, address: string) => {
      const seen: string[] = []
      for (let i = 0; i <= MAX_FAILED_LOGINS; i++) {
        const response = await login('wrong password number', address, email)
        seen.push(
          `${response.statusCode} ${response.json().error.code} ${response.json().error.message}`,
        )
      }
      return seen.map((line) => line.replace(/\d+ s$/, 'N s'))
    }
    expect(await codes('nobody@example.org', '10.0.1.1')).toEqual(
      await codes('mira@example.org', '10.0.1.2'),
    )
  })

  it('unlocks when the lock has run out, locks twice as long the next time, and a right password starts afresh', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login('wrong password number')
    await t.database.db
      .updateTable('login_throttle')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('email_key', '=', 'mira@example.org')
      .execute()
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) {
      expect((await login('wrong password number')).statusCode).toBe(401)
    }
    const second = await login('wrong password number')
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(2 * LOCK_SECONDS - 60)
    await t.database.db
      .updateTable('login_throttle')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('email_key', '=', 'mira@example.org')
      .execute()
    expect((await login(GOOD_PASSWORD)).statusCode).toBe(200)
    const rows = await t.database.db
      .selectFrom('login_throttle')
      .select(['email_key', 'failures'])
      .execute()
    expect(rows).toEqual([{ email_key: '*', failures: MAX_FAILED_LOGINS * 2 }])
  })

  it('checks at most five of many wrong passwords sent at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => login('wrong password number')),
    )
    expect(await checkedFailures()).toBe(MAX_FAILED_LOGINS)
    expect(responses.filter((r) => r.statusCode === 401)).toHaveLength(MAX_FAILED_LOGINS - 1)
    expect(responses.filter((r) => r.statusCode === 429)).toHaveLength(12 - MAX_FAILED_LOGINS + 1)
  })

  it('limits wrong passwords per address across emails, and counts right ones not at all', async () => {
    for (let i = 0; i < 30; i++)
      expect((await login(GOOD_PASSWORD, '10.9.9.9')).statusCode).toBe(200)
    const statuses: number[] = []
    for (let i = 0; i <= ADDRESS_FAILURES.max; i++) {
      const response = await login('whatever password', '10.9.9.9', `nobody${i}@example.org`)
      statuses.push(response.statusCode)
    }
    // As for one email, the wrong password that reaches the limit is answered with the lock.
    expect(statuses.slice(0, ADDRESS_FAILURES.max - 1).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(ADDRESS_FAILURES.max - 1)).toEqual([429, 429])
    expect((await login('whatever password', '10.9.9.10', 'nobody0@example.org')).statusCode).toBe(
      401,
    )
  })

  it('takes the client address from X-Forwarded-For only behind a trusted proxy', async () => {
    const guess = (app: typeof t.app, forwardedFor: string) =>
      app.inject({
        method: 'POST',
        url: '/auth/login',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': forwardedFor },
        payload: { email: 'mira@example.org', password: 'wrong password number' },
      })
    // Without a trusted proxy the header is ignored: every guess comes from 127.0.0.1.
    const direct = []
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      direct.push((await guess(t.app, `192.0.2.${i}`)).statusCode)
    expect(direct.at(-1)).toBe(429)

    const services = await testServices(t.database.db)
    const proxied = await buildApp({ ...services, trustProxy: 'loopback' })
    try {
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
        expect((await guess(proxied, '198.51.100.7')).statusCode).toBe(i < 4 ? 401 : 429)
      }
      // Another client behind the same proxy is not locked.
      expect((await guess(proxied, '198.51.100.8')).statusCode).toBe(401)
    } finally {
      await proxied.close()
      await services.close()
    }
  })
})
