import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engine } from '../support/database.js'
import { type AttemptsHarness, type Caller, openAttemptsHarness } from './attempts-support.js'

/** Strings PostgreSQL refuses or rewrites, and plain junk. */
const nasty = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom(
    '\u0000',
    'a\ud800b',
    'x'.repeat(5000),
    '../../etc',
    "'; drop table users; --",
    '%00',
  ),
)
const anyJson = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  nasty,
  fc.array(nasty, { maxLength: 30 }),
  fc.dictionary(nasty, nasty, { maxKeys: 4 }),
)

describe(`attempt routes on ${engine} refuse malformed input`, () => {
  let h: AttemptsHarness
  let ada: Caller
  let attemptId: string
  beforeAll(async () => {
    h = await openAttemptsHarness()
    ada = await h.signUp('ada')
    attemptId = (await ada.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt.id
  })
  afterAll(() => h.close())

  it('answers every mutated request with a 4xx in the one error shape, and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('start', 'answer', 'answerPath', 'view', 'submit'),
        anyJson,
        nasty,
        async (route, body, text) => {
          // A URL cannot carry a lone surrogate; its percent-encoding of U+FFFD stands in.
          const path = encodeURIComponent(text.toWellFormed())
          const response =
            route === 'start'
              ? await ada.call('POST', '/attempts', body === null ? { testId: text } : body)
              : route === 'answer'
                ? await ada.call('PUT', `/attempts/${attemptId}/items/1/answer`, {
                    optionIds: body,
                  })
                : route === 'answerPath'
                  ? await ada.call('PUT', `/attempts/${attemptId}/items/${path}/answer`, {
                      optionIds: [text],
                    })
                  : route === 'view'
                    ? await ada.call('GET', `/attempts/${path}`)
                    : await ada.call('POST', `/attempts/${path}/submit`)
          expect(response.statusCode).toBeLessThan(500)
          if (response.statusCode >= 400) {
            const error = response.json().error
            expect(Object.keys(error).sort()).toEqual(['code', 'details', 'message'])
            expect(response.body).not.toMatch(/at .*\.ts:\d+|select |insert into/i)
          }
        },
      ),
      { numRuns: 150 },
    )
    expect((await ada.call('GET', `/attempts/${attemptId}`)).statusCode).toBe(200)
  })
})
