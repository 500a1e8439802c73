import { runJavaScriptBatch, SnippetError } from '../../engines/javascript-sandbox.js'
import type { ItemModel } from '../../item-model.js'
import type { Rng } from '../../rng.js'
import { type Candidate, code, singleAnswer } from '../assemble-variant.js'
import { nudgeNumber } from '../javascript/snippet-model.js'

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
}): ItemModel {
  return {
    id: spec.id,
    title: spec.title,
    engine: 'intl',
    kind: 'single',
    async generate(rng) {
      const q = spec.build(rng)
      const show = (value: string): Candidate =>
        q.display === 'code' ? { value, markdown: code(value) } : { value }
      const [key, ...mistaken] = runJavaScriptBatch([q.source, ...q.mistakes])
      if (key instanceof SnippetError) throw key
      return singleAnswer({
        modelId: spec.id,
        stem: q.stem,
        task: { kind: 'intl', source: q.source },
        key: show(key!),
        distractors: mistaken.filter((m): m is string => typeof m === 'string').map(show),
        rng,
        fallback: (attempt) => show(nudgeNumber(key!, attempt, rng)),
      })
    },
  }
}
