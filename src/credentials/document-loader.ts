import * as didKey from '@digitalbazaar/did-method-key'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { DEFAULT_BASE_URL } from './config.js'
import {
  MULTIKEY_V1_CONTEXT,
  microcredentialContext,
  microcredentialContextUrl,
  publishedContexts,
} from './contexts.js'

/** The JSON-LD document loader shape the credential libraries call. */
export type DocumentLoader = (url: string) => Promise<{
  contextUrl: null
  documentUrl: string
  document: unknown
}>

/** Raised for any URL the offline loader does not hold: verification never reaches the network. */
export class DocumentRefusedError extends Error {
  constructor(readonly url: string) {
    super(`refusing to load '${url}': not a bundled context, a did:key or this platform's did:web`)
    this.name = 'DocumentRefusedError'
  }
}

/** What the loader may answer from besides the bundled contexts. */
export interface LoaderSources {
  /** The platform's base URL: our extension context is known under it. */
  readonly baseUrl: string
  /** Our own `did:web` document (from our key table), when the platform uses `did:web`. */
  readonly ownDidDocument?: Record<string, unknown> | undefined
  /** Another issuer's `did:web` document (fetched within bounds), by DID. */
  readonly remoteDidDocument?: ((did: string) => Promise<Record<string, unknown>>) | undefined
  /** Status list credentials of this platform, by URL. */
  readonly statusList?: ((url: string) => Promise<Record<string, unknown> | undefined>) | undefined
}

const didKeyDriver = didKey.driver()
didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from })

/**
 * A document loader that never touches the network: published contexts from local copies, our
 * extension context, `did:key` computed from the key itself, our own `did:web` from our key
 * table, our status lists; anything else is refused.
 *
 * @example const loader = createDocumentLoader({ baseUrl: 'http://localhost:3000' })
 */
export function createDocumentLoader(sources: LoaderSources): DocumentLoader {
  // The legacy context under this platform's origin, and under the default origin that credentials
  // issued before the server used its listening origin carry.
  const legacyContextUrls = new Set([
    microcredentialContextUrl(sources.baseUrl),
    microcredentialContextUrl(DEFAULT_BASE_URL),
  ])
  return async (url) => {
    const document = await resolve(url)
    if (document === undefined) throw new DocumentRefusedError(url)
    return { contextUrl: null, documentUrl: url, document }
  }

  async function resolve(url: string): Promise<unknown> {
    const published = publishedContexts.get(url)
    if (published !== undefined) return published
    if (legacyContextUrls.has(url)) return microcredentialContext
    if (url.startsWith('did:key:')) return resolveDidKey(url)
    if (url.startsWith('did:web:')) {
      return (
        resolveDidWeb(sources.ownDidDocument, url) ??
        (sources.remoteDidDocument && resolveRemoteDidWeb(sources.remoteDidDocument, url))
      )
    }
    return sources.statusList?.(url)
  }
}

async function resolveRemoteDidWeb(
  fetchDocument: (did: string) => Promise<Record<string, unknown>>,
  url: string,
): Promise<unknown> {
  const [did] = url.split('#')
  const document = await fetchDocument(did!)
  if (document.id !== did) {
    throw new Error(`the DID document of ${did} names another subject: ${String(document.id)}`)
  }
  return resolveDidWeb(document, url)
}

async function resolveDidKey(url: string): Promise<unknown> {
  try {
    return await didKeyDriver.get({ url })
  } catch {
    return undefined
  }
}

/** The DID document, or one of its verification methods (by full id or `#fragment`). */
function resolveDidWeb(document: Record<string, unknown> | undefined, url: string): unknown {
  if (document === undefined) return undefined
  const [did, fragment] = url.split('#')
  if (did !== document.id) return undefined
  if (fragment === undefined) return document
  const methods = Array.isArray(document.verificationMethod)
    ? (document.verificationMethod as ReadonlyArray<{ id?: unknown }>)
    : []
  const method = methods.find(
    (candidate) => candidate.id === url || candidate.id === `#${fragment}`,
  )
  return method && { '@context': MULTIKEY_V1_CONTEXT, ...method, id: url }
}
