import { randomUUID } from 'node:crypto'
import compress from '@fastify/compress'
import cookie from '@fastify/cookie'
import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import { DomainError } from '../shared/index.js'
import { registerAccessControl } from './access.js'
import { registerAuthentication } from './auth.js'
import { COMPRESSION } from './compression.js'
import type { ApiServices } from './context.js'
import { registerCors } from './cors.js'
import { errorHandler } from './error-handler.js'
import { registerJsonBody } from './json-body.js'
import { KEY_MARKER_VARIABLE, registerKeyMarkerGuard } from './key-marker-guard.js'
import { LOG_REDACTION } from './log-redaction.js'
import { registerOpenApi } from './openapi.js'
import { routers } from './routes/index.js'
import { registerSecurityHeaders } from './security-headers.js'
import type { TrustProxy } from './trust-proxy.js'
import { registerWellFormedInput } from './well-formed-input.js'

/** Largest JSON body accepted by default (routes that take uploads set their own). */
export const BODY_LIMIT_BYTES = 1024 * 1024

export interface AppOptions extends ApiServices {
  readonly logger?: FastifyServerOptions['logger']
  /** Proxies whose X-Forwarded-For gives the client address (`request.ip`); none by default. */
  readonly trustProxy?: TrustProxy
  /**
   * The answer-key marker the test banks carry (default: `SKILLSIGNAL_TEST_KEY_MARKER`, which only
   * the test harness sets): any response carrying it raises a warning (`registerKeyMarkerGuard`).
   */
  readonly keyMarker?: string
}

/**
 * The HTTP API over the services the platform built (database, attempts, credentials, study
 * runs): routes, schemas, auth, errors, docs. Listening is the caller's business (`startServer`),
 * so tests drive it with `app.inject()`.
 *
 * @example const app = await buildApp({ ...services, logger: false }); await app.inject({ url: '/health' })
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db, publicUrl, attempts, credentials, studyRuns, logger } = options
  const app = Fastify({
    logger:
      logger === undefined || logger === false
        ? false
        : { ...(logger === true ? {} : logger), redact: LOG_REDACTION },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    genReqId: (request) => {
      const given = request.headers['x-request-id']
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID()
    },
    return503OnClosing: true,
    // Errors the router raises before any route (a path parameter too long, a malformed URL)
    // would otherwise leave in Fastify's own shape.
    frameworkErrors: (error, request, reply) => errorHandler(error, request, reply),
  }).withTypeProvider<ZodTypeProvider>()

  app.decorate('platform', {
    db,
    publicUrl,
    attempts,
    credentials,
    studyRuns,
    ...(options.marketplace ? { marketplace: options.marketplace } : {}),
  })
  registerJsonBody(app)
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.setErrorHandler(errorHandler)
  app.setNotFoundHandler((request) => {
    throw new DomainError(
      'not_found',
      'not_found',
      `there is no ${request.method} ${request.url.split('?')[0]}`,
    )
  })
  // Responses finished during shutdown close their connection, or a client's keep-alive socket
  // would hold the server open for the whole keep-alive timeout.
  let closing = false
  app.addHook('preClose', async () => {
    closing = true
  })
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id)
    if (closing) void reply.header('connection', 'close')
    // Answers are about the caller (an account, a session, a token) unless a route says they may
    // be cached, as static assets and public documents do: no browser or proxy keeps the rest.
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store')
  })

  await app.register(compress, COMPRESSION)
  await app.register(cookie)
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new DomainError(
        'rate_limited',
        'rate_limited',
        `too many requests: try again in ${context.after}`,
        {
          retryAfterSeconds: Math.ceil(context.ttl / 1000),
        },
      ),
  })
  registerSecurityHeaders(app, options.publicUrl)
  await registerCors(app)
  await registerOpenApi(app)
  registerAuthentication(app)
  registerKeyMarkerGuard(app, options.keyMarker ?? process.env[KEY_MARKER_VARIABLE])
  registerAccessControl(app)
  registerWellFormedInput(app)
  for (const router of routers) await app.register(router)
  return app
}
