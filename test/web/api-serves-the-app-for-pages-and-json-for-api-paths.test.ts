import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveWebApp, WEB_APP_DIR } from '../../src/api/routes/web-app.js'
import { openTestApp, type TestApp } from '../support/app.js'
import { ensureBuiltApp } from './support/built-app.js'

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }

describe('the API serving the browser app', () => {
  let t: TestApp
  let indexHtml: string
  beforeAll(async () => {
    await ensureBuiltApp()
    indexHtml = await readFile(join(WEB_APP_DIR, 'index.html'), 'utf8')
    t = await openTestApp()
  })
  afterAll(() => t?.close())

  it('answers / and client routes with index.html, not cached, under the strict CSP', async () => {
    for (const url of ['/', '/tests?category=Finance', '/take/abc', '/my-credentials']) {
      const response = await t.app.inject({ url, headers: HTML })
      expect(response.statusCode, url).toBe(200)
      expect(response.body).toBe(indexHtml)
      expect(response.headers['cache-control']).toBe('no-cache')
      expect(response.headers['content-security-policy']).toContain("script-src 'self'")
    }
    // No inline script: the bundle comes from a file the CSP allows.
    expect(indexHtml).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/)
  })

  it('serves the hashed assets for a year', async () => {
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(indexHtml)![1]!
    const response = await t.app.inject({ url: script })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('javascript')
    // A year (ASSET_MAX_AGE_MS), immutable: the names change with the content.
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('answers /favicon.ico with the app icon, for pages that are not the app', async () => {
    const response = await t.app.inject({ url: '/favicon.ico' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('image/svg+xml')
    expect(response.body).toContain('<svg')
    expect(response.headers['cache-control']).toBe('public, max-age=86400')
  })

  it('keeps API paths and non-page requests on the API error shape', async () => {
    const apiPath = await t.app.inject({ url: '/attempts/x/nothing', headers: HTML })
    expect(apiPath.statusCode).toBe(404)
    expect(apiPath.json()).toMatchObject({ error: { code: 'not_found' } })
    const asJson = await t.app.inject({ url: '/tests', headers: { accept: 'application/json' } })
    expect(asJson.statusCode).toBe(404)
    expect(asJson.json().error.message).toBe('there is no GET /tests')
    const post = await t.app.inject({ method: 'POST', url: '/tests', headers: HTML })
    expect(post.statusCode).toBe(404)
  })

  it('still answers / without a build, saying how to make one', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'skillsignal-no-web-'))
    const bare = Fastify()
    await bare.register((app) => serveWebApp(app, empty))
    const response = await bare.inject({ url: '/', headers: HTML })
    await bare.close()
    await rm(empty, { recursive: true })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/html')
    expect(response.body).toContain('<code>npm run build</code>')
  })
})
