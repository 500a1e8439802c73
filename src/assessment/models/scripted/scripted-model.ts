import { SnippetError } from '../../engines/javascript-sandbox.js'
import type { TaskEngines } from '../../engines/task-engines.js'
import type { ItemModel, ItemVariant } from '../../item-model.js'
import type { Rng } from '../../rng.js'
import { type Candidate, code, singleAnswer } from '../assemble-variant.js'
import { acceptedVariants, executeInBatches, refusalOr } from '../batched-generation.js'

/** A question in words whose answer a script computes (dates, time zones, locales, networks). */
export interface ScriptedQuestion {
  readonly stem: string
  /** Logs the answer. */
  readonly source: string
  /** Scripts that log what a known mistake leads to. */
  readonly mistakes: readonly string[]
  readonly display?: 'code' | 'text'
}

/**
 * An item model whose key is computed by running a script in the sandbox, with the platform's
 * Intl (ICU) data for dates, time zones, number formats and plural rules.
 */
export function scriptedModel(spec: {
  readonly id: string
  readonly title: string
  readonly build: (rng: Rng) => ScriptedQuestion
  /**
   * Aim the key at a place by length and by likeness drawn uniformly (see `singleAnswer`): for a
   * model whose mistakes are many answers of one shape (another locale's format), where hiding
   * the cues in most draws leaves the key the option a counter-rule finds.
   */
  readonly aimKeyPlaces?: boolean
}): ItemModel {
  const variantOf = (
    q: ScriptedQuestion,
    outcomes: readonly (string | SnippetError)[],
    rng: Rng,
  ): ItemVariant => {
    const show = (value: string): Candidate =>
      q.display === 'code' ? { value, markdown: code(value) } : { value }
    const [key, ...mistaken] = outcomes
    if (key instanceof SnippetError) throw key
    return singleAnswer({
      modelId: spec.id,
      stem: q.stem,
      task: { kind: 'intl', source: q.source },
      key: show(key!),
      distractors: mistaken.flatMap((m, i) =>
        typeof m === 'string' ? [{ ...show(m), mistake: q.mistakes[i]! }] : [],
      ),
      rng,
      ...(spec.aimKeyPlaces ? { aimKeyPlaces: true } : {}),
    })
  }
  const generateMany = async (
    rng: Rng,
    count: number,
    engines: TaskEngines,
  ): Promise<ItemVariant[]> =>
    acceptedVariants(count, async (n) => {
      const questions = Array.from({ length: n }, () => spec.build(rng))
      const outcomes = await executeInBatches(
        questions.map((q) => [q.source, ...q.mistakes]),
        async (sources) => engines.javascript.runBatch(sources),
      )
      return questions.map((q, i) => refusalOr(() => variantOf(q, outcomes[i]!, rng)))
    })
  return {
    id: spec.id,
    title: spec.title,
    engine: 'intl',
    kind: 'single',
    generate: async (rng, engines) => (await generateMany(rng, 1, engines))[0]!,
    generateMany,
  }
}
