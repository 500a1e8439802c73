import { randomInt } from 'node:crypto'
import type { Transaction } from 'kysely'
import type { Item } from '../item.js'
import {
  type AdaptivePoolItem,
  adaptiveStep,
  type CalibratedResponse,
  DEFAULT_ADAPTIVE_STOP_RULE,
  shouldStopAdaptive,
} from '../psychometrics/index.js'
import { createRng } from '../rng.js'
import type { AssessmentDatabase } from '../tables.js'
import type { TestCalibration } from './calibrate-test.js'
import { deliverSlot } from './deliver-slot.js'
import { isCorrect } from './score-attempt.js'

/** What adaptive delivery draws from: calibrated, authored, operational items not pulled. */
export function adaptivePool(
  calibration: TestCalibration,
  items: readonly Item[],
  pulled: ReadonlySet<string>,
): { pool: AdaptivePoolItem[]; byId: Map<string, Item> } {
  const byId = new Map(
    items.filter((i) => i.lifecycle === 'operational' && !pulled.has(i.id)).map((i) => [i.id, i]),
  )
  const pool = calibration.items
    .filter((c) => byId.has(c.itemRef))
    .map((c) => ({
      id: c.itemRef,
      difficulty: c.difficulty,
      exposureParameter: c.exposureParameter,
    }))
  return { pool, byId }
}

/**
 * Adds the next item of an adaptive attempt (EAP ability so far, maximum information with
 * randomesque choice, Sympson–Hetter lottery), or says the stop rule is met (SE ≤ 0.30 or the
 * length cap). Items the candidate saw in earlier attempts are not offered again.
 */
export async function appendAdaptiveItem(
  trx: Transaction<AssessmentDatabase>,
  attemptId: string,
  calibration: TestCalibration,
  items: readonly Item[],
  pulled: ReadonlySet<string>,
  seen: ReadonlySet<string>,
): Promise<'appended' | 'finished'> {
  const attempt = await trx
    .selectFrom('assessment_attempts')
    .select(['candidate_id', 'test_id', 'set_aside'])
    .where('id', '=', attemptId)
    .executeTakeFirstOrThrow()
  const delivered = await trx
    .selectFrom('assessment_attempt_items')
    .select(['position', 'item_ref', 'key_option_ids', 'chosen_option_ids'])
    .where('attempt_id', '=', attemptId)
    .orderBy('position')
    .execute()
  const { pool, byId } = adaptivePool(calibration, items, pulled)
  const difficulty = new Map(pool.map((p) => [p.id, p.difficulty]))
  const responses: CalibratedResponse[] = delivered.map((d) => ({
    difficulty: difficulty.get(d.item_ref) ?? 0,
    correct: isCorrect(d.key_option_ids, d.chosen_option_ids),
  }))
  const administered = delivered.map((d) => d.item_ref)
  const rng = createRng(randomInt(2 ** 32))
  const prior = { mean: 0, sd: calibration.abilitySd }
  const unavailable = new Set([...seen, ...attempt.set_aside, ...administered])
  let step = adaptiveStep(pool, responses, unavailable, rng, DEFAULT_ADAPTIVE_STOP_RULE, prior)
  if (step.kind === 'finished' && !shouldStopAdaptive(responses.length, step.estimate.se)) {
    // Only set-aside items are left: precision outranks the exposure lottery in a small pool.
    const open = pool.map((p) => ({ ...p, exposureParameter: 1 }))
    step = adaptiveStep(
      open,
      responses,
      new Set([...seen, ...administered]),
      rng,
      DEFAULT_ADAPTIVE_STOP_RULE,
      prior,
    )
  }
  if (step.kind === 'finished') return 'finished'
  const item = await deliverSlot(
    { source: 'item', item: byId.get(step.itemId)!, scored: true },
    rng,
    async () => null,
  )
  await trx
    .insertInto('assessment_attempt_items')
    .values({
      attempt_id: attemptId,
      position: delivered.length + 1,
      candidate_id: attempt.candidate_id,
      test_id: attempt.test_id,
      item_ref: item.itemRef,
      source: item.source,
      domain: item.domain,
      scored: true,
      kind: item.kind,
      stem: item.stem,
      options: JSON.stringify(item.options),
      key_option_ids: JSON.stringify(item.keyOptionIds),
      family: item.family,
      variant_key: item.variantKey,
    })
    .execute()
  await trx
    .updateTable('assessment_attempts')
    .set({
      scored_items: delivered.length + 1,
      set_aside: JSON.stringify([...attempt.set_aside, ...step.setAside]),
    })
    .where('id', '=', attemptId)
    .execute()
  return 'appended'
}
