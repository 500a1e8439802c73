import { expect, it } from 'vitest'
import {
  CATALOG,
  ITEM_MODELS,
  NAMED_SKILL_TEST_IDS,
  offeredTests,
} from '../../../src/assessment/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { GUESSING_PARTS, partOf } from '../../support/guessing-shard.js'
import { sharedReviewStanding } from '../../support/review-standing.js'

describeEngineIndependent('the guessing harness', () => {
  it('covers every named-skill and editing test, all of them offered', async () => {
    // Their keys are written by hand, so they are the tests most at risk of a cue; each is offered
    // and so guessed at by the harness. A test the review withholds reaches no candidate until its
    // faulty families are rewritten and reviewed again (its cues are recorded in its review).
    const standing = await sharedReviewStanding()
    const editing = new Set(ITEM_MODELS.filter((m) => m.engine === 'edit').map((m) => m.id))
    const offered = new Set(offeredTests(CATALOG, new Map(), standing).map((t) => t.id))
    const unchecked = CATALOG.filter(
      (t) =>
        (NAMED_SKILL_TEST_IDS.includes(t.id) ||
          t.blueprint.some((d) => d.itemModelIds.some((id) => editing.has(id)))) &&
        (standing(t)?.awaiting ?? 0) === 0 &&
        !offered.has(t.id),
    )
    expect(unchecked.map((t) => t.id)).toEqual([])
    expect(offered.size).toBeGreaterThan(NAMED_SKILL_TEST_IDS.length)
  })

  it('reads every item model in exactly one of its parts', () => {
    const parts = ITEM_MODELS.map((m) => partOf(m.id))
    for (let k = 0; k < GUESSING_PARTS; k++) expect(parts).toContain(k)
    expect(parts.every((p) => Number.isInteger(p) && p >= 0 && p < GUESSING_PARTS)).toBe(true)
  })
})
