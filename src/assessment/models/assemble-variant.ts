import type { ItemKind } from '../item.js'
import { optionId } from '../item.js'
import type { ItemVariant, VariantOption } from '../item-model.js'
import type { Rng } from '../rng.js'
import type { Task } from '../task.js'

/** Options per single-answer variant: the key and three distractors. */
export const OPTIONS_PER_VARIANT = 4

/** An answer in canonical text and, when it differs, how the option shows it. */
export interface Candidate {
  readonly value: string
  readonly markdown?: string
}

export class VariantError extends Error {
  override readonly name = 'VariantError'
}

/**
 * Builds a single-answer variant: the key plus the first distinct distractors (mistakes listed
 * most plausible first), topped up from `fallback` when the mistakes collide, then shuffled.
 */
export function singleAnswer(spec: {
  readonly modelId: string
  readonly stem: string
  readonly task: Task
  readonly key: Candidate
  readonly distractors: readonly Candidate[]
  readonly rng: Rng
  readonly fallback?: (attempt: number) => Candidate
}): ItemVariant {
  const chosen: Candidate[] = [spec.key]
  const seen = new Set([spec.key.value])
  const offer = (candidate: Candidate): void => {
    if (chosen.length >= OPTIONS_PER_VARIANT || seen.has(candidate.value)) return
    if (candidate.value.trim() === '') return
    seen.add(candidate.value)
    chosen.push(candidate)
  }
  for (const d of spec.distractors) offer(d)
  for (
    let attempt = 0;
    chosen.length < OPTIONS_PER_VARIANT && spec.fallback && attempt < 60;
    attempt++
  ) {
    offer(spec.fallback(attempt))
  }
  if (chosen.length < OPTIONS_PER_VARIANT) {
    throw new VariantError(`${spec.modelId}: only ${chosen.length} distinct options`)
  }
  return build(spec.modelId, 'single', spec.stem, spec.task, spec.rng.shuffle(chosen), [
    spec.key.value,
  ])
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
  if (values.size !== spec.options.length)
    throw new VariantError(`${spec.modelId}: duplicate options`)
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
