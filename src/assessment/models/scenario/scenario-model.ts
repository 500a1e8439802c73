import type { ItemModel, ItemVariant } from '../../item-model.js'
import { keyIsCued, readText } from '../../lint/option-cues.js'
import type { Rng } from '../../rng.js'
import { type Candidate, code, singleAnswer, VariantError } from '../assemble-variant.js'
import { familyDrawnModel } from '../family-drawn-model.js'

/** A wrong answer and the named mistake that produces it. */
export type Wrong = readonly [text: string, mistake: string]

/**
 * One drawn case of a family: a client's situation, the answer a professional gives and the
 * answers each named mistake gives. Amounts in all of them are computed from the drawn figures.
 */
export interface Scenario {
  readonly stem: string
  readonly key: string
  readonly wrong: readonly Wrong[]
  /** Whether the answers are code (formulas) shown as inline code; the model's setting if unset. */
  readonly code?: boolean
  /**
   * The key's amount computed again by a spreadsheet formula over the drawn figures, for the
   * tests: `shows` is the amount as the key states it.
   */
  readonly recompute?: {
    readonly cells: Readonly<Record<string, number>>
    readonly formula: string
    readonly shows: string
  }
  /**
   * For options that are formulas: the sheet they run on, the cell they are written in and the
   * cells the key is copied (filled) to, each with the value it must show there. The tests copy
   * every option the way a spreadsheet does and evaluate it: the key shows every value, each
   * wrong formula misses at least one.
   */
  readonly sheet?: {
    readonly cells: Readonly<Record<string, number | string>>
    readonly at: string
    readonly copies: readonly (readonly [cell: string, expected: number | string])[]
  }
}

/** One piece of professional knowledge; its draws vary the figures and names, never the rule. */
export interface ScenarioFamily {
  readonly id: string
  draw(rng: Rng): Scenario
}

/**
 * The scenario's wrong answers that differ from its key and from each other: with some drawn
 * figures two mistakes give the same amount, or a mistake gives the key (months before and after
 * a mid-year purchase are equal); such an answer is no distractor of that draw.
 */
export function distinctWrongs(s: Scenario): readonly Wrong[] {
  const seen = new Set([s.key])
  return s.wrong.filter(([text]) => !seen.has(text) && seen.add(text))
}

// The edit-frame notation's own marks: an answer holding one would be read back wrongly.
const NOTATION = /[⟦⟧⟨⟩|~]/

/**
 * A single edit point holding the key first and every wrong answer with its mistake: the task
 * executes (renders) to the key, and the editing tests read each distractor's mistake from it.
 */
export function scenarioFrame(s: Scenario): string {
  const wrong = distinctWrongs(s)
  for (const text of [s.key, ...wrong.map(([t]) => t)]) {
    if (NOTATION.test(text) || text === '^') throw new Error(`notation in an answer: ${text}`)
  }
  for (const [, mistake] of wrong) {
    if (mistake.includes('=') || mistake.includes(' + ') || NOTATION.test(mistake)) {
      throw new Error(`a mistake name the frame cannot hold: ${mistake}`)
    }
  }
  return `⟦${[s.key, ...wrong.map(([t, m]) => `${t}=${m}`)].join('|')}⟧`
}

/**
 * An item model of professional scenarios: the stem states a client's case, the key is what a
 * professional does or concludes, and each distractor is the answer of one named mistake (a
 * balanced entry to the wrong account, a formula with a relative reference that needed to be
 * absolute). Options are shown as inline code when `code` is set (formulas).
 */
export function scenarioModel(spec: {
  readonly id: string
  readonly title: string
  readonly families: readonly ScenarioFamily[]
  readonly code?: boolean
  /**
   * Aim the key at a place drawn uniformly by length and by likeness to the other options,
   * instead of keeping a cued key only as often as chance: for models whose families offer more
   * wrong answers than an item shows, where hiding the cues in every draw would leave the key
   * the one option that is never longest nor most typical, which a counter-rule finds.
   */
  readonly aimKeyPlaces?: boolean
  /**
   * For numeric answers, aim the key's rank among the values first and refuse only a variant
   * that misses it (see `singleAnswer`): for families whose mistakes fall on both sides of the
   * key, where refusing keys that stray to the shortest or least typical option would keep the
   * key the middle value. Implies `aimKeyPlaces`.
   */
  readonly aimNumericRank?: boolean
}): ItemModel {
  const show = (asCode: boolean, value: string, mistake?: string): Candidate => ({
    value,
    ...(asCode ? { markdown: code(value) } : {}),
    ...(mistake === undefined ? {} : { mistake }),
  })
  const draft = (rng: Rng, family = rng.pick(spec.families)): ItemVariant => {
    const s = family.draw(rng)
    const frame = scenarioFrame(s)
    const asCode = s.code ?? spec.code ?? false
    const variant = singleAnswer({
      modelId: spec.id,
      stem: s.stem,
      task: { kind: 'edit', frame },
      key: show(asCode, s.key),
      distractors: rng
        .shuffle(distinctWrongs(s))
        .map(([text, mistake]) => show(asCode, text, mistake)),
      rng,
      combineMistakes: false,
      ...(spec.aimKeyPlaces ? { aimKeyPlaces: true } : {}),
      ...(spec.aimNumericRank ? { aimNumericRank: true } : {}),
    })
    if (spec.aimKeyPlaces || spec.aimNumericRank)
      return { ...variant, family: `${spec.id}/${family.id}` }
    // A family's answers keep their shape across draws, so a key that is the longest, shortest
    // or most typical option would be so in every draw; such a variant is kept only as often as
    // chance would make it (three wrong answers leave nothing to aim with, unlike editing models).
    const texts = variant.options.map((o) => readText(o.markdown))
    const key = variant.options.findIndex((o) => variant.keys.includes(o.id))
    const cued = keyIsCued(texts, key)
    if (cued && rng.next() >= 1 / variant.options.length) {
      throw new VariantError(`${spec.id}: an option cue points at the key`)
    }
    return { ...variant, family: `${spec.id}/${family.id}` }
  }
  return familyDrawnModel(spec, draft)
}
