import type { Kysely } from 'kysely'
import type { Database } from '../../db/index.js'
import { createDocumentLoader, type DocumentLoader } from '../document-loader.js'
import { didWebDocument } from '../keys/issuer-did.js'
import { allIssuerKeys } from './key-repo.js'
import type { CredentialsRuntime } from './runtime.js'
import { statusListDocument } from './status-list-document.js'

/**
 * The offline loader of this platform: bundled contexts, did:key, our own did:web from our key
 * table, and our status lists straight from the database (never over HTTP).
 */
export async function platformDocumentLoader(
  db: Kysely<Database>,
  runtime: CredentialsRuntime,
): Promise<DocumentLoader> {
  const { config } = runtime
  const ownDidDocument =
    config.didMethod === 'web' ? didWebDocument(config, await allIssuerKeys(db)) : undefined
  const statusPrefix = `${config.baseUrl}/status/`
  return createDocumentLoader({
    baseUrl: config.baseUrl,
    ownDidDocument,
    statusList: async (url) =>
      url.startsWith(statusPrefix)
        ? statusListDocument(db, decodeURIComponent(url.slice(statusPrefix.length)))
        : undefined,
  })
}
