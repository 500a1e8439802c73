import type { Kysely } from 'kysely'
import { DEFAULT_BASE_URL } from '../config.js'
import { createDocumentLoader, type DocumentLoader } from '../document-loader.js'
import { didWebDocument } from '../keys/issuer-did.js'
import {
  didWebDocumentUrl,
  fetchRemoteJson,
  RemoteDocumentError,
} from '../remote/remote-documents.js'
import type { CredentialsDatabase } from '../tables.js'
import { allIssuerKeys } from './key-repo.js'
import type { CredentialsRuntime } from './runtime.js'
import { statusListDocument } from './status-list-document.js'

/**
 * The loader of this platform: bundled contexts, did:key, our own did:web from our key table and
 * our status lists straight from the database (never over HTTP); another issuer's did:web
 * document is fetched within the runtime's bounds. Contexts are never fetched.
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
    remoteDidDocument: (did) => {
      const httpUrl = didWebDocumentUrl(did, 'http')
      const plainHttp =
        httpUrl !== undefined && runtime.remoteFetch.httpOrigins.includes(new URL(httpUrl).origin)
      const url = plainHttp ? httpUrl : didWebDocumentUrl(did)
      if (url === undefined) throw new RemoteDocumentError(did, 'not a did:web DID')
      return fetchRemoteJson(runtime.remoteFetch, runtime.remoteDocuments, url)
    },
    statusList: async (url) => {
      const prefix = statusPrefixes.find((candidate) => url.startsWith(candidate))
      return prefix === undefined
        ? undefined
        : statusListDocument(db, decodeURIComponent(url.slice(prefix.length)))
    },
  })
}

/**
 * Status list credentials for verification: ours from the database, another issuer's fetched
 * within the runtime's bounds (only here, where the URL is known to name a status list).
 */
export function platformStatusListLoader(
  runtime: CredentialsRuntime,
  documentLoader: DocumentLoader,
): DocumentLoader {
  return async (url) => {
    try {
      return await documentLoader(url)
    } catch {
      const document = await fetchRemoteJson(runtime.remoteFetch, runtime.remoteDocuments, url)
      return { contextUrl: null, documentUrl: url, document }
    }
  }
}
