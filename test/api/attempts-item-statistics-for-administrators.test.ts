import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { logistic } from '../../src/assessment/index.js'
import { engine } from '../support/database.js'
import { seedAttempts } from './attempts-seed.js'
import { type AttemptsHarness, type Caller, openAttemptsHarness } from './attempts-support.js'

/** Ten operational syntax items of the fixture test; the fourth one's key leaks late. */
const itemIds = Array.from({ length: 10 }, (_, n) => `fixture-js-syntax-operational-${n}`)
const LEAKED = itemIds[3]!

describe(`item statistics on ${engine}`, () => {
  let h: AttemptsHarness
  let admin: Caller
  let member: Caller
  beforeAll(async () => {
    h = await openAttemptsHarness()
    admin = await h.signUp('owner', 'administrator')
    member = await h.signUp('member')
    // Rasch responses, except that the leaked item is answered right by 95 % of the last 50.
    await seedAttempts(h, {
      count: 300,
      itemIds,
      seed: 42,
      // Taker 7 answers every item within a second: faster than anyone reads.
      gapMs: (n) => (n === 7 ? 900 : 40_000),
      pCorrect: (n, id, theta) =>
        id === LEAKED && n >= 250 ? 0.95 : logistic(theta - (itemIds.indexOf(id) - 4.5) / 3),
    })
  })
  afterAll(() => h.close())

  it('is for administrators only', async () => {
    expect((await member.call('GET', '/catalog/tests/fixture-js/statistics')).statusCode).toBe(403)
    expect((await h.app.inject({ url: '/catalog/tests/fixture-js/statistics' })).statusCode).toBe(
      401,
    )
    expect((await admin.call('GET', '/catalog/tests/no-such-test/statistics')).statusCode).toBe(404)
  })

  it('reports facility, corrected point-biserial, distractors, exposure, KR-20 and SEM', async () => {
    const response = await admin.call('GET', '/catalog/tests/fixture-js/statistics')
    expect(response.statusCode).toBe(200)
    const { statistics } = response.json()
    expect(statistics.attempts).toBe(300)
    expect(statistics.items).toHaveLength(10)
    expect(statistics.reliability.kr20).toBeGreaterThan(0.3)
    expect(statistics.reliability.kr20).toBeLessThan(1)
    expect(statistics.reliability.sem).toBeCloseTo(
      Math.sqrt(statistics.reliability.scoreVariance * (1 - statistics.reliability.kr20)),
      10,
    )
    for (const item of statistics.items) {
      expect(item.responses).toBe(300)
      expect(item.exposureRate).toBe(1)
      expect(item.options).toHaveLength(4)
      const [key] = item.options.filter((o: { isKey: boolean }) => o.isKey)
      expect(key.chosenShare).toBeCloseTo(item.facility, 10)
      expect(key.pointBiserial).toBeGreaterThan(0)
      expect(item.correctedPointBiserial).toBeGreaterThan(0)
      expect(item.medianTimeMs).toBe(40_000)
    }
    const leaked = statistics.items.find((i: { itemId: string }) => i.itemId === LEAKED)
    expect(leaked.leakSignals.map((s: { kind: string }) => s.kind)).toContain('facility-jump')
    const fast = statistics.integritySignals.filter((s: { kind: string }) => s.kind === 'too-fast')
    expect(fast).toHaveLength(1)
    expect(fast[0]).toMatchObject({ tooFast: 10, answered: 10 })
    const others = statistics.items.filter((i: { itemId: string }) => i.itemId !== LEAKED)
    expect(others.every((i: { leakSignals: unknown[] }) => i.leakSignals.length === 0)).toBe(true)
  })

  it('pulls the leaked item from new forms', async () => {
    const scan = await admin.call('POST', '/catalog/tests/fixture-js/leak-scan')
    expect(scan.json().pulled).toEqual([LEAKED])
    expect((await admin.call('POST', '/catalog/tests/fixture-js/leak-scan')).json().pulled).toEqual(
      [],
    )
    for (let n = 0; n < 5; n++) {
      const taker = await h.signUp(`fresh${n}`)
      const attempt = (await taker.call('POST', '/attempts', { testId: 'fixture-js' })).json()
        .attempt
      const refs = await h.database.db
        .selectFrom('assessment_attempt_items')
        .select('item_ref')
        .where('attempt_id', '=', attempt.id)
        .execute()
      expect(refs.map((r) => r.item_ref)).not.toContain(LEAKED)
    }
  })
})
