import type { Kysely } from 'kysely'
import { transact } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import {
  type AdaptivePoolItem,
  calibrateRasch,
  calibrateSympsonHetter,
  type RaschObservation,
} from '../psychometrics/index.js'
import { createRng } from '../rng.js'
import type { AssessmentDatabase } from '../tables.js'
import type { AttemptServices } from './attempt-services.js'
import { loadFinishedAttempts } from './load-finished-attempts.js'

/**
 * An authored item joins the calibrated scale after this many scored responses: at 100 the
 * standard error of a Rasch difficulty is about 0.2 logits.
 */
export const CALIBRATION_MIN_RESPONSES = 100

export interface TestCalibration {
  readonly testId: string
  readonly attempts: number
  readonly abilitySd: number
  readonly converged: boolean
  readonly adaptive: boolean
  readonly items: readonly {
    readonly itemRef: string
    readonly difficulty: number
    readonly standardError: number
    readonly responses: number
    readonly exposureParameter: number
  }[]
}

/**
 * Rasch-calibrates a test's authored items from its scored attempts (marginal ML), so scores land
 * on one scale across forms, and sets Sympson–Hetter exposure parameters for adaptive delivery.
 * Replaces the previous calibration; `adaptive` is the owner's choice of delivery.
 *
 * @example await attempts.calibrateTest(db, 'javascript', { adaptive: true })
 */
export async function calibrateTest(
  services: AttemptServices,
  db: Kysely<AssessmentDatabase>,
  testId: string,
  options: {
    readonly adaptive?: boolean
    readonly simulees?: number
    readonly rounds?: number
  } = {},
): Promise<TestCalibration> {
  const attempts = await loadFinishedAttempts(db, testId)
  const counts = new Map<string, number>()
  for (const attempt of attempts) {
    for (const r of attempt.responses) counts.set(r.itemId, (counts.get(r.itemId) ?? 0) + 1)
  }
  const pulled = new Set(
    (
      await db
        .selectFrom('assessment_pulled_items')
        .select('item_ref')
        .where('test_id', '=', testId)
        .execute()
    ).map((p) => p.item_ref),
  )
  // Leaked items are off the scale: their recent responses measure the leak, not the skill.
  const authored = new Set(
    (await services.bank.items(db, testId)).map((i) => i.id).filter((id) => !pulled.has(id)),
  )
  const itemRefs = [...counts]
    .filter(([id, n]) => authored.has(id) && n >= CALIBRATION_MIN_RESPONSES)
    .map(([id]) => id)
  if (itemRefs.length < 2) {
    throw new DomainError(
      'conflict',
      'too_few_responses',
      `test ${testId} has ${itemRefs.length} items with ${CALIBRATION_MIN_RESPONSES} responses; calibration needs two or more`,
    )
  }
  const index = new Map(itemRefs.map((id, i) => [id, i]))
  const observations: RaschObservation[] = []
  attempts.forEach((attempt, person) => {
    for (const r of attempt.responses) {
      const item = index.get(r.itemId)
      if (item !== undefined) observations.push({ person, item, correct: r.correct })
    }
  })
  const fit = calibrateRasch(attempts.length, itemRefs.length, observations)
  const pool: AdaptivePoolItem[] = itemRefs.map((id, i) => ({
    id,
    difficulty: fit.difficulties[i]!,
    exposureParameter: 1,
  }))
  const exposure = options.adaptive
    ? calibrateSympsonHetter(pool, createRng(itemRefs.length), {
        simulees: options.simulees,
        rounds: options.rounds,
      })
    : { pool }
  const parameters = new Map(exposure.pool.map((item) => [item.id, item.exposureParameter]))
  const calibration: TestCalibration = {
    testId,
    attempts: attempts.length,
    abilitySd: fit.abilitySd,
    converged: fit.converged,
    adaptive: options.adaptive === true,
    items: itemRefs.map((itemRef, i) => ({
      itemRef,
      difficulty: fit.difficulties[i]!,
      standardError: fit.standardErrors[i]!,
      responses: counts.get(itemRef)!,
      exposureParameter: parameters.get(itemRef) ?? 1,
    })),
  }
  await transact(db, async (trx) => {
    await trx.deleteFrom('assessment_test_calibrations').where('test_id', '=', testId).execute()
    await trx
      .insertInto('assessment_test_calibrations')
      .values({
        test_id: testId,
        ability_sd: calibration.abilitySd,
        attempts: calibration.attempts,
        converged: calibration.converged,
        adaptive: calibration.adaptive,
        calibrated_at: services.now(),
      })
      .execute()
    await trx
      .insertInto('assessment_item_calibrations')
      .values(
        calibration.items.map((item) => ({
          test_id: testId,
          item_ref: item.itemRef,
          difficulty: item.difficulty,
          standard_error: item.standardError,
          responses: item.responses,
          exposure_parameter: item.exposureParameter,
        })),
      )
      .execute()
  })
  return calibration
}

/** The stored calibration of a test, or null. */
export async function loadCalibration(
  db: Kysely<AssessmentDatabase>,
  testId: string,
): Promise<TestCalibration | null> {
  const test = await db
    .selectFrom('assessment_test_calibrations')
    .selectAll()
    .where('test_id', '=', testId)
    .executeTakeFirst()
  if (!test) return null
  const items = await db
    .selectFrom('assessment_item_calibrations')
    .selectAll()
    .where('test_id', '=', testId)
    .orderBy('item_ref')
    .execute()
  return {
    testId,
    attempts: test.attempts,
    abilitySd: test.ability_sd,
    converged: test.converged,
    adaptive: test.adaptive,
    items: items.map((i) => ({
      itemRef: i.item_ref,
      difficulty: i.difficulty,
      standardError: i.standard_error,
      responses: i.responses,
      exposureParameter: i.exposure_parameter,
    })),
  }
}
