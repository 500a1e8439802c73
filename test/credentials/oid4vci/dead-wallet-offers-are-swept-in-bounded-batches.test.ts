import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ACCESS_TOKEN_TTL_SECONDS,
  type CredentialRecord,
  type CredentialsRuntime,
  createWalletOffer,
  credentialRecord,
  issueCredentialForPass,
  OFFER_TTL_SECONDS,
  redeemPreAuthorizedCode,
  sweepWalletOffers,
} from '../../../src/credentials/index.js'
import { transact } from '../../../src/db/index.js'
import type { Database, PlatformDatabase } from '../../../src/platform/index.js'
import { openTestDatabase } from '../../support/database.js'
import { certifiedPass, learner, testRuntime } from '../support/platform-fixtures.js'

const MINUTE = 60_000
const T0 = new Date('2026-06-01T12:00:00Z')
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE)

let database: PlatformDatabase
let db: Kysely<Database>
let runtime: CredentialsRuntime
let record: CredentialRecord

beforeAll(async () => {
  database = await openTestDatabase()
  db = database.db
  runtime = testRuntime()
  const who = await learner(db)
  const { credential } = await transact(db, async (trx) =>
    issueCredentialForPass(trx, await certifiedPass(trx, who), runtime),
  )
  record = await credentialRecord(db, credential.id)
})
afterAll(async () => {
  await database.close()
})

/** Makes an offer at `made` and returns its id and pre-authorized code. */
async function offerAt(made: Date) {
  const { offerUri } = await createWalletOffer(db, runtime, record, { withTxCode: false }, made)
  const offer = JSON.parse(decodeURIComponent(offerUri.split('credential_offer=')[1]!))
  const code: string = Object.values(offer.grants as Record<string, Record<string, string>>)[0]![
    'pre-authorized_code'
  ]!
  const row = await db
    .selectFrom('credential_wallet_offers')
    .select('id')
    .where('created_at', '=', made)
    .executeTakeFirstOrThrow()
  return { id: row.id, code }
}

const remaining = async () =>
  (await db.selectFrom('credential_wallet_offers').select('id').execute()).map((row) => row.id)

describe('sweeping wallet offers', () => {
  it('deletes expired and spent offers, keeps live codes and live access tokens', async () => {
    await db.deleteFrom('credential_wallet_offers').execute()
    const ttlMinutes = OFFER_TTL_SECONDS / 60
    const tokenMinutes = ACCESS_TOKEN_TTL_SECONDS / 60
    await offerAt(at(-2 * ttlMinutes)) // never redeemed
    const spent = await offerAt(at(-2 * ttlMinutes + 1))
    await redeemPreAuthorizedCode(
      db,
      runtime,
      { code: spent.code, txCode: undefined },
      at(-ttlMinutes - 1),
    )
    // Redeemed just before its code expired: its access token outlives the code.
    const tokenAlive = await offerAt(at(-ttlMinutes - 1))
    await redeemPreAuthorizedCode(
      db,
      runtime,
      { code: tokenAlive.code, txCode: undefined },
      at(-tokenMinutes + 2),
    )
    const live = await offerAt(at(-1))

    expect(await sweepWalletOffers(db, { now: T0 })).toBe(2)
    expect((await remaining()).sort()).toEqual([tokenAlive.id, live.id].sort())

    expect(await sweepWalletOffers(db, { now: at(3) })).toBe(1)
    expect(await remaining()).toEqual([live.id])
    expect(await sweepWalletOffers(db, { now: at(ttlMinutes + 1) })).toBe(1)
    expect(await remaining()).toEqual([])
  })

  it('deletes at most its limit at a time, oldest first', async () => {
    await db.deleteFrom('credential_wallet_offers').execute()
    const made = [] as string[]
    for (let i = 0; i < 5; i++) made.push((await offerAt(at(-60 + i))).id)
    expect(await sweepWalletOffers(db, { now: T0, limit: 2 })).toBe(2)
    expect((await remaining()).sort()).toEqual(made.slice(2).sort())
    expect(await sweepWalletOffers(db, { now: T0, limit: 2 })).toBe(2)
    expect(await sweepWalletOffers(db, { now: T0, limit: 2 })).toBe(1)
    expect(await sweepWalletOffers(db, { now: T0, limit: 2 })).toBe(0)
  })
})
