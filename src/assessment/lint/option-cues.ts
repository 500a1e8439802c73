/**
 * Cues an option set can carry that let a candidate who knows nothing find the key: the key is
 * the longest option, the middle value of numeric options, the option most like the others, the
 * one left when the impossible-looking options are crossed out, or "all of the above".
 *
 * The one source of these rules: the item linter and the variant assembler ask which cues point
 * at the key, and the guessing harness's test-wise candidate follows the same cues.
 */

/** Option text as a candidate reads it: code ticks and emphasis markers dropped. */
export function readText(markdown: string): string {
  return markdown.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim()
}

/** The one number a text states, or `undefined` when it states none or several. */
export function onlyNumber(text: string): number | undefined {
  const numbers = text
    .replace(/\u2212/g, '-')
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .match(/-?\d+(?:\.\d+)?/g)
  if (numbers?.length !== 1) return undefined
  const value = Number(numbers[0])
  return Number.isFinite(value) ? value : undefined
}

/**
 * Marks no well-formed answer shows: a minus inside a time or date (`01:-2`, `-1 October`), a
 * day of the month past 31 (`34 Jul`), a clock minute past 59, a number rendered as `NAN`. A
 * plain `NaN` stays allowed: in JavaScript it is a real result.
 */
const MALFORMED =
  /\d[:/]\s*-\d|(?:^|\s)-\d+\s+[A-Z][a-z]+\b|\bNAN\b|\b(?:3[2-9]|[4-9]\d)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:^|[^\d:])\d{1,2}:[6-9]\d\b/

/** A symbolic file mode: nine places, each `r`, `w`, `x` (or a special bit) or `-`, in that order. */
const MODE_LIKE = /^[-dl]?[-rwxsStT]{9}$/
const MODE = /^[-dl]?(?:[r-][w-][xsS-]){2}[r-][w-][xtT-]$/

export function isMalformed(text: string): boolean {
  return MALFORMED.test(text) || (MODE_LIKE.test(text) && !MODE.test(text))
}

/** Shared character bigrams as a share of both texts (Dice coefficient): 1 when equal. */
export function dice(a: string, b: string): number {
  return diceOfBigrams(sortedBigrams(a), sortedBigrams(b))
}

/**
 * A text's bigrams (pairs of UTF-16 code units) as sorted integers. Assembly and the guessing
 * harness compare option sets millions of times; a multiset intersection of sorted integers is
 * several times faster than a map of two-character strings, and counts the same bigrams.
 */
function sortedBigrams(text: string): Uint32Array {
  const grams = new Uint32Array(Math.max(0, text.length - 1))
  for (let i = 0; i < grams.length; i++)
    grams[i] = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1)
  return grams.sort()
}

/** Dice over two sorted bigram lists: shared bigrams (with multiplicity) over both counts. */
function diceOfBigrams(a: Uint32Array, b: Uint32Array): number {
  let shared = 0
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++
      i++
      j++
    } else if (a[i]! < b[j]!) i++
    else j++
  }
  // A text of one character has no bigram but counts as one, as it always has here.
  return (2 * shared) / (Math.max(1, a.length) + Math.max(1, b.length))
}

/** For each option, how much it resembles the others, in text and (when numeric) in size. */
export function resemblance(texts: readonly string[]): number[] {
  const values = texts.map(onlyNumber)
  const numeric = values.every((v) => v !== undefined)
  const grams = texts.map(sortedBigrams)
  // Dice is symmetric: each pair is compared once and read from both sides.
  const pair = texts.map(() => new Array<number>(texts.length).fill(0))
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const d = diceOfBigrams(grams[i]!, grams[j]!)
      pair[i]![j] = d
      pair[j]![i] = d
    }
  return texts.map((_, i) => {
    let sum = 0
    for (let j = 0; j < texts.length; j++) {
      if (i === j) continue
      const a = values[i]!
      const b = values[j]!
      const size = numeric ? 1 - Math.abs(a - b) / (Math.abs(a) + Math.abs(b) + 1e-9) : 0
      sum = sum + pair[i]![j]! + size
    }
    return sum
  })
}

/** The index holding the unique maximum, or `undefined` when the maximum is shared. */
function uniqueMax(scores: readonly number[]): number | undefined {
  const top = Math.max(...scores)
  const at = scores.flatMap((s, i) => (s === top ? [i] : []))
  return at.length === 1 ? at[0] : undefined
}

/** Rank of option `index` among numeric options (0 = smallest), or `undefined` if not all numeric. */
export function numericRank(texts: readonly string[], index: number): number | undefined {
  const values = texts.map(onlyNumber)
  if (!values.every((v) => v !== undefined)) return undefined
  const own = values[index]!
  return values.filter((v) => v! < own).length
}

export type OptionCue = 'longest' | 'most-similar' | 'middle-value'

/**
 * The cues that single out option `index`: uniquely longest, uniquely most like the others, or
 * the middle value of three or more distinct numbers (the median, or with an even count the
 * middle one nearer the mean).
 */
