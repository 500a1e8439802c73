import { createRng, type Rng } from '../../src/assessment/index.js'
import { VariantError } from '../../src/assessment/models/assemble-variant.js'
import {
  distinctWrongs,
  type Scenario,
  scenarioFrame,
} from '../../src/assessment/models/scenario/scenario-model.js'

/** One drawn case and the family that drew it. */
export interface Drawn<S> {
  readonly family: string
  readonly s: S
}

/**
 * Every family drawn `draws` times from one seeded generator, in family order, so a failing key
 * test names the same draws on every run. A draw the family refuses (`VariantError`: figures that
 * would make two options equal) is left out; any other error is a programming error and throws.
 */
export function drawFamilies<S>(
  families: readonly { readonly id: string; draw(rng: Rng): S }[],
  draws: number,
  seed: number,
): Drawn<S>[] {
  const rng = createRng(seed)
  const out: Drawn<S>[] = []
  for (const family of families) {
    for (let i = 0; i < draws; i++) {
      try {
        out.push({ family: family.id, s: family.draw(rng) })
      } catch (error) {
        if (!(error instanceof VariantError)) throw error
      }
    }
  }
  return out
}

/** The ids of families that no kept draw came from: each must draw at least once. */
export function familiesNeverDrawn(
  families: readonly { readonly id: string }[],
  drawn: readonly Drawn<unknown>[],
): string[] {
  const seen = new Set(drawn.map((d) => d.family))
  return families.filter((f) => !seen.has(f.id)).map((f) => f.id)
}

/**
 * What is wrong with the option sets of drawn scenarios, at most eight distinct problems: each
 * draw needs exactly three distinct distractors, none the key, each naming its mistake in words,
 * and a frame that holds every answer as written. `capitalStem` also asks stems to open with a
 * capital or a digit.
 */
export function optionSetProblems(
  drawn: readonly Drawn<Scenario>[],
  options: { readonly capitalStem?: boolean } = {},
): string[] {
  const problems: string[] = []
  for (const { family, s } of drawn) {
    const wrong = distinctWrongs(s)
    if (wrong.length !== 3) problems.push(`${family}: ${wrong.length} distinct distractors`)
    if (wrong.some(([t]) => t === s.key)) problems.push(`${family}: a distractor is the key`)
    if (wrong.some(([, m]) => m.trim().length < 10)) problems.push(`${family}: unnamed mistake`)
    if (options.capitalStem && !/^[A-Z0-9]/.test(s.stem))
      problems.push(`${family}: stem opens in lower case`)
    try {
      scenarioFrame(s)
    } catch (error) {
      problems.push(`${family}: ${(error as Error).message}`)
    }
  }
  return [...new Set(problems)].slice(0, 8)
}
