import type { FastifyInstance } from 'fastify'
import { registerAccount } from '../../src/accounts/index.js'
import { buildApp } from '../../src/api/index.js'
import type { PlatformDatabase } from '../../src/db/index.js'
import { type MarketplaceOptions, platformMarketplace } from '../../src/platform/index.js'
import { openTestDatabase } from './database.js'

export interface TestApp {
  readonly app: FastifyInstance
  readonly database: PlatformDatabase
  close(): Promise<void>
}

/** The API over a fresh migrated database, driven with `app.inject()`. */
export async function openTestApp(
  options: { marketplace?: MarketplaceOptions } = {},
): Promise<TestApp> {
  const database = await openTestDatabase()
  const app = await buildApp({
    db: database.db,
    publicUrl: null,
    marketplace: platformMarketplace(database.db, options.marketplace),
  })
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

/** Registers an account with `role` and returns an Authorization header for it. */
export async function signInAs(
  t: TestApp,
  role: 'member' | 'analyst' | 'administrator',
  email = `${role}@example.org`,
): Promise<string> {
  await registerAccount(t.database.db, { email, password: GOOD_PASSWORD, displayName: role }, role)
  const login = await t.app.inject({
    method: 'POST',
    url: '/auth/tokens',
    payload: { email, password: GOOD_PASSWORD },
  })
  return `Bearer ${login.json().token}`
}
