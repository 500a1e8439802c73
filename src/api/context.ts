import type { Kysely } from 'kysely'
import type { Account } from '../accounts/index.js'
import type { Attempts } from '../assessment/index.js'
import type { CredentialsRuntime } from '../credentials/index.js'
import type { Database } from '../db/index.js'
import type { Marketplace } from '../marketplace/index.js'
import type { StudyRunner } from '../study/index.js'

/** What every route can reach: the database handle and the platform's settings. */
export interface ApiContext {
  readonly db: Kysely<Database>
  /** The public origin (https://skillsignal.example) when one is configured, else null. */
  readonly publicUrl: string | null
  /** The marketplace's services as the platform built them; without them its routes are absent. */
  readonly marketplace?: Marketplace
}

/** The context plus the services the platform built once and hands to every route. */
export interface ApiServices extends ApiContext {
  /** Attempts bound to the platform's item bank, clock and pass and revocation hooks. */
  readonly attempts: Attempts
  /** The issuer's names and key secret. */
  readonly credentials: CredentialsRuntime
  /** Runs studies in the background of this process. */
  readonly studyRuns: StudyRunner
}

declare module 'fastify' {
  interface FastifyInstance {
    platform: ApiServices
  }
  interface FastifyRequest {
    /** The signed-in account, resolved from the session cookie or the bearer token. */
    account: Account | null
    /** The raw session token that authenticated this request (for logout). */
    sessionToken: string | null
  }
}
