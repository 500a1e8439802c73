import type { ItemModel, ItemVariant } from '../../item-model.js'
import { keyIsCued, readText } from '../../lint/option-cues.js'
import type { Rng } from '../../rng.js'
import {
  type Candidate,
  OPTIONS_PER_VARIANT,
  singleAnswer,
  VariantError,
} from '../assemble-variant.js'
import { editPoints, parseFrame, render } from '../editing/edit-frame.js'
import { familyDrawnModel } from '../family-drawn-model.js'

/**
 * One piece of translation knowledge (a family): an English source and its translation frame in
 * the edit-frame notation, the correct translation first at the edit point and each wrong one
 * with the named translation error it makes. A wrong translation may reword what it does not
 * get wrong (word order, a synonym), so the key is not simply the option all others were edited
 * from; it never holds a second error.
 *
 * `⟨a;b⟩` word choices are coupled: one index is drawn per variant and picks the same choice in
 * every group of the source and the frame, so a variant's source and translation always match.
 * `⟪a;b⟫` groups are free variation, every choice an equally correct rendering: each option
 * draws its own, so options differ in more than their error and the key is not the option the
 * others were all edited from (which a candidate could find by comparing options alone).
 */
export interface TranslationFamily {
  readonly id: string
  readonly source: string
  readonly frame: string
}

const CHOICES = /⟨([^⟨⟩]*)⟩/g
const FREE = /⟪([^⟪⟫]*)⟫/g

/** How many coupled choices a family offers (1 without groups); unequal groups are an error. */
export function choiceCount(family: TranslationFamily): number {
  const sizes = [...`${family.source} ${family.frame}`.matchAll(CHOICES)].map(
    (m) => m[1]!.split(';').length,
  )
  const count = sizes[0] ?? 1
  if (sizes.some((s) => s !== count)) {
    throw new Error(`${family.id}: word-choice groups of different sizes`)
  }
  return count
}

/** The text with every `⟨…⟩` group replaced by its choice number `k`. */
export function choose(text: string, k: number): string {
  return text.replace(CHOICES, (_, body: string) => body.split(';')[k]!)
}

/** The text with each `⟪…⟫` group replaced by a choice of `pick`'s. */
export function vary(text: string, pick: (choices: string[]) => string): string {
  return text.replace(FREE, (_, body: string) => pick(body.split(';')))
}

/**
 * Every option of one frame (word choices made, free variation not yet): the correct
 * translation and each named wrong one, each with its own free variation drawn by `pick`. Only
 * one error per option: wrong forms at several edit points are never combined.
 */
export function translationOptions(
  frame: string,
  pick: (choices: string[]) => string = (choices) => choices[0]!,
): { key: Candidate; wrong: Candidate[] } {
  const parts = parseFrame(frame)
  const wrong: Candidate[] = []
  editPoints(parts).forEach((point, i) => {
    point.wrong.forEach((w, j) => {
      wrong.push({ value: vary(render(parts, new Map([[i, j]])), pick), mistake: w.mistake })
    })
  })
  return { key: { value: vary(render(parts), pick) }, wrong }
}

/** Draws of a family's free variation tried before the family is drawn again. */
const FREE_VARIATION_DRAWS = 3

/** Whether the key is the uniquely shortest option or a cue of `cueChances` points at it. */
function isCued(variant: ItemVariant): boolean {
  const texts = variant.options.map((o) => readText(o.markdown))
  const at = variant.options.findIndex((o) => variant.keys.includes(o.id))
  return keyIsCued(texts, at)
}

/** One edit point holding whole options, so the task re-derives the key and each error. */
const asFrame = (key: Candidate, wrong: readonly Candidate[]): string =>
  `⟦${[key.value, ...wrong.map((w) => `${w.value}=${w.mistake}`)].join('|')}⟧`

/**
 * An item model for translation from English: the stem gives an English source, the options are
 * translations of it, the key the one a professional reviewer accepts and each distractor a
 * translation with exactly one named error.
 */
export function translationModel(spec: {
  readonly id: string
  readonly title: string
  /** The target as the stem names it, e.g. 'Spanish (Spain)'. */
  readonly target: string
  readonly families: readonly TranslationFamily[]
  /**
   * Aim the key at a place by length and by likeness drawn uniformly (see `singleAnswer`) instead
   * of keeping a cued key only as often as chance: for families with more errors than an item
   * shows, where hiding the cues in most draws leaves the key the least typical option.
   */
  readonly aimKeyPlaces?: boolean
}): ItemModel {
  const assemble = (rng: Rng, family: TranslationFamily, k: number): ItemVariant => {
    const { key, wrong } = translationOptions(choose(family.frame, k), (c) => rng.pick(c))
    return singleAnswer({
      modelId: spec.id,
      stem: `Which ${spec.target} translation of this English source is correct? «${choose(family.source, k)}»`,
      task: { kind: 'edit', frame: asFrame(key, wrong) },
      key,
      distractors: rng.shuffle(wrong),
      rng,
      combineMistakes: false,
      ...(spec.aimKeyPlaces ? { aimKeyPlaces: true } : {}),
    })
  }
  const draft = (rng: Rng, family = rng.pick(spec.families)): ItemVariant => {
    const k = rng.int(0, choiceCount(family) - 1)
    if (spec.aimKeyPlaces) {
      return { ...assemble(rng, family, k), family: `${spec.id}/${family.id}` }
    }
    // As in the editing model, a variant whose key is the shortest, longest or most typical
    // option is kept only as often as chance would make it. The family stays drawn: its free
    // variation is drawn again first, so a family is not met less often for its cues.
    const cueAllowed = rng.next() < 1 / OPTIONS_PER_VARIANT
    for (let attempt = 0; attempt < FREE_VARIATION_DRAWS; attempt++) {
      const variant = assemble(rng, family, k)
      if (cueAllowed || !isCued(variant)) return { ...variant, family: `${spec.id}/${family.id}` }
    }
    throw new VariantError(`${spec.id}/${family.id}: an option cue points at the key`)
  }
  return familyDrawnModel(spec, draft)
}
