import type { Kysely } from 'kysely'
import { DEFAULT_BASE_URL } from '../config.js'
import { createDocumentLoader, type DocumentLoader } from '../document-loader.js'
import { didWebDocument } from '../keys/issuer-did.js'
import type { CredentialsDatabase } from '../tables.js'
import { allIssuerKeys } from './key-repo.js'
import type { CredentialsRuntime } from './runtime.js'
import { statusListDocument } from './status-list-document.js'

/**
 * The offline loader of this platform: bundled contexts, did:key, our own did:web from our key
 * table, and our status lists straight from the database (never over HTTP).
 */
export async function platformDocumentLoader(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
): Promise<DocumentLoader> {
  const { config } = runtime
  const ownDidDocument =
    config.didMethod === 'web' ? didWebDocument(config, await allIssuerKeys(db)) : undefined
  // Credentials issued before the server used the origin it listens on carry the default one.
  const statusPrefixes = [...new Set([config.baseUrl, DEFAULT_BASE_URL])].map(
    (base) => `${base}/status/`,
  )
  return createDocumentLoader({
    baseUrl: config.baseUrl,
    ownDidDocument,
    statusList: async (url) => {
      const prefix = statusPrefixes.find((candidate) => url.startsWith(candidate))
      return prefix === undefined
        ? undefined
        : statusListDocument(db, decodeURIComponent(url.slice(prefix.length)))
    },
  })
}
