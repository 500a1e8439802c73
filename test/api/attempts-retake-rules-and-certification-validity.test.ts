import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMonthsUtc } from '../../src/assessment/index.js'
import { engine } from '../support/database.js'
import {
  type AttemptsHarness,
  answerAll,
  type Caller,
  DAY,
  openAttemptsHarness,
} from './attempts-support.js'

async function takeAndFail(h: AttemptsHarness, who: Caller) {
  const started = await who.call('POST', '/attempts', { testId: 'fixture-js' })
  expect(started.statusCode).toBe(201)
  const attempt = started.json().attempt
  const report = (await who.call('POST', `/attempts/${attempt.id}/submit`)).json().report
  expect(report.passed).toBe(false)
  return h.clock.now
}

async function refusal(who: Caller) {
  const r = await who.call('POST', '/attempts', { testId: 'fixture-js' })
  expect(r.statusCode).toBe(409)
  expect(r.json().error.code).toBe('retake_not_allowed')
  return r.json().error.details as { reason: string; notBefore: string }
}

describe(`retake rules and validity on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness()
  })
  afterAll(() => h.close())

  it('waits 14, then 30, then 90 days after failures, and allows 4 attempts in 365 days', async () => {
    const ada = await h.signUp('ada')
    const firstStart = h.clock.now
    let failedAt = await takeAndFail(h, ada)
    for (const wait of [14, 30, 90]) {
      h.clock.advance((wait - 1) * DAY)
      const details = await refusal(ada)
      expect(details.reason).toBe('waiting-period')
      expect(details.notBefore).toBe(new Date(failedAt.getTime() + wait * DAY).toISOString())
      h.clock.now = new Date(details.notBefore)
      if (wait === 90) break
      failedAt = await takeAndFail(h, ada)
    }
    // Three failures so far; the fourth attempt runs now, the fifth must wait for the first to age.
    await takeAndFail(h, ada)
    h.clock.advance(90 * DAY)
    const details = await refusal(ada)
    expect(details.reason).toBe('attempt-limit')
    expect(details.notBefore).toBe(new Date(firstStart.getTime() + 365 * DAY).toISOString())
    h.clock.now = new Date(details.notBefore)
    expect((await ada.call('POST', '/attempts', { testId: 'fixture-js' })).statusCode).toBe(201)
  })

  it('tells a failed candidate in the result from when they may start again, as starting enforces', async () => {
    const dee = await h.signUp('dee')
    const started = await dee.call('POST', '/attempts', { testId: 'fixture-js' })
    const attemptId = started.json().attempt.id
    const submitted = (await dee.call('POST', `/attempts/${attemptId}/submit`)).json().report
    const failedAt = h.clock.now
    const expected = {
      allowed: false,
      reason: 'waiting-period',
      notBefore: new Date(failedAt.getTime() + 14 * DAY).toISOString(),
    }
    expect(submitted.nextAttempt).toEqual(expected)
    h.clock.advance(DAY)
    const result = (await dee.call('GET', `/attempts/${attemptId}/result`)).json().report
    expect(result.nextAttempt).toEqual(expected)
    expect((await refusal(dee)).notBefore).toBe(expected.notBefore)
    h.clock.now = new Date(expected.notBefore)
    const later = (await dee.call('GET', `/attempts/${attemptId}/result`)).json().report
    expect(later.nextAttempt).toEqual({ allowed: true, reason: null, notBefore: null })
  })

  it('certifies for 24 months, refuses retakes before the 60-day renewal window, and keeps an expired certification marked expired', async () => {
    const bo = await h.signUp('bo')
    const attempt = (await bo.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    await answerAll(h, bo, attempt, () => true)
    const report = (await bo.call('POST', `/attempts/${attempt.id}/submit`)).json().report
    expect(report.passed).toBe(true)
    const passedAt = h.clock.now
    const validUntil = addMonthsUtc(passedAt, 24)
    expect(report.certification).toMatchObject({
      status: 'active',
      validUntil: validUntil.toISOString(),
    })

    const details = await refusal(bo)
    expect(details.reason).toBe('certified')
    expect(details.notBefore).toBe(new Date(validUntil.getTime() - 60 * DAY).toISOString())
    h.clock.now = new Date(validUntil.getTime() - 61 * DAY)
    expect((await refusal(bo)).reason).toBe('certified')
    h.clock.now = new Date(validUntil.getTime() - 59 * DAY)
    const renewal = (await bo.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    await answerAll(h, bo, renewal, () => true)
    expect((await bo.call('POST', `/attempts/${renewal.id}/submit`)).json().report.passed).toBe(
      true,
    )

    h.clock.now = new Date(validUntil.getTime() + DAY)
    const list = (await bo.call('GET', '/me/certifications')).json().certifications
    expect(list.map((c: { status: string }) => c.status)).toEqual(['active', 'expired'])
    expect(list[1].validUntil).toBe(validUntil.toISOString())
  })
})
