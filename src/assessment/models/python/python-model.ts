import {
  evaluatePython,
  PYTHON,
  type PythonSemantics,
} from '../../engines/python/evaluate-python.js'
import { PythonError } from '../../engines/python/python-value.js'
import type { ItemModel, ItemVariant } from '../../item-model.js'
import type { Rng } from '../../rng.js'
import { type Candidate, code, singleAnswer } from '../assemble-variant.js'
import { acceptedVariants, refusalOr } from '../batched-generation.js'

/** An expression and the misreadings that lead to wrong answers. */
export interface PythonQuestion {
  readonly expression: string
  /** Other semantics (habits from other languages) or other expressions (off-by-one slips). */
  readonly mistakes: readonly (Partial<PythonSemantics> | string)[]
}

/** An item model asking what a Python expression evaluates to, keyed by our Python evaluator. */
export function pythonModel(spec: {
  readonly id: string
  readonly title: string
  readonly build: (rng: Rng) => PythonQuestion
}): ItemModel {
  const draft = (rng: Rng): ItemVariant => {
    const q = spec.build(rng)
    const key = evaluatePython(q.expression)
    const distractors: Candidate[] = []
    for (const mistake of q.mistakes) {
      try {
        const value =
          typeof mistake === 'string'
            ? evaluatePython(mistake)
            : evaluatePython(q.expression, { ...PYTHON, ...mistake })
        const reading =
          typeof mistake === 'string' ? mistake : `${q.expression} with ${JSON.stringify(mistake)}`
        distractors.push({ value, markdown: code(value), mistake: reading })
      } catch (error) {
        if (!(error instanceof PythonError)) throw error
      }
    }
    return singleAnswer({
      modelId: spec.id,
      stem: `What does this expression evaluate to in Python 3 (as \`repr\` shows it)?\n\n${code(q.expression)}`,
      task: { kind: 'python', expression: q.expression },
      key: { value: key, markdown: code(key) },
      distractors,
      rng,
    })
  }
  const generateMany = (rng: Rng, count: number): Promise<ItemVariant[]> =>
    acceptedVariants(count, async (n) =>
      Array.from({ length: n }, () => refusalOr(() => draft(rng))),
    )
  return {
    id: spec.id,
    title: spec.title,
    engine: 'python',
    kind: 'single',
    generate: async (rng) => (await generateMany(rng, 1))[0]!,
    generateMany,
  }
}
