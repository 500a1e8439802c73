import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueCredentialForPass, PATHWAYS } from '../../../src/credentials/index.js'
import { transact } from '../../../src/db/index.js'
import { GOOD_PASSWORD, openTestApp, signInAs, type TestApp } from '../../support/app.js'
import { certifiedPass } from '../support/platform-fixtures.js'

const WALLET = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'
const OTHER_WALLET = 'did:key:z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH'

let t: TestApp
let owner: string
let stranger: string
let email: string
let userId: string
let id: string

beforeAll(async () => {
  t = await openTestApp()
  email = `holder-${randomBytes(4).toString('hex')}@example.org`
  owner = await signInAs(t, 'member', email)
  stranger = await signInAs(t, 'member', `stranger-${randomBytes(4).toString('hex')}@example.org`)
  userId = (
    await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow()
  ).id
  const { credential } = await transact(t.database.db, async (trx) =>
    issueCredentialForPass(
      trx,
      await certifiedPass(trx, { id: userId, email }),
      t.services.credentials,
    ),
  )
  id = credential.id
})
afterAll(async () => {
  await t.close()
})

const call = (
  method: 'GET' | 'PUT' | 'DELETE',
  url: string,
  authorization?: string,
  payload?: object,
) =>
  t.app.inject({
    method,
    url,
    headers: authorization ? { authorization } : {},
    ...(payload ? { payload } : {}),
  })

const verdictOf = async (credential: unknown) =>
  (
    await t.app.inject({
      method: 'POST',
      url: '/credentials/verify',
      payload: { verifiableCredential: credential },
    })
  ).json().verdict

describe('the holder DID in my settings', () => {
  it('starts unset, and my download is the credential as issued', async () => {
    expect((await call('GET', '/me/credential-holder', owner)).json()).toEqual({ did: null })
    const download = (await call('GET', `/credentials/${id}?download=1`, owner)).json()
    expect(download.credentialSubject).not.toHaveProperty('id')
  })

  it('refuses what is not a did:key of an Ed25519 key, naming what is wrong', async () => {
    for (const did of [
      'did:web:example.org',
      'did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme',
      'hello',
    ]) {
      const response = await call('PUT', '/me/credential-holder', owner, { did })
      expect(response.statusCode, did).toBe(400)
      expect(response.json().error.code).toBe('unsupported_holder_did')
    }
    expect(
      (await call('PUT', '/me/credential-holder', undefined, { did: WALLET })).statusCode,
    ).toBe(401)
    expect((await call('GET', '/me/credential-holder', owner)).json()).toEqual({ did: null })
  })

  it('once saved, binds every download of mine to it, and each bound copy verifies', async () => {
    const saved = await call('PUT', '/me/credential-holder', owner, { did: WALLET })
    expect(saved.statusCode).toBe(200)
    expect(saved.json()).toEqual({ did: WALLET })
    expect((await call('GET', '/me/credential-holder', owner)).json()).toEqual({ did: WALLET })

    const download = (await call('GET', `/credentials/${id}?download=1`, owner)).json()
    expect(download.credentialSubject.id).toBe(WALLET)
    expect(await verdictOf(download)).toBe('verified')
    // A DID named in the request still wins over the saved one.
    const named = (
      await call('GET', `/credentials/${id}?holder=${encodeURIComponent(OTHER_WALLET)}`, owner)
    ).json()
    expect(named.credentialSubject.id).toBe(OTHER_WALLET)
    expect(await verdictOf(named)).toBe('verified')
  })

  it('binds the comprehensive learner record of a completed pathway too', async () => {
    let clrId: string | undefined
    for (const testId of PATHWAYS[0]!.testIds) {
      const { clr } = await transact(t.database.db, async (trx) =>
        issueCredentialForPass(
          trx,
          await certifiedPass(trx, { id: userId, email }, testId),
          t.services.credentials,
        ),
      )
      clrId = clr?.id ?? clrId
    }
    const response = await call('GET', `/credentials/${clrId}?download=1`, owner)
    expect(response.statusCode).toBe(200)
    const clr = response.json()
    expect(clr.type).toContain('ClrCredential')
    expect(clr.credentialSubject.id).toBe(WALLET)
    expect(await verdictOf(clr)).toBe('verified')
  })

  it('never binds what others see of my shared credential to my DID', async () => {
    expect((await call('PUT', `/credentials/${id}/share`, owner, {})).statusCode).toBe(200)
    const seen = (await call('GET', `/credentials/${id}`, stranger)).json()
    expect(seen.credentialSubject).not.toHaveProperty('id')
    const anonymous = (await call('GET', `/credentials/${id}`)).json()
    expect(anonymous.credentialSubject).not.toHaveProperty('id')
  })

  it('is replaced by a new DID, forgotten on request, and in my data export', async () => {
    await call('PUT', '/me/credential-holder', owner, { did: OTHER_WALLET })
    expect((await call('GET', '/me/export', owner)).json().credentialHolderDid).toBe(OTHER_WALLET)
    expect((await call('GET', `/credentials/${id}`, owner)).json().credentialSubject.id).toBe(
      OTHER_WALLET,
    )
    expect((await call('DELETE', '/me/credential-holder', owner)).json()).toEqual({ did: null })
    expect(
      (await call('GET', `/credentials/${id}`, owner)).json().credentialSubject,
    ).not.toHaveProperty('id')
  })

  it('is erased with the account', async () => {
    await call('PUT', '/me/credential-holder', owner, { did: WALLET })
    const erased = await call('DELETE', '/me', owner, { password: GOOD_PASSWORD })
    expect(erased.statusCode).toBe(204)
    const rows = await t.database.db
      .selectFrom('credential_holder_dids')
      .selectAll()
      .where('user_id', '=', userId)
      .execute()
    expect(rows).toEqual([])
  })
})
