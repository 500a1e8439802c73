import { z } from 'zod'
import {
  MICROCREDENTIAL_CONTEXT_PATH,
  microcredentialContext,
  statusListDocument,
} from '../../credentials/index.js'
import { DomainError } from '../../shared/index.js'
import { commonErrors } from '../schemas.js'
import type { Router } from './router.js'

export const statusRoutes: Router = async (app) => {
  const { db } = app.platform

  app.get(
    '/status/:list',
    {
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
    { schema: { summary: 'JSON-LD context of the EU Annex I extension', tags: ['credentials'] } },
    async (_request, reply) =>
      reply
        .type('application/ld+json')
        .header('cache-control', 'public, max-age=86400')
        .send(JSON.stringify(microcredentialContext)),
  )
}
