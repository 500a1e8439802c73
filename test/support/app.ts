import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/api/index.js'
import type { PlatformDatabase } from '../../src/db/index.js'
import { openTestDatabase } from './database.js'

export interface TestApp {
  readonly app: FastifyInstance
  readonly database: PlatformDatabase
  close(): Promise<void>
}

/** The API over a fresh migrated database, driven with `app.inject()`. */
export async function openTestApp(): Promise<TestApp> {
  const database = await openTestDatabase()
  const app = await buildApp({ db: database.db, publicUrl: null })
  return {
    app,
    database,
    async close() {
      await app.close()
      await database.close()
    },
  }
}

/** A password that passes the policy. */
export const GOOD_PASSWORD = 'correct horse battery staple'
