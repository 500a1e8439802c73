import type { ItemKind } from '../item.js'
import { optionId } from '../item.js'
import type { ItemVariant, VariantOption } from '../item-model.js'
import { cueChances, isMalformed, numericRank, readText, resemblance } from '../lint/option-cues.js'
import type { Rng } from '../rng.js'
import type { Task } from '../task.js'

/** Options per single-answer variant: the key and three distractors. */
export const OPTIONS_PER_VARIANT = 4

/** An answer in canonical text and, when it differs, how the option shows it. */
export interface Candidate {
  readonly value: string
  readonly markdown?: string
  /** The mistaken reading that yields this answer, when it is a distractor. */
  readonly mistake?: string
}

export class VariantError extends Error {
  override readonly name = 'VariantError'
}

/** Distractors a single-answer variant chooses among: the most plausible mistakes first. */
const DISTRACTOR_CHOICES = 9

/** Where a mistaken answer departs from the key: one stretch of the key replaced. */
interface Departure {
  readonly start: number
  readonly end: number
  readonly replacement: string
}

function departure(key: string, mistaken: string): Departure {
  let start = 0
  while (start < key.length && start < mistaken.length && key[start] === mistaken[start]) start++
  let tail = 0
  while (
    tail < key.length - start &&
    tail < mistaken.length - start &&
    key[key.length - 1 - tail] === mistaken[mistaken.length - 1 - tail]
  ) {
    tail++
  }
  return {
    start,
    end: key.length - tail,
    replacement: mistaken.slice(start, mistaken.length - tail),
  }
}

/** The key with two departures applied, when they touch separate stretches of it. */
function applyBoth(key: string, a: string, b: string): string | undefined {
  let first = departure(key, a)
  let second = departure(key, b)
  if (second.start < first.start) [first, second] = [second, first]
  if (first.end >= second.start) return undefined
  return (
    key.slice(0, first.start) +
    first.replacement +
    key.slice(first.end, second.start) +
    second.replacement +
    key.slice(second.end)
  )
}

/**
 * The answer of a candidate who makes both mistakes at once. Distractors that each change one
 * part of the key leave the key as the option most like all the others; an answer with both
 * changes breaks that symmetry with a mistake a real candidate makes.
 */
function bothMistakes(key: Candidate, a: Candidate, b: Candidate): Candidate | undefined {
  const value = applyBoth(key.value, a.value, b.value)
  if (value === undefined || a.mistake === undefined || b.mistake === undefined) return undefined
  const mistake = `${a.mistake} + ${b.mistake}`
  if (key.markdown === undefined && a.markdown === undefined && b.markdown === undefined) {
    return { value, mistake }
  }
  const markdown = applyBoth(
    key.markdown ?? key.value,
    a.markdown ?? a.value,
    b.markdown ?? b.value,
  )
  return markdown === undefined ? undefined : { value, markdown, mistake }
}

/**
 * Share of aimed variants kept whose key strayed to an extreme place (longest, shortest, most or
 * least like the others) it was not aimed at. A family whose fixed sentence forces the key there
 * in every draw is then drawn about as often as chance would put its key there; not none, so a
 * form can still draw the family in its own stratum within `MAX_DRAWS`.
 */
const STRAY_KEPT = 1 / 8

/**
 * Builds a single-answer variant: the key plus three distinct, well-formed distractors chosen
 * from the mistakes (listed most plausible first) and their pairwise combinations, then
 * shuffled. Fewer than three is a `VariantError`: the model draws again rather than invent a
 * near miss of the key, which a candidate spots as the odd one out.
 *
 * The three are chosen so the option set carries no cue a candidate could use without knowing
 * the subject (see `chooseDistractors`).
 */