export function cuesPointingAt(texts: readonly string[], index: number): OptionCue[] {
  const cues: OptionCue[] = []
  if (uniqueMax(texts.map((t) => t.length)) === index) cues.push('longest')
  if (uniqueMax(resemblance(texts)) === index) cues.push('most-similar')
  if (middleValues(texts)?.[index]) cues.push('middle-value')
  return cues
}

/**
 * Which options hold the middle value when every option states one number and there are at
 * least three distinct numbers: the median, or with an even count the middle one nearer the
 * mean. `undefined` when the options are not numeric that way.
 */
export function middleValues(texts: readonly string[]): boolean[] | undefined {
  const values = texts.map(onlyNumber)
  if (!values.every((v) => v !== undefined) || new Set(values).size < 3) return undefined
  const sorted = [...(values as number[])].sort((a, b) => a - b)
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length
  const lo = sorted[Math.floor((sorted.length - 1) / 2)]!
  const hi = sorted[Math.ceil((sorted.length - 1) / 2)]!
  const middle = Math.abs(lo - mean) <= Math.abs(hi - mean) ? lo : hi
  return values.map((v) => v === middle)
}

/** Digits, letters and the rest reduced to classes: `01:-2` and `07:45` differ in shape. */
export function shapeOf(text: string): string {
  return text
    .replace(/\d+/g, '9')
    .replace(/[A-Za-z]+/g, 'a')
    .replace(/\s+/g, ' ')
}

/** Words no computed answer should show, and a doubled minus. */
const IMPOSSIBLE_WORD = /\b(?:NaN|undefined|Infinity)\b|-\s*-\d/i
const NEGATIVE = /(^|[^\w])[-\u2212]\d/

/**
 * Options that look impossible to someone who knows nothing: a malformed answer, a word like
 * NaN, the only negative number, or a shape none of the other options share while they agree.
 */
export function looksImpossible(texts: readonly string[]): boolean[] {
  const shapes = texts.map(shapeOf)
  const count = new Map<string, number>()
  for (const s of shapes) count.set(s, (count.get(s) ?? 0) + 1)
  const majority = Math.max(...count.values())
  const negatives = texts.filter((o) => NEGATIVE.test(o)).length
  return texts.map((o, i) => {
    if (isMalformed(o) || IMPOSSIBLE_WORD.test(o)) return true
    if (negatives === 1 && NEGATIVE.test(o)) return true
    return majority >= texts.length - 1 && majority > 1 && count.get(shapes[i]!) === 1
  })
}

/** "All of the above", "none of these", "both": they mean nothing once options are shuffled. */
export const OF_THE_ABOVE =
  /\b(?:all|none|both|neither) of (?:the )?(?:above|below|these|those)\b|\ball (?:the )?above\b|^both\b/i

/** An option naming others by letter ("A and C", "both B and D", "option A"), lost in shuffling. */
export const LETTER_REFERENCE =
  /\b(?:options?|answers?|choices?)\s+[A-E]\b|\b[A-E] (?:and|or|&) [A-E]\b/

/** Share of `scores`' best that option `index` holds: 1 alone at the top, 1/n in an n-way tie. */
function shareOfBest(scores: readonly number[], index: number): number {
  const top = Math.max(...scores)
  if (scores[index] !== top) return 0
  return 1 / scores.filter((s) => s === top).length
}

/**
 * How likely a candidate who follows each cue is to choose option `index`, ties broken at
 * random: the longest option, the one most like the others, the middle value, and the one most
 * like the others once the impossible-looking are crossed out. A cue that is silent on the
 * options (not numeric, nothing impossible) leaves a blind guess, counted as no cue.
 */
export function cueChances(texts: readonly string[], index: number): number[] {
  const similar = resemblance(texts)
  const middle = middleValues(texts)
  const out = looksImpossible(texts)
  const crossing = out.some(Boolean) && !out.every(Boolean)
  return [
    shareOfBest(
      texts.map((t) => t.length),
      index,
    ),
    shareOfBest(similar, index),
    middle ? shareOfBest(middle.map(Number), index) : 0,
    crossing
      ? shareOfBest(
          similar.map((s, i) => (out[i] ? -1 : s)),
          index,
        )
      : 0,
  ]
}

/**
 * Whether a cue points at option `index`: it is the uniquely shortest option, or a cue of
 * `cueChances` gives it at least even odds. Family-based models keep such a variant only as
 * often as chance would make it, since a family's options keep their shape across draws.
 *
 * @example keyIsCued(['a', 'bb', 'cc', 'dd'], 0) // true: uniquely shortest
 */
export function keyIsCued(texts: readonly string[], index: number): boolean {
  const lengths = texts.map((t) => t.length)
  const uniquelyShortest =
    lengths[index] === Math.min(...lengths) &&
    lengths.filter((l) => l === lengths[index]).length === 1
  return uniquelyShortest || cueChances(texts, index).some((chance) => chance >= 0.5)
}
