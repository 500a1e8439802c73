/**
 * Probability that a candidate whose true skill is `trueShare` (chance of answering any one item
 * correctly) reaches `cutPercent` on a form of `items` scored items: the binomial upper tail from
 * ⌈items·cut/100⌉. At 15 items a 60 % candidate passes a 70 % cut 21.7 % of the time and an 80 %
 * candidate fails it 16.4 % of the time; at 30 items 17.6 % and 6.1 % — why forms have 30 items.
 *
 * @example passProbability(15, 0.6, 70) // ≈ 0.217
 */
export function passProbability(items: number, trueShare: number, cutPercent: number): number {
  if (!Number.isInteger(items) || items < 1)
    throw new RangeError('items must be a positive integer')
  const needed = Math.ceil((items * cutPercent) / 100 - 1e-9)
  let total = 0
  let coefficient = 1
  for (let k = 0; k <= items; k++) {
    if (k > 0) coefficient = (coefficient * (items - k + 1)) / k
    if (k >= needed) total += coefficient * trueShare ** k * (1 - trueShare) ** (items - k)
  }
  return total
}
