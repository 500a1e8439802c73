import { Writable } from 'node:stream'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/api/index.js'
import type { PlatformDatabase, PlatformServices } from '../../src/platform/index.js'
import { GOOD_PASSWORD, testServices } from '../support/app.js'
import { engine, openTestDatabase } from '../support/database.js'

/** The log lines the app wrote, parsed. */
function logSink(): { stream: Writable; lines(): Record<string, unknown>[] } {
  let text = ''
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString()
      done()
    },
  })
  return {
    stream,
    lines: () =>
      text
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  }
}

describe(`a statement that fails inside a request on ${engine}`, () => {
  let database: PlatformDatabase
  let services: PlatformServices
  beforeAll(async () => {
    database = await openTestDatabase()
    services = await testServices(database.db)
  })
  afterAll(async () => {
    await services.close()
    await database.close()
  })

  it('is logged with its error and statement but not the values it carried', async () => {
    const sink = logSink()
    const app = await buildApp({ ...services, logger: { level: 'info', stream: sink.stream } })
    // The accounts table gone, registration's statements fail in the database itself.
    await sql`alter table users rename to users_elsewhere`.execute(database.db)
    try {
      const email = 'leak-check@example.org'
      const response = await app.inject({
        method: 'POST',
        url: '/auth/register',
        payload: { email, password: GOOD_PASSWORD, displayName: 'Leak Check' },
      })
      expect(response.statusCode).toBe(500)
      const failures = sink.lines().filter((line) => typeof line.err === 'object')
      expect(failures.length).toBeGreaterThan(0)
      for (const line of failures) {
        const err = line.err as Record<string, unknown>
        expect(err.message).toMatch(/relation "users" does not exist/)
        // PGlite's errors carry the statement and its values; node-postgres's carry neither.
        if (engine === 'pglite') expect(err.query).toMatch(/"users"/)
        expect(err).not.toHaveProperty('params')
      }
      expect(JSON.stringify(sink.lines())).not.toContain(email)
    } finally {
      await sql`alter table users_elsewhere rename to users`.execute(database.db)
      await app.close()
    }
  })
})
