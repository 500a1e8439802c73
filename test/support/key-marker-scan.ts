import type { FastifyInstance } from 'fastify'

/**
 * Put in the bank id of every key option of the test banks (the fixture bank's): no response may
 * ever contain it. Defined here, with no imports, because every test file's setup loads this
 * module, and loading the platform there would defeat the module mocks of the suites.
 */
export const KEY_MARKER = 'KEYMARKER7c1e'

/** Responses of this test file whose body carried an answer-key marker, as `METHOD url`. */
export const keyMarkerLeaks: string[] = []

/**
 * Scans every body `app` sends for the marker the fixture bank puts in each key option's id
 * (`KEY_MARKER`), so that any suite driving the API, whatever it asserts, fails if a key reaches
 * anyone but an administrator. Responses are recorded here and checked after each test (`no-key-marker-leaks.ts`).
 */
export function scanResponsesForKeyMarkers(app: FastifyInstance): void {
  app.addHook('onSend', async (request, _reply, payload) => {
    // Administrators review items and read their statistics, keys included: the staff's tools.
    if (request.account?.role === 'administrator') return payload
    const text =
      typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString() : ''
    if (text.includes(KEY_MARKER)) keyMarkerLeaks.push(`${request.method} ${request.url}`)
    return payload
  })
}
