import type { Transaction } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  changeCredentialStatus,
  credentialRecord,
  credentialStatusEvents,
  issueCredentialForPass,
  verifyOnPlatform,
} from '../../../src/credentials/index.js'
import { transact } from '../../../src/db/index.js'
import type { Database, PlatformDatabase } from '../../../src/platform/index.js'
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

describe('issuance in the pass transaction', () => {
  it('stores a credential that verifies offline against the platform', async () => {
    const who = await learner(platform.db)
    const pass = await certifiedPass(platform.db, who)
    const { credential } = await transact(platform.db, (trx) =>
      issueCredentialForPass(trx, pass, runtime),
    )
    const report = await verifyOnPlatform(platform.db, runtime, credential.credential)
    expect(report.errors).toEqual([])
    expect(report.verdict).toBe('verified')
    const record = await credentialRecord(platform.db, credential.id)
    expect(record).toMatchObject({ userId: who.id, kind: 'open-badge', shared: false })
    expect(JSON.parse(record.documentJson)).toEqual(credential.credential)
  })

  it('leaves nothing behind when the pass transaction rolls back', async () => {
    const who = await learner(platform.db)
    const pass = await certifiedPass(platform.db, who)
    await expect(
      transact(platform.db, async (trx) => {
        await issueCredentialForPass(trx, pass, runtime)
        throw new Error('the pass failed after issuance')
      }),
    ).rejects.toThrow('the pass failed')
    const rows = await platform.db
      .selectFrom('issued_credentials')
      .select('id')
      .where('user_id', '=', who.id)
      .execute()
    expect(rows).toEqual([])
  })
})

describe('revocation and suspension by an administrator', () => {
  it('change the verdict, re-sign the status list and keep the reason in the audit log', async () => {
    const who = await learner(platform.db)
    const pass = await certifiedPass(platform.db, who)
    const { credential } = await transact(platform.db, (trx) =>
      issueCredentialForPass(trx, pass, runtime),
    )
    const verdict = async () =>
      (await verifyOnPlatform(platform.db, runtime, credential.credential)).verdict
    const change = (action: 'revoke' | 'suspend' | 'reinstate', reason: string) =>
      changeCredentialStatus(platform.db, runtime, {
        credentialId: credential.id,
        action,
        reason,
        actorId: null,
      })
    await change('suspend', 'integrity flag under review')
    expect(await verdict()).toBe('suspended')
    await change('reinstate', 'review found no misconduct')
    expect(await verdict()).toBe('verified')
    await change('revoke', 'confirmed answer sharing')
    expect(await verdict()).toBe('revoked')
    const events = await credentialStatusEvents(platform.db, credential.id)
    expect(events.map((event) => [event.action, event.reason])).toEqual([
      ['suspend', 'integrity flag under review'],
      ['reinstate', 'review found no misconduct'],
      ['revoke', 'confirmed answer sharing'],
    ])
  })

  it('refuses an empty reason and any change after revocation', async () => {
    const who = await learner(platform.db)
    const pass = await certifiedPass(platform.db, who)
    const { credential } = await transact(platform.db, (trx) =>
      issueCredentialForPass(trx, pass, runtime),
    )
    const change = (action: 'revoke' | 'suspend', reason: string) =>
      changeCredentialStatus(platform.db, runtime, {
        credentialId: credential.id,
        action,
        reason,
        actorId: null,
      })
    await expect(change('revoke', '  ')).rejects.toMatchObject({ code: 'reason_required' })
    await change('revoke', 'fraud')
    await expect(change('suspend', 'again')).rejects.toMatchObject({ code: 'credential_revoked' })
  })
})

describe('revocation inside a caller transaction', () => {
  it('runs in that transaction: rolled back with it, applied with it', async () => {
    const who = await learner(platform.db)
    const pass = await certifiedPass(platform.db, who)
    const { credential } = await transact(platform.db, (trx) =>
      issueCredentialForPass(trx, pass, runtime),
    )
    const revokeIn = (trx: Transaction<Database>) =>
      changeCredentialStatus(trx, runtime, {
        credentialId: credential.id,
        action: 'revoke',
        reason: 'confirmed integrity case',
        actorId: null,
      })
    await expect(
      transact(platform.db, async (trx) => {
        await revokeIn(trx)
        throw new Error('the certification revocation failed')
      }),
    ).rejects.toThrow('failed')
    const verdict = async () =>
      (await verifyOnPlatform(platform.db, runtime, credential.credential)).verdict
    expect(await verdict()).toBe('verified')
    await transact(platform.db, revokeIn)
    expect(await verdict()).toBe('revoked')
  })
})
