import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GOOD_PASSWORD, openTestApp, signInAs, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

describe(`caching of answers on ${engine}`, () => {
  let t: TestApp
  let member: string
  beforeAll(async () => {
    t = await openTestApp()
    member = await signInAs(t, 'member')
  })
  afterAll(() => t.close())

  it('sends Cache-Control: no-store on signed-in answers, tokens, session cookies and errors', async () => {
    const responses = [
      await t.app.inject({ url: '/me', headers: { authorization: member } }),
      await t.app.inject({ url: '/me/credentials', headers: { authorization: member } }),
      await t.app.inject({
        method: 'POST',
        url: '/auth/tokens',
        payload: { email: 'member@example.org', password: GOOD_PASSWORD },
      }),
      await t.app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email: 'member@example.org', password: GOOD_PASSWORD },
      }),
      await t.app.inject({ url: '/me' }),
    ]
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 201, 200, 401])
    for (const response of responses) expect(response.headers['cache-control']).toBe('no-store')
  })

  it('leaves the caching a route chose for public documents', async () => {
    const did = await t.app.inject({ url: '/.well-known/did.json' })
    if (did.statusCode === 200) expect(did.headers['cache-control']).toMatch(/^public/)
    const icon = await t.app.inject({ url: '/favicon.ico' })
    expect(icon.headers['cache-control']).toMatch(/^public/)
  })
})