export function singleAnswer(spec: {
  readonly modelId: string
  readonly stem: string
  readonly task: Task
  readonly key: Candidate
  readonly distractors: readonly Candidate[]
  readonly rng: Rng
  /**
   * Whether to add the answers of two mistakes at once by splicing their changes into the key;
   * off for a model that lists its own two-mistake answers, where two changes at one place of
   * the text would splice into a form nobody writes.
   */
  readonly combineMistakes?: boolean
  /**
   * Whether to aim the key at a place drawn uniformly by length and by likeness to the others,
   * refusing three times in four a variant whose pool cannot put it there: for a model whose
   * options keep their shape across draws (a family's fixed sentence) and whose pool is large.
   * Without it the triple chosen hides those cues in three variants of four, which suits pools
   * of computed answers, whose shapes vary with the figures.
   */
  readonly aimKeyPlaces?: boolean
  /**
   * Whether, when the options are all numbers, to aim the key at a numeric rank drawn uniformly
   * before any place by length or likeness, and to refuse (keeping `STRAY_KEPT` of them) a
   * variant that misses that rank rather than one whose key strays to the shortest, longest or
   * least typical option. Among numbers those places follow from the values (an extreme value is
   * usually the shortest or longest and the least like the others), so refusing them refuses
   * most keys at an extreme and leaves the key the middle value. Implies `aimKeyPlaces`; option
   * sets that are not all numbers are aimed as that option aims them.
   */
  readonly aimNumericRank?: boolean
}): ItemVariant {
  const pool: Candidate[] = []
  const seen = new Set([spec.key.value])
  const shown = new Set([readText(spec.key.markdown ?? spec.key.value)])
  const offer = (candidate: Candidate): void => {
    if (pool.length >= DISTRACTOR_CHOICES || seen.has(candidate.value)) return
    const text = readText(candidate.markdown ?? candidate.value)
    if (candidate.mistake === undefined) {
      throw new Error(`${spec.modelId}: a distractor names no mistake: ${candidate.value}`)
    }
    if (candidate.value.trim() === '' || shown.has(text) || isMalformed(text)) return
    seen.add(candidate.value)
    shown.add(text)
    pool.push(candidate)
  }
  for (const d of spec.distractors) offer(d)
  const single = spec.combineMistakes === false ? [] : [...pool]
  for (let i = 0; i < single.length; i++) {
    for (let j = i + 1; j < single.length; j++) {
      const both = bothMistakes(spec.key, single[i]!, single[j]!)
      if (both) offer(both)
    }
  }
  if (pool.length < OPTIONS_PER_VARIANT - 1) {
    throw new VariantError(`${spec.modelId}: only ${pool.length + 1} distinct options`)
  }
  const rankFirst = spec.aimNumericRank === true
  const aim = spec.aimKeyPlaces === true || rankFirst
  const { chosen: distractors, missed } = chooseDistractors(
    spec.key,
    pool,
    spec.rng,
    aim,
    rankFirst,
  )
  if (aim && missed && spec.rng.next() >= STRAY_KEPT) {
    throw new VariantError(`${spec.modelId}: the options cannot place the key as drawn`)
  }
  const chosen = [spec.key, ...distractors]
  return build(spec.modelId, 'single', spec.stem, spec.task, spec.rng.shuffle(chosen), [
    spec.key.value,
  ])
}

/**
 * Of all triples from `pool`, the one whose option set gives the key away least: among numeric
 * options the key's rank is drawn uniformly (so it is no more often a middle value than an
 * extreme), and the key is the longest or the most-like-the-others option only in the quarter of
 * variants where chance would put it there, or, aiming, at a place by length and by likeness
 * drawn uniformly (`missed` when no triple puts it there). Ties go to the more plausible mistakes.
 * With `rankFirst`, a numeric option set is aimed at its rank before length and likeness, and is
 * `missed` only when the key is not at that rank.
 */
