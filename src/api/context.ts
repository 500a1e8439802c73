import type { Kysely } from 'kysely'
import type { Account } from '../accounts/index.js'
import type { Database } from '../db/index.js'

/** What every route can reach: the database handle and the platform's settings. */
export interface ApiContext {
  readonly db: Kysely<Database>
  /** The public origin (https://skillsignal.example) when one is configured, else null. */
  readonly publicUrl: string | null
}

declare module 'fastify' {
  interface FastifyInstance {
    platform: ApiContext
  }
  interface FastifyRequest {
    /** The signed-in account, resolved from the session cookie or the bearer token. */
    account: Account | null
    /** The raw session token that authenticated this request (for logout). */
    sessionToken: string | null
  }
}
