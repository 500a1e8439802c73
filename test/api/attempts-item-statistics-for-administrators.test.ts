import type { Insertable } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRng, logistic, normalDraw } from '../../src/assessment/index.js'
import { type Database, newId } from '../../src/db/index.js'
import { fixtureBank } from '../assessment/attempts/fixture-bank.js'
import { engine } from '../support/database.js'
import {
  type AttemptsHarness,
  type Caller,
  MINUTE,
  openAttemptsHarness,
} from './attempts-support.js'

/** Ten operational syntax items of the fixture test; the fourth one's key leaks late. */
const itemIds = Array.from({ length: 10 }, (_, n) => `fixture-js-syntax-operational-${n}`)
const LEAKED = itemIds[3]!

/**
 * 300 scored attempts, inserted directly: Rasch responses, except that the leaked item is
 * answered right by 95 % of the last 50 candidates.
 */
async function seedAttempts(h: AttemptsHarness, count: number) {
  const rng = createRng(42)
  const db = h.database.db
  const users: Insertable<Database['users']>[] = []
  const attempts: Insertable<Database['assessment_attempts']>[] = []
  const items: Insertable<Database['assessment_attempt_items']>[] = []
  const bank = new Map((await fixtureBank.items(db, 'fixture-js')).map((item) => [item.id, item]))
  const start = h.clock.now.getTime() - count * 10 * MINUTE
  for (let n = 0; n < count; n++) {
    // Inserted directly: these takers never sign in, so they need no password hash worth its cost.
    const user = { id: newId() }
    users.push({
      id: user.id,
      email: `taker${n}@example.org`,
      email_key: `taker${n}@example.org`,
      display_name: `Taker ${n}`,
      password_hash: 'unusable',
      role: 'member' as const,
    })
    const theta = normalDraw(() => rng.next())
    const attemptId = newId()
    const at = new Date(start + n * 10 * MINUTE)
    const answers = itemIds.map((id, i) => {
      const leaked = id === LEAKED && n >= count - 50
      const correct = leaked ? rng.next() < 0.95 : rng.next() < logistic(theta - (i - 4.5) / 3)
      const item = bank.get(id)!
      const stored = item.options.map((o, k) => ({
        id: `${attemptId}-${k}`,
        markdown: o.markdown,
        canonicalId: o.id,
      }))
      const key = stored.find((o) => item.keys.includes(o.canonicalId))!
      const distractors = stored.filter((o) => o !== key)
      const chosen = correct ? key.id : distractors[rng.int(0, distractors.length - 1)]!.id
      return { id, correct, stored, key: key.id, chosen, i }
    })
    const raw = answers.filter((a) => a.correct).length
    attempts.push({
      id: attemptId,
      candidate_id: user.id,
      test_id: 'fixture-js',
      test_version: 1,
      status: 'scored',
      ended_by: 'submission',
      started_at: at,
      deadline: new Date(at.getTime() + 2800_000),
      finished_at: new Date(at.getTime() + 10 * MINUTE),
      cut_percent: 70,
      raw_score: raw,
      scored_items: itemIds.length,
      percent_score: (100 * raw) / itemIds.length,
      passed: raw >= 7,
      domain_scores: JSON.stringify([]),
    })
    items.push(
      ...answers.map((a) => ({
        attempt_id: attemptId,
        position: a.i + 1,
        candidate_id: user.id,
        test_id: 'fixture-js',
        item_ref: a.id,
        source: 'item' as const,
        domain: 'syntax',
        scored: true,
        kind: 'single' as const,
        stem: 'seeded',
        options: JSON.stringify(a.stored),
        key_option_ids: JSON.stringify([a.key]),
        chosen_option_ids: JSON.stringify([a.chosen]),
        first_answered_at: new Date(at.getTime() + (a.i + 1) * 40_000),
        answered_at: new Date(at.getTime() + (a.i + 1) * 40_000),
        correct: a.correct,
      })),
    )
  }
  await db.insertInto('users').values(users).execute()
  await db.insertInto('assessment_attempts').values(attempts).execute()
  for (let i = 0; i < items.length; i += 500) {
    await db
      .insertInto('assessment_attempt_items')
      .values(items.slice(i, i + 500))
      .execute()
  }
}

describe(`item statistics on ${engine}`, () => {
  let h: AttemptsHarness
  let admin: Caller
  let member: Caller
  beforeAll(async () => {
    h = await openAttemptsHarness()
    admin = await h.signUp('owner', 'administrator')
    member = await h.signUp('member')
    await seedAttempts(h, 300)
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
