import { afterAll, beforeAll, expect, it } from 'vitest'
import { chooseByScores, ruleScores } from '../../src/assessment/forms/test-wise-rules.js'
import {
  CATALOG,
  closeTaskEngines,
  createRng,
  createTaskEngines,
  type GuessingOutcome,
  generateVariants,
  guessPassRates,
  ITEM_MODELS,
  type Item,
  type ItemVariant,
  isCorrect,
  lintOptions,
  offeredTests,
  type ReviewStandingOf,
  readAuthoredBank,
  seedFromName,
  TEST_WISE_RULES,
  type TestDefinition,
} from '../../src/assessment/index.js'
import { describeEngineIndependent } from './engine-independent.js'
import { sharedReviewStanding } from './review-standing.js'

/**
 * The guessing harness runs as this many test files, so the two workers of a run share it: drawn
 * whole it was the slowest file of the suite, and its length grows with every test offered.
 */
export const GUESSING_PARTS = 3

/**
 * The part that reads a model or test, by its id alone: an id added or removed moves no other id
 * to another part, and every id falls in exactly one part.
 */
export const partOf = (id: string): number => seedFromName(id) % GUESSING_PARTS

/** Fresh variants per item model; each form's model slot draws one of them. */
const VARIANTS_PER_MODEL = 300
/**
 * The first of them, read one model at a time: a rate near 0.25 is then known to about ±0.03.
 * (Drawn again with other seeds, 14 models landed at 0.40–0.46; aiming their keys' places took
 * 10 of them to at most 0.35 over 3 × 1,000 draws, but the Android background-data and English
 * concision models, whose fixed options keep a key that is never the longest, still read 0.39:
 * read a rate under the limit as "not shown to be over it", not as a margin.)
 */
const VARIANTS = 200
const FORMS = 1000
/** Passed in over 1 % of forms is guessable. */
const MAX_PASSES = FORMS / 100
/** Chance with four options is 0.25; a rule that beats 0.40 has found a cue. */
const MAX_GUESSED = 0.4

/**
 * Models whose option sets still give a rule more than 0.40 in this test's draws, open work:
 * CLDR plural categories are a fixed set of words of unequal length (0.47, longest option);
 * straight-line depreciation and loan payments offer wrong figures that are the key's formula with
 * one term changed (most similar); copywriting's audience tone often has the right register in
 * the fuller sentence (longest option; 0.35–0.47 over six seeds). Project management's schedule
 * model (0.41, middle value) keeps numeric keys whose shared distractor chooser seldom lets the key
 * be the highest or lowest figure; that test is withheld after review until its families are
 * redesigned. Two more sit at the limit and
 * fall under it in these draws: `match` results (0.41 by longest option in another draw) and
 * English→German writing conventions (0.43 by most similar in another). Whole forms stay
 * unguessable: the offered-tests harness passes each of these tests in 0 of 1,000 forms.
 */
const STILL_CUED: ReadonlySet<string> = new Set([
  'l10n-plural-rules',
  'fin-depreciation',
  'fin-loan-payment',
  'copy-audience-tone',
])

/**
 * Models whose writers hid the cues above so consistently that the counter-rules find the key
 * instead: it is never the longest option or never the one most like the rest, so a candidate who
 * crosses out both (or takes the shortest, or the least similar) beats chance on that model.
 * Editing models now aim the key at a place by length and by likeness drawn uniformly (and mostly
 * refuse a variant whose key strays to an extreme it was not aimed at), which cleared 21 of the 34
 * listed on 2026-12-04; what is left is in the families: a fixed sentence whose key no pool can
 * make the longest (the Android and Scrum ones), options that are code of one shape (SQL), and
 * scenario models, whose three wrong answers leave nothing to choose. Three
 * Android and Scrum models that sat just under the limit (0.38–0.39) crossed it (0.41–0.43) when
 * the draws changed, for the same reason, and two models of tests reviewed the same day sit at
 * 0.41 by crossing out the longest and the most similar (Bash quoting, whose rewritten options
 * made the key seldom the longest; English→Russian lexis, whose keys are rarely the longest
 * word choice). The JavaScript and TypeScript snippet models (sort, string methods, spread,
 * narrowing) left the list once each of their distractors was the output of a named misconception:
 * the larger pools let the chooser hide the key both ways (at most 0.39 over 200 and 600 draws).
 * Open work. Whole forms stay unguessable under every rule (the offered-tests
 * harness).
 */
const OVER_CORRECTED: ReadonlySet<string> = new Set([
  'sql-group-having',
  'tr-en-it-register',
  'email-compliance',
  'email-authentication',
  'email-deliverability',
  'office-documents',
  'android-permissions',
  'android-kotlin',
  'android-lifecycle',
  'android-compose',
  'agile-scrum-team',
  'agile-events',
  'bashs-quoting',
  'tr-en-ru-lexis',
])
export const EXCEPTED: ReadonlySet<string> = new Set([...STILL_CUED, ...OVER_CORRECTED])

const asItems = (modelId: string, list: readonly ItemVariant[]): Item[] =>
  list.map((v, i) => ({
    id: `${modelId}#${i}`,
    testId: modelId,
    domain: 'generated',
    kind: v.kind,
    stem: v.stem,
    options: v.options,
    keys: v.keys,
    lifecycle: 'operational',
    source: 'model',
    modelId,
  }))

