import type { Kysely } from 'kysely'
import type { CredentialsDatabase } from '../tables.js'
import type { VerificationReport } from '../verify/report.js'
import { verifyCredential } from '../verify/verify-credential.js'
import { type PresentationVerification, verifyPresentation } from '../verify/verify-presentation.js'
import { platformDocumentLoader, platformStatusListLoader } from './platform-loader.js'
import type { CredentialsRuntime } from './runtime.js'

/**
 * Verifies any issuer's credential: our own status lists and did:web from the database, another
 * issuer's did:web and status lists fetched within the runtime's bounds.
 */
export async function verifyOnPlatform(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  credential: unknown,
  now?: Date,
): Promise<VerificationReport> {
  const documentLoader = await platformDocumentLoader(db, runtime)
  const statusListLoader = platformStatusListLoader(runtime, documentLoader)
  return verifyCredential(credential, {
    documentLoader,
    statusListLoader,
    ...(now ? { now } : {}),
  })
}

/** Verifies a presentation and the credentials in it, offline. */
export async function verifyPresentationOnPlatform(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  presentation: unknown,
  options: { readonly challenge?: string | undefined; readonly domain?: string | undefined } = {},
): Promise<PresentationVerification> {
  const documentLoader = await platformDocumentLoader(db, runtime)
  const statusListLoader = platformStatusListLoader(runtime, documentLoader)
  return verifyPresentation(presentation, { documentLoader, statusListLoader, ...options })
}
