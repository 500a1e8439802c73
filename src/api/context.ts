import type { Kysely } from 'kysely'
import type { Account, AccountsTables } from '../accounts/index.js'
import type { AssessmentTables, Attempts } from '../assessment/index.js'
import type { CredentialsRuntime, CredentialsTables } from '../credentials/index.js'
import type { Marketplace, MarketplaceTables } from '../marketplace/index.js'
import type { StudyRunner, StudyTables } from '../study/index.js'

/** The tables of every part the routes hand the database handle on to. */
export type RoutedTables = AccountsTables &
  AssessmentTables &
  CredentialsTables &
  MarketplaceTables &
  StudyTables

/** What every route can reach: the database handle and the platform's settings. */
export interface ApiContext {
  readonly db: Kysely<RoutedTables>
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
