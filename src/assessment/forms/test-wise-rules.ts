import type { ItemKind, ItemOption } from '../item.js'
import {
  looksImpossible,
  middleValues,
  OF_THE_ABOVE,
  readText,
  resemblance,
} from '../lint/option-cues.js'
import type { Rng } from '../rng.js'

/** What a candidate sees of an item: its kind and its options, never its keys. */
export interface SeenItem {
  readonly kind: ItemKind
  readonly options: readonly ItemOption[]
}

/**
 * A generic test-wise rule: a candidate following one of the option cues of
 * `lint/option-cues.ts` (the one home of the cue rules, shared with the item linter). It scores
 * every option from the options alone, knowing nothing of the subject. `undefined` means the
 * rule has no opinion on this item and the candidate guesses.
 */
export interface TestWiseRule {
  readonly name: string
  score(options: readonly string[]): readonly number[] | undefined
}

const longest: TestWiseRule = {
  name: 'longest option',
  score: (options) => options.map((o) => o.length),
}

/** Among numeric options the middle value; with an even count the one nearer the mean. */
const middleValue: TestWiseRule = {
  name: 'middle value',
  score: (options) => middleValues(options)?.map((m) => (m ? 1 : 0)),
}

/** The option most like the others: distractors made by editing the key all resemble it. */
const mostSimilar: TestWiseRule = {
  name: 'most similar to the others',
  score: resemblance,
}

/** Cross out what looks impossible, then take the option most like the rest. */
const avoidImpossible: TestWiseRule = {
  name: 'avoid impossible options',
  score: (options) => {
    const out = looksImpossible(options)
    if (!out.some(Boolean) || out.every(Boolean)) return undefined
    return resemblance(options).map((s, i) => (out[i] ? -1 : s))
  },
}

/** "All of" or "both" over "none of", over the rest. */
const ofTheAbove: TestWiseRule = {
  name: '"all of the above"',
  score: (options) =>
    options.some((o) => OF_THE_ABOVE.test(o))
      ? options.map((o) =>
          /\b(all|both)\b/i.test(o) && OF_THE_ABOVE.test(o) ? 2 : OF_THE_ABOVE.test(o) ? 1 : 0,
        )
      : undefined,
}

/**
 * The counter-rules of a candidate who knows that item writers avoid the cues above and so
 * over-correct: a key never longest is then often the shortest, one never most like the others
 * the least like them.
 */
const shortest: TestWiseRule = {
  name: 'shortest option',
  score: (options) => options.map((o) => -o.length),
}

const leastSimilar: TestWiseRule = {
  name: 'least similar to the others',
  score: (options) => resemblance(options).map((s) => -s),
}

/** How many options score strictly higher than each: 0 for the best (ties share it). */
const rankFromTop = (scores: readonly number[]): number[] =>
  scores.map((s) => scores.filter((t) => t > s).length)

/**
 * Crosses out the longest option and the one most like the rest, then guesses among the others:
 * the rule of a candidate who expects a writer to have hidden both cues from the key.
 */
const crossOutCues: TestWiseRule = {
  name: 'cross out the longest and the most similar',
  score: (options) => {
    const byLength = rankFromTop(options.map((o) => o.length))
    const bySimilarity = rankFromTop(resemblance(options))
    return options.map((_, i) => (byLength[i] === 0 || bySimilarity[i] === 0 ? -1 : 0))
  },
}

/** The rules the guessing harness applies, each on its own. */
export const TEST_WISE_RULES: readonly TestWiseRule[] = [
  longest,
  middleValue,
  mostSimilar,
  avoidImpossible,
  ofTheAbove,
  shortest,
  leastSimilar,
  crossOutCues,
]

/**
 * The option ids a rule chooses: the best-scored option (ties broken at random) for a single
 * answer, the better-scored half for a multiple answer; a random guess when the rule is silent.
 */
export function applyRule(rule: TestWiseRule, item: SeenItem, rng: Rng): string[] {
  return chooseByScores(item, ruleScores(rule, item), rng)
}

/** What a rule thinks of each option, in the item's option order; zeros when it is silent. */
export function ruleScores(rule: TestWiseRule, item: SeenItem): readonly number[] {
  const texts = item.options.map((o) => readText(o.markdown))
  return rule.score(texts) ?? texts.map(() => 0)
}

export function chooseByScores(item: SeenItem, scores: readonly number[], rng: Rng): string[] {
  if (item.kind === 'single') {
    // The best option, each tie taking it with equal chance (reservoir sampling).
    let best = 0
    let ties = 1
    for (let i = 1; i < scores.length; i++) {
      if (scores[i]! > scores[best]!) {
        best = i
        ties = 1
      } else if (scores[i] === scores[best] && rng.int(0, ties++) === 0) best = i
    }
    return [item.options[best]!.id]
  }
  const order = rng
    .shuffle(item.options.map((o, i) => ({ id: o.id, score: scores[i]! })))
    .sort((a, b) => b.score - a.score)
  const take = Math.max(1, Math.round(item.options.length / 2))
  return order.slice(0, take).map((o) => o.id)
}
