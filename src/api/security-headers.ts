import type { FastifyInstance } from 'fastify'
import helmet, { type HelmetOptions } from 'helmet'

/**
 * Helmet's defaults plus what OWASP ASVS 5.0 asks beyond them: no <base> rewriting and no
 * framing by anyone (clickjacking). HSTS is sent only behind https.
 */
function securityHeaderOptions(publicUrl: string | null): Readonly<HelmetOptions> {
  // Upgrading to https only makes sense where https is served; on http://127.0.0.1 it breaks the page.
  const served = publicUrl?.startsWith('https://') ?? false
  return {
    strictTransportSecurity: served,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        upgradeInsecureRequests: served ? [] : null,
      },
    },
  }
}

/**
 * The headers helmet sets, worked out once: every directive above is a constant, so each
 * request gets the same set. The Fastify plugin instead builds helmet's whole middleware (the
 * policy's parsing and checks included) for every request, a measurable share of a small
 * answer's work (`npm run bench api-work`).
 */
export function securityHeaders(publicUrl: string | null): ReadonlyMap<string, string> {
  const headers = new Map<string, string>()
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name, String(value))
    },
    removeHeader(name: string) {
      headers.delete(name)
    },
  }
  helmet(securityHeaderOptions(publicUrl))({} as never, recorder as never, (error?: unknown) => {
    if (error) throw error
  })
  return headers
}

/** Sets the security headers on every answer, before any route or error handler runs. */
export function registerSecurityHeaders(app: FastifyInstance, publicUrl: string | null): void {
  const headers = [...securityHeaders(publicUrl)]
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value)
    done()
  })
}
