import { z } from 'zod'
import {
  changeCredentialStatus,
  MAX_REASON_LENGTH,
  MICROCREDENTIAL_CONTEXT_PATH,
  microcredentialContext,
  statusListDocument,
} from '../../credentials/index.js'
import { DomainError } from '../../shared/index.js'
import { requireRole } from '../auth.js'
import {
  credentialStatusView,
  presentCredentialStatus,
} from '../presenters/credential-presenter.js'
import { commonErrors } from '../schemas.js'
import type { Router } from './router.js'

export const statusRoutes: Router = async (app) => {
  const { db, credentials } = app.platform

  app.get(
    '/status/:list',
    {
      config: { access: 'public' },
      schema: {
        summary: 'A signed Bitstring Status List credential (public)',
        tags: ['credentials'],
        params: z.object({ list: z.string().min(1).max(64) }),
        response: { 200: z.record(z.string(), z.unknown()), ...commonErrors },
      },
    },
    async (request, reply) => {
      const document = await statusListDocument(db, request.params.list)
      if (!document) {
        throw new DomainError(
          'not_found',
          'status_list_not_found',
          `no status list ${request.params.list}`,
        )
      }
      return reply.header('cache-control', 'public, max-age=300').send(document)
    },
  )

  app.get(
    MICROCREDENTIAL_CONTEXT_PATH,
    {
      config: { access: 'public' },
      schema: { summary: 'JSON-LD context of the EU Annex I extension', tags: ['credentials'] },
    },
    async (_request, reply) =>
      reply
        .type('application/ld+json')
        .header('cache-control', 'public, max-age=86400')
        .send(JSON.stringify(microcredentialContext)),
  )

  for (const action of ['revoke', 'suspend', 'reinstate'] as const) {
    app.post(
      `/credentials/:id/${action}`,
      {
        config: { access: 'administrator' },
        schema: {
          summary: `${action[0]!.toUpperCase()}${action.slice(1)} a credential, with a reason kept in the audit log (administrators)`,
          tags: ['credentials'],
          params: z.object({ id: z.string().min(1).max(64) }),
          body: z.object({ reason: z.string().min(1).max(MAX_REASON_LENGTH) }),
          response: { 200: credentialStatusView, ...commonErrors },
        },
      },
      async (request) => {
        const admin = requireRole(request, 'administrator')
        const record = await changeCredentialStatus(db, credentials, {
          credentialId: request.params.id,
          action,
          reason: request.body.reason,
          actorId: admin.id,
        })
        return presentCredentialStatus(record)
      },
    )
  }
}