function chooseDistractors(
  key: Candidate,
  pool: readonly Candidate[],
  rng: Rng,
  aim: boolean,
  rankFirst = false,
): { chosen: Candidate[]; missed: boolean } {
  const text = (c: Candidate) => readText(c.markdown ?? c.value)
  const keyText = text(key)
  const texts = pool.map(text)
  // Aiming, the key's place by length and by likeness is drawn uniformly like its numeric rank,
  // so across variants it is the longest, the shortest, the most and the least typical option
  // each about as often as chance makes it; where a family's fixed sentence keeps those cues in
  // every draw, hiding them instead does it so consistently that the counter-rules (never the
  // longest, never the most typical) find the key.
  const targetRank = rng.int(0, OPTIONS_PER_VARIANT - 1)
  // (Only the draws a mode uses are taken, so models that do not aim keep their seeded variants.)
  const cueAllowed = !aim && rng.next() < 1 / OPTIONS_PER_VARIANT
  const targetLength = aim ? rng.int(0, OPTIONS_PER_VARIANT - 1) : 0
  const targetLikeness = aim ? rng.int(0, OPTIONS_PER_VARIANT - 1) : 0
  // A rank step outweighs every place by length and likeness together (each at most 3 away).
  const rankWeight = rankFirst ? 1000 : 100
  let best: number[] = [0, 1, 2]
  let bestCost = Number.POSITIVE_INFINITY
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      for (let k = j + 1; k < pool.length; k++) {
        const options = [keyText, texts[i]!, texts[j]!, texts[k]!]
        const rank = numericRank(options, 0)
        const miss = aim
          ? Math.abs(placeOf(options.map((o) => o.length)) - targetLength) +
            Math.abs(placeOf(resemblance(options)) - targetLikeness)
          : cueAllowed
            ? 0
            : cueChances(options, 0).reduce((a, b) => a + b, 0)
        const cost =
          (rank === undefined ? 0 : rankWeight * Math.abs(rank - targetRank)) +
          100 * miss +
          i +
          j +
          k
        if (cost < bestCost) {
          bestCost = cost
          best = [i, j, k]
        }
      }
    }
  }
  const chosen = best.map((i) => pool[i]!)
  const options = [keyText, ...best.map((i) => texts[i]!)]
  const last = OPTIONS_PER_VARIANT - 1
  const strayed = (place: number, target: number) =>
    (place === 0 || place === last) && place !== target
  const rank = numericRank(options, 0)
  if (rankFirst && rank !== undefined) return { chosen, missed: rank !== targetRank }
  const missed =
    aim &&
    (strayed(placeOf(options.map((o) => o.length)), targetLength) ||
      strayed(placeOf(resemblance(options)), targetLikeness))
  return { chosen, missed }
}

/**
 * The first score's place among all, from the top (0 when none is higher); ties share the
 * middle of their places, so a key tied with one other for the top stands at 0.5.
 */
function placeOf(scores: readonly number[]): number {
  const own = scores[0]!
  const higher = scores.filter((s) => s > own).length
  const tied = scores.filter((s) => s === own).length - 1
  return higher + tied / 2
}

/**
 * Builds a multiple-answer variant from statements whose truth was computed; at least one is
 * true and one false, or the variant is refused.
 */
export function multipleAnswer(spec: {
  readonly modelId: string
  readonly stem: string
  readonly task: Task
  readonly options: readonly (Candidate & { readonly correct: boolean })[]
  readonly rng: Rng
}): ItemVariant {
  const values = new Set(spec.options.map((o) => o.value))
  const shown = new Set(spec.options.map((o) => readText(o.markdown ?? o.value)))
  if (values.size !== spec.options.length || shown.size !== spec.options.length)
    throw new VariantError(`${spec.modelId}: options that read the same`)
  const keys = spec.options.filter((o) => o.correct).map((o) => o.value)
  if (keys.length === 0 || keys.length === spec.options.length) {
    throw new VariantError(`${spec.modelId}: needs both correct and incorrect options`)
  }
  return build(spec.modelId, 'multiple', spec.stem, spec.task, spec.rng.shuffle(spec.options), keys)
}

function build(
  modelId: string,
  kind: ItemKind,
  stem: string,
  task: Task,
  ordered: readonly Candidate[],
  keyValues: readonly string[],
): ItemVariant {
  const options: VariantOption[] = ordered.map((c, i) => ({
    id: optionId(i),
    markdown: c.markdown ?? c.value,
    value: c.value,
    ...(c.mistake === undefined || keyValues.includes(c.value) ? {} : { mistake: c.mistake }),
  }))
  const keys = options.filter((o) => keyValues.includes(o.value)).map((o) => o.id)
  return { modelId, kind, stem, options, keys, task }
}

/** Inline code that survives backticks in the text; multi-line text becomes a fenced block. */
export function code(text: string, language = ''): string {
  if (text.includes('\n')) return fence(text, language)
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const ticks = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : ''
  return `${ticks}${pad}${text}${pad}${ticks}`
}

export function fence(text: string, language = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}${language}\n${text}\n${ticks}`
}

/** A candidate shown as inline code. */
export function codeCandidate(value: string): Candidate {
  return { value, markdown: code(value) }
}
