import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestApp, signInAs, type TestApp } from '../../support/app.js'

const VC_V2 = 'https://www.w3.org/ns/credentials/v2'
const EXAMPLES_V2 = 'https://www.w3.org/ns/credentials/examples/v2'

let t: TestApp
let admin: string

beforeAll(async () => {
  t = await openTestApp()
  admin = await signInAs(t, 'administrator')
})
afterAll(async () => {
  await t.close()
})

const issue = (credential: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/credentials/issue',
    headers: { authorization: admin },
    payload: { credential },
  })

describe('POST /credentials/issue and /credentials/verify with the W3C examples context', () => {
  it('signs a credential whose terms come from the examples vocabulary, and verifies it', async () => {
    const issued = await issue({
      '@context': [VC_V2, EXAMPLES_V2],
      type: ['VerifiableCredential', 'ExampleAlumniCredential'],
      credentialSubject: { id: 'did:example:subject', alumniOf: 'The School of Examples' },
    })
    expect(issued.statusCode).toBe(201)
    const { verifiableCredential } = issued.json()
    expect(verifiableCredential.proof).toBeDefined()
    const verified = await t.app.inject({
      method: 'POST',
      url: '/credentials/verify',
      payload: { verifiableCredential },
    })
    expect(verified.statusCode).toBe(200)
    expect(verified.json().verdict).toBe('verified')
  })

  it('still refuses a term no context defines, and a context it does not bundle', async () => {
    const undefinedTerm = await issue({
      '@context': [VC_V2],
      type: ['VerifiableCredential'],
      credentialSubject: { id: 'did:example:subject', alumniOf: 'The School of Examples' },
    })
    expect(undefinedTerm.statusCode).toBe(400)
    const unknownContext = await issue({
      '@context': [VC_V2, 'https://contexts.example.org/alumni/v1'],
      type: ['VerifiableCredential'],
      credentialSubject: { id: 'did:example:subject' },
    })
    expect(unknownContext.statusCode).toBe(400)
    expect(unknownContext.json().error.message).toContain('https://contexts.example.org/alumni/v1')
  })
})
