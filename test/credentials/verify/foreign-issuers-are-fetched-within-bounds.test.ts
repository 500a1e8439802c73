import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type CredentialsRuntime,
  credentialsRuntime,
  DEFAULT_REMOTE_FETCH_POLICY,
  didWebDocument,
  didWebDocumentUrl,
  fetchRemoteJson,
  type RemoteFetchPolicy,
  verifyOnPlatform,
} from '../../../src/credentials/index.js'
import type { PlatformDatabase } from '../../../src/platform/index.js'
import { openTestDatabase } from '../../support/database.js'
import {
  type InMemoryIssuer,
  inMemoryIssuer,
  samplePass,
  testConfig,
} from '../support/in-memory-issuer.js'

/**
 * Another issuer's deployment, on loopback: its did:web document and status lists as it would
 * serve them, plus answers that misbehave (too large, too slow, redirecting to a private address).
 */
let server: Server
let origin: string
let foreign: InMemoryIssuer
let platform: PlatformDatabase
const during = new Date('2026-06-01T00:00:00Z')

beforeAll(async () => {
  platform = await openTestDatabase()
  server = createServer((request, response) => {
    void answer(request.url ?? '/', response)
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  foreign = await inMemoryIssuer({ ...testConfig, baseUrl: origin, didMethod: 'web' })
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((closed) => server.close(closed))
  await platform.close()
})

async function answer(path: string, response: import('node:http').ServerResponse) {
  const json = (body: unknown) => {
    response.setHeader('content-type', 'application/json')
    response.end(JSON.stringify(body))
  }
  if (path === '/.well-known/did.json') {
    return json(didWebDocument({ ...testConfig, baseUrl: origin, didMethod: 'web' }, [foreign.key]))
  }
  if (path.startsWith('/status/')) return json((await foreign.loader(`${origin}${path}`)).document)
  if (path === '/big') return json({ padding: 'x'.repeat(4096) })
  if (path === '/slow') return // never answers
  if (path === '/to-loopback-v6') {
    response.statusCode = 302
    response.setHeader('location', `http://[::1]:${new URL(origin).port}/.well-known/did.json`)
    return response.end()
  }
  response.statusCode = 404
  response.end()
}

/** The verifying deployment, told (test-only) that this one loopback server may be reached. */
function verifierRuntime(overrides: Partial<RemoteFetchPolicy> = {}): CredentialsRuntime {
  return credentialsRuntime(testConfig, 'a-test-secret-of-enough-length-000', {
    ...DEFAULT_REMOTE_FETCH_POLICY,
    httpOrigins: [origin],
    privateAddressesAllowed: ['127.0.0.1'],
    ...overrides,
  })
}

describe('a credential of another issuer', () => {
  it('verifies with its did:web document and its status list fetched from that issuer', async () => {
    const credential = await foreign.issue(samplePass())
    expect(credential.issuer).toMatchObject({ id: foreign.did })
    expect(foreign.did.startsWith('did:web:127.0.0.1%3A')).toBe(true)
    const report = await verifyOnPlatform(platform.db, verifierRuntime(), credential, during)
    expect(report.errors).toEqual([])
    expect(report.verdict).toBe('verified')
  })

  it('turns revoked when that issuer revokes it (nothing cached across)', async () => {
    const credential = await foreign.issue(samplePass())
    const index = Number(
      (credential.credentialStatus as { statusListIndex: string }).statusListIndex,
    )
    const runtime = verifierRuntime({ cacheTtlMs: 0 })
    expect((await verifyOnPlatform(platform.db, runtime, credential, during)).verdict).toBe(
      'verified',
    )
    await foreign.setStatus('revocation', index, true)
    expect((await verifyOnPlatform(platform.db, runtime, credential, during)).verdict).toBe(
      'revoked',
    )
  })

  it('is refused with the reason when its host is loopback and no test setting allows it', async () => {
    const credential = await foreign.issue(samplePass())
    const runtime = verifierRuntime({ privateAddressesAllowed: [] })
    const report = await verifyOnPlatform(platform.db, runtime, credential, during)
    expect(report.verdict).toBe('unknown-issuer-key')
    expect(report.errors[0]?.message).toMatch(/127\.0\.0\.1 is a loopback/)
  })
})

describe('fetching another issuer document', () => {
  const refused = (url: string, policy: Partial<RemoteFetchPolicy> = {}) =>
    fetchRemoteJson({ ...DEFAULT_REMOTE_FETCH_POLICY, ...policy }, new Map(), url)

  it('refuses loopback, link-local and private addresses however they are written', async () => {
    const loopbackDid = didWebDocumentUrl('did:web:127.0.0.1')!
    expect(loopbackDid).toBe('https://127.0.0.1/.well-known/did.json')
    await expect(refused(loopbackDid)).rejects.toThrow(/127\.0\.0\.1 is a loopback/)
    await expect(refused('https://169.254.169.254/latest/meta-data')).rejects.toThrow(
      /169\.254\.169\.254 is a/,
    )
    await expect(refused('https://[::1]/.well-known/did.json')).rejects.toThrow(/::1 is a/)
    await expect(refused('https://[::ffff:10.0.0.1]/x')).rejects.toThrow(
      /is a loopback, link-local/,
    )
  })

  it('refuses a host name that resolves to a private address', async () => {
    await expect(
      refused('https://issuer.example/.well-known/did.json', {
        resolve: async () => ['10.20.30.40'],
      }),
    ).rejects.toThrow(/10\.20\.30\.40 is a/)
    await expect(
      refused('https://issuer.example/x', {
        resolve: async () => ['93.184.215.14', '192.168.1.9'],
      }),
    ).rejects.toThrow(/192\.168\.1\.9 is a/)
  })

  it('fetches only https, unless the origin is an allow-listed development server', async () => {
    await expect(refused(`${origin}/.well-known/did.json`)).rejects.toThrow(/only https/)
    await expect(refused('ftp://issuer.example/list')).rejects.toThrow(/only https/)
  })

  it('refuses an answer larger than the cap, and one slower than the timeout', async () => {
    const local = { httpOrigins: [origin], privateAddressesAllowed: ['127.0.0.1'] }
    await expect(refused(`${origin}/big`, { ...local, maxBytes: 1024 })).rejects.toThrow(
      /larger than 1024 bytes/,
    )
    await expect(refused(`${origin}/slow`, { ...local, timeoutMs: 200 })).rejects.toThrow(
      /no answer within 200 ms/,
    )
  })

  it('checks where a redirect leads like the first request', async () => {
    const v6 = `http://[::1]:${new URL(origin).port}`
    await expect(
      refused(`${origin}/to-loopback-v6`, {
        httpOrigins: [origin, v6],
        privateAddressesAllowed: ['127.0.0.1'],
      }),
    ).rejects.toThrow(/::1 is a/)
  })

  it('serves a repeated request from the cache', async () => {
    const cache = new Map()
    const policy = {
      ...DEFAULT_REMOTE_FETCH_POLICY,
      httpOrigins: [origin],
      privateAddressesAllowed: ['127.0.0.1'],
    }
    const url = `${origin}/.well-known/did.json`
    const first = await fetchRemoteJson(policy, cache, url)
    server.closeAllConnections()
    const offline = { ...policy, privateAddressesAllowed: [] }
    // The cached answer is reused: the now-refused address is never contacted again.
    expect(await fetchRemoteJson(offline, cache, url)).toEqual(first)
  })
})
