import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  changeCredentialStatus,
  issueCredentialForPass,
  setCredentialShared,
} from '../../../src/credentials/index.js'
import { transact } from '../../../src/db/index.js'
import { openTestApp, type TestApp } from '../../support/app.js'
import { certifiedPass, learner } from '../support/platform-fixtures.js'

let t: TestApp

/** A shared credential of a new learner ("Ada Learner", score 83.3). */
async function shared(showName?: boolean) {
  const who = await learner(t.database.db)
  const { credential } = await transact(t.database.db, async (trx) =>
    issueCredentialForPass(trx, await certifiedPass(trx, who), t.services.credentials),
  )
  // What PUT /credentials/{id}/share calls for the owner; signing in would only cost time here.
  await setCredentialShared(t.database.db, credential.id, who.id, true, showName)
  return credential.id
}

const page = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/credentials/${id}/page` })).body

beforeAll(async () => {
  t = await openTestApp()
})
afterAll(async () => {
  await t.close()
})

describe('the public credential page', () => {
  it('reads as a person would: dates in words, the score rounded, a verified banner', async () => {
    const html = await page(await shared())
    const year = new Date().getUTCFullYear()
    expect(html).toMatch(new RegExp(`<dd>\\d{1,2} [A-Z][a-z]+ ${year}</dd>`))
    expect(html).toContain('<dd>83%</dd>')
    expect(html).not.toMatch(/<dd>\d{4}-\d{2}-\d{2}T/)
    expect(html).toContain('class="banner banner-pass"')
    expect(html).toContain('Verified credential')
    expect(html).toContain('name="viewport"')
  })

  it('names the holder only when the learner chose to show it', async () => {
    expect(await page(await shared())).not.toContain('Ada Learner')
    const html = await page(await shared(true))
    expect(html).toContain('<dt>Awarded to</dt><dd>Ada Learner</dd>')
  })

  it('says revoked, with the date and the reason, and suspended apart from it', async () => {
    const revoked = await shared()
    await changeCredentialStatus(t.database.db, t.services.credentials, {
      credentialId: revoked,
      action: 'revoke',
      reason: 'answers shared in a forum',
      actorId: null,
    })
    const html = await page(revoked)
    expect(html).toContain('class="banner banner-fail"')
    expect(html).toMatch(/Revoked on \d{1,2} [A-Z][a-z]+ \d{4}/)
    expect(html).toContain('Reason given by the issuer: answers shared in a forum')

    const suspended = await shared()
    await changeCredentialStatus(t.database.db, t.services.credentials, {
      credentialId: suspended,
      action: 'suspend',
      reason: 'under review',
      actorId: null,
    })
    const paused = await page(suspended)
    expect(paused).toContain('class="banner banner-warn"')
    expect(paused).toMatch(/Suspended since \d{1,2} [A-Z][a-z]+ \d{4}/)
  })
})
