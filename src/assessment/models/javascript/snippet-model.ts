import { SnippetError } from '../../engines/javascript-sandbox.js'
import type { TaskEngines } from '../../engines/task-engines.js'
import { runTypeScriptBatch } from '../../engines/typescript-runner.js'
import type { ItemModel, ItemVariant } from '../../item-model.js'
import type { Rng } from '../../rng.js'
import { type Candidate, code, fence, singleAnswer } from '../assemble-variant.js'
import { acceptedVariants, executeInBatches, refusalOr } from '../batched-generation.js'

/** A program whose output is what a candidate holding the named misconception expects. */
export interface NamedMisreading {
  readonly source: string
  readonly mistake: string
}

/** A snippet and the same snippet with one plausible misreading applied each. */
export interface Snippet {
  readonly source: string
  /**
   * Sources whose output is what a candidate with a known misconception expects: a bare source
   * names its mistake by itself, a named misreading says which misconception it encodes.
   */
  readonly mistakes: readonly (string | NamedMisreading)[]
  readonly question?: string
}

const sourceOf = (m: string | NamedMisreading): string => (typeof m === 'string' ? m : m.source)
const mistakeOf = (m: string | NamedMisreading): string => (typeof m === 'string' ? m : m.mistake)

/**
 * An item model that asks what a snippet logs: the key is the snippet's output in the sandbox,
 * each distractor the output of a mistaken reading of it.
 */
export function snippetModel(spec: {
  readonly id: string
  readonly title: string
  readonly language: 'javascript' | 'typescript'
  readonly build: (rng: Rng) => Snippet
}): ItemModel {
  const run = async (engines: TaskEngines, sources: readonly string[]) =>
    spec.language === 'javascript'
      ? engines.javascript.runBatch(sources)
      : runTypeScriptBatch(engines.javascript, sources)
  const fenceLanguage = spec.language === 'javascript' ? 'js' : 'ts'
  const variantOf = (
    snippet: Snippet,
    outcomes: readonly (string | SnippetError)[],
    rng: Rng,
  ): ItemVariant => {
    const [outcome, ...mistaken] = outcomes
    if (outcome instanceof SnippetError) throw outcome
    const key = outcome!
    // A mistaken reading that throws is not a plausible answer; it is dropped.
    const distractors = mistaken.flatMap((m, i) =>
      typeof m === 'string' ? [{ ...output(m), mistake: mistakeOf(snippet.mistakes[i]!) }] : [],
    )
    return singleAnswer({
      modelId: spec.id,
      stem: `${snippet.question ?? 'What does this code log?'}\n\n${fence(snippet.source, fenceLanguage)}`,
      task: { kind: spec.language, source: snippet.source },
      key: output(key),
      distractors,
      rng,
    })
  }
  const generateMany = async (
    rng: Rng,
    count: number,
    engines: TaskEngines,
  ): Promise<ItemVariant[]> =>
    acceptedVariants(count, async (n) => {
      const snippets = Array.from({ length: n }, () => spec.build(rng))
      const outcomes = await executeInBatches(
        snippets.map((s) => [s.source, ...s.mistakes.map(sourceOf)]),
        (sources) => run(engines, sources),
      )
      return snippets.map((snippet, i) => refusalOr(() => variantOf(snippet, outcomes[i]!, rng)))
    })
  return {
    id: spec.id,
    title: spec.title,
    engine: spec.language,
    kind: 'single',
    generate: async (rng, engines) => (await generateMany(rng, 1, engines))[0]!,
    generateMany,
  }
}

function output(text: string): Candidate {
  return { value: text, markdown: code(text) }
}