const authoredItems = (): Item[] =>
  readAuthoredBank(new Map(CATALOG.map((t) => [t.id, t])), { demo: true })
    .map((p) => p.item)
    .filter((i) => i.lifecycle === 'operational' || i.lifecycle === 'pretest')

/** The offered tests, as a catalog visitor sees them: authored operational items and reviews. */
function offeredOf(authored: readonly Item[], standing: ReviewStandingOf): TestDefinition[] {
  const counts = new Map<string, Map<string, number>>()
  for (const item of authored.filter((i) => i.lifecycle === 'operational')) {
    const domains = counts.get(item.testId) ?? new Map<string, number>()
    domains.set(item.domain, (domains.get(item.domain) ?? 0) + 1)
    counts.set(item.testId, domains)
  }
  return offeredTests(CATALOG, counts, standing)
}

/**
 * One part of the guessing harness: the item models and offered tests whose ids fall in `part`.
 * Each model draws from a stream seeded by its id and each test's forms from one seeded by the
 * test's, so what a model or test scores does not depend on which part reads it or on what else
 * the catalog holds.
 */
export function describeGuessingPart(part: number): void {
  const engines = createTaskEngines()
  const authored = authoredItems()
  const variants = new Map<string, readonly ItemVariant[]>()
  /** Each model's best test-wise rule and its rate over the model's first `VARIANTS` variants. */
  const modelRates = new Map<string, { rule: string; rate: number }>()
  const ownModels = ITEM_MODELS.filter((m) => partOf(m.id) === part)
  let tests: TestDefinition[] = []

  beforeAll(async () => {
    tests = offeredOf(authored, await sharedReviewStanding()).filter((t) => partOf(t.id) === part)
    const needed = new Set([
      ...ownModels.map((m) => m.id),
      ...tests.flatMap((t) => t.blueprint.flatMap((d) => d.itemModelIds)),
    ])
    for (const model of ITEM_MODELS.filter((m) => needed.has(m.id))) {
      // A model added to the registry does not change what every other model's draws are (and
      // with them a rate near the limit).
      const rng = createRng(seedFromName(model.id))
      const first = await generateVariants(model, rng, VARIANTS, engines)
      for (const rule of TEST_WISE_RULES) {
        let right = 0
        for (const v of first) {
          if (isCorrect(v.keys, chooseByScores(v, ruleScores(rule, v), rng))) right++
        }
        const rate = right / first.length
        if (rate > (modelRates.get(model.id)?.rate ?? -1)) {
          modelRates.set(model.id, { rule: rule.name, rate })
        }
      }
      const rest = await generateVariants(model, rng, VARIANTS_PER_MODEL - VARIANTS, engines)
      variants.set(model.id, [...first, ...rest])
    }
  }, 900_000)
  afterAll(() => closeTaskEngines(engines))

  describeEngineIndependent(
    `a candidate who knows nothing, on one item model at a time (part ${part + 1} of ${GUESSING_PARTS})`,
    () => {
      it(`answers at most ${MAX_GUESSED * 100} % of ${VARIANTS} variants of each model right by any test-wise rule`, () => {
        expect(ownModels.length).toBeGreaterThan(0)
        const over = ownModels
          .map((m) => [m.id, modelRates.get(m.id)!] as const)
          .filter(([id, r]) => r.rate > MAX_GUESSED && !EXCEPTED.has(id))
          .map(([id, r]) => `${id}: ${r.rate.toFixed(2)} by ${r.rule}`)
        expect(over).toEqual([])
        // An entry that no longer needs its exception is removed, so the list only shrinks.
        const cleared = [...EXCEPTED].filter(
          (id) => partOf(id) === part && (modelRates.get(id)?.rate ?? 0) <= MAX_GUESSED,
        )
        expect(cleared).toEqual([])
      })

      it('finds no malformed option, no "of the above" and no letter reference in any variant', () => {
        const items = ownModels.flatMap((m) => asItems(m.id, variants.get(m.id)!))
        const itemLevel = lintOptions(items).filter((f) => f.itemId !== undefined)
        expect(itemLevel.slice(0, 5)).toEqual([])
      })
    },
  )

  describeEngineIndependent(
    `a candidate who knows nothing and follows test-wise rules (part ${part + 1} of ${GUESSING_PARTS})`,
    () => {
      it('passes no offered test in over 1 % of 1,000 forms', () => {
        const outcomes: GuessingOutcome[] = []
        for (const test of tests) {
          const models = new Set(test.blueprint.flatMap((d) => d.itemModelIds))
          outcomes.push(
            ...guessPassRates({
              tests: [test],
              items: authored,
              variants: new Map([...variants].filter(([id]) => models.has(id))),
              rules: TEST_WISE_RULES,
              forms: FORMS,
              rng: createRng(seedFromName(test.id)),
            }),
          )
        }
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
        const guessable = [...worst.values()]
          .filter((o) => o.passed > MAX_PASSES)
          .map((o) => `${o.testId}: ${o.passed} by ${o.rule}`)
        expect(tests.length).toBeGreaterThan(0)
        expect(worst.size).toBe(tests.length)
        expect(guessable.join('\n')).toBe('')
        // A guard against a hang, not a speed check.
      }, 600_000)
    },
  )
}
