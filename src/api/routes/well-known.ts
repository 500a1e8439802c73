import {
  allIssuerKeys,
  didWebDocument,
  VERIFY_SCRIPT,
  VERIFY_SCRIPT_PATH,
} from '../../credentials/index.js'
import { DomainError } from '../../shared/index.js'
import type { Router } from './router.js'

export const wellKnownRoutes: Router = async (app) => {
  const { db, credentials } = app.platform

  app.get(
    '/.well-known/did.json',
    {
      config: { access: 'public' },
      schema: {
        summary: "The issuer's did:web document, every key ever used listed",
        tags: ['credentials'],
      },
    },
    async (_request, reply) => {
      const { config } = credentials
      if (config.didMethod !== 'web') {
        throw new DomainError(
          'not_found',
          'no_did_web',
          'this platform issues as did:key (set SKILLSIGNAL_PUBLIC_URL for did:web)',
        )
      }
      const document = didWebDocument(config, await allIssuerKeys(db))
      return reply.type('application/did+json').send(JSON.stringify(document))
    },
  )

  app.get(
    VERIFY_SCRIPT_PATH,
    {
      config: { access: 'public' },
      schema: {
        summary: 'Script of the credential page that verifies it live',
        tags: ['credentials'],
      },
    },
    async (_request, reply) =>
      reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(VERIFY_SCRIPT),
  )
}
