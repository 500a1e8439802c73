import type { Kysely } from 'kysely'
import {
  analyseItems,
  detectLeak,
  exposureRates,
  flagItem,
  type IntegritySignal,
  type ItemAnalysis,
  type ItemFlag,
  type ItemKeyInfo,
  kr20OfForms,
  type LeakSignal,
  type Reliability,
  rawScore,
  scoreJumpSignals,
  sharedWrongAnswerSignals,
  tooFastSignal,
} from '../psychometrics/index.js'
import type { AssessmentDatabase } from '../tables.js'
import type { AttemptServices } from './attempt-services.js'
import type { ItemBank } from './item-bank.js'
import { type LoadedAttempt, loadFinishedAttempts } from './load-finished-attempts.js'

export interface ItemStatistics extends ItemAnalysis {
  readonly source: 'item' | 'model'
  /** Share of this test's forms that contained the item. */
  readonly exposureRate: number
  readonly flags: readonly ItemFlag[]
  readonly leakSignals: readonly LeakSignal[]
  readonly pulled: boolean
}

export interface TestStatistics {
  readonly testId: string
  readonly attempts: number
  /** KR-20 and SEM of the scored items (null below two attempts). */
  readonly reliability: Reliability | null
  readonly items: readonly ItemStatistics[]
  readonly integritySignals: readonly IntegritySignal[]
}

/**
 * Classical statistics, flags, leak signals and exposure per item of a test, reliability of its
 * forms and integrity signals across its attempts: what a test owner reviews.
 *
 * @example (await attempts.testStatistics(db, 'javascript')).reliability?.kr20
 */
export async function testStatistics(
  bank: ItemBank,
  db: Kysely<AssessmentDatabase>,
  testId: string,
): Promise<TestStatistics> {
  const attempts = await loadFinishedAttempts(db, testId)
  const bankItems = await bank.items(db, testId)
  const keyInfo = new Map<string, ItemKeyInfo>(
    bankItems.map((i) => [i.id, { optionIds: i.options.map((o) => o.id), keys: i.keys }]),
  )
  const authored = new Set(bankItems.map((i) => i.id))
  const pulled = new Set(
    (
      await db
        .selectFrom('assessment_pulled_items')
        .select('item_ref')
        .where('test_id', '=', testId)
        .execute()
    ).map((p) => p.item_ref),
  )
  const analyses = analyseItems(attempts, keyInfo)
  const exposure = exposureRates(attempts)
  const items = [...analyses.values()].map(
    (analysis): ItemStatistics => ({
      ...analysis,
      source: authored.has(analysis.itemId) ? 'item' : 'model',
      exposureRate: exposure.get(analysis.itemId) ?? 0,
      flags: flagItem(analysis),
      leakSignals: detectLeak(timedResponses(attempts, analysis.itemId)),
      pulled: pulled.has(analysis.itemId),
    }),
  )
  return {
    testId,
    attempts: attempts.length,
    reliability: reliabilityOf(attempts, analyses),
    items,
    integritySignals: [
      ...attempts.flatMap((attempt) => tooFastSignal(attempt, attempt.words) ?? []),
      ...scoreJumpSignals(attempts),
      ...sharedWrongAnswerSignals(attempts),
    ],
  }
}

/**
 * Pulls every authored item whose responses show a leak, so new forms no longer draw it; returns
 * the items pulled now. Generated variants are never pulled: each candidate's is new.
 */
export async function pullLeakedItems(
  services: AttemptServices,
  db: Kysely<AssessmentDatabase>,
  testId: string,
): Promise<string[]> {
  const statistics = await testStatistics(services.bank, db, testId)
  const now = services.now()
  const leaked = statistics.items.filter(
    (i) => i.source === 'item' && !i.pulled && i.leakSignals.length > 0,
  )
  for (const item of leaked) {
    await db
      .insertInto('assessment_pulled_items')
      .values({
        test_id: testId,
        item_ref: item.itemId,
        reason: item.leakSignals.map((s) => s.kind).join(', '),
        details: JSON.stringify({ signals: item.leakSignals }),
        pulled_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .execute()
  }
  return leaked.map((i) => i.itemId)
}

function timedResponses(attempts: readonly LoadedAttempt[], itemId: string) {
  return attempts.flatMap((attempt) =>
    attempt.responses
      .filter((r) => r.itemId === itemId)
      .map((r) => ({
        at: attempt.answeredAt.get(itemId) ?? attempt.finishedAt,
        correct: r.correct,
        timeMs: r.timeMs,
      })),
  )
}

function reliabilityOf(
  attempts: readonly LoadedAttempt[],
  analyses: ReadonlyMap<string, ItemAnalysis>,
): Reliability | null {
  if (attempts.length < 2) return null
  const facility = new Map([...analyses].map(([id, a]) => [id, a.facility]))
  const forms = attempts.map((a) => ({
    itemIds: a.responses.filter((r) => r.scored).map((r) => r.itemId),
    total: rawScore(a).correct,
  }))
  return kr20OfForms(forms, facility)
}
