import type { FastifyInstance } from 'fastify'

/** The code of the process warning a leaked marker raises (test support listens for it). */
export const KEY_MARKER_LEAK_WARNING = 'SKILLSIGNAL_KEY_MARKER_LEAK'

/** The environment variable that names the marker; set only by the test harness. */
export const KEY_MARKER_VARIABLE = 'SKILLSIGNAL_TEST_KEY_MARKER'

/**
 * Under test, the banks put a marker in every answer key's id, and every app the tests build
 * (directly, through the test support, or in a server process) checks each body it sends: a
 * body carrying the marker to anyone but an administrator (whose item review shows keys) raises
 * a process warning naming the request, which fails the running test in the test process, or
 * reaches it on the server's stderr. Streams (static files) are left to the browser tests, which
 * read the bodies the browser receives. Without the marker nothing is registered.
 */
export function registerKeyMarkerGuard(app: FastifyInstance, marker: string | undefined): void {
  if (!marker) return
  app.addHook('onSend', async (request, _reply, payload) => {
    if (request.account?.role === 'administrator') return payload
    const text =
      typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString() : ''
    if (text.includes(marker)) {
      process.emitWarning(`${request.method} ${request.url}`, {
        code: KEY_MARKER_LEAK_WARNING,
        detail: 'a response carried an answer-key marker',
      })
    }
    return payload
  })
}
