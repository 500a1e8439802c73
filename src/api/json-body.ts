import type { FastifyInstance } from 'fastify'
import { DomainError } from '../shared/index.js'
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js'

/**
 * The one body format the API reads: JSON, bounded in depth before it is parsed, with Fastify's
 * own parser (which refuses `__proto__` and `constructor.prototype` keys) doing the parsing.
 * Fastify's text/plain parser is removed, so any other media type is a 415.
 */
export function registerJsonBody(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error')
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      done(
        new DomainError(
          'invalid',
          'json_too_deep',
          `the request body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`,
          { maxDepth: MAX_JSON_DEPTH },
        ),
        undefined,
      )
      return
    }
    parse(request, text, done)
  })
}
