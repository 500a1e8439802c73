import { lookup as dnsLookup } from 'node:dns/promises'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { rootCertificates } from 'node:tls'
import { forbiddenAddressReason } from './address-policy.js'

/** How far the verifier may reach for another issuer's DID document or status list. */
export interface RemoteFetchPolicy {
  /** Whole request, connection to last byte. */
  readonly timeoutMs: number
  /** Largest body read; a longer one is refused. */
  readonly maxBytes: number
  /** Redirects followed, each one checked like the first request. */
  readonly maxRedirects: number
  /** How long a fetched document is reused. */
  readonly cacheTtlMs: number
  /** Documents kept at most; the oldest is dropped first. */
  readonly cacheEntries: number
  /** Origins reachable over plain http (a development server); everything else needs https. */
  readonly httpOrigins: readonly string[]
  /**
   * Test-only: these exact addresses may be reached although private or loopback, so that two
   * local deployments verify each other; every other forbidden address stays refused.
   */
  readonly privateAddressesAllowed: readonly string[]
  /**
   * Test-only: certificates (PEM) trusted besides the usual roots, so that a local deployment
   * with a self-signed certificate is reached over https like any other.
   */
  readonly trustedCertificates?: readonly string[]
  /** Name resolution; the system resolver unless a test gives its own. */
  readonly resolve?: (hostname: string) => Promise<readonly string[]>
}

/** Bounds of a production verifier. */
export const DEFAULT_REMOTE_FETCH_POLICY: RemoteFetchPolicy = {
  timeoutMs: 5_000,
  maxBytes: 512 * 1024,
  maxRedirects: 3,
  cacheTtlMs: 5 * 60_000,
  cacheEntries: 256,
  httpOrigins: [],
  privateAddressesAllowed: [],
}

/** A fetched document and when it stops being reused. */
export interface CachedDocument {
  readonly document: Record<string, unknown>
  readonly expires: number
}

/** Raised when a remote document may not or could not be fetched; the message says why. */
export class RemoteDocumentError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`cannot fetch ${url}: ${reason}`)
    this.name = 'RemoteDocumentError'
  }
}

/**
 * A JSON document over https, within the policy: the host's every address is checked after name
 * resolution and the connection goes to the address checked (no second lookup to rebind), the
 * body is capped, the whole exchange timed out, redirects re-checked, answers cached.
 *
 * @example const doc = await fetchRemoteJson(policy, cache, 'https://issuer.example/.well-known/did.json')
 */
export async function fetchRemoteJson(
  policy: RemoteFetchPolicy,
  cache: Map<string, CachedDocument>,
  url: string,
): Promise<Record<string, unknown>> {
  const cached = cache.get(url)
  if (cached && cached.expires > Date.now()) return cached.document
  const document = await fetchFollowing(policy, url, policy.maxRedirects)
  cache.delete(url)
  cache.set(url, { document, expires: Date.now() + policy.cacheTtlMs })
  while (cache.size > policy.cacheEntries) {
    const oldest = cache.keys().next().value
    if (oldest === undefined) break
    cache.delete(oldest)
  }
  return document
}

async function fetchFollowing(
  policy: RemoteFetchPolicy,
  url: string,
  redirectsLeft: number,
): Promise<Record<string, unknown>> {
  const target = allowedUrl(policy, url)
  const answer = await get(policy, target)
  if (answer.kind === 'redirect') {
    if (redirectsLeft <= 0) throw new RemoteDocumentError(url, 'too many redirects')
    return fetchFollowing(policy, new URL(answer.location, target).href, redirectsLeft - 1)
  }
  try {
    const parsed: unknown = JSON.parse(answer.body)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new RemoteDocumentError(url, 'not a JSON object')
    }
    return parsed as Record<string, unknown>
  } catch (error) {
    if (error instanceof RemoteDocumentError) throw error
    throw new RemoteDocumentError(url, 'not JSON')
  }
}

function allowedUrl(policy: RemoteFetchPolicy, url: string): URL {
  let target: URL
  try {
    target = new URL(url)
  } catch {
    throw new RemoteDocumentError(url, 'not a URL')
  }
  const httpAllowed = target.protocol === 'http:' && policy.httpOrigins.includes(target.origin)
  if (target.protocol !== 'https:' && !httpAllowed) {
    throw new RemoteDocumentError(url, 'only https is fetched')
  }
  if (target.username || target.password) {
    throw new RemoteDocumentError(url, 'credentials in URLs are refused')
  }
  const literal = target.hostname.replace(/^\[|\]$/g, '')
  if (isIP(literal) !== 0) refuseAddress(policy, url, literal)
  return target
}

