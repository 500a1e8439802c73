import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { generate } from 'selfsigned'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  changeCredentialStatus,
  credentialsRuntime,
  DEFAULT_REMOTE_FETCH_POLICY,
  issueCredentialForPass,
  type RemoteFetchPolicy,
} from '../../../src/credentials/index.js'
import { transact } from '../../../src/db/index.js'
import { openTestApp, type TestApp, testCredentialsRuntime } from '../../support/app.js'
import { certifiedPass, learner } from '../support/platform-fixtures.js'

/**
 * Two deployments of the platform on this machine. The first (the issuer) serves its API over
 * https on loopback with a self-signed certificate, as behind a TLS terminator; the second
 * verifies the first's credential through its public `POST /credentials/verify`, fetching the
 * did:web document and status list over https. Only the test-only settings open loopback and
 * trust that one certificate; everything else is the production policy.
 */
let tls: Server
let origin: string
let certificate: string
let issuer: TestApp
let credential: Record<string, unknown>
let credentialId: string
const verifiers: TestApp[] = []

beforeAll(async () => {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    notAfterDate: new Date(Date.now() + 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  })
  certificate = pems.cert
  tls = createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', async () => {
      const answer = await issuer.app.inject({
        method: request.method as 'GET',
        url: request.url ?? '/',
        headers: request.headers,
        ...(chunks.length ? { payload: Buffer.concat(chunks) } : {}),
      })
      response.writeHead(answer.statusCode, answer.headers as Record<string, string>)
      response.end(answer.rawPayload)
    })
  })
  await new Promise<void>((ready) => tls.listen(0, '127.0.0.1', ready))
  origin = `https://127.0.0.1:${(tls.address() as AddressInfo).port}`
  issuer = await openTestApp({
    publicUrl: origin,
    credentials: testCredentialsRuntime({ SKILLSIGNAL_PUBLIC_URL: origin }),
  })
  const { db } = issuer.database
  const who = await learner(db)
  const issued = await transact(db, async (trx) =>
    issueCredentialForPass(trx, await certifiedPass(trx, who), issuer.services.credentials),
  )
  credential = issued.credential.credential
  credentialId = issued.credential.id
})
afterAll(async () => {
  tls.closeAllConnections()
  await new Promise((closed) => tls.close(closed))
  for (const verifier of verifiers) await verifier.close()
  await issuer.close()
})

/** A second deployment whose remote fetches follow `policy`. */
async function verifierWith(policy: Partial<RemoteFetchPolicy>): Promise<TestApp> {
  const own = testCredentialsRuntime()
  const verifier = await openTestApp({
    credentials: credentialsRuntime(own.config, own.keySecret, {
      ...DEFAULT_REMOTE_FETCH_POLICY,
      cacheTtlMs: 0,
      ...policy,
    }),
  })
  verifiers.push(verifier)
  return verifier
}

const verifyAt = (verifier: TestApp) =>
  verifier.app.inject({
    method: 'POST',
    url: '/credentials/verify',
    payload: { verifiableCredential: credential, options: {} },
  })

describe("a second deployment verifying the first's credential over loopback https", () => {
  it('verifies it, issuer key and status fetched from the first over https', async () => {
    expect(credential.issuer).toMatchObject({
      id: expect.stringMatching(/^did:web:127\.0\.0\.1%3A/),
    })
    expect(String(credential.id).startsWith(`${origin}/credentials/`)).toBe(true)
    const verifier = await verifierWith({
      privateAddressesAllowed: ['127.0.0.1'],
      trustedCertificates: [certificate],
    })
    const response = await verifyAt(verifier)
    expect(response.json().errors).toEqual([])
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      verdict: 'verified',
      checks: ['schema', 'issuer-key', 'proof', 'validity-dates', 'revocation', 'suspension'],
    })
  })

  it('sees the revocation the first deployment makes', async () => {
    const verifier = await verifierWith({
      privateAddressesAllowed: ['127.0.0.1'],
      trustedCertificates: [certificate],
    })
    await changeCredentialStatus(issuer.database.db, issuer.services.credentials, {
      credentialId,
      action: 'revoke',
      reason: 'issued in error',
      actorId: null,
    })
    const response = await verifyAt(verifier)
    expect(response.statusCode).toBe(400)
    expect(response.json().verdict).toBe('revoked')
  })

  it('refuses it without the test-only settings: loopback is forbidden, the certificate unknown', async () => {
    const closed = await verifyAt(await verifierWith({ trustedCertificates: [certificate] }))
    expect(closed.statusCode).toBe(400)
    expect(JSON.stringify(closed.json().errors)).toMatch(/127\.0\.0\.1 is a loopback/)
    const untrusted = await verifyAt(await verifierWith({ privateAddressesAllowed: ['127.0.0.1'] }))
    expect(untrusted.statusCode).toBe(400)
    expect(JSON.stringify(untrusted.json().errors)).toMatch(/self[- ]signed|certificate/i)
  })
})
