import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engine } from '../support/database.js'
import { type AttemptsHarness, keysOf, MINUTE, openAttemptsHarness } from './attempts-support.js'

describe(`answers and active attempts on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness()
  })
  afterAll(() => h.close())

  it('records the same answer once: a repeat changes nothing, a new choice replaces it', async () => {
    const ada = await h.signUp('ada')
    const attempt = (await ada.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    const single = attempt.items.find((i: { kind: string }) => i.kind === 'single')
    const url = `/attempts/${attempt.id}/items/${single.position}/answer`
    const [a, b] = single.options.map((o: { id: string }) => o.id)
    const first = await ada.call('PUT', url, { optionIds: [a] })
    h.clock.advance(MINUTE)
    const repeat = await ada.call('PUT', url, { optionIds: [a] })
    expect(repeat.statusCode).toBe(200)
    expect(repeat.json()).toEqual(first.json())
    h.clock.advance(MINUTE)
    const changed = await ada.call('PUT', url, { optionIds: [b] })
    expect(changed.json().answer.chosenOptionIds).toEqual([b])
    expect(changed.json().answer.answeredAt).not.toBe(first.json().answer.answeredAt)
    const view = (await ada.call('GET', `/attempts/${attempt.id}`)).json().attempt
    expect(
      view.items.find((i: { position: number }) => i.position === single.position).chosenOptionIds,
    ).toEqual([b])
  })

  it('refuses unknown options, two options on a single-answer item and unknown items with 4xx', async () => {
    // About one operational item in ten is multiple-answer, so a form can lack one: take forms
    // (each candidate a fresh one) until one has both kinds.
    let bo = await h.signUp('bo')
    let attempt = (await bo.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    for (
      let retry = 1;
      !attempt.items.some((i: { kind: string }) => i.kind === 'multiple');
      retry++
    ) {
      expect(retry).toBeLessThan(20)
      bo = await h.signUp(`bo${retry}`)
      attempt = (await bo.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    }
    const single = attempt.items.find((i: { kind: string }) => i.kind === 'single')
    const multiple = attempt.items.find((i: { kind: string }) => i.kind === 'multiple')
    const url = (p: number) => `/attempts/${attempt.id}/items/${p}/answer`
    const ids = single.options.map((o: { id: string }) => o.id)
    const cases = [
      [url(single.position), { optionIds: ['not-an-option'] }, 400, 'unknown_option'],
      [url(single.position), { optionIds: ids.slice(0, 2) }, 400, 'single_answer'],
      [url(single.position), { optionIds: [ids[0], ids[0]] }, 400, 'duplicate_option'],
      [url(single.position), { optionIds: [] }, 400, 'invalid_request'],
      [url(999), { optionIds: [ids[0]] }, 404, 'item_not_found'],
    ] as const
    for (const [path, body, status, code] of cases) {
      const r = await bo.call('PUT', path, body)
      expect(r.statusCode).toBe(status)
      expect(r.json().error.code).toBe(code)
    }
    const keys = await keysOf(h, attempt.id)
    const both = await bo.call('PUT', url(multiple.position), {
      optionIds: keys.get(multiple.position),
    })
    expect(both.statusCode).toBe(200)
    expect(both.json().answer.chosenOptionIds).toHaveLength(2)
  })

  it('hides another candidate’s attempt behind a 404', async () => {
    const cy = await h.signUp('cy')
    const di = await h.signUp('di')
    const attempt = (await cy.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    expect((await di.call('GET', `/attempts/${attempt.id}`)).statusCode).toBe(404)
    expect((await di.call('POST', `/attempts/${attempt.id}/submit`)).statusCode).toBe(404)
  })

  it('runs one attempt per test per candidate, even when two starts race', async () => {
    const ed = await h.signUp('ed')
    const results = await Promise.all([
      ed.call('POST', '/attempts', { testId: 'fixture-js' }),
      ed.call('POST', '/attempts', { testId: 'fixture-js' }),
      ed.call('POST', '/attempts', { testId: 'fixture-js' }),
    ])
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409])
    const refused = results.find((r) => r.statusCode === 409)!
    expect(refused.json().error.code).toBe('attempt_in_progress')
    const other = await ed.call('POST', '/attempts', { testId: 'fixture-copywriting' })
    expect(other.statusCode).toBe(201)
    const active = await h.database.db
      .selectFrom('assessment_attempts')
      .select('id')
      .where('candidate_id', '=', ed.id)
      .where('status', '=', 'active')
      .execute()
    expect(active).toHaveLength(2)
  })

  it('refuses to start a test that does not exist, and any call without a session', async () => {
    const fy = await h.signUp('fy')
    const missing = await fy.call('POST', '/attempts', { testId: 'no-such-test' })
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error.code).toBe('test_not_found')
    const anonymous = await h.app.inject({
      method: 'POST',
      url: '/attempts',
      payload: { testId: 'fixture-js' },
    })
    expect(anonymous.statusCode).toBe(401)
  })
})
