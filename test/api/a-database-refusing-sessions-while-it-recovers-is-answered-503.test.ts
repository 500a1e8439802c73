import { describe, expect, it } from 'vitest'
import { describeError } from '../../src/api/index.js'

/**
 * After a crash the PostgreSQL server replays its WAL and refuses new sessions meanwhile
 * (SQLSTATE 57P03, "the database system is starting up"): nothing was written, so the client is
 * told to try again, as it is when the server cannot be reached at all, and not that the
 * platform failed.
 */
describe('a database refusing sessions while it starts or recovers', () => {
  it('is a 503 with Retry-After, like a lost connection, and no internals', () => {
    const starting = Object.assign(new Error('the database system is starting up'), {
      code: '57P03',
    })
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    })
    for (const error of [starting, refused]) {
      const { status, body, headers } = describeError(error)
      expect(status).toBe(503)
      expect(headers).toEqual({ 'retry-after': '1' })
      expect(JSON.stringify(body)).not.toMatch(/starting up|ECONNREFUSED|5432/)
    }
  })

  it('leaves other server refusals (an unknown SQLSTATE of class 57) a 500', () => {
    const shutdown = Object.assign(new Error('query canceled'), { code: '57014' })
    expect(describeError(shutdown).status).toBe(500)
  })
})
