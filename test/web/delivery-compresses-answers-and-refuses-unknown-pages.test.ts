import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WEB_APP_DIR } from '../../src/api/routes/web-app.js'
import { openTestApp, type TestApp } from '../support/app.js'
import { ensureBuiltApp } from './support/built-app.js'

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }

describe('what the server sends a browser', () => {
  let t: TestApp
  let indexHtml: string
  beforeAll(async () => {
    await ensureBuiltApp()
    indexHtml = await readFile(join(WEB_APP_DIR, 'index.html'), 'utf8')
    t = await openTestApp()
  })
  afterAll(() => t?.close())

  it('compresses the app bundle with brotli, or gzip, to well under its size', async () => {
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(indexHtml)![1]!
    const plain = await t.app.inject({ url: script })
    const br = await t.app.inject({ url: script, headers: { 'accept-encoding': 'br, gzip' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body)
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2)
    const gz = await t.app.inject({ url: script, headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body)
  })

  it('compresses API answers in JSON', async () => {
    const response = await t.app.inject({
      url: '/catalog/tests?limit=50',
      headers: { 'accept-encoding': 'br' },
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-encoding']).toBe('br')
    const body = JSON.parse(brotliDecompressSync(response.rawPayload).toString())
    expect(body.tests.length).toBe(50)
  })

  it('answers an unknown page with 404 and the app, and known pages with 200', async () => {
    const missing = await t.app.inject({ url: '/no/such/page', headers: HTML })
    expect(missing.statusCode).toBe(404)
    expect(missing.body).toBe(indexHtml)
    for (const url of ['/tests/regular-expressions', '/market/jobs/x', '/signin', '/analysis']) {
      expect((await t.app.inject({ url, headers: HTML })).statusCode, url).toBe(200)
    }
  })

  it('tells a visitor who is signed in with 200 and no account, never 401', async () => {
    const response = await t.app.inject({ url: '/auth/session' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ account: null })
  })
})
