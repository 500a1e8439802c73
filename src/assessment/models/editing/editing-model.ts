import type { ItemModel, ItemVariant } from '../../item-model.js'
import type { Rng } from '../../rng.js'
import { type Candidate, fence, singleAnswer } from '../assemble-variant.js'
import { familyDrawnModel } from '../family-drawn-model.js'
import { editPoints, parseFrame, render, resolveWords } from './edit-frame.js'

/**
 * One usage rule (a family): frames that test it, each with the standard form first at every edit
 * point. Variants of a family differ in wording only, never in the rule they test.
 */
export interface UsageFamily {
  readonly id: string
  readonly frames: readonly string[]
  /**
   * For code: statements that succeed on the correct version and fail on every wrong one. Only
   * the tests run them (with a real interpreter), as an independent check of the key.
   */
  readonly check?: string
  /** For commands: a script building the state the commands start from (tests only). */
  readonly setup?: string
  /** A stem of its own (a scenario the frame answers), in place of the model's. */
  readonly stem?: string
  /** A fenced code language for this family's options, in place of the model's. */
  readonly language?: string
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
  /**
   * Rules a second sentence is drawn from, so one item never shows a single edit point; none for
   * code, whose frames hold enough edit points themselves.
   */
  readonly companions: readonly UsageFamily[]
  readonly stem?: string
  /** A fenced code language for options that are code. */
  readonly language?: string
}): ItemModel {
  const draw = (family: UsageFamily, rng: Rng) =>
    resolveWords(rng.pick(family.frames), (choices) => rng.pick(choices))
  const draft = (rng: Rng, family = rng.pick(spec.families)): ItemVariant => {
    const others = spec.companions.filter((c) => c.id !== family.id)
    const frame =
      others.length === 0
        ? draw(family, rng)
        : rng.shuffle([draw(family, rng), draw(rng.pick(others), rng)]).join(' ')
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
    const language = family.language ?? spec.language
    const show = (c: Candidate): Candidate =>
      language === undefined ? c : { ...c, markdown: fence(c.value, language) }
    const distractors = [...rng.shuffle(single), ...rng.shuffle(double)].map(show)
    const variant = singleAnswer({
      modelId: spec.id,
      stem: family.stem ?? spec.stem ?? EDITING_STEM,
      task: { kind: 'edit', frame },
      key: show({ value: render(parts) }),
      distractors,
      rng,
      combineMistakes: false,
      // A wrong form often adds words (a padded phrase, a stray comma) or drops them (a curt
      // reply), and a family's options are fixed apart from word choices, so the pool often
      // cannot put the key where the draw aims it.
      aimKeyPlaces: true,
    })
    return { ...variant, family: `${spec.id}/${family.id}` }
  }
  return familyDrawnModel(spec, draft)
}
