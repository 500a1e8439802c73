import type { Insertable } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  calibrateTestFamilies,
  catalogTest,
  createRng,
  cutScoreRecord,
  formCutPercent,
  listCatalog,
  loadFamilyCalibrations,
  logistic,
  normalDraw,
  PLATFORM_ROUND,
  placeOnFamilyScale,
} from '../../../src/assessment/index.js'
import { newId } from '../../../src/db/index.js'
import type { Database, PlatformDatabase } from '../../../src/platform/index.js'
import { engine, openTestDatabase } from '../../support/database.js'
import { reviewStanding } from '../../support/review-standing.js'

const TEST_ID = 'bookkeeping'
const ATTEMPTS = 1200
const VARIANTS = 12
const DISPERSION = 0.4
const test = catalogTest(TEST_ID)!
// Three templates per blueprint domain, of known difficulty.
const families = test.blueprint.flatMap((d, i) =>
  [-1, 0, 1].map((offset, k) => ({
    id: `${d.itemModelIds[0] ?? d.id}/t${k}`,
    domain: d.id,
    difficulty: offset + 0.3 * i - 0.3,
  })),
)

/** Scored attempts whose items record the family and variant drawn, as delivery now does. */
async function seed(database: PlatformDatabase): Promise<void> {
  const rng = createRng(151)
  const draw = () => normalDraw(() => rng.next())
  const variantDifficulty = families.map((f) =>
    Array.from({ length: VARIANTS }, () => f.difficulty + DISPERSION * draw()),
  )
  const users: Insertable<Database['users']>[] = []
  const attempts: Insertable<Database['assessment_attempts']>[] = []
  const rows: Insertable<Database['assessment_attempt_items']>[] = []
  const at = new Date('2026-11-01T10:00:00Z')
  for (let n = 0; n < ATTEMPTS; n++) {
    const userId = newId()
    users.push({
      id: userId,
      email: `family${n}@example.org`,
      email_key: `family${n}@example.org`,
      display_name: `Taker ${n}`,
      password_hash: 'unusable',
      role: 'member',
    })
    const attemptId = newId()
    const theta = draw()
    let raw = 0
    for (let position = 1; position <= test.form.scoredItems; position++) {
      const f = rng.int(0, families.length - 1)
      const v = rng.int(0, VARIANTS - 1)
      const correct = rng.next() < logistic(theta - variantDifficulty[f]![v]!)
      if (correct) raw++
      rows.push({
        attempt_id: attemptId,
        position,
        candidate_id: userId,
        test_id: TEST_ID,
        item_ref: families[f]!.id.split('/')[0]!,
        source: 'model',
        domain: families[f]!.domain,
        scored: true,
        kind: 'single',
        stem: `variant ${v} of ${families[f]!.id}`,
        options: JSON.stringify([]),
        key_option_ids: JSON.stringify([]),
        correct,
        family: families[f]!.id,
        variant_key: `v${v}`,
      })
    }
    attempts.push({
      id: attemptId,
      candidate_id: userId,
      test_id: TEST_ID,
      test_version: 1,
      status: 'scored',
      ended_by: 'submission',
      started_at: at,
      deadline: new Date(at.getTime() + 2_800_000),
      finished_at: new Date(at.getTime() + 600_000),
      cut_percent: test.passRule.cutPercent,
      raw_score: raw,
      scored_items: test.form.scoredItems,
      percent_score: (100 * raw) / test.form.scoredItems,
      passed: false,
      domain_scores: JSON.stringify([]),
    })
  }
  const { db } = database
  await db.insertInto('users').values(users).execute()
  await db.insertInto('assessment_attempts').values(attempts).execute()
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('assessment_attempt_items')
      .values(rows.slice(i, i + 1000))
      .execute()
  }
}

