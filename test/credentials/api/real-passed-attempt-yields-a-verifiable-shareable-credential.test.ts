import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  activeSigningKey,
  issueCredentialOnPass,
  unbakePng,
} from '../../../src/credentials/index.js'
import {
  type AttemptsHarness,
  answerAll,
  type Caller,
  openAttemptsHarness,
} from '../../api/attempts-support.js'

let harness: AttemptsHarness
let ada: Caller
let credentialId: string
let credential: Record<string, unknown>

beforeAll(async () => {
  harness = await openAttemptsHarness({
    passHooks: (credentials) => [issueCredentialOnPass(credentials)],
  })
  ada = await harness.signUp('ada')
  const attempt = (await ada.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
  await answerAll(harness, ada, attempt, () => true)
  const submitted = await ada.call('POST', `/attempts/${attempt.id}/submit`)
  expect(submitted.statusCode).toBe(200)
  const mine = (await ada.call('GET', '/me/credentials')).json().credentials
  expect(mine).toHaveLength(1)
  credentialId = mine[0].id
  credential = (await ada.call('GET', `/credentials/${credentialId}`)).json()
})
afterAll(async () => {
  await harness.close()
})

async function publicCall(method: 'GET' | 'POST', url: string, payload?: object) {
  const response = await harness.app.inject({ method, url, ...(payload ? { payload } : {}) })
  harness.responses.push(response)
  return response
}

describe('a real passed attempt', () => {
  it('yields a credential that POST /credentials/verify accepts with every check', async () => {
    const response = await publicCall('POST', '/credentials/verify', {
      verifiableCredential: credential,
      options: {},
    })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      verified: true,
      verdict: 'verified',
      checks: ['schema', 'issuer-key', 'proof', 'validity-dates', 'revocation', 'suspension'],
      errors: [],
    })
  })

  it('answers 400 with the failed check when a field is changed', async () => {
    const tampered = { ...credential, name: 'Something else' }
    const response = await publicCall('POST', '/credentials/verify', {
      verifiableCredential: tampered,
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors.map((error: { check: string }) => error.check)).toEqual(['proof'])
  })

  it('answers a body without a credential with 400 and the error shape, never 500', async () => {
    const missing = await publicCall('POST', '/credentials/verify', { options: {} })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().error.code).toBe('invalid_request')
    const notObject = await publicCall('POST', '/credentials/verify', { verifiableCredential: 'x' })
    expect(notObject.statusCode).toBe(400)
    expect(notObject.json()).toMatchObject({ verdict: 'malformed' })
  })

  it('verifies a holder-signed presentation that carries no credential, refuses an empty unsigned one', async () => {
    const empty = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
    }
    const response = await publicCall('POST', '/presentations/verify', {
      verifiablePresentation: empty,
    })
    expect(response.statusCode).toBe(400)
    const withCredential = await publicCall('POST', '/presentations/verify', {
      verifiablePresentation: { ...empty, verifiableCredential: [credential] },
    })
    expect(withCredential.statusCode).toBe(200)
    expect(withCredential.json().warnings).toContain('the presentation is not signed by its holder')
  })

  it('is private until shared, public once shared, private again once unshared', async () => {
    expect((await publicCall('GET', `/credentials/${credentialId}`)).statusCode).toBe(404)
    const shared = await ada.call('PUT', `/credentials/${credentialId}/share`)
    expect(shared.json()).toMatchObject({ shared: true })
    const page = await publicCall('GET', `/credentials/${credentialId}/page`)
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toContain('text/html')
    expect(page.body).toContain('data-verdict="verified"')
    const json = await publicCall('GET', `/credentials/${credentialId}`)
    expect(json.json()).toEqual(credential)
    const badge = await publicCall('GET', `/credentials/${credentialId}/badge.png`)
    expect(badge.headers['content-type']).toBe('image/png')
    expect(JSON.parse(unbakePng(badge.rawPayload)!)).toEqual(credential)
    const linkedIn = new URL(shared.json().links.linkedIn)
    expect(linkedIn.searchParams.get('certUrl')).toBe(shared.json().links.page)
    await harness.app.inject({
      method: 'DELETE',
      url: `/credentials/${credentialId}/share`,
      headers: { authorization: (await bearer(ada)) ?? '' },
    })
    expect((await publicCall('GET', `/credentials/${credentialId}`)).statusCode).toBe(404)
  })

  it('publishes its status list and the extension context without sign-in', async () => {
    const entry = credential.credentialStatus as { statusListCredential: string }
    const list = await publicCall('GET', new URL(entry.statusListCredential).pathname)
    expect(list.statusCode).toBe(200)
    expect(list.json().type).toContain('BitstringStatusListCredential')
    const context = await publicCall('GET', '/contexts/microcredential/v1')
    expect(context.json()['@context'].euMicroCredential).toBeDefined()
  })

  it('exports an unsigned ELM document to its owner only', async () => {
    const elm = await ada.call('GET', `/credentials/${credentialId}/elm`)
    expect(elm.json().type).toEqual(['VerifiableCredential', 'EuropeanDigitalCredential'])
    const bo = await harness.signUp('bo')
    expect((await bo.call('GET', `/credentials/${credentialId}/elm`)).statusCode).toBe(404)
  })

  it('lets only administrators revoke, with a reason, and then verifies as revoked', async () => {
    const body = { reason: 'confirmed answer sharing' }
    expect((await ada.call('POST', `/credentials/${credentialId}/revoke`, body)).statusCode).toBe(
      403,
    )
    const admin = await harness.signUp('root', 'administrator')
    const revoked = await admin.call('POST', `/credentials/${credentialId}/revoke`, body)
    expect(revoked.json()).toEqual({ id: credentialId, status: 'revoked' })
    const response = await publicCall('POST', '/credentials/verify', {
      verifiableCredential: credential,
    })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({
      verdict: 'revoked',
      errors: [{ check: 'revocation', message: 'revoked' }],
    })
  })
})

describe('the issuer key', () => {
  it('never leaves the server: no response carries its secret half or its sealed form', async () => {
    const key = await activeSigningKey(harness.database.db, harness.services.credentials)
    const row = await harness.database.db
      .selectFrom('credential_keys')
      .select('sealed_secret')
      .where('id', '=', key.id)
      .executeTakeFirstOrThrow()
    const sealed = (row.sealed_secret as { ciphertext: string }).ciphertext
    expect(harness.responses.length).toBeGreaterThan(10)
    for (const response of harness.responses) {
      const body = response.rawPayload.toString('latin1')
      expect(body).not.toContain(key.secretKeyMultibase)
      expect(body).not.toContain(sealed)
    }
  })
})

// The harness keeps its tokens private; a DELETE needs one, so take it from a fresh session.
async function bearer(_caller: Caller): Promise<string | undefined> {
  const response = await harness.app.inject({
    method: 'POST',
    url: '/auth/tokens',
    payload: { email: 'ada@example.org', password: 'correct horse battery staple' },
  })
  return `Bearer ${response.json().token}`
}
