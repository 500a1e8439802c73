import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GOOD_PASSWORD, openTestApp, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

describe(`registration on ${engine}`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await openTestApp()
  })
  afterAll(() => t.close())

  const register = (payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/auth/register',
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    })

  it('creates an unconfirmed account and asks for the mailed link, signing nobody in', async () => {
    const response = await register({
      email: 'Ada@Example.org',
      password: GOOD_PASSWORD,
      displayName: 'Ada',
    })
    expect(response.statusCode).toBe(202)
    expect(response.json()).toEqual({ email: 'Ada@Example.org', next: 'confirm_email' })
    expect(response.headers['set-cookie']).toBeUndefined()
    const row = await t.database.db
      .selectFrom('users')
      .select(['role', 'email_verified_at'])
      .where('email', '=', 'Ada@Example.org')
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ role: 'member', email_verified_at: null })
  })

  it('refuses a malformed email, naming it', async () => {
    const response = await register({
      email: 'ada.example.org',
      password: GOOD_PASSWORD,
      displayName: 'Ada',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({
      error: {
        code: 'invalid_email',
        message: '"ada.example.org" is not an email address',
        details: { field: 'email' },
      },
    })
  })

  it.each([
    ['short', 'it needs at least 10 characters'],
    ['aaaaaaaaaaaaaaaa', 'it repeats too few different characters'],
    ['Password123!', 'it is built on a commonly used password'],
    ['grace.hopper-1906', 'it contains the email address'],
  ])('refuses the weak password %j because %s', async (password, reason) => {
    const response = await register({
      email: 'grace.hopper@example.org',
      password,
      displayName: 'Grace',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error).toMatchObject({
      code: 'weak_password',
      message: `the password is too weak: ${reason}`,
    })
  })

  it('refuses a missing field with the field named', async () => {
    const response = await register({ email: 'x@example.org', displayName: 'X' })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('invalid_request')
    expect(response.json().error.message).toContain('body.password')
  })

  it('refuses a body that is not JSON', async () => {
    const response = await register('email=x', {
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect(response.statusCode).toBe(415)
    expect(response.json().error.code).toBe('unsupported_media_type')
  })

  it('refuses malformed JSON', async () => {
    const response = await register('{"email": ')
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('invalid_json')
  })

  it('refuses an oversized body', async () => {
    const response = await register({
      email: 'x@example.org',
      password: GOOD_PASSWORD,
      displayName: 'x'.repeat(2_000_000),
    })
    expect(response.statusCode).toBe(413)
    expect(response.json().error.code).toBe('payload_too_large')
  })

  it.each([
    ['a NUL character', 'Ada\u0000Lovelace'],
    ['a lone surrogate', 'Ada\ud800Lovelace'],
  ])('refuses %s in any string, naming where', async (_what, displayName) => {
    const response = await register({
      email: 'nul@example.org',
      password: GOOD_PASSWORD,
      displayName,
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error).toMatchObject({
      code: 'ill_formed_text',
      details: { path: 'body.displayName' },
    })
  })

  it('gives every error the one shape, with the request id', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/nowhere',
      headers: { 'x-request-id': 'req-42' },
    })
    expect(response.statusCode).toBe(404)
    expect(response.headers['x-request-id']).toBe('req-42')
    expect(response.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "not_found",
          "details": {
            "requestId": "req-42",
          },
          "message": "there is no GET /nowhere",
        },
      }
    `)
  })
})