describe(`family calibration from stored attempts on ${engine}`, () => {
  let database: PlatformDatabase
  beforeAll(async () => {
    database = await openTestDatabase()
    await seed(database)
  }, 300_000)
  afterAll(() => database.close())

  it('refuses a test without enough responses, naming the shortfall', async () => {
    await expect(
      calibrateTestFamilies(database.db, 'accounting-fundamentals', new Date()),
    ).rejects.toMatchObject({ kind: 'conflict', code: 'too_few_responses' })
  })

  it('calibrates each recorded family and moves the test’s cut onto the calibrated scale', async () => {
    const before = (await listCatalog(database.db, { reviewStanding: reviewStanding() })).find(
      (e) => e.test.id === TEST_ID,
    )!
    expect(before.cutScore.scale).toBe('provisional')

    const calibration = await calibrateTestFamilies(database.db, TEST_ID, new Date())
    expect(calibration.converged).toBe(true)
    expect(calibration.attempts).toBe(ATTEMPTS)
    expect(calibration.families.map((f) => f.family).sort()).toEqual(
      families.map((f) => f.id).sort(),
    )
    const errors = calibration.families.map((f) => {
      const truth = families.find((t) => t.id === f.family)!
      expect(f.domain).toBe(truth.domain)
      expect(f.variants).toBe(VARIANTS)
      return Math.abs(f.difficulty - truth.difficulty)
    })
    expect(errors.reduce((s, e) => s + e, 0) / errors.length).toBeLessThan(0.2)
    const spread =
      calibration.families.reduce((s, f) => s + f.dispersion, 0) / calibration.families.length
    expect(spread).toBeGreaterThan(0.2)
    expect(spread).toBeLessThan(0.6)

    const after = (await listCatalog(database.db, { reviewStanding: reviewStanding() })).find(
      (e) => e.test.id === TEST_ID,
    )!
    expect(after.cutScore.scale).toBe('calibrated')
    expect(after.cutScore.borderlineRawScore).toBe(before.cutScore.borderlineRawScore)
    expect(Number.isFinite(after.cutScore.cutTheta)).toBe(true)
    expect(after.cutScore.statement).toContain(`random-item Rasch model from ${ATTEMPTS} attempts`)
    const other = (await listCatalog(database.db, { reviewStanding: reviewStanding() })).find(
      (e) => e.test.id === 'accounting-fundamentals',
    )!
    expect(other.cutScore.scale).toBe('provisional')
  }, 300_000)

  it('gives each delivered form its own raw cut: the harder the families, the lower the percent', async () => {
    const quotas = cutScoreRecord(test, [PLATFORM_ROUND]).domains
    const form = (pick: (domain: string) => string) =>
      quotas.flatMap((q) =>
        Array.from({ length: q.items }, () => ({
          family: pick(q.domain),
          domain: q.domain,
          scored: true,
        })),
      )
    const easiest = (domain: string) => families.find((f) => f.domain === domain)!.id
    const hardest = (domain: string) => families.filter((f) => f.domain === domain).at(-1)!.id
    const easy = await formCutPercent(database.db, test, form(easiest))
    const hard = await formCutPercent(database.db, test, form(hardest))
    // A family never calibrated counts as its domain's calibrated families on average.
    const fresh = await formCutPercent(
      database.db,
      test,
      form((d) => `${d}/new-template`),
    )
    expect(easy).toBeGreaterThan(fresh + 5)
    expect(fresh).toBeGreaterThan(hard + 5)
    // The finished attempt's ability and standard error come from the same family parameters:
    // the same 70 % right is more ability on the hard form than on the easy one.
    const stored = (await loadFamilyCalibrations(database.db, TEST_ID)).get(TEST_ID)!
    const answers = (pick: (domain: string) => string) =>
      form(pick).map((slot, i) => ({ family: slot.family, correct: i % 10 < 7 }))
    const onEasy = placeOnFamilyScale(stored, answers(easiest))!
    const onHard = placeOnFamilyScale(stored, answers(hardest))!
    expect(onHard.theta).toBeGreaterThan(onEasy.theta + 1)
    for (const placed of [onEasy, onHard]) {
      expect(placed.se).toBeGreaterThan(0.3)
      expect(placed.se).toBeLessThan(0.7)
    }
    expect(placeOnFamilyScale(stored, [{ family: 'unknown', correct: true }])).toBeNull()
    // A test without calibrated families keeps its published cut on every form.
    const other = catalogTest('accounting-fundamentals')!
    expect(await formCutPercent(database.db, other, form(easiest))).toBe(other.passRule.cutPercent)
  })
})
