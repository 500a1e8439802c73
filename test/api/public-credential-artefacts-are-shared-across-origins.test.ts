import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../support/app.js'

let test: TestApp

beforeAll(async () => {
  test = await openTestApp()
})
afterAll(async () => {
  await test.close()
})

const ORIGIN = 'https://verifier.example'

describe('CORS on the public credential artefacts', () => {
  it('answers the preflight of POST /credentials/verify from any origin', async () => {
    const response = await test.app.inject({
      method: 'OPTIONS',
      url: '/credentials/verify',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(response.statusCode).toBe(204)
    expect(response.headers['access-control-allow-origin']).toBe('*')
    expect(String(response.headers['access-control-allow-methods'])).toContain('POST')
    expect(String(response.headers['access-control-allow-headers'])).toMatch(/content-type/i)
    expect(response.headers['access-control-allow-credentials']).toBeUndefined()
  })

  it.each([
    ['POST', '/credentials/verify'],
    ['POST', '/presentations/verify'],
    ['GET', '/contexts/microcredential/v1'],
    ['GET', '/status/no-such-list'],
    ['GET', '/.well-known/did.json'],
  ] as const)('lets any origin read %s %s', async (method, url) => {
    const response = await test.app.inject({
      method,
      url,
      headers: { origin: ORIGIN },
      ...(method === 'POST' ? { payload: { verifiableCredential: {} } } : {}),
    })
    expect(response.headers['access-control-allow-origin']).toBe('*')
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin')
  })

  it('keeps every other route same-origin', async () => {
    for (const url of ['/credentials/mine', '/credentials/some-id', '/health']) {
      const response = await test.app.inject({ method: 'GET', url, headers: { origin: ORIGIN } })
      expect(response.headers['access-control-allow-origin'], url).toBeUndefined()
    }
  })
})

describe('a malformed presentation', () => {
  const proof = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    proofPurpose: 'authentication',
    verificationMethod:
      'did:key:z6MkhaXgBZDvotDkL5257faiztiG7CHQaFpJnrfnX3DPP5Sq#z6MkhaXgBZDvotDkL5257faiztiG7CHQaFpJnrfnX3DPP5Sq',
    challenge: 'abc',
    proofValue:
      'z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKods5D2UAUL5n2Brbx',
  }

  it.each([
    ['no @context', { type: ['VerifiablePresentation'], proof }, '@context'],
    [
      'a misordered @context',
      {
        '@context': [
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
          'https://www.w3.org/ns/credentials/v2',
        ],
        type: ['VerifiablePresentation'],
        proof,
      },
      '@context',
    ],
    [
      'a term no context defines',
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiablePresentation'],
        undefinedTerm: 'x',
        proof,
      },
      'Safe mode',
    ],
  ])('with %s gets 400 naming what is wrong, never 500', async (_case, presentation, named) => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/presentations/verify',
      payload: { verifiablePresentation: presentation },
    })
    expect(response.statusCode).toBe(400)
    expect(JSON.stringify(response.json())).toContain(named)
  })
})
