import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PassHook } from '../../src/assessment/index.js'
import { issueCredentialOnPass, learnerCredentials } from '../../src/credentials/index.js'
import { DomainError } from '../../src/shared/index.js'
import { engine } from '../support/database.js'
import { type AttemptsHarness, answerAll, openAttemptsHarness } from './attempts-support.js'

describe(`a pass on ${engine}`, () => {
  let h: AttemptsHarness
  /** While set, a second pass hook refuses, as an unavailable issuer would. */
  let issuerRefuses = false
  const refuse: PassHook = async () => {
    if (issuerRefuses) throw new DomainError('conflict', 'issuer_unavailable', 'the issuer refused')
  }
  beforeAll(async () => {
    // The platform's own revocation hook; issuance as the platform wires it, then `refuse`.
    h = await openAttemptsHarness({
      passHooks: (credentials) => [issueCredentialOnPass(credentials), refuse],
    })
  })
  afterAll(async () => {
    await h.close()
  })

  it('records the certification and issues its credential through the pass hook', async () => {
    const ada = await h.signUp('ada')
    const attempt = (await ada.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    await answerAll(h, ada, attempt, () => true)
    const report = (await ada.call('POST', `/attempts/${attempt.id}/submit`)).json().report
    expect(report.passed).toBe(true)
    const credentials = await learnerCredentials(h.database.db, ada.id)
    expect(credentials).toHaveLength(1)
    const row = await h.database.db
      .selectFrom('issued_credentials')
      .select(['certification_id', 'test_id'])
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ certification_id: report.certification.id, test_id: 'fixture-js' })
  })

  it('records nothing when the hook fails: the pass and its credential stand or fall together', async () => {
    issuerRefuses = true
    const bo = await h.signUp('bo')
    const attempt = (await bo.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    await answerAll(h, bo, attempt, () => true)
    const failed = await bo.call('POST', `/attempts/${attempt.id}/submit`)
    expect(failed.statusCode).toBe(409)
    const state = await h.database.db
      .selectFrom('assessment_attempts')
      .select('status')
      .where('id', '=', attempt.id)
      .executeTakeFirstOrThrow()
    expect(state.status).toBe('active')
    expect(
      await h.database.db
        .selectFrom('certifications')
        .selectAll()
        .where('candidate_id', '=', bo.id)
        .execute(),
    ).toEqual([])
    expect(await learnerCredentials(h.database.db, bo.id)).toEqual([])
    issuerRefuses = false
    const retried = await bo.call('POST', `/attempts/${attempt.id}/submit`)
    expect(retried.json().report.passed).toBe(true)
    expect(await learnerCredentials(h.database.db, bo.id)).toHaveLength(1)
  })

  it('revokes the certification and its credential when a reviewer confirms an integrity case', async () => {
    const cy = await h.signUp('cy')
    const admin = await h.signUp('reviewer', 'administrator')
    const attempt = (await cy.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    await answerAll(h, cy, attempt, () => true)
    expect((await cy.call('POST', `/attempts/${attempt.id}/submit`)).json().report.passed).toBe(
      true,
    )
    const url = `/catalog/tests/fixture-js/attempts/${attempt.id}/revocation`
    expect((await cy.call('POST', url, { reason: 'mine' })).statusCode).toBe(403)
    expect((await admin.call('POST', url, { reason: '' })).statusCode).toBe(400)
    const revoked = await admin.call('POST', url, { reason: 'shared answer sheet, confirmed' })
    expect(revoked.statusCode).toBe(200)
    expect((await admin.call('POST', url, { reason: 'again' })).statusCode).toBe(409)
    const list = (await cy.call('GET', '/me/certifications')).json().certifications
    expect(list.map((c: { status: string }) => c.status)).toEqual(['revoked'])
    // The holder is told why, and when.
    expect(list[0].revocationReason).toBe('shared answer sheet, confirmed')
    expect(Date.parse(list[0].revokedAt)).not.toBeNaN()
    const [credential] = await learnerCredentials(h.database.db, cy.id)
    expect(credential!.revokedAt).not.toBeNull()
    const audit = await h.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('action', '=', 'certification.revoke')
      .execute()
    expect(audit).toEqual([{ actor_id: admin.id, action: 'certification.revoke' }])
  })
})
