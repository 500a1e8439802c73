import cors from '@fastify/cors'
import type { FastifyInstance, FastifyRequest } from 'fastify'

/**
 * Paths any web page may read or call: the documents a wallet or a browser verifier needs to check
 * a credential (status lists, contexts, the DID document) and the VC-API verify endpoints. Nothing
 * else is shared across origins.
 */
const PUBLIC_ARTEFACTS: readonly RegExp[] = [
  /^\/status\/[^/]+$/,
  /^\/contexts\//,
  /^\/\.well-known\/did\.json$/,
  /^\/credentials\/verify$/,
  /^\/presentations\/verify$/,
  // OpenID4VCI: a web wallet reads the metadata and redeems an offer from its own origin.
  /^\/\.well-known\/(openid-credential-issuer|oauth-authorization-server)$/,
  /^\/oid4vci\/(token|nonce|credential)$/,
]

/** True when the request is for one of the public artefacts, whatever its query string. */
export function isPublicArtefact(request: Pick<FastifyRequest, 'url'>): boolean {
  const path = request.url.split('?')[0] ?? ''
  return PUBLIC_ARTEFACTS.some((pattern) => pattern.test(path))
}

/**
 * CORS for the public artefacts only, without cookies: any origin may read them, and a preflight
 * (`OPTIONS /credentials/verify`) is answered. Every other route stays same-origin.
 */
export async function registerCors(app: FastifyInstance): Promise<void> {
  await app.register(cors, {
    delegator: (request, callback) => {
      const shared = isPublicArtefact(request)
      callback(null, {
        origin: shared ? '*' : false,
        methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
        // Authorization carries a wallet's OpenID4VCI access token, never a session: no cookies.
        allowedHeaders: ['Content-Type', 'Accept', 'Authorization'],
        credentials: false,
        maxAge: 86400,
      })
    },
  })
  // Helmet keeps resources same-origin; a verifier on another origin must be able to load these.
  app.addHook('onSend', async (request, reply) => {
    if (isPublicArtefact(request)) void reply.header('cross-origin-resource-policy', 'cross-origin')
  })
}
