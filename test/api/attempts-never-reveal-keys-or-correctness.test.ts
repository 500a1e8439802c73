import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KEY_MARKER } from '../assessment/attempts/fixture-bank.js'
import { engine } from '../support/database.js'
import { type AttemptsHarness, answerAll, openAttemptsHarness } from './attempts-support.js'

/** Field names that would tell a candidate which option is right. */
const CORRECTNESS =
  /"(correct|isCorrect|isKey|keys?|keyOptionIds|key_option_ids|canonicalId|answerKey)"\s*:/

describe(`a full attempt on ${engine} never reveals a key`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness()
  })
  afterAll(() => h.close())

  it('keeps every key marker and correctness flag out of every response, before and after submission', async () => {
    const ada = await h.signUp('ada')
    const catalog = await ada.call('GET', '/catalog/tests?q=javascript')
    expect(catalog.json().tests.map((t: { id: string }) => t.id)).toEqual(['fixture-js'])
    await ada.call('GET', '/catalog/tests/fixture-js')
    const started = await ada.call('POST', '/attempts', { testId: 'fixture-js' })
    expect(started.statusCode).toBe(201)
    const attempt = started.json().attempt
    expect(attempt.items.length).toBeGreaterThanOrEqual(30)
    await ada.call('GET', `/attempts/${attempt.id}`)
    const answers = await answerAll(h, ada, attempt, (_, index) => index % 3 !== 0)
    expect(answers.every((r) => r.statusCode === 200)).toBe(true)
    await ada.call('GET', `/attempts/${attempt.id}`)
    await ada.call('GET', `/attempts/${attempt.id}/result`)
    const beforeSubmission = h.responses.length
    const submitted = await ada.call('POST', `/attempts/${attempt.id}/submit`)
    expect(submitted.statusCode).toBe(200)
    await ada.call('GET', `/attempts/${attempt.id}/result`)
    await ada.call('GET', `/attempts/${attempt.id}`)
    await ada.call('GET', '/me/certifications')

    // The marker is really there, server-side, in every key of the attempt.
    const stored = await h.database.db
      .selectFrom('assessment_attempt_items')
      .select(['options', 'key_option_ids'])
      .where('attempt_id', '=', attempt.id)
      .execute()
    for (const row of stored) {
      const keyed = row.options.filter((o) => row.key_option_ids.includes(o.id))
      expect(keyed.every((o) => o.canonicalId.includes(KEY_MARKER))).toBe(true)
    }
    expect(h.responses.length).toBeGreaterThan(40)
    for (const [index, response] of h.responses.entries()) {
      const text = `${JSON.stringify(response.headers)}\n${response.body}`
      expect(text).not.toContain(KEY_MARKER)
      if (index < beforeSubmission) expect(text).not.toMatch(CORRECTNESS)
    }
  })

  it('gives every attempt its own opaque option ids, unrelated to the bank’s', async () => {
    const bo = await h.signUp('bo')
    const first = (await bo.call('POST', '/attempts', { testId: 'fixture-copywriting' })).json()
      .attempt
    const ids = first.items.flatMap((i: { options: { id: string }[] }) =>
      i.options.map((o) => o.id),
    )
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/)
  })
})
