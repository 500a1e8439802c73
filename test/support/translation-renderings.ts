import {
  choiceCount,
  choose,
  type TranslationFamily,
  translationOptions,
} from '../../src/assessment/models/translation/translation-model.js'

/** Every coupled word choice of every family, with free variation fixed to its first choice. */
export function renderedChoices(families: readonly TranslationFamily[]) {
  return families.flatMap((family) =>
    Array.from({ length: choiceCount(family) }, (_, k) => {
      const { key, wrong } = translationOptions(choose(family.frame, k), (c) => c[0]!)
      return { id: family.id, source: choose(family.source, k), key: key.value, wrong }
    }),
  )
}

/**
 * Every free-variation choice of every key, drawn twelve times per coupled choice, for checks
 * that hold of each rendering. A Lehmer generator from `seed`: the draws are the same on every
 * run, and independent of the app's rng.
 */
export function everyKeyChoice(
  families: readonly TranslationFamily[],
  seed: number,
): { id: string; source: string; key: string }[] {
  let state = seed
  const pick = (c: string[]) => {
    state = (state * 48271) % 2147483647
    return c[state % c.length]!
  }
  return families.flatMap((family) =>
    Array.from({ length: choiceCount(family) * 12 }, (_, i) => {
      const k = i % choiceCount(family)
      return {
        id: family.id,
        source: choose(family.source, k),
        key: translationOptions(choose(family.frame, k), pick).key.value,
      }
    }),
  )
}
