import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE_TEST } from '../assessment/attempts/fixture-bank.js'
import { engine } from '../support/database.js'
import {
  type AttemptsHarness,
  answerAll,
  keysOf,
  MINUTE,
  openAttemptsHarness,
  scoredPositions,
} from './attempts-support.js'

describe(`the server owns the clock on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness()
  })
  afterAll(() => h.close())

  it('stores the deadline at start: time limit seconds after the server’s now', async () => {
    const ada = await h.signUp('ada')
    const attempt = (await ada.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    expect(new Date(attempt.deadline).getTime() - new Date(attempt.startedAt).getTime()).toBe(
      FIXTURE_TEST.timeLimitSeconds * 1000,
    )
    expect(attempt.startedAt).toBe(h.clock.now.toISOString())
  })

  it('refuses an answer after the deadline with 410 and scores the attempt as it stood', async () => {
    const bo = await h.signUp('bo')
    const attempt = (await bo.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    const scored = await scoredPositions(h, attempt.id)
    const keys = await keysOf(h, attempt.id)
    // Right on the first 12 scored items, nothing else, then the time runs out.
    const firstTwelve = new Set(scored.slice(0, 12))
    for (const position of firstTwelve) {
      const r = await bo.call('PUT', `/attempts/${attempt.id}/items/${position}/answer`, {
        optionIds: keys.get(position),
      })
      expect(r.statusCode).toBe(200)
    }
    h.clock.advance(FIXTURE_TEST.timeLimitSeconds * 1000 + 1)
    const late = scored.find((p) => !firstTwelve.has(p))!
    const refused = await bo.call('PUT', `/attempts/${attempt.id}/items/${late}/answer`, {
      optionIds: keys.get(late),
    })
    expect(refused.statusCode).toBe(410)
    expect(refused.json().error.code).toBe('attempt_expired')

    const report = (await bo.call('GET', `/attempts/${attempt.id}/result`)).json().report
    expect(report).toMatchObject({
      endedBy: 'expiry',
      rawScore: 12,
      scoredItems: 30,
      passed: false,
    })
    expect(report.percentScore).toBeCloseTo(40, 10)
    const view = (await bo.call('GET', `/attempts/${attempt.id}`)).json().attempt
    expect(view.status).toBe('scored')
    expect(view.finishedAt).toBe(attempt.deadline)
    const again = await bo.call('PUT', `/attempts/${attempt.id}/items/${late}/answer`, {
      optionIds: keys.get(late),
    })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('attempt_finished')
  })

  it('scores an attempt nobody came back to when its candidate next asks for anything', async () => {
    const cy = await h.signUp('cy')
    const attempt = (await cy.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    await answerAll(h, cy, attempt, () => true)
    h.clock.advance(FIXTURE_TEST.timeLimitSeconds * 1000)
    const view = (await cy.call('GET', `/attempts/${attempt.id}`)).json().attempt
    expect(view.status).toBe('scored')
    const report = (await cy.call('GET', `/attempts/${attempt.id}/result`)).json().report
    expect(report).toMatchObject({ endedBy: 'expiry', rawScore: 30, passed: true })
    expect(report.certification.status).toBe('active')
  })

  it('accepts an answer in the last millisecond', async () => {
    const di = await h.signUp('di')
    const attempt = (await di.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    const keys = await keysOf(h, attempt.id)
    h.clock.advance(FIXTURE_TEST.timeLimitSeconds * 1000 - MINUTE / 60_000)
    const r = await di.call('PUT', `/attempts/${attempt.id}/items/1/answer`, {
      optionIds: keys.get(1),
    })
    expect(r.statusCode).toBe(200)
  })
})
