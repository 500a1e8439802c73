import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from '../../src/api/index.js'
import { GOOD_PASSWORD, openTestApp, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

describe(`sessions on ${engine}`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await openTestApp()
    await t.app.inject({
      method: 'POST',
      url: '/auth/register',
      payload: { email: 'noor@example.org', password: GOOD_PASSWORD, displayName: 'Noor' },
    })
  })
  afterAll(() => t.close())

  it('sets a __Host- cookie that is Secure, HttpOnly and SameSite=Lax, and signs in with it', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: 'noor@example.org', password: GOOD_PASSWORD },
    })
    expect(login.statusCode).toBe(200)
    const header = String(login.headers['set-cookie'])
    expect(header).toMatch(new RegExp(`^${SESSION_COOKIE}=`))
    expect(header).toMatch(/; Path=\//)
    expect(header).toMatch(/; Secure/)
    expect(header).toMatch(/; HttpOnly/)
    expect(header).toMatch(/; SameSite=Lax/)
    expect(header).not.toMatch(/Domain=/)

    const token = login.cookies.find((c) => c.name === SESSION_COOKIE)!.value
    const me = await t.app.inject({ url: '/me', cookies: { [SESSION_COOKIE]: token } })
    expect(me.json().account.email).toBe('noor@example.org')

    await t.app.inject({
      method: 'POST',
      url: '/auth/logout',
      cookies: { [SESSION_COOKIE]: token },
    })
    expect(
      (await t.app.inject({ url: '/me', cookies: { [SESSION_COOKIE]: token } })).statusCode,
    ).toBe(401)
  })

  it('issues bearer tokens to API clients and revokes them on logout', async () => {
    const issued = await t.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      payload: { email: 'noor@example.org', password: GOOD_PASSWORD },
    })
    expect(issued.statusCode).toBe(201)
    const authorization = `Bearer ${issued.json().token}`
    expect((await t.app.inject({ url: '/me', headers: { authorization } })).statusCode).toBe(200)
    await t.app.inject({ method: 'POST', url: '/auth/logout', headers: { authorization } })
    const after = await t.app.inject({ url: '/me', headers: { authorization } })
    expect(after.statusCode).toBe(401)
    expect(after.json().error.code).toBe('sign_in_required')
  })

  it('stores only a hash of each token', async () => {
    const issued = await t.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      payload: { email: 'noor@example.org', password: GOOD_PASSWORD },
    })
    const ids = await t.database.db.selectFrom('sessions').select('id').execute()
    expect(ids.map((r) => r.id)).not.toContain(issued.json().token)
  })
})
