import { createRng, type Rng } from '../../src/assessment/index.js'
import { VariantError } from '../../src/assessment/models/assemble-variant.js'

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
