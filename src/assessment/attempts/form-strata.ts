import type { Rng } from '../rng.js'

/**
 * `count` slots spread over `strata` in equal shares. When every stratum fits on the form, each
 * gets ⌊count/n⌋ and the first `count mod n` (in the order listed) one more, the same on every
 * form: independent draws give one stratum three slots on one form and none on the next, and with
 * it a candidate weak on that stratum a different chance on each form, and even a random choice of
 * which strata get the remainder leaves that candidate one item more or less from form to form.
 * When there are more strata than slots, a random `count` of them get one each, so over many forms
 * each is met equally often.
 *
 * @example spreadEvenly(['a', 'b', 'c'], 7, rng) // a three times, b and c twice each
 */
export function spreadEvenly<T>(strata: readonly T[], count: number, rng: Rng): T[] {
  if (strata.length === 0 || count <= 0) return []
  if (count < strata.length) return rng.shuffle(strata).slice(0, count)
  const each = Math.floor(count / strata.length)
  const extra = count - each * strata.length
  return strata.flatMap((stratum, i) =>
    Array.from({ length: each + (i < extra ? 1 : 0) }, () => stratum),
  )
}

/** One model slot of a domain, and the stratum (family or template) it is to be drawn from. */
export interface StratifiedSlot {
  readonly modelId: string
  readonly stratum?: string
}

/**
 * A domain's model slots, balanced twice: across the domain's item models in equal shares, then
 * within each model across its named strata in equal shares. A model that names no strata draws
 * its templates itself.
 *
 * @example stratifySlots(['fin-vat'], new Map([['fin-vat', ['fin-vat/gross', …]]]), 7, rng)
 */
export function stratifySlots(
  models: readonly string[],
  strata: ReadonlyMap<string, readonly string[]>,
  count: number,
  rng: Rng,
): StratifiedSlot[] {
  const perModel = new Map<string, number>()
  for (const modelId of spreadEvenly(models, count, rng)) {
    perModel.set(modelId, (perModel.get(modelId) ?? 0) + 1)
  }
  return [...perModel].flatMap(([modelId, share]) => {
    const named = strata.get(modelId) ?? []
    if (named.length === 0) return Array.from({ length: share }, () => ({ modelId }))
    return spreadEvenly(named, share, rng).map((stratum) => ({ modelId, stratum }))
  })
}
