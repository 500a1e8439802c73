import { afterAll, expect, it } from 'vitest'
import { chooseByScores, ruleScores } from '../../../src/assessment/forms/test-wise-rules.js'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  generateVariants,
  ITEM_MODELS,
  isCorrect,
  seedFromName,
  TEST_WISE_RULES,
} from '../../../src/assessment/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

/** Variants per model: a rate near 0.25 is then known to about ±0.03. */
const VARIANTS = 200
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
 * make the longest (the Android and Scrum ones), options that are code of one shape (JavaScript,
 * TypeScript, SQL), and scenario models, whose three wrong answers leave nothing to choose. Three
 * Android and Scrum models that sat just under the limit (0.38–0.39) crossed it (0.41–0.43) when
 * the draws changed, for the same reason, and two models of tests reviewed the same day sit at
 * 0.41 by crossing out the longest and the most similar (Bash quoting, whose rewritten options
 * made the key seldom the longest; English→Russian lexis, whose keys are rarely the longest
 * word choice). Open work. Whole forms stay unguessable under every rule (the offered-tests
 * harness).
 */
const OVER_CORRECTED: ReadonlySet<string> = new Set([
  'js-default-sort',
  'js-string-methods',
  'js-spread-destructuring',
  'ts-narrowing-generics',
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
const EXCEPTED = new Set([...STILL_CUED, ...OVER_CORRECTED])

describeEngineIndependent('a candidate who knows nothing, on one item model at a time', () => {
  it(`answers at most ${MAX_GUESSED * 100} % of ${VARIANTS} variants of each model right by any test-wise rule`, async () => {
    const rates = new Map<string, { rule: string; rate: number }>()
    for (const model of ITEM_MODELS) {
      // Each model draws from a stream of its own, so a model added to the registry does not
      // change what every later model's draws are (and with them a rate near the limit).
      const rng = createRng(seedFromName(model.id))
      const variants = await generateVariants(model, rng, VARIANTS, engines)
      for (const rule of TEST_WISE_RULES) {
        let right = 0
        for (const v of variants) {
          if (isCorrect(v.keys, chooseByScores(v, ruleScores(rule, v), rng))) right++
        }
        const rate = right / variants.length
        if (rate > (rates.get(model.id)?.rate ?? -1)) rates.set(model.id, { rule: rule.name, rate })
      }
    }
    const over = [...rates]
      .filter(([id, r]) => r.rate > MAX_GUESSED && !EXCEPTED.has(id))
      .map(([id, r]) => `${id}: ${r.rate.toFixed(2)} by ${r.rule}`)
    expect(over).toEqual([])
    // An entry that no longer needs its exception is removed, so the list only shrinks.
    const cleared = [...EXCEPTED].filter((id) => (rates.get(id)?.rate ?? 0) <= MAX_GUESSED)
    expect(cleared).toEqual([])
  }, 900_000)
})
