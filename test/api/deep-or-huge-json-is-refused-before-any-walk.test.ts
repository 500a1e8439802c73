import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH } from '../../src/api/index.js'
import { openTestApp, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

const nestedArrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`

describe(`deep and oversized JSON on ${engine}`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await openTestApp()
  })
  afterAll(() => t.close())

  const post = (url: string, payload: string | Readable, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json', ...headers },
      payload,
    })

  it('answers 400 naming the limit to 3,000 and 5,000 nested arrays sent to login, never 500', async () => {
    for (const levels of [3000, 5000, 100_000]) {
      const response = await post('/auth/login', nestedArrays(levels))
      expect(response.statusCode).toBe(400)
      expect(response.json().error).toMatchObject({
        code: 'json_too_deep',
        details: { maxDepth: MAX_JSON_DEPTH },
      })
    }
  })

  it('refuses depth before parsing: an unclosed deep body is too deep, not merely invalid', async () => {
    const response = await post('/auth/register', '{"a":'.repeat(MAX_JSON_DEPTH + 1))
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('json_too_deep')
  })

  it('counts brackets inside strings as text, so deep-looking strings pass the depth check', async () => {
    const response = await post(
      '/auth/login',
      JSON.stringify({ email: '['.repeat(200), password: '{'.repeat(200) }),
    )
    expect(response.statusCode).toBe(401)
  })

  it('accepts nesting up to the limit and leaves /health answering', async () => {
    const atLimit = `${'{"a":'.repeat(MAX_JSON_DEPTH - 1)}{}${'}'.repeat(MAX_JSON_DEPTH - 1)}`
    const response = await post('/auth/login', atLimit)
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('invalid_request')
    const many = await Promise.all(
      Array.from({ length: 10 }, () => post('/auth/login', nestedArrays(5000))),
    )
    expect(many.map((r) => r.statusCode)).toEqual(Array(10).fill(400))
    expect((await t.app.inject({ url: '/health' })).statusCode).toBe(200)
  })

  it('answers 415 to a text/plain body instead of parsing it', async () => {
    const response = await post('/auth/login', 'email=a', { 'content-type': 'text/plain' })
    expect(response.statusCode).toBe(415)
    expect(response.json().error.code).toBe('unsupported_media_type')
  })

  it('answers 401 to an anonymous study run without reading its body', async () => {
    let sent = 0
    const chunk = Buffer.alloc(64 * 1024, 'x')
    const endless = new Readable({
      read() {
        sent += chunk.length
        this.push(sent > 512 * 1024 * 1024 ? null : chunk)
      },
    })
    const response = await post('/study/runs', endless)
    expect(response.statusCode).toBe(401)
    expect(response.json().error.code).toBe('sign_in_required')
    expect(sent).toBeLessThan(1024 * 1024)
  })

  it('answers 401, not 400, to an anonymous study run whose body is not even JSON', async () => {
    const response = await post('/study/runs', 'not json at all'.repeat(1000))
    expect(response.statusCode).toBe(401)
  })
})
