import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueCredentialForPass, rotateIssuerKey } from '../../../src/credentials/index.js'
import { transact } from '../../../src/db/index.js'
import { openTestApp, type TestApp, testCredentialsRuntime } from '../../support/app.js'
import { certifiedPass, learner } from '../support/platform-fixtures.js'

let t: TestApp

beforeAll(async () => {
  t = await openTestApp({
    credentials: testCredentialsRuntime({ SKILLSIGNAL_PUBLIC_URL: 'https://skills.example.org' }),
  })
})
afterAll(async () => {
  await t.close()
})

async function issue(): Promise<Record<string, unknown>> {
  const who = await learner(t.database.db)
  const { credential } = await transact(t.database.db, async (trx) =>
    issueCredentialForPass(trx, await certifiedPass(trx, who), t.services.credentials),
  )
  return credential.credential
}

describe('with SKILLSIGNAL_PUBLIC_URL set', () => {
  it('issues as did:web of the public host, and the DID document keeps retired keys', async () => {
    const before = await issue()
    expect((before.issuer as { id: string }).id).toBe('did:web:skills.example.org')
    expect(before.id).toMatch(/^https:\/\/skills\.example\.org\/credentials\//)
    await rotateIssuerKey(t.database.db, t.services.credentials)
    const after = await issue()
    const document = (await t.app.inject({ method: 'GET', url: '/.well-known/did.json' })).json()
    const methodOf = (credential: Record<string, unknown>) =>
      (credential.proof as { verificationMethod: string }[])[0]!.verificationMethod
    expect(document.id).toBe('did:web:skills.example.org')
    expect(document.assertionMethod).toEqual([methodOf(before), methodOf(after)])
    for (const credential of [before, after]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/credentials/verify',
        payload: { verifiableCredential: credential },
      })
      expect(response.json().verdict).toBe('verified')
    }
  })
})
