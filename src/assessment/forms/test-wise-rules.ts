import type { ItemKind, ItemOption } from '../item.js'
import type { Rng } from '../rng.js'

/** What a candidate sees of an item: its kind and its options, never its keys. */
export interface SeenItem {
  readonly kind: ItemKind
  readonly options: readonly ItemOption[]
}

/**
 * A generic test-wise rule: it scores every option from the options alone, knowing nothing of
 * the subject. `undefined` means the rule has no opinion on this item and the candidate guesses.
 */
export interface TestWiseRule {
  readonly name: string
  score(options: readonly string[]): readonly number[] | undefined
}

/** Option text as read: code ticks and emphasis markers dropped, spaces collapsed. */
export function plainText(markdown: string): string {
  return markdown.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim()
}

/** The number an option states when it states exactly one (thousands separators and units allowed). */
export function statedNumber(text: string): number | undefined {
  const numbers = text
    .replace(/\u2212/g, '-')
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .match(/-?\d+(?:\.\d+)?/g)
  if (numbers?.length !== 1) return undefined
  const value = Number(numbers[0])
  return Number.isFinite(value) ? value : undefined
}

function numbersOf(options: readonly string[]): number[] | undefined {
  const values = options.map(statedNumber)
  return values.every((v) => v !== undefined) ? (values as number[]) : undefined
}

/** Character bigrams shared, as a share of both (Dice): 1 for equal texts, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  const grams = (text: string): Map<string, number> => {
    const out = new Map<string, number>()
    for (let i = 0; i < text.length - 1; i++) {
      const gram = text.slice(i, i + 2)
      out.set(gram, (out.get(gram) ?? 0) + 1)
    }
    return out
  }
  const ga = grams(a)
  const gb = grams(b)
  let shared = 0
  for (const [gram, count] of ga) shared += Math.min(count, gb.get(gram) ?? 0)
  const total = Math.max(1, a.length - 1) + Math.max(1, b.length - 1)
  return (2 * shared) / total
}

/** Closeness of two numbers relative to their size: 1 when equal, towards 0 when far apart. */
function numericCloseness(a: number, b: number): number {
  return 1 - Math.abs(a - b) / (Math.abs(a) + Math.abs(b) + 1e-9)
}

/** Digits, letters and the rest reduced to classes: `01:-2` and `07:45` differ in shape. */
export function shapeOf(text: string): string {
  return text
    .replace(/\d+/g, '9')
    .replace(/[A-Za-z]+/g, 'a')
    .replace(/\s+/g, ' ')
}

const IMPOSSIBLE = /\b(?:NaN|undefined|Infinity)\b|-\s*-\d/i

/**
 * Options that look impossible to someone who knows nothing: a word like NaN, or a shape that
 * none of the other options share while the others agree.
 */
export function looksImpossible(options: readonly string[]): boolean[] {
  const shapes = options.map(shapeOf)
  const count = new Map<string, number>()
  for (const s of shapes) count.set(s, (count.get(s) ?? 0) + 1)
  const majority = Math.max(...count.values())
  const negatives = options.filter((o) => /(^|[^\w])[-\u2212]\d/.test(o)).length
  return options.map((o, i) => {
    if (IMPOSSIBLE.test(o)) return true
    if (negatives === 1 && /(^|[^\w])[-\u2212]\d/.test(o)) return true
    return majority >= options.length - 1 && majority > 1 && count.get(shapes[i]!) === 1
  })
}

const longest: TestWiseRule = {
  name: 'longest option',
  score: (options) => options.map((o) => o.length),
}

/** Among numeric options the middle value; with an even count the one nearer the mean. */
const middleValue: TestWiseRule = {
  name: 'middle value',
  score: (options) => {
    const values = numbersOf(options)
    if (!values || new Set(values).size < 3) return undefined
    const sorted = [...values].sort((a, b) => a - b)
    const mean = values.reduce((s, v) => s + v, 0) / values.length
    const lo = sorted[Math.floor((sorted.length - 1) / 2)]!
    const hi = sorted[Math.ceil((sorted.length - 1) / 2)]!
    const middle = Math.abs(lo - mean) <= Math.abs(hi - mean) ? lo : hi
    return values.map((v) => (v === middle ? 1 : 0))
  },
}

/** The option most like the others: distractors made by editing the key all resemble it. */
const mostSimilar: TestWiseRule = {
  name: 'most similar to the others',
  score: (options) => {
    const values = numbersOf(options)
    return options.map((o, i) =>
      options.reduce(
        (sum, other, j) =>
          i === j
            ? sum
            : sum + (values ? numericCloseness(values[i]!, values[j]!) : 0) + similarity(o, other),
        0,
      ),
    )
  },
}

/** Cross out what looks impossible, then take the option most like the rest. */
const avoidImpossible: TestWiseRule = {
  name: 'avoid impossible options',
  score: (options) => {
    const out = looksImpossible(options)
    if (!out.some(Boolean) || out.every(Boolean)) return undefined
    const similar = mostSimilar.score(options)!
    return similar.map((s, i) => (out[i] ? -1 : s))
  },
}

const OF_THE_ABOVE = /\b(all|both|none) of (the|these)\b|\ball (the )?above\b|^both\b/i

const ofTheAbove: TestWiseRule = {
  name: '"all of the above"',
  score: (options) =>
    options.some((o) => OF_THE_ABOVE.test(o))
      ? options.map((o) =>
          /\b(all|both)\b/i.test(o) && OF_THE_ABOVE.test(o) ? 2 : OF_THE_ABOVE.test(o) ? 1 : 0,
        )
      : undefined,
}

/** The rules the guessing harness applies, each on its own. */
export const TEST_WISE_RULES: readonly TestWiseRule[] = [
  longest,
  middleValue,
  mostSimilar,
  avoidImpossible,
  ofTheAbove,
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
  const texts = item.options.map((o) => plainText(o.markdown))
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
