import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

describe(`platform endpoints on ${engine}`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await openTestApp()
  })
  afterAll(() => t.close())

  it('answers /health after checking the database', async () => {
    const response = await t.app.inject({ url: '/health' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' })
  })

  it('serves an OpenAPI 3.1 document that lists the routes, and docs to browse it', async () => {
    const document = (await t.app.inject({ url: '/openapi.json' })).json()
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/health', '/auth/register', '/auth/login', '/me']),
    )
    expect(
      document.paths['/auth/register'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(expect.arrayContaining(['email', 'password', 'displayName']))
    const docs = await t.app.inject({ url: '/docs/' })
    expect(docs.statusCode).toBe(200)
    expect(docs.body).toContain('swagger')
  })

  it('sends the headers ASVS asks for beyond helmet defaults', async () => {
    const csp = String((await t.app.inject({ url: '/health' })).headers['content-security-policy'])
    expect(csp).toContain("base-uri 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
  })
})
