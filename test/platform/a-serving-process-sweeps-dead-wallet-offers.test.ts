import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createWalletOffer,
  credentialRecord,
  issueCredentialForPass,
  OFFER_TTL_SECONDS,
} from '../../src/credentials/index.js'
import { transact } from '../../src/db/index.js'
import type { PlatformDatabase } from '../../src/platform/index.js'
import { startWalletOfferSweep } from '../../src/platform/wallet-offer-sweep.js'
import { certifiedPass, learner, testRuntime } from '../credentials/support/platform-fixtures.js'
import { openTestDatabase } from '../support/database.js'

let database: PlatformDatabase

beforeAll(async () => {
  database = await openTestDatabase()
})
afterAll(async () => {
  await database.close()
})

describe('the wallet offer sweep the composition root schedules', () => {
  it('deletes an expired offer on its own, keeps a live one, and stops when told', async () => {
    const { db } = database
    const runtime = testRuntime()
    const who = await learner(db)
    const { credential } = await transact(db, async (trx) =>
      issueCredentialForPass(trx, await certifiedPass(trx, who), runtime),
    )
    const record = await credentialRecord(db, credential.id)
    const now = Date.now()
    await createWalletOffer(
      db,
      runtime,
      record,
      { withTxCode: true },
      new Date(now - 2 * OFFER_TTL_SECONDS * 1000),
    )
    await createWalletOffer(db, runtime, record, { withTxCode: true }, new Date(now))
    const count = async () =>
      (await db.selectFrom('credential_wallet_offers').select('expires_at').execute()).length
    expect(await count()).toBe(2)

    const errors: unknown[] = []
    const sweep = startWalletOfferSweep(db, (error) => errors.push(error), 20)
    try {
      await expect.poll(count, { timeout: 10_000, interval: 50 }).toBe(1)
    } finally {
      sweep.stop()
    }
    const [left] = await db.selectFrom('credential_wallet_offers').select('expires_at').execute()
    expect(left!.expires_at.getTime()).toBeGreaterThan(Date.now())
    expect(errors).toEqual([])
  })
})
