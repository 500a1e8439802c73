import { z } from 'zod'
import {
  bakedBadge,
  credentialLinks,
  credentialPage,
  elmExportFor,
  forgetHolderDid,
  holderBoundCopy,
  holderKeyOf,
  issueSubmittedCredential,
  learnerCredentials,
  MAX_HOLDER_DID_LENGTH,
  ownedCredential,
  savedHolderDid,
  saveHolderDid,
  setCredentialShared,
  vcApiPresentationResult,
  vcApiResult,
  verifyOnPlatform,
  verifyPresentationOnPlatform,
  visibleCredential,
} from '../../credentials/index.js'
import { requireAccount, requireRole } from '../auth.js'
import {
  learnerCredentialView,
  presentationVerificationView,
  presentLearnerCredential,
  presentPresentationVerification,
  presentShare,
  presentVerification,
  shareView,
  verificationView,
} from '../presenters/credential-presenter.js'
import { commonErrors, errorSchema } from '../schemas.js'
import type { Router } from './router.js'

const credentialParams = z.object({ id: z.string().min(1).max(64) })
const holderSetting = z.object({
  did: z
    .string()
    .nullable()
    .describe('The did:key credentials I download are bound to (credentialSubject.id), or null'),
})
const jsonObject = z.record(z.string(), z.unknown())

