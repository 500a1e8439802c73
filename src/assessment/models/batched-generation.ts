import { VariantError } from './assemble-variant.js'

/** Sources (or queries) per engine entry when many variants are generated together. */
export const GENERATION_BATCH_SIZE = 100

/**
 * Runs `execute` over the concatenated inputs of many variants in chunks of whole variants, and
 * hands each variant its own slice of the outcomes.
 */
export async function executeInBatches<I, O>(
  groups: readonly (readonly I[])[],
  execute: (inputs: readonly I[]) => Promise<O[]>,
): Promise<O[][]> {
  const out: O[][] = []
  for (let start = 0; start < groups.length; start += GENERATION_BATCH_SIZE) {
    const chunk = groups.slice(start, start + GENERATION_BATCH_SIZE)
    const outcomes = await execute(chunk.flat())
    let k = 0
    for (const group of chunk) {
      out.push(outcomes.slice(k, k + group.length))
      k += group.length
    }
  }
  return out
}

/**
 * Drafts drawn before one is accepted. A draft is refused (`VariantError`) when its mistakes give
 * fewer than three distinct, well-formed distractors; drawing again keeps every distractor a
 * real mistake instead of inventing near misses of the key.
 */
export const MAX_DRAWS = 50

/**
 * `count` variants from `draft`, which turns `n` fresh draws into variants or refusals: refused
 * drafts are drawn again (in one batch per round) until `count` are accepted.
 */
export async function acceptedVariants<V>(
  count: number,
  draft: (n: number) => Promise<readonly (V | VariantError)[]>,
): Promise<V[]> {
  const out: V[] = []
  let last: VariantError | undefined
  for (let round = 0; out.length < count && round < MAX_DRAWS; round++) {
    for (const v of await draft(count - out.length)) {
      if (v instanceof VariantError) last = v
      else out.push(v)
    }
  }
  if (out.length < count) throw last ?? new VariantError(`only ${out.length} of ${count} variants`)
  return out
}

/** The variant, or the refusal `build` threw; other errors propagate. */
export function refusalOr<V>(build: () => V): V | VariantError {
  try {
    return build()
  } catch (error) {
    if (error instanceof VariantError) return error
    throw error
  }
}

/** One variant from `draft`, drawn again while it is refused (see `MAX_DRAWS`). */
export async function acceptedVariant<V>(draft: () => V | Promise<V>): Promise<V> {
  let last: VariantError | undefined
  for (let round = 0; round < MAX_DRAWS; round++) {
    try {
      return await draft()
    } catch (error) {
      if (!(error instanceof VariantError)) throw error
      last = error
    }
  }
  throw last!
}
