import type { FastifyReply } from 'fastify'
import { z } from 'zod'
import {
  authorizationServerMetadata,
  createWalletOffer,
  credentialIssuerMetadata,
  deliverToWallet,
  MAX_PROOF_JWT_LENGTH,
  OID4VCI_PATHS,
  ownedCredential,
  PRE_AUTHORIZED_CODE_GRANT,
  redeemPreAuthorizedCode,
  walletNonce,
} from '../../credentials/index.js'
import { DomainError } from '../../shared/index.js'
import { requireAccount } from '../auth.js'
import { commonErrors, errorSchema } from '../schemas.js'
import type { Router } from './router.js'

/** Wallet endpoints per client address: a wallet makes three calls a credential. */
export const WALLET_RATE_LIMIT = { max: 30, timeWindow: '1 minute' } as const
/** Offers per client address (the per-learner cap is in credentials). */
export const OFFER_RATE_LIMIT = { max: 20, timeWindow: '10 minutes' } as const
/** A token request is a few short fields. */
const TOKEN_BODY_LIMIT_BYTES = 4096

const credentialParams = z.object({ id: z.string().min(1).max(64) })
const secret = z.string().min(1).max(200)
/** RFC 6749 §5.2 errors, or the platform's when the request fails validation before the route. */
const oauthError = z.union([
  z.object({ error: z.string(), error_description: z.string() }),
  errorSchema,
])
const tags = ['wallets']

/**
 * OAuth-style endpoints answer errors as RFC 6749 §5.2 says (`error`, `error_description`), the
 * shape every wallet library reads; statuses follow the platform's kinds.
 */
async function asOauth<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind === 'rate_limited') throw error
    const status = error.kind === 'unauthenticated' ? 401 : error.kind === 'conflict' ? 409 : 400
    if (status === 401) void reply.header('www-authenticate', `Bearer error="${error.code}"`)
    return reply.status(status).send({ error: error.code, error_description: error.message })
  }
}

export const walletRoutes: Router = async (app) => {
  const { db, credentials } = app.platform

  // The token request is a form (RFC 6749 §4.1.3); this parser serves only this router's routes.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: TOKEN_BODY_LIMIT_BYTES },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  )

  app.get(
    '/.well-known/openid-credential-issuer',
    {
      config: { access: 'public' },
      schema: { summary: 'OpenID4VCI Credential Issuer Metadata', tags },
    },
    async (_request, reply) =>
      reply
        .header('cache-control', 'public, max-age=300')
        .send(credentialIssuerMetadata(credentials.config)),
  )

  app.get(
    '/.well-known/oauth-authorization-server',
    {
      config: { access: 'public' },
      schema: { summary: 'OAuth 2.0 Authorization Server Metadata of the wallet endpoints', tags },
    },
    async (_request, reply) =>
      reply
        .header('cache-control', 'public, max-age=300')
        .send(authorizationServerMetadata(credentials.config)),
  )

  app.post(
    '/credentials/:id/offer',
    {
      config: { access: 'signed_in', rateLimit: OFFER_RATE_LIMIT },
      schema: {
        summary: 'Offer my credential to a wallet (OpenID4VCI pre-authorized code, QR code)',
        tags,
        params: credentialParams,
        body: z.object({ withTxCode: z.boolean().optional() }).optional(),
        response: {
          201: z.object({
            offerUri: z.string(),
            qrSvg: z.string(),
            txCode: z.string().nullable(),
            expiresAt: z.string(),
          }),
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const record = await ownedCredential(db, request.params.id, requireAccount(request).id)
      const offer = await createWalletOffer(db, credentials, record, {
        withTxCode: request.body?.withTxCode ?? true,
      })
      return reply.status(201).send({ ...offer, expiresAt: offer.expiresAt.toISOString() })
    },
  )

  app.post(
    OID4VCI_PATHS.token,
    {
      config: { access: 'public', rateLimit: WALLET_RATE_LIMIT },
      schema: {
        summary: 'Token endpoint: a pre-authorized code (and tx_code) for an access token',
        tags,
        body: z.object({
          grant_type: z.literal(PRE_AUTHORIZED_CODE_GRANT),
          'pre-authorized_code': secret,
          tx_code: z.string().max(32).optional(),
        }),
        response: {
          200: z.object({
            access_token: z.string(),
            token_type: z.literal('Bearer'),
            expires_in: z.number(),
            c_nonce: z.string(),
            c_nonce_expires_in: z.number(),
          }),
          400: oauthError,
          429: errorSchema,
        },
      },
    },
    async (request, reply) =>
      asOauth(reply, async () => {
        const token = await redeemPreAuthorizedCode(db, credentials, {
          code: request.body['pre-authorized_code'],
          txCode: request.body.tx_code,
        })
        return reply.header('pragma', 'no-cache').send(token)
      }),
  )

  app.post(
    OID4VCI_PATHS.nonce,
    {
      config: { access: 'public', rateLimit: WALLET_RATE_LIMIT },
      schema: {
        summary: 'Nonce endpoint: a fresh c_nonce for a proof of possession',
        tags,
        response: { 200: z.object({ c_nonce: z.string() }) },
      },
    },
    async () => walletNonce(credentials),
  )

  app.post(
    OID4VCI_PATHS.credential,
    {
      config: { access: 'public', rateLimit: WALLET_RATE_LIMIT },
      schema: {
        summary: 'Credential endpoint: the offered credential, bound to the proving wallet',
        tags,
        headers: z.object({ authorization: z.string().max(300).optional() }),
        body: z.object({
          credential_configuration_id: z.string().max(100).optional(),
          proof: z
            .object({ proof_type: z.literal('jwt'), jwt: z.string().max(MAX_PROOF_JWT_LENGTH) })
            .optional(),
          proofs: z
            .object({ jwt: z.array(z.string().max(MAX_PROOF_JWT_LENGTH)).min(1).max(1) })
            .optional(),
        }),
        response: {
          200: z.object({
            credentials: z.array(z.object({ credential: z.record(z.string(), z.unknown()) })),
          }),
          400: oauthError,
          401: oauthError,
          409: oauthError,
          429: errorSchema,
        },
      },
    },
    async (request, reply) =>
      asOauth(reply, async () => {
        const proofJwt = request.body.proofs?.jwt[0] ?? request.body.proof?.jwt
        if (!proofJwt) {
          throw new DomainError('invalid', 'invalid_proof', 'a jwt proof of possession is required')
        }
        const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')
        if (!match?.[1]) {
          throw new DomainError(
            'unauthenticated',
            'invalid_token',
            'send the access token as Bearer',
          )
        }
        return deliverToWallet(db, credentials, {
          accessToken: match[1],
          credentialConfigurationId: request.body.credential_configuration_id,
          proofJwt,
        })
      }),
  )
}
