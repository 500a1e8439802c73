import { describe, expect, it } from 'vitest'
import { describeError } from '../../src/api/index.js'

/**
 * PGlite on a full disk, seen with a server whose data directory filled while it signed the demo's
 * credentials: the write failed with SQLSTATE 53100 and the message below. The request that met it
 * did nothing wrong, and the server itself went on answering.
 */
describe('a database out of disk space, memory or sessions', () => {
  it('is a 503 that says to come back later, with no file names or internals', () => {
    const diskFull = Object.assign(
      new Error('could not extend file "base/5/16937": No space left on device'),
      { code: '53100', hint: 'Check free disk space.', routine: 'mdzeroextend' },
    )
    const outOfMemory = Object.assign(new Error('out of memory'), { code: '53200' })
    const noSessions = Object.assign(new Error('sorry, too many clients already'), {
      code: '53300',
    })
    for (const error of [diskFull, outOfMemory, noSessions]) {
      const { status, body, headers } = describeError(error)
      expect(status).toBe(503)
      expect(body.error.code).toBe('unavailable')
      expect(headers).toEqual({ 'retry-after': '60' })
      expect(JSON.stringify(body)).not.toMatch(/base\/5|mdzeroextend|too many clients/)
    }
  })
})
