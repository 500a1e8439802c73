import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  CATALOG,
  closeTaskEngines,
  createRng,
  createTaskEngines,
  familyReviewStanding,
  type GuessingOutcome,
  generateVariants,
  guessPassRates,
  ITEM_MODELS,
  type Item,
  type ItemVariant,
  itemModel,
  lintOptions,
  NAMED_SKILL_TEST_IDS,
  TEST_WISE_RULES,
} from '../../../src/assessment/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/** Fresh variants per item model; each form's model slot draws one of them. */
const VARIANTS_PER_MODEL = 300
const FORMS = 1000
/** Passed in over 1 % of forms is guessable. */
const MAX_PASSES = FORMS / 100

const engines = createTaskEngines()
// The named-skill tests and every other test drawing on their text-editing models, but not a
// test the review withholds: its faulty families (a cue among them) are recorded in its review,
// and it reaches no candidate until they are rewritten and reviewed again.
const editing = new Set(ITEM_MODELS.filter((m) => m.engine === 'edit').map((m) => m.id))
const reviewStanding = familyReviewStanding()
const tests = CATALOG.filter(
  (t) =>
    (NAMED_SKILL_TEST_IDS.includes(t.id) ||
      t.blueprint.some((d) => d.itemModelIds.some((id) => editing.has(id)))) &&
    (reviewStanding(t)?.awaiting ?? 0) === 0,
)
const modelIds = [...new Set(tests.flatMap((t) => t.blueprint.flatMap((d) => d.itemModelIds)))]
const variants = new Map<string, readonly ItemVariant[]>()

// Generation grows with every named-skill test (about a second per model on an idle machine);
// the margin lets the hook finish on a shared, loaded one.
beforeAll(async () => {
  const rng = createRng(2026_12_03)
  for (const id of modelIds) {
    variants.set(id, await generateVariants(itemModel(id)!, rng, VARIANTS_PER_MODEL, engines))
  }
}, 600_000)
afterAll(() => closeTaskEngines(engines))

describeEngineIndependent('named-skill tests before a candidate who knows nothing', () => {
  it('carry no malformed, "of the above" or letter-reference option in any variant', () => {
    const items: Item[] = [...variants].flatMap(([modelId, list]) =>
      list.map((v, i) => ({
        id: `${modelId}#${i}`,
        testId: modelId,
        domain: 'generated',
        kind: v.kind,
        stem: v.stem,
        options: v.options,
        keys: v.keys,
        lifecycle: 'operational' as const,
        source: 'model' as const,
        modelId,
      })),
    )
    expect(
      lintOptions(items)
        .filter((f) => f.itemId !== undefined)
        .slice(0, 5),
    ).toEqual([])
  })

  it('are passed in at most 1 % of 1,000 forms by every test-wise rule', () => {
    const outcomes = guessPassRates({
      tests,
      items: [],
      variants,
      rules: TEST_WISE_RULES,
      forms: FORMS,
      rng: createRng(12),
    })
    const worst = new Map<string, GuessingOutcome>()
    for (const o of outcomes) {
      if (o.passed > (worst.get(o.testId)?.passed ?? -1)) worst.set(o.testId, o)
    }
    // The figures a reviewer asks for: passes of the worst rule and the best rule's item accuracy.
    console.info(
      [...worst.values()]
        .map((o) => {
          const best = Math.max(
            ...outcomes.filter((x) => x.testId === o.testId).map((x) => x.itemAccuracy),
          )
          return `${o.testId}: passed in ${o.passed}/${o.forms} forms; best rule answers ${best.toFixed(2)} of items`
        })
        .join('\n'),
    )
    expect(tests.length).toBeGreaterThan(NAMED_SKILL_TEST_IDS.length)
    const guessable = [...worst.values()].filter((o) => o.passed > MAX_PASSES)
    expect(guessable.map((o) => `${o.testId}: ${o.passed} by ${o.rule}`)).toEqual([])
  })
})
