/** "Recent takers" are those who finished the same test within this many days. */
export const PERCENTILE_WINDOW_DAYS = 365

/**
 * Mid-rank percentile of `score` among `others`: the share scoring below plus half the share
 * scoring the same, times 100. null when there is nobody to compare with.
 *
 * @example percentileRank(70, [50, 60, 70, 80]) // 62.5
 */
export function percentileRank(score: number, others: readonly number[]): number | null {
  if (others.length === 0) return null
  let below = 0
  let equal = 0
  for (const other of others) {
    if (other < score) below++
    else if (other === score) equal++
  }
  return (100 * (below + equal / 2)) / others.length
}
