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