export const credentialRoutes: Router = async (app) => {
  const { db, credentials } = app.platform
  const tags = ['credentials']

  app.post(
    '/credentials/verify',
    {
      config: { access: 'public' },
      schema: {
        summary:
          'Verify a credential offline (VC-API): 200 when it verifies, 400 with the failed checks',
        tags,
        body: z.object({ verifiableCredential: z.unknown(), options: jsonObject.optional() }),
        response: { 200: verificationView, 400: z.union([verificationView, errorSchema]) },
      },
    },
    async (request, reply) => {
      const result = vcApiResult(
        await verifyOnPlatform(db, credentials, request.body.verifiableCredential),
      )
      return reply.status(result.verified ? 200 : 400).send(presentVerification(result))
    },
  )

  app.post(
    '/presentations/verify',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Verify a presentation and every credential in it (VC-API)',
        tags,
        body: z.object({
          verifiablePresentation: z.unknown(),
          options: z
            .object({ challenge: z.string().optional(), domain: z.string().optional() })
            .optional(),
        }),
        response: {
          200: presentationVerificationView,
          400: z.union([presentationVerificationView, errorSchema]),
        },
      },
    },
    async (request, reply) => {
      const result = vcApiPresentationResult(
        await verifyPresentationOnPlatform(
          db,
          credentials,
          request.body.verifiablePresentation,
          request.body.options ?? {},
        ),
      )
      return reply.status(result.verified ? 200 : 400).send(presentPresentationVerification(result))
    },
  )

  app.post(
    '/credentials/issue',
    {
      config: { access: 'administrator' },
      schema: {
        summary: 'Sign a submitted VC 2.0 credential in the platform name (issuer administrators)',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        body: z.object({ credential: jsonObject, options: jsonObject.optional() }),
        response: { 201: z.object({ verifiableCredential: jsonObject }), ...commonErrors },
      },
    },
    async (request, reply) => {
      requireRole(request, 'administrator')
      const verifiableCredential = await issueSubmittedCredential(
        db,
        credentials,
        request.body.credential,
      )
      return reply.status(201).send({ verifiableCredential })
    },
  )

  app.get(
    '/credentials/:id',
    {
      config: { access: 'public' },
      schema: {
        summary: 'The signed credential: public once its owner shares it, owner-only before',
        tags,
        params: credentialParams,
        querystring: z.object({
          download: z.enum(['1', 'true']).optional(),
          holder: z
            .string()
            .max(MAX_HOLDER_DID_LENGTH)
            .optional()
            .describe(
              "The owner's did:key: the credential comes signed with it as credentialSubject.id (default for the owner: the DID saved at PUT /me/credential-holder)",
            ),
        }),
      },
    },
    async (request, reply) => {
      const { download } = request.query
      const record =
        request.query.holder === undefined
          ? await visibleCredential(db, request.params.id, request.account)
          : await ownedCredential(db, request.params.id, requireAccount(request).id)
      // The owner's own copy is bound to the DID saved in their settings unless they name one;
      // anyone else gets the credential as issued.
      const holder =
        request.query.holder ??
        (request.account?.id === record.userId
          ? ((await savedHolderDid(db, record.userId)) ?? undefined)
          : undefined)
      if (download) {
        void reply.header(
          'content-disposition',
          `attachment; filename="credential-${record.id}.json"`,
        )
      }
      if (holder !== undefined) {
        const bound = await holderBoundCopy(
          db,
          credentials,
          record,
          (await holderKeyOf(holder)).did,
        )
        return reply.type('application/json').send(JSON.stringify(bound))
      }
      return reply.type('application/json').send(record.documentJson)
    },
  )

  app.get(
    '/credentials/:id/page',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Human page of a shared credential, verified live',
        tags,
        params: credentialParams,
      },
    },
    async (request, reply) => {
      const record = await visibleCredential(db, request.params.id, request.account)
      return reply
        .type('text/html; charset=utf-8')
        .send(await credentialPage(db, credentials, record))
    },
  )

  app.get(
    '/credentials/:id/badge.png',
    {
      config: { access: 'public' },
      schema: {
        summary: 'The badge image with the credential baked in (OB 3.0)',
        tags,
        params: credentialParams,
      },
    },
    async (request, reply) => {
      const record = await visibleCredential(db, request.params.id, request.account)
      return reply
        .type('image/png')
        .header('content-disposition', `inline; filename="badge-${record.id}.png"`)
        .send(bakedBadge(record))
    },
  )

  app.get(
    '/credentials/:id/elm',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Unsigned European Learning Model export, for an eIDAS-sealing issuer (owner)',
        tags,
        params: credentialParams,
        response: { 200: jsonObject, ...commonErrors },
      },
    },
    async (request) => {
      const record = await ownedCredential(db, request.params.id, requireAccount(request).id)
      return elmExportFor(db, record)
    },
  )

  app.put(
    '/credentials/:id/share',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Share the public link, with or without my name on the page (owner)',
        tags,
        params: credentialParams,
        body: z
          .object({
            showName: z
              .boolean()
              .optional()
              .describe(
                'Show my display name on the public page (kept as chosen before if absent)',
              ),
          })
          .nullish(),
        response: { 200: shareView, ...commonErrors },
      },
    },
    async (request) => {
      const record = await setCredentialShared(
        db,
        request.params.id,
        requireAccount(request).id,
        true,
        request.body?.showName,
      )
      return presentShare(record, credentialLinks(credentials, record))
    },
  )

  app.delete(
    '/credentials/:id/share',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Withdraw the public link, and the name with it (owner)',
        tags,
        params: credentialParams,
        response: { 200: shareView, ...commonErrors },
      },
    },
    async (request) => {
      const record = await setCredentialShared(
        db,
        request.params.id,
        requireAccount(request).id,
        false,
      )
      return presentShare(record, credentialLinks(credentials, record))
    },
  )

  app.get(
    '/me/credential-holder',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'The DID my downloaded credentials are bound to, if I saved one',
        tags,
        response: { 200: holderSetting, ...commonErrors },
      },
    },
    async (request) => ({ did: await savedHolderDid(db, requireAccount(request).id) }),
  )

  app.put(
    '/me/credential-holder',
    {
      config: { access: 'signed_in' },
      schema: {
        summary:
          'Save my wallet DID (a did:key of an Ed25519 key): credentials I download afterwards are bound to it',
        tags,
        body: z.object({ did: z.string().min(1).max(MAX_HOLDER_DID_LENGTH) }),
        response: { 200: holderSetting, ...commonErrors },
      },
    },
    async (request) => ({
      did: await saveHolderDid(db, requireAccount(request).id, request.body.did),
    }),
  )

  app.delete(
    '/me/credential-holder',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Forget my wallet DID: downloads are as issued again',
        tags,
        response: { 200: holderSetting, ...commonErrors },
      },
    },
    async (request) => {
      await forgetHolderDid(db, requireAccount(request).id)
      return { did: null }
    },
  )

  app.get(
    '/me/credentials',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'My credentials, newest first, with their links',
        tags,
        response: {
          200: z.object({ credentials: z.array(learnerCredentialView) }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const records = await learnerCredentials(db, requireAccount(request).id)
      return {
        credentials: records.map((record) =>
          presentLearnerCredential(record, credentialLinks(credentials, record)),
        ),
      }
    },
  )
}
