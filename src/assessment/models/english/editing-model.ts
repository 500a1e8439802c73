import type { ItemModel, ItemVariant } from '../../item-model.js'
import type { Rng } from '../../rng.js'
import { type Candidate, singleAnswer } from '../assemble-variant.js'
import { acceptedVariants, refusalOr } from '../batched-generation.js'
import { editPoints, parseFrame, render, resolveWords } from './edit-frame.js'

/**
 * One usage rule (a family): frames that test it, each with the standard form first at every edit
 * point. Variants of a family differ in wording only, never in the rule they test.
 */
export interface UsageFamily {
  readonly id: string
  readonly frames: readonly string[]
}

export const EDITING_STEM =
  'Which version would a careful editor accept as correct, concise standard written English for a professional document?'

/**
 * An item model for editing: the options are one short passage (a sentence on the family's rule
 * and a sentence on another rule) with every edit point standard in the key, and each distractor
 * the passage with one or two named misconceptions applied. A distractor is never an invented
 * near miss: it is a form a writer with that misconception produces.
 */
export function editingModel(spec: {
  readonly id: string
  readonly title: string
  readonly families: readonly UsageFamily[]
  /** Rules a second sentence is drawn from, so one item never shows a single edit point. */
  readonly companions: readonly UsageFamily[]
}): ItemModel {
  const draw = (family: UsageFamily, rng: Rng) =>
    resolveWords(rng.pick(family.frames), (choices) => rng.pick(choices))
  const draft = (rng: Rng): ItemVariant => {
    const family = rng.pick(spec.families)
    const others = spec.companions.filter((c) => c.id !== family.id)
    const sentences = rng.shuffle([draw(family, rng), draw(rng.pick(others), rng)])
    const frame = sentences.join(' ')
    const parts = parseFrame(frame)
    const points = editPoints(parts)
    const single: Candidate[] = []
    const double: Candidate[] = []
    points.forEach((point, i) => {
      point.wrong.forEach((w, j) => {
        single.push({ value: render(parts, new Map([[i, j]])), mistake: w.mistake })
        // Two mistakes at two different edit points: a writer can make both at once.
        points.forEach((other, k) => {
          if (k <= i) return
          other.wrong.forEach((v, n) => {
            double.push({
              value: render(
                parts,
                new Map([
                  [i, j],
                  [k, n],
                ]),
              ),
              mistake: `${w.mistake} + ${v.mistake}`,
            })
          })
        })
      })
    })
    const distractors = [...rng.shuffle(single), ...rng.shuffle(double)]
    const variant = singleAnswer({
      modelId: spec.id,
      stem: EDITING_STEM,
      task: { kind: 'edit', frame },
      key: { value: render(parts) },
      distractors,
      rng,
      combineMistakes: false,
    })
    return { ...variant, family: `${spec.id}/${family.id}` }
  }
  const generateMany = (rng: Rng, count: number): Promise<ItemVariant[]> =>
    acceptedVariants(count, async (n) =>
      Array.from({ length: n }, () => refusalOr(() => draft(rng))),
    )
  return {
    id: spec.id,
    title: spec.title,
    engine: 'edit',
    kind: 'single',
    families: spec.families.map((f) => `${spec.id}/${f.id}`),
    generate: async (rng) => (await generateMany(rng, 1))[0]!,
    generateMany,
  }
}
