import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  adoptRatingRound,
  catalogTest,
  cutHistory,
  DATABASE_ITEM_BANK,
  listRatingRounds,
  PLATFORM_ROUND,
  type RatingRound,
} from '../../src/assessment/index.js'
import { newId } from '../../src/db/index.js'
import { engine } from '../support/database.js'
import { type AttemptsHarness, answerAll, openAttemptsHarness } from './attempts-support.js'

const TEST_ID = 'bookkeeping'
const test = catalogTest(TEST_ID)!
/** An external panel that judges the borderline bookkeeper stronger than the platform's authors did. */
const round: RatingRound = {
  id: 'external-bookkeeping-2026-03',
  testId: TEST_ID,
  panel: 'external',
  raters: ['Certified bookkeeper A', 'Accountant B', 'Small-business owner C'],
  ratedOn: '2026-03-01',
  rationale:
    'Three practitioners rated each domain after discussing the minimally competent bookkeeper.',
  ratings: test.blueprint.map((d) => ({
    domain: d.id,
    probability: 0.85,
    rationale: 'Routine work a paid bookkeeper does unsupervised.',
  })),
}

interface Started {
  id: string
  items: { position: number; kind: 'single' | 'multiple'; options: { id: string }[] }[]
}

describe(`a recorded panel round on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness({ bank: DATABASE_ITEM_BANK })
  })
  afterAll(async () => {
    await h.close()
  })

  let readers = 0
  const page = async () =>
    (await (await h.signUp(`reader${++readers}`)).call('GET', `/catalog/tests/${TEST_ID}`)).json()
      .test as { version: number; cutPercent: number; standardSetting: string }

  /** The test as the catalog search lists it (a page the server keeps once serialised). */
  const searched = async () =>
    (
      (
        await (await h.signUp(`searcher${++readers}`)).call('GET', `/catalog/tests?q=${TEST_ID}`)
      ).json().tests as { id: string; version: number; cutPercent: number }[]
    ).find((t) => t.id === TEST_ID)!

  it('is refused whole when its cut cannot be adopted: the round is not recorded either', async () => {
    // A concurrent adopter already wrote version 2 of the test's pass rule.
    await h.database.db
      .insertInto('assessment_test_cuts')
      .values({
        id: newId(),
        test_id: TEST_ID,
        test_version: test.version + 1,
        rounds: JSON.stringify([PLATFORM_ROUND.id]),
        cut_theta: 0,
        cut_percent: 60,
        scale: 'provisional',
        statement: 'written by a racing adopter',
        adopted_at: h.clock.now,
        superseded_at: h.clock.now,
      })
      .execute()
    await expect(adoptRatingRound(h.database.db, round, h.clock.now)).rejects.toThrow()
    expect((await listRatingRounds(h.database.db)).map((r) => r.id)).not.toContain(round.id)
    expect(await cutHistory(h.database.db, TEST_ID)).toHaveLength(1)
    await h.database.db.deleteFrom('assessment_test_cuts').execute()
  })

  it('moves the live cut, so a borderline score that passed before fails after, and keeps the old cut', async () => {
    const before = (await DATABASE_ITEM_BANK.test(h.database.db, TEST_ID))!
    const shownBefore = await page()
    const listedBefore = await searched()
    expect(listedBefore.version).toBe(test.version)
    expect(shownBefore.cutPercent).toBeCloseTo(before.passRule.cutPercent, 1)
    expect(shownBefore.standardSetting).toContain("the platform's own content authors")
    const items = test.form.scoredItems
    // The fewest right answers that meet the authors' cut: a borderline score.
    const borderline = Math.ceil((before.passRule.cutPercent * items) / 100 - 1e-9)

    const early = await h.signUp('early')
    const started = (await early.call('POST', '/attempts', { testId: TEST_ID })).json()
      .attempt as Started

    const adoptedAt = h.clock.now
    const moved = await adoptRatingRound(h.database.db, round, adoptedAt)
    expect(moved).toEqual([
      {
        testId: TEST_ID,
        before: { cutPercent: before.passRule.cutPercent, cutTheta: 0 },
        after: { cutPercent: expect.closeTo(85, 6), cutTheta: 0, version: test.version + 1 },
      },
    ])
    const after = (await DATABASE_ITEM_BANK.test(h.database.db, TEST_ID))!
    expect(after.passRule.cutPercent).toBeCloseTo(85, 6)
    // The test page shows the new cut, version and who set it.
    const shown = await page()
    expect(shown).toMatchObject({ version: test.version + 1, cutPercent: 85 })
    expect(shown.standardSetting).toContain('an external panel of practitioners')
    expect(shown.standardSetting).toContain(round.id)
    // The same search again is not answered from the page kept before the cut moved.
    expect(await searched()).toMatchObject({ version: test.version + 1, cutPercent: 85 })
    expect((borderline / items) * 100).toBeLessThan(after.passRule.cutPercent)

    const scoreBorderline = async (who: typeof early, attempt: Started) => {
      const scored = await h.database.db
        .selectFrom('assessment_attempt_items')
        .select('position')
        .where('attempt_id', '=', attempt.id)
        .where('scored', '=', true)
        .orderBy('position')
        .execute()
      const right = new Set(scored.slice(0, borderline).map((s) => s.position))
      await answerAll(h, who, attempt, (position) => right.has(position))
      return (await who.call('POST', `/attempts/${attempt.id}/submit`)).json().report as {
        rawScore: number
        passed: boolean
      }
    }
    const cutOf = async (id: string) =>
      h.database.db
        .selectFrom('assessment_attempts')
        .select(['cut_percent', 'test_version'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    // The attempt begun under the authors' cut keeps it: a candidate is judged by the rule
    // announced when they began.
    expect(await cutOf(started.id)).toMatchObject({ cut_percent: before.passRule.cutPercent })
    expect(await scoreBorderline(early, started)).toMatchObject({
      rawScore: borderline,
      passed: true,
    })
    // The same score on an attempt begun after the round fails the panel's cut.
    const late = await h.signUp('late')
    const next = (await late.call('POST', '/attempts', { testId: TEST_ID })).json()
      .attempt as Started
    expect(await cutOf(next.id)).toMatchObject({
      cut_percent: after.passRule.cutPercent,
      test_version: test.version + 1,
    })
    expect(await scoreBorderline(late, next)).toMatchObject({ rawScore: borderline, passed: false })

    const history = await cutHistory(h.database.db, TEST_ID)
    expect(history).toMatchObject([
      { testVersion: test.version + 1, rounds: [round.id], supersededAt: null },
      {
        testVersion: test.version,
        rounds: [PLATFORM_ROUND.id],
        cutPercent: before.passRule.cutPercent,
        supersededAt: adoptedAt,
      },
    ])
  }, 120_000)
})
