import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { registerAccount } from '../../src/accounts/index.js'
import { buildApp } from '../../src/api/index.js'
import { type CredentialsRuntime, credentialsRuntimeFrom } from '../../src/credentials/index.js'
import type { Database, PlatformDatabase } from '../../src/platform/index.js'
import {
  createServices,
  type PlatformServices,
  type ServicesOptions,
} from '../../src/platform/index.js'
import { openTestDatabase } from './database.js'
import { sharedReviewStanding } from './review-standing.js'

export interface TestApp {
  readonly app: FastifyInstance
  readonly database: PlatformDatabase
  /** What the app was built over: the same services the routes use. */
  readonly services: PlatformServices
  close(): Promise<void>
}

/**
 * A runtime read from `env` (no public URL: the embedded setup's did:key) with a random key
 * secret, so no test writes a secret file or depends on the shell's environment.
 */
export function testCredentialsRuntime(env: NodeJS.ProcessEnv = {}): CredentialsRuntime {
  return credentialsRuntimeFrom({
    SKILLSIGNAL_KEY_SECRET: randomBytes(24).toString('base64url'),
    ...env,
  })
}

/** The platform's services over `db`, built as the server builds them, with test defaults. */
export function testServices(
  db: Kysely<Database>,
  options: Partial<ServicesOptions> = {},
): Promise<PlatformServices> {
  return createServices(db, {
    publicUrl: null,
    credentials: testCredentialsRuntime(),
    reviewStanding: sharedReviewStanding,
    ...options,
  })
}

/** The API over a fresh migrated database, driven with `app.inject()`. */
export async function openTestApp(options: Partial<ServicesOptions> = {}): Promise<TestApp> {
  const database = await openTestDatabase()
  const services = await testServices(database.db, options)
  const app = await buildApp(services)
  return {
    app,
    database,
    services,
    async close() {
      await app.close()
      await services.close()
      await database.close()
    },
  }
}

/** A password that passes the policy. */
export const GOOD_PASSWORD = 'correct horse battery staple'

/** Registers an account with `role` and a confirmed address; returns an Authorization header. */
export async function signInAs(
  t: TestApp,
  role: 'member' | 'analyst' | 'administrator',
  email = `${role}@example.org`,
): Promise<string> {
  // A proven address, as after the mailed link: what taking a test and earning credentials need.
  await registerAccount(
    t.database.db,
    { email, password: GOOD_PASSWORD, displayName: role },
    role,
    { emailVerified: true },
  )
  const login = await t.app.inject({
    method: 'POST',
    url: '/auth/tokens',
    payload: { email, password: GOOD_PASSWORD },
  })
  return `Bearer ${login.json().token}`
}
