import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueCredentialForPass } from '../../../src/credentials/index.js'
import { transact } from '../../../src/db/index.js'
import { openTestApp, signInAs, type TestApp } from '../../support/app.js'
import { certifiedPass } from '../support/platform-fixtures.js'

const HOLDER = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'

let t: TestApp
let owner: string
let stranger: string
let id: string

beforeAll(async () => {
  t = await openTestApp()
  const email = `holder-${randomBytes(4).toString('hex')}@example.org`
  owner = await signInAs(t, 'member', email)
  stranger = await signInAs(t, 'member', `stranger-${randomBytes(4).toString('hex')}@example.org`)
  const user = await t.database.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow()
  const { credential } = await transact(t.database.db, async (trx) =>
    issueCredentialForPass(
      trx,
      await certifiedPass(trx, { id: user.id, email }),
      t.services.credentials,
    ),
  )
  id = credential.id
})
afterAll(async () => {
  await t.close()
})

const download = (holder: string, authorization?: string) =>
  t.app.inject({
    method: 'GET',
    url: `/credentials/${id}?download=1&holder=${encodeURIComponent(holder)}`,
    headers: authorization ? { authorization } : {},
  })

describe('GET /credentials/{id}?holder=did:key:…', () => {
  it('gives the owner the credential signed with their DID as subject, and it verifies', async () => {
    const response = await download(HOLDER, owner)
    expect(response.statusCode).toBe(200)
    const bound = response.json()
    expect(bound.credentialSubject.id).toBe(HOLDER)
    const verdict = await t.app.inject({
      method: 'POST',
      url: '/credentials/verify',
      payload: { verifiableCredential: bound },
    })
    expect(verdict.json().verdict).toBe('verified')
  })

  it('refuses a DID it cannot bind, a stranger and an anonymous caller', async () => {
    const bad = await download('did:web:example.org', owner)
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.code).toBe('unsupported_holder_did')
    expect((await download(HOLDER, stranger)).statusCode).toBe(404)
    expect((await download(HOLDER)).statusCode).toBe(401)
  })
})