function refuseAddress(policy: RemoteFetchPolicy, url: string, address: string): void {
  if (policy.privateAddressesAllowed.includes(address)) return
  const reason = forbiddenAddressReason(address)
  if (reason !== undefined) throw new RemoteDocumentError(url, `${address} is a ${reason}`)
}

type Answer =
  | { readonly kind: 'body'; readonly body: string }
  | { readonly kind: 'redirect'; readonly location: string }

function get(policy: RemoteFetchPolicy, target: URL): Promise<Answer> {
  const url = target.href
  const resolve = policy.resolve ?? systemResolve
  // Node calls this for host names (never for IP literals, checked before): the connection
  // goes to an address that passed the check.
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolve(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new RemoteDocumentError(url, `${hostname} has no address`)
        for (const address of addresses) refuseAddress(policy, url, address)
        const address = addresses[0]!
        const family = isIP(address)
        if (options.all) callback(null, [{ address, family }])
        else callback(null, address, family)
      })
      .catch((error: Error) => callback(error as NodeJS.ErrnoException, '', 0))
  }
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise<Answer>((settle, fail) => {
    const req = request(
      target,
      {
        method: 'GET',
        lookup,
        headers: { accept: 'application/json, application/ld+json' },
        ...(policy.trustedCertificates?.length
          ? { ca: [...rootCertificates, ...policy.trustedCertificates] }
          : {}),
      },
      (response) => readAnswer(policy, url, response).then(settle, fail),
    )
    const timer = setTimeout(() => {
      req.destroy(new RemoteDocumentError(url, `no answer within ${policy.timeoutMs} ms`))
    }, policy.timeoutMs)
    req.on('close', () => clearTimeout(timer))
    req.on('error', (error) =>
      fail(
        error instanceof RemoteDocumentError ? error : new RemoteDocumentError(url, error.message),
      ),
    )
    req.end()
  })
}

function readAnswer(
  policy: RemoteFetchPolicy,
  url: string,
  response: IncomingMessage,
): Promise<Answer> {
  const status = response.statusCode ?? 0
  if (status >= 300 && status < 400) {
    response.resume()
    const location = response.headers.location
    if (!location) return Promise.reject(new RemoteDocumentError(url, `redirect without location`))
    return Promise.resolve({ kind: 'redirect', location })
  }
  if (status !== 200) {
    response.resume()
    return Promise.reject(new RemoteDocumentError(url, `HTTP ${status}`))
  }
  const declared = Number(response.headers['content-length'])
  if (Number.isFinite(declared) && declared > policy.maxBytes) {
    response.destroy()
    return Promise.reject(new RemoteDocumentError(url, `larger than ${policy.maxBytes} bytes`))
  }
  return new Promise((settle, fail) => {
    const chunks: Buffer[] = []
    let size = 0
    response.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > policy.maxBytes) {
        response.destroy(new RemoteDocumentError(url, `larger than ${policy.maxBytes} bytes`))
        return
      }
      chunks.push(chunk)
    })
    response.on('error', (error) =>
      fail(
        error instanceof RemoteDocumentError ? error : new RemoteDocumentError(url, error.message),
      ),
    )
    response.on('end', () => settle({ kind: 'body', body: Buffer.concat(chunks).toString('utf8') }))
  })
}

async function systemResolve(hostname: string): Promise<readonly string[]> {
  const found = await dnsLookup(hostname, { all: true, verbatim: true })
  return found.map((entry) => entry.address)
}

/**
 * The URL of a `did:web` DID document: host (port percent-encoded), then the path segments, then
 * `did.json`, or `/.well-known/did.json` when there is no path. Undefined for anything else.
 *
 * @example didWebDocumentUrl('did:web:example.com%3A8443:issuers:a') // 'https://example.com:8443/issuers/a/did.json'
 */
export function didWebDocumentUrl(
  did: string,
  scheme: 'https' | 'http' = 'https',
): string | undefined {
  const match = /^did:web:([^:#?/]+)((?::[^:#?/]+)*)$/.exec(did)
  if (!match) return undefined
  const host = decodeURIComponent(match[1]!)
  if (/[/?#@\\]/.test(host)) return undefined
  const path = match[2]!
    .split(':')
    .filter((segment) => segment !== '')
    .map(decodeURIComponent)
  if (path.some((segment) => segment === '..' || segment === '.' || /[/?#\\]/.test(segment))) {
    return undefined
  }
  const rest = path.length === 0 ? '.well-known' : path.map(encodeURIComponent).join('/')
  return `${scheme}://${host}/${rest}/did.json`
}
