import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  allIssuerKeys,
  issueCredentialForPass,
  platformDocumentLoader,
  rotateIssuerKey,
  verifyOnPlatform,
} from '../../../src/credentials/index.js'
import { transact } from '../../../src/db/index.js'
import type { PlatformDatabase } from '../../../src/platform/index.js'
import { openTestDatabase } from '../../support/database.js'
import { certifiedPass, learner, testRuntime } from '../support/platform-fixtures.js'

let platform: PlatformDatabase

beforeAll(async () => {
  platform = await openTestDatabase()
})
afterAll(async () => {
  await platform.close()
})

// One database, so one key secret: the keys the first runtime seals, the second must unseal.
const didKey = testRuntime()
const didWeb = {
  ...testRuntime({ baseUrl: 'https://skills.example.org', didMethod: 'web' }),
  keySecret: didKey.keySecret,
}

describe.each([
  ['did:key', didKey],
  ['did:web', didWeb],
])('key rotation with %s', (method, runtime) => {
  it('keeps credentials signed by the retired key verifiable, and signs new ones with the new key', async () => {
    const who = await learner(platform.db)
    const issue = async () =>
      (
        await transact(platform.db, async (trx) =>
          issueCredentialForPass(trx, await certifiedPass(trx, who), runtime),
        )
      ).credential.credential
    const before = await issue()
    const { retired, active } = await rotateIssuerKey(platform.db, runtime)
    expect(retired?.status).toBe('retired')
    const after = await issue()
    const proofKey = (credential: Record<string, unknown>) =>
      (credential.proof as { verificationMethod: string }[])[0]!.verificationMethod
    expect(proofKey(before)).toContain(retired!.publicKeyMultibase)
    expect(proofKey(after)).toContain(active.publicKeyMultibase)
    for (const credential of [before, after]) {
      expect((await verifyOnPlatform(platform.db, runtime, credential)).verdict).toBe('verified')
    }
    const keys = await allIssuerKeys(platform.db)
    expect(keys.map((key) => key.publicKeyMultibase)).toEqual(
      expect.arrayContaining([retired!.publicKeyMultibase, active.publicKeyMultibase]),
    )
    if (method === 'did:web') {
      const loader = await platformDocumentLoader(platform.db, runtime)
      const { document } = await loader('did:web:skills.example.org')
      const listed = (document as { assertionMethod: string[] }).assertionMethod
      expect(listed).toEqual(expect.arrayContaining([proofKey(before), proofKey(after)]))
    }
  })
})
