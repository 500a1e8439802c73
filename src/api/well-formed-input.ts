import type { FastifyInstance } from 'fastify'
import { DomainError, findIllFormedText } from '../shared/index.js'

/**
 * Refuses NUL characters and lone surrogates anywhere in a request before any route sees it:
 * PostgreSQL rejects the first and silently rewrites the second (see reliability notes).
 */
export function registerWellFormedInput(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['body', request.body],
      ['query', request.query],
      ['params', request.params],
    ] as const) {
      const path = findIllFormedText(value)
      if (path) {
        const where = [part, ...path].join('.')
        throw new DomainError(
          'invalid',
          'ill_formed_text',
          `${where} contains a NUL character or an unpaired surrogate, which cannot be stored`,
          { path: where },
        )
      }
    }
  })
}
