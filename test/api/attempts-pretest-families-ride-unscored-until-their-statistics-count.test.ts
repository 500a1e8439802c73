import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  catalogTest,
  DATABASE_ITEM_BANK,
  FAMILY_PRETEST_MIN_RESPONSES,
  itemModel,
  pretestFamilies,
  promotePretestFamilies,
} from '../../src/assessment/index.js'
import { engine } from '../support/database.js'
import { type AttemptsHarness, answerAll, openAttemptsHarness } from './attempts-support.js'

const TEST_ID = 'bookkeeping'
const domain = catalogTest(TEST_ID)!.blueprint[0]!
const modelId = domain.itemModelIds[0]!
const family = itemModel(modelId)!.strata![0]!

describe(`a family in pretest on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness({ bank: DATABASE_ITEM_BANK })
    await h.database.db
      .insertInto('assessment_family_pretest')
      .values({
        test_id: TEST_ID,
        family,
        model_id: modelId,
        domain: domain.id,
        state: 'pretest',
        added_at: h.clock.now,
      })
      .execute()
  })
  afterAll(async () => {
    await h.close()
  })

  it('is delivered in an unscored slot, not scored, and its response recorded', async () => {
    const ann = await h.signUp('ann')
    const attempt = (await ann.call('POST', '/attempts', { testId: TEST_ID })).json().attempt
    const rows = await h.database.db
      .selectFrom('assessment_attempt_items')
      .select(['position', 'family', 'scored'])
      .where('attempt_id', '=', attempt.id)
      .execute()
    const own = rows.filter((r) => r.family === family)
    expect(own).toHaveLength(1)
    expect(own[0]!.scored).toBe(false)
    expect(rows.filter((r) => r.scored)).toHaveLength(catalogTest(TEST_ID)!.form.scoredItems)

    // Right on the pretest item only: it adds nothing to the score.
    await answerAll(h, ann, attempt, (position) => position === own[0]!.position)
    const report = (await ann.call('POST', `/attempts/${attempt.id}/submit`)).json().report
    expect(report).toMatchObject({ rawScore: 0, passed: false })
    const recorded = await h.database.db
      .selectFrom('assessment_attempt_items')
      .select(['correct', 'chosen_option_ids'])
      .where('attempt_id', '=', attempt.id)
      .where('position', '=', own[0]!.position)
      .executeTakeFirstOrThrow()
    expect(recorded.correct).toBe(true)
    expect(recorded.chosen_option_ids).toHaveLength(1)

    // One response is far from the 200 it needs: it stays in pretest, its statistics stored.
    expect(FAMILY_PRETEST_MIN_RESPONSES).toBe(200)
    const [verdict] = await promotePretestFamilies(h.database.db, TEST_ID, h.clock.now)
    expect(verdict).toMatchObject({
      family,
      responses: 1,
      heldBecause: '1 responses; at least 200 are needed',
    })
    expect((await pretestFamilies(h.database.db, TEST_ID)).map((f) => f.family)).toEqual([family])
  }, 120_000)
})
