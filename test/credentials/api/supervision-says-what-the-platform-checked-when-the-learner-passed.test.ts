import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assuranceAt } from '../../../src/accounts/index.js'
import { issueCredentialOnPass } from '../../../src/credentials/index.js'
import {
  type AttemptsHarness,
  answerAll,
  type Caller,
  openAttemptsHarness,
} from '../../api/attempts-support.js'
import { inMemoryIssuer, samplePass } from '../support/in-memory-issuer.js'

type Obj = Record<string, unknown>

let harness: AttemptsHarness

beforeAll(async () => {
  harness = await openAttemptsHarness({
    passHooks: (credentials) => [issueCredentialOnPass(credentials)],
  })
  // The accounts' checks are stamped by the real clock: the test's clock starts after them.
  harness.clock.now = new Date()
})
afterAll(async () => {
  await harness.close()
})

/** Passes the fixture test and returns the supervision element of the credential it yields. */
async function passAndReadSupervision(learner: Caller): Promise<string> {
  const attempt = (await learner.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
  await answerAll(harness, learner, attempt, () => true)
  expect((await learner.call('POST', `/attempts/${attempt.id}/submit`)).statusCode).toBe(200)
  const [mine] = (await learner.call('GET', '/me/credentials')).json().credentials
  const credential = (await learner.call('GET', `/credentials/${mine.id}`)).json()
  const annex = (credential.credentialSubject as Obj).euMicroCredential as Obj
  return String(annex.supervisionAndIdentityVerification)
}

describe('Annex I "supervision and identity verification" of a real pass', () => {
  it('says the test was unsupervised, the email proven and two-factor sign-in off', async () => {
    const ada = await harness.signUp('ada')
    const said = await passAndReadSupervision(ada)
    expect(said).toMatch(/^Unsupervised, online; no identity document was checked/)
    expect(said).toContain("the account's email address had been verified")
    expect(said).toContain('two-factor sign-in was off')
  })

  it('says two-factor sign-in was on for a learner who had turned it on before passing', async () => {
    const grace = await harness.signUp('grace')
    await harness.database.db
      .updateTable('users')
      .set({ totp_enabled_at: new Date(harness.clock.now.getTime() - 60_000) })
      .where('id', '=', grace.id)
      .execute()
    const said = await passAndReadSupervision(grace)
    expect(said).toContain('two-factor sign-in was on')
    expect(said).toContain("the account's email address had been verified")
  })
})

describe('the account checks a credential may claim', () => {
  it('are those made before the pass, not after', () => {
    const passedAt = new Date('2026-05-01T12:00:00Z')
    const before = new Date('2026-04-30T12:00:00Z')
    const after = new Date('2026-05-02T12:00:00Z')
    expect(assuranceAt(before, before, passedAt)).toEqual({ emailVerified: true, twoFactor: true })
    expect(assuranceAt(after, after, passedAt)).toEqual({ emailVerified: false, twoFactor: false })
    expect(assuranceAt(null, null, passedAt)).toEqual({ emailVerified: false, twoFactor: false })
  })

  it('are stated on the credential as they were, and nothing is claimed when unknown', async () => {
    const issuer = await inMemoryIssuer()
    const annexOf = (credential: Obj) =>
      String(
        ((credential.credentialSubject as Obj).euMicroCredential as Obj)
          .supervisionAndIdentityVerification,
      )
    const unproven = await issuer.issue({
      ...samplePass(),
      learner: {
        id: 'u',
        email: 'u@example.org',
        assurance: { emailVerified: false, twoFactor: false },
      },
    })
    expect(annexOf(unproven)).toContain("the account's email address had not been verified")
    expect(annexOf(unproven)).toContain('two-factor sign-in was off')
    const unknown = await issuer.issue(samplePass())
    expect(annexOf(unknown)).toBe('Unsupervised, online; no identity document was checked.')
  })
})
