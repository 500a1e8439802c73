import type { Kysely } from 'kysely'
import type { ApiServices } from '../api/index.js'
import {
  closeTaskEngines,
  createAttempts,
  createTaskEngines,
  DATABASE_ITEM_BANK,
  type ItemBank,
  type PassHook,
  type ReviewStandingOf,
  type RevocationHook,
} from '../assessment/index.js'
import {
  type CredentialsRuntime,
  issueCredentialOnPass,
  revokeIssuedCredentials,
} from '../credentials/index.js'
import type { Marketplace } from '../marketplace/index.js'
import { createStudyRunner } from '../study/index.js'
import type { Database } from './database.js'
import { type MarketplaceOptions, platformMarketplace } from './marketplace-services.js'

/** What the services are built from; everything but the runtime has the running platform's default. */
export interface ServicesOptions {
  /** The public origin (https://skillsignal.example) when one is configured, else null. */
  readonly publicUrl: string | null
  readonly credentials: CredentialsRuntime
  /** The server's clock (default the system's). */
  readonly now?: () => Date
  /** Default: the catalog, the bank tables' items and the registered item models. */
  readonly bank?: ItemBank
  /** Default: issue the pass's Open Badge with `credentials`, in the pass transaction. */
  readonly passHooks?: readonly PassHook[]
  /** Default: revoke the credentials issued for a revoked certification. */
  readonly revocationHooks?: readonly RevocationHook[]
  /** Default: the platform's fee, the sandbox payment provider and the services' clock. */
  readonly marketplace?: MarketplaceOptions
  /**
   * Default: the platform's own review records, read against the families' current text when a
   * request first needs them (seconds of drawing, once per services).
   */
  readonly reviewStanding?: () => Promise<ReviewStandingOf>
}

/** The services the routes get, and how to stop what they started. */
export interface PlatformServices extends ApiServices {
  readonly marketplace: Marketplace
  /** Stops the task engines (the in-memory PostgreSQL of SQL items, when it was started). */
  close(): Promise<void>
}

/**
 * Builds the platform's services once, over an open database: the clock, the item bank, the task
 * engines, the credentials runtime, the hooks that join a pass to its credential, and the study
 * runner. The server and the tests build them here alike and hand them down; no part wires itself.
 *
 * @example const app = await buildApp(await createServices(db, { publicUrl: null, credentials }))
 */
export async function createServices(
  db: Kysely<Database>,
  options: ServicesOptions,
): Promise<PlatformServices> {
  const { credentials } = options
  const engines = createTaskEngines()
  const attempts = createAttempts({
    bank: options.bank ?? DATABASE_ITEM_BANK,
    engines,
    now: options.now ?? (() => new Date()),
    // Assessment and credentials meet here: a pass issues its Open Badge in the transaction that
    // records it, so assessment never imports credentials.
    passHooks: options.passHooks ?? [issueCredentialOnPass(credentials)],
    revocationHooks: options.revocationHooks ?? [revokeIssuedCredentials(credentials)],
    ...(options.reviewStanding && { reviewStanding: options.reviewStanding }),
  })
  const now = options.now ?? (() => new Date())
  return {
    db,
    publicUrl: options.publicUrl,
    attempts,
    marketplace: platformMarketplace(db, attempts, { now, ...options.marketplace }),
    credentials,
    studyRuns: await createStudyRunner(db),
    close: () => closeTaskEngines(engines),
  }
}
