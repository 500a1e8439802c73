import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AccountsTables } from '../../../src/accounts/index.js'
import type { CredentialsTables } from '../../../src/credentials/index.js'
import {
  buildOpenBadgeCredential,
  changeCredentialStatus,
  issuerDid,
  statusListUrl,
  verifyOnPlatform,
} from '../../../src/credentials/index.js'
import { activeSigningKey } from '../../../src/credentials/store/key-repo.js'
import { allocateStatusIndex, statusListFor } from '../../../src/credentials/store/status-repo.js'
import { signAndStoreCredential } from '../../../src/credentials/store/store-signed-credential.js'
import { newId, transact } from '../../../src/db/index.js'
import type { PlatformDatabase } from '../../../src/platform/index.js'
import { openTestDatabase } from '../../support/database.js'
import { certifiedPass, learner, testRuntime } from '../support/platform-fixtures.js'

let platform: PlatformDatabase
const runtime = testRuntime()

beforeAll(async () => {
  platform = await openTestDatabase()
})
afterAll(async () => {
  await platform.close()
})

/**
 * Stores a credential the way the platform signed them before the single `message` entry: one
 * revocation and one suspension entry, each in its own one-bit list.
 */
async function storedWithTwoEntries() {
  const who = await learner(platform.db)
  const pass = await certifiedPass(platform.db, who)
  // The store's functions see credentials' tables (and accounts', for the learner's name).
  const db: Kysely<CredentialsTables & AccountsTables> = platform.db
  return transact(db, async (trx) => {
    const key = await activeSigningKey(trx, runtime)
    const did = issuerDid(runtime.config, key)
    const id = newId()
    const ref = async (purpose: 'revocation' | 'suspension') => {
      const list = await statusListFor(trx, runtime, key, purpose)
      const index = await allocateStatusIndex(trx, list, id)
      const url = statusListUrl(runtime.config, list.id)
      return {
        id: `${url}#${index}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: purpose,
        statusListIndex: String(index),
        statusListCredential: url,
      }
    }
    const { credentialStatus: _single, ...rest } = buildOpenBadgeCredential(runtime.config, {
      credentialId: id,
      issuerDid: did,
      pass,
      status: { listUrl: statusListUrl(runtime.config, 'unused'), index: 0 },
      salt: 'c2FsdA',
      issuedAt: new Date(),
    })
    const unsigned = {
      ...rest,
      credentialStatus: [await ref('revocation'), await ref('suspension')],
    }
    const credential = await signAndStoreCredential(trx, runtime, {
      id,
      key,
      issuerDid: did,
      issuedAt: new Date(),
      unsigned,
      owner: {
        kind: 'open-badge',
        userId: who.id,
        certificationId: pass.certification.id,
        testId: pass.test.id,
      },
    })
    return { id, credential }
  })
}

describe('a credential stored with two status entries', () => {
  it('is suspended, reinstated and revoked through its own two lists', async () => {
    const { id, credential } = await storedWithTwoEntries()
    const verdict = async () => (await verifyOnPlatform(platform.db, runtime, credential)).verdict
    const change = (action: 'revoke' | 'suspend' | 'reinstate') =>
      changeCredentialStatus(platform.db, runtime, {
        credentialId: id,
        action,
        reason: 'legacy check',
        actorId: null,
      })
    expect(await verdict()).toBe('verified')
    await change('suspend')
    expect(await verdict()).toBe('suspended')
    await change('reinstate')
    expect(await verdict()).toBe('verified')
    await change('revoke')
    expect(await verdict()).toBe('revoked')
  })
})
