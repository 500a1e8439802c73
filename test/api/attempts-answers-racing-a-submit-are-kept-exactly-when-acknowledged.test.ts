import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engine } from '../support/database.js'
import { type AttemptsHarness, openAttemptsHarness } from './attempts-support.js'

interface ShownItem {
  readonly position: number
  readonly options: readonly { readonly id: string }[]
  readonly chosenOptionIds: readonly string[] | null
}

/**
 * An answer locks its attempt in the statement that writes it, as a submit locks it before
 * scoring: answers sent at the same moment as the submit are either acknowledged and scored, or
 * refused (409) and absent; none is acknowledged and lost, none lands after the score.
 */
describe(`answers racing a submit on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness()
  })
  afterAll(() => h.close())

  it('keeps every acknowledged answer in the scored attempt and no refused one', async () => {
    const ada = await h.signUp('ada')
    const attempt = (await ada.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    const items: ShownItem[] = attempt.items
    const answer = (item: ShownItem) =>
      ada.call('PUT', `/attempts/${attempt.id}/items/${item.position}/answer`, {
        optionIds: [item.options[0]!.id],
      })
    // Every answer is sent, and the submit goes out as soon as the first is acknowledged, while
    // the others are in flight.
    const pending = items.map(answer)
    expect((await pending[0]!).statusCode).toBe(200)
    const [submitted, ...answered] = await Promise.all([
      ada.call('POST', `/attempts/${attempt.id}/submit`),
      ...pending,
    ])
    expect(submitted!.statusCode).toBe(200)
    const statuses = answered.map((r) => r.statusCode)
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true)
    const scored = (await ada.call('GET', `/attempts/${attempt.id}`)).json().attempt
    expect(scored.status).toBe('scored')
    for (const [i, item] of items.entries()) {
      const kept = scored.items.find((s: ShownItem) => s.position === item.position)
      expect(kept.chosenOptionIds ?? null).toEqual(
        statuses[i] === 200 ? [item.options[0]!.id] : null,
      )
    }
    // Once scored, an answer is refused.
    expect((await answer(items[0]!)).statusCode).toBe(409)
  })
})
