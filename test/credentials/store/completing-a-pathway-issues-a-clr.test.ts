import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
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

describe('completing the full-stack JavaScript pathway', () => {
  it('issues one CLR, on the last pass, that verifies with every credential inside it', async () => {
    const who = await learner(platform.db)
    const testIds = PATHWAYS[0]!.testIds
    const clrs = []
    for (const testId of testIds) {
      const { clr } = await transact(platform.db, async (trx) =>
        issueCredentialForPass(trx, await certifiedPass(trx, who, testId), runtime),
      )
      clrs.push(clr)
    }
    expect(clrs.slice(0, -1)).toEqual([undefined, undefined, undefined, undefined])
    const clr = clrs.at(-1)!
    const result = await verifyClrCredential(clr.credential, {
      documentLoader: await platformDocumentLoader(platform.db, runtime),
    })
    expect(result.clr.errors).toEqual([])
    expect(result.components).toHaveLength(5)
    expect(result.verified).toBe(true)

    const again = await transact(platform.db, async (trx) =>
      issueCredentialForPass(trx, await certifiedPass(trx, who, 'sql'), runtime),
    )
    expect(again.clr).toBeUndefined()
  })
})
