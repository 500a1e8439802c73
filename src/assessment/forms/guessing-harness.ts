import { formBalance, keyCues, MAX_CUE_REDRAWS } from '../attempts/form-balance.js'
import { planForm } from '../attempts/plan-form.js'
import { isCorrect } from '../attempts/score-attempt.js'
import type { Item } from '../item.js'
import type { ItemVariant } from '../item-model.js'
import type { OptionCue } from '../lint/option-cues.js'
import type { Rng } from '../rng.js'
import type { TestDefinition } from '../test-definition.js'
import { chooseByScores, ruleScores, type SeenItem, type TestWiseRule } from './test-wise-rules.js'

export interface GuessingInput {
  readonly tests: readonly TestDefinition[]
  /** Operational and pretest authored items of those tests. */
  readonly items: readonly Item[]
  /** Variants per item model, drawn fresh from the model; forms draw their model slots from these. */
  readonly variants: ReadonlyMap<string, readonly ItemVariant[]>
  readonly rules: readonly TestWiseRule[]
  readonly forms: number
  readonly rng: Rng
}

/** How often one rule passes one test. */
export interface GuessingOutcome {
  readonly testId: string
  readonly rule: string
  readonly passed: number
  readonly forms: number
  /** Share of scored items the rule answered right, over all forms. */
  readonly itemAccuracy: number
}

/**
 * A candidate who knows nothing and follows one test-wise rule: each rule sits `forms` forms of
 * every test, assembled as attempts assemble them (blueprint quotas, exposure, options shuffled),
 * and is scored against the test's cut. Model slots take a variant drawn from the model's sample.
 *
 * @example guessPassRates({ tests, items, variants, rules: TEST_WISE_RULES, forms: 1000, rng })
 */
export function guessPassRates(input: GuessingInput): GuessingOutcome[] {
  const { rng } = input
  const models = new Set(input.variants.keys())
  // Forms ask for a model's families or templates by name, as attempts do; the sample stands in
  // for the model, so its variants of the slot's stratum are the ones drawn from.
  const byStratum = new Map<string, readonly ItemVariant[]>()
  for (const variants of input.variants.values()) {
    for (const v of variants)
      if (v.family) byStratum.set(v.family, [...(byStratum.get(v.family) ?? []), v])
  }
  const strata = new Map(
    [...input.variants].map(([id, variants]) => [
      id,
      variants.every((v) => v.family) ? [...new Set(variants.map((v) => v.family!))] : [],
    ]),
  )
  // A rule's scores depend on the options alone, not their order: worked out once per item.
  const scored = new Map<SeenItem, (readonly number[])[]>()
  const scoresOf = (item: SeenItem): (readonly number[])[] => {
    let scores = scored.get(item)
    if (!scores) {
      scores = input.rules.map((rule) => ruleScores(rule, item))
      scored.set(item, scores)
    }
    return scores
  }
  // So are the cues its key carries, which the form's balance reads at each draw of it.
  const cued = new Map<SeenItem, readonly OptionCue[]>()
  const cuesOf = (item: SeenItem & { readonly keys: readonly string[] }) => {
    let cues = cued.get(item)
    if (!cues) {
      cues = keyCues(
        item.options.map((o) => o.markdown),
        keyAt(item),
      )
      cued.set(item, cues)
    }
    return cues
  }
  const out: GuessingOutcome[] = []
  for (const test of input.tests) {
    const items = input.items.filter((i) => i.testId === test.id)
    const exposures = new Map<string, number>()
    const tally = input.rules.map(() => ({ passed: 0, right: 0, asked: 0 }))
    for (let form = 0; form < input.forms; form++) {
      const slots = planForm({
        test,
        items,
        models,
        strata,
        pulled: new Set(),
        seen: new Set(),
        exposures,
        rng,
      })
      // Option order only breaks a rule's ties, which `chooseByScores` breaks at random anyway.
      const delivered: { seen: SeenItem & { readonly keys: readonly string[] } }[] = []
      const balance = formBalance(slots.length)
      for (const slot of slots) {
        if (slot.source === 'item') {
          exposures.set(slot.item.id, (exposures.get(slot.item.id) ?? 0) + 1)
          balance.admit(cuesOf(slot.item))
          if (slot.scored) delivered.push({ seen: slot.item })
        } else {
          const sample =
            (slot.stratum && byStratum.get(slot.stratum)) || input.variants.get(slot.modelId)!
          // The cue shares of a form, as delivery keeps them: a cued key past its share is redrawn.
          for (let draw = 0; ; draw++) {
            const seen = rng.pick(sample)
            if (draw < MAX_CUE_REDRAWS && balance.overBudget(cuesOf(seen))) continue
            balance.admit(cuesOf(seen))
            delivered.push({ seen })
            break
          }
        }
      }
      input.rules.forEach((_, r) => {
        let right = 0
        for (const { seen } of delivered) {
          if (isCorrect(seen.keys, chooseByScores(seen, scoresOf(seen)[r]!, rng))) right++
        }
        const t = tally[r]!
        t.right += right
        t.asked += delivered.length
        if ((right / delivered.length) * 100 >= test.passRule.cutPercent) t.passed++
      })
    }
    input.rules.forEach((rule, r) => {
      const t = tally[r]!
      out.push({
        testId: test.id,
        rule: rule.name,
        passed: t.passed,
        forms: input.forms,
        itemAccuracy: t.asked === 0 ? 0 : t.right / t.asked,
      })
    })
  }
  return out
}

/** Index of the single key among the options; -1 when there are several. */
function keyAt(item: SeenItem & { readonly keys: readonly string[] }): number {
  return item.keys.length === 1 ? item.options.findIndex((o) => o.id === item.keys[0]) : -1
}
