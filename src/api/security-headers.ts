import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

/**
 * Helmet's defaults plus what OWASP ASVS 5.0 asks beyond them: no <base> rewriting and no
 * framing by anyone (clickjacking). HSTS is sent only behind https.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  publicUrl: string | null,
): Promise<void> {
  // Upgrading to https only makes sense where https is served; on http://127.0.0.1 it breaks the page.
  const served = publicUrl?.startsWith('https://') ?? false
  await app.register(helmet, {
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
  })
}
