import type { Insertable } from 'kysely'
import { createRng, normalDraw } from '../../src/assessment/index.js'
import { newId } from '../../src/db/index.js'
import type { Database } from '../../src/platform/index.js'
import { fixtureBank } from '../assessment/attempts/fixture-bank.js'
import { type AttemptsHarness, MINUTE } from './attempts-support.js'

export interface SeedPlan {
  readonly count: number
  /** Bank items of the fixture JavaScript test to draw forms from. */
  readonly itemIds: readonly string[]
  /** Items per form, drawn at random from `itemIds` (all of them when absent). */
  readonly perForm?: number
  /** Chance that taker `n` of ability `theta` answers `itemId` right. */
  readonly pCorrect: (n: number, itemId: string, theta: number) => number
  readonly seed: number
  /** Milliseconds between taker `n`'s answers (40 s when absent). */
  readonly gapMs?: (n: number) => number
}

/**
 * Scored attempts at the fixture JavaScript test inserted straight into the database, ten minutes
 * apart and ending at the harness clock: the volume statistics need, without the API's pace.
 */
export async function seedAttempts(h: AttemptsHarness, plan: SeedPlan): Promise<void> {
  const rng = createRng(plan.seed)
  const db = h.database.db
  const bank = new Map((await fixtureBank.items(db, 'fixture-js')).map((item) => [item.id, item]))
  const users: Insertable<Database['users']>[] = []
  const attempts: Insertable<Database['assessment_attempts']>[] = []
  const rows: Insertable<Database['assessment_attempt_items']>[] = []
  const start = h.clock.now.getTime() - plan.count * 10 * MINUTE
  for (let n = 0; n < plan.count; n++) {
    // These takers never sign in, so they need no password hash worth its cost.
    const userId = newId()
    users.push({
      id: userId,
      email: `taker${plan.seed}-${n}@example.org`,
      email_key: `taker${plan.seed}-${n}@example.org`,
      display_name: `Taker ${n}`,
      password_hash: 'unusable',
      role: 'member',
    })
    const theta = normalDraw(() => rng.next())
    const attemptId = newId()
    const at = new Date(start + n * 10 * MINUTE)
    const form = rng.shuffle(plan.itemIds).slice(0, plan.perForm ?? plan.itemIds.length)
    let raw = 0
    form.forEach((itemId, i) => {
      const item = bank.get(itemId)!
      const correct = rng.next() < plan.pCorrect(n, itemId, theta)
      if (correct) raw++
      const stored = item.options.map((o, k) => ({
        id: `${attemptId}-${k}`,
        markdown: o.markdown,
        canonicalId: o.id,
      }))
      const keys = stored.filter((o) => item.keys.includes(o.canonicalId)).map((o) => o.id)
      const distractors = stored.filter((o) => !keys.includes(o.id))
      const chosen = correct ? keys : [distractors[rng.int(0, distractors.length - 1)]!.id]
      const answeredAt = new Date(at.getTime() + (i + 1) * (plan.gapMs?.(n) ?? 40_000))
      rows.push({
        attempt_id: attemptId,
        position: i + 1,
        candidate_id: userId,
        test_id: 'fixture-js',
        item_ref: itemId,
        source: 'item',
        domain: item.domain,
        scored: true,
        kind: item.kind,
        stem: item.stem,
        options: JSON.stringify(stored),
        key_option_ids: JSON.stringify(keys),
        chosen_option_ids: JSON.stringify(chosen),
        first_answered_at: answeredAt,
        answered_at: answeredAt,
        correct,
      })
    })
    attempts.push({
      id: attemptId,
      candidate_id: userId,
      test_id: 'fixture-js',
      test_version: 1,
      status: 'scored',
      ended_by: 'submission',
      started_at: at,
      deadline: new Date(at.getTime() + 2800_000),
      finished_at: new Date(at.getTime() + 10 * MINUTE),
      cut_percent: 70,
      raw_score: raw,
      scored_items: form.length,
      percent_score: (100 * raw) / form.length,
      passed: raw >= 0.7 * form.length,
      domain_scores: JSON.stringify([]),
    })
  }
  await db.insertInto('users').values(users).execute()
  await db.insertInto('assessment_attempts').values(attempts).execute()
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('assessment_attempt_items')
      .values(rows.slice(i, i + 500))
      .execute()
  }
}
