import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueCredentialForPass, verifyOnPlatform } from '../../../src/credentials/index.js'
import { transact } from '../../../src/db/index.js'
import type { PlatformDatabase } from '../../../src/platform/index.js'
import { openTestDatabase } from '../../support/database.js'
import { certifiedPass, learner, testRuntime } from '../support/platform-fixtures.js'

let platform: PlatformDatabase
const runtime = testRuntime()
const PASSES = 8

beforeAll(async () => {
  platform = await openTestDatabase()
})
afterAll(async () => {
  await platform.close()
})

describe('concurrent passes on a platform that has issued nothing yet', () => {
  it('make one active key, one list per purpose and distinct status indexes', async () => {
    const who = await learner(platform.db)
    const passes = await Promise.all(
      Array.from({ length: PASSES }, () => certifiedPass(platform.db, who)),
    )
    const issued = await Promise.all(
      passes.map((pass) =>
        transact(platform.db, (trx) => issueCredentialForPass(trx, pass, runtime)),
      ),
    )
    const keys = await platform.db.selectFrom('credential_keys').select('status').execute()
    expect(keys).toEqual([{ status: 'active' }])
    const lists = await platform.db
      .selectFrom('credential_status_lists')
      .select('purpose')
      .orderBy('purpose')
      .execute()
    expect(lists.map((list) => list.purpose)).toEqual(['message'])
    const entries = await platform.db
      .selectFrom('credential_status_entries')
      .select(['list_id', 'status_index'])
      .execute()
    expect(entries).toHaveLength(PASSES)
    for (const { credential } of issued) {
      const report = await verifyOnPlatform(platform.db, runtime, credential.credential)
      expect(report.verdict).toBe('verified')
    }
  })
})
