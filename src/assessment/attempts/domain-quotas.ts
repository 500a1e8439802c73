import type { BlueprintDomain } from '../test-definition.js'

/**
 * Scored items per blueprint domain: largest-remainder apportionment of `scoredItems` by weight,
 * so the quotas always sum to the form length (rounding each share alone can give 32 of 30).
 *
 * @example domainQuotas([{ id: 'a', weight: 0.5 }, { id: 'b', weight: 0.5 }], 30) // a: 15, b: 15
 */
export function domainQuotas(
  blueprint: readonly Pick<BlueprintDomain, 'id' | 'weight'>[],
  scoredItems: number,
): Map<string, number> {
  const total = blueprint.reduce((sum, d) => sum + d.weight, 0)
  if (blueprint.length === 0 || total <= 0)
    throw new RangeError('a blueprint needs positive weights')
  const shares = blueprint.map((d, index) => {
    const exact = (scoredItems * d.weight) / total
    return { id: d.id, index, floor: Math.floor(exact), remainder: exact - Math.floor(exact) }
  })
  let left = scoredItems - shares.reduce((sum, s) => sum + s.floor, 0)
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const share of byRemainder) {
    if (left <= 0) break
    share.floor++
    left--
  }
  return new Map(shares.map((s) => [s.id, s.floor]))
}
