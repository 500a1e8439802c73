import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  apiPathSegments,
  DomainError,
  firstPathSegment,
  inCodeTree,
  isPagePath,
} from '../../shared/index.js'
import type { Router } from './router.js'

/** Where `npm run build` (also run by `npm ci`) writes the browser app. */
export const WEB_APP_DIR = fileURLToPath(inCodeTree('../dist/web'))

/** Hashed asset names change with their content, so browsers may keep them for a year. */
const ASSET_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000

/** The icon's name does not change with its content, so browsers check it again daily. */
const ICON_MAX_AGE_SECONDS = 24 * 60 * 60

/**
 * The browser app: `/` and every client-side path answer with its index.html when a browser
 * asks for a page (GET accepting text/html, outside the API's paths), with 404 for a path that is
 * none of the app's pages; its hashed assets are static files. Without a build, `/` says how to make one and the API runs on.
 */
export const webAppRoutes: Router = (app) => serveWebApp(app, WEB_APP_DIR)

/** The app built into `dir` (tests point it at a directory without a build). */
export async function serveWebApp(app: FastifyInstance, dir: string): Promise<void> {
  const indexHtml = await readFile(join(dir, 'index.html'), 'utf8').catch(() => null)
  const icon = await readFile(join(dir, 'favicon.svg')).catch(() => null)
  if (indexHtml !== null) {
    await app.register(fastifyStatic, {
      root: join(dir, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      index: false,
      immutable: true,
      maxAge: ASSET_MAX_AGE_MS,
    })
  }
  const sendApp = (reply: FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(indexHtml ?? NOT_BUILT_PAGE)
  let apiSegments: ReadonlySet<string> | null = null

  app.get('/', { schema: { hide: true } }, async (_request, reply) => sendApp(reply))
  // Pages that are not the app's (the API docs, a credential's page) make browsers ask for
  // /favicon.ico; one icon answers both names.
  if (icon) {
    for (const url of ['/favicon.svg', '/favicon.ico']) {
      app.get(url, { schema: { hide: true } }, async (_request, reply) =>
        reply
          .type('image/svg+xml')
          .header('cache-control', `public, max-age=${ICON_MAX_AGE_SECONDS}`)
          .send(icon),
      )
    }
  }
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    // Read once every route is registered.
    apiSegments ??= apiPathSegments(Object.keys(app.swagger().paths ?? {}))
    if (!wantsPage(request) || apiSegments.has(firstPathSegment(request.url))) {
      throw new DomainError(
        'not_found',
        'not_found',
        `there is no ${request.method} ${request.url.split('?')[0]}`,
      )
    }
    // An unknown page is a 404 for crawlers and link checkers; the app it carries says so in words.
    if (!isPagePath(request.url)) void reply.code(404)
    return sendApp(reply)
  })
}

function wantsPage(request: FastifyRequest): boolean {
  return request.headers.accept?.includes('text/html') ?? false
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SkillSignal</title></head>
<body><h1>SkillSignal</h1>
<p>The API is running, but the web app has not been built. Run <code>npm run build</code>
(<code>npm ci</code> also builds it) and restart the server.</p>
<p>The API is documented at <a href="/docs">/docs</a>.</p></body></html>
`
