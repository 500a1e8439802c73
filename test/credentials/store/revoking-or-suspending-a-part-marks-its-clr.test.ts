import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  changeCredentialStatus,
  credentialRecord,
  credentialStatus,
  issueCredentialForPass,
  PATHWAYS,
  platformDocumentLoader,
  verifyClrCredential,
} from '../../../src/credentials/index.js'
import { transact } from '../../../src/db/index.js'
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

/** A learner who passed every test of the full-stack pathway: their parts and their CLR. */
async function fullStackLearner() {
  const who = await learner(platform.db)
  const parts: string[] = []
  let clrId: string | undefined
  for (const testId of PATHWAYS[0]!.testIds) {
    const issued = await transact(platform.db, async (trx) =>
      issueCredentialForPass(trx, await certifiedPass(trx, who, testId), runtime),
    )
    parts.push(issued.credential.id)
    clrId = issued.clr?.id ?? clrId
  }
  return { parts, clrId: clrId! }
}

async function clrState(clrId: string) {
  const record = await credentialRecord(platform.db, clrId)
  const verification = await verifyClrCredential(record.document, {
    documentLoader: await platformDocumentLoader(platform.db, runtime),
  })
  return { status: credentialStatus(record), verdict: verification.verdict }
}

const change = (credentialId: string, action: 'revoke' | 'suspend' | 'reinstate') =>
  changeCredentialStatus(platform.db, runtime, {
    credentialId,
    action,
    reason: 'integrity case 42',
    actorId: null,
  })

describe('a CLR whose part changes status', () => {
  it('starts active and verified', async () => {
    const { clrId } = await fullStackLearner()
    expect(await clrState(clrId)).toEqual({ status: 'active', verdict: 'verified' })
  })

  it('is revoked, in its status and its verdict, when a part is revoked', async () => {
    const { parts, clrId } = await fullStackLearner()
    await change(parts[2]!, 'revoke')
    expect(await clrState(clrId)).toEqual({ status: 'revoked', verdict: 'revoked' })
  })

  it('is suspended with its part and reinstated once every part is active again', async () => {
    const { parts, clrId } = await fullStackLearner()
    await change(parts[0]!, 'suspend')
    expect(await clrState(clrId)).toEqual({ status: 'suspended', verdict: 'suspended' })
    await change(parts[1]!, 'suspend')
    await change(parts[0]!, 'reinstate')
    expect((await clrState(clrId)).status).toBe('suspended')
    await change(parts[1]!, 'reinstate')
    expect(await clrState(clrId)).toEqual({ status: 'active', verdict: 'verified' })
  })

  it('stays suspended when an administrator suspended it, whatever its parts do', async () => {
    const { parts, clrId } = await fullStackLearner()
    await change(clrId, 'suspend')
    await change(parts[3]!, 'suspend')
    await change(parts[3]!, 'reinstate')
    expect((await clrState(clrId)).status).toBe('suspended')
  })
})
