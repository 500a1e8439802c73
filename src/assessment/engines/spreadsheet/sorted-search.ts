/**
 * How an approximate (sorted-list) lookup walks its list. Excel documents only that the list
 * must be sorted; on an unsorted list its result depends on the search it runs, which it does
 * not document. `linear` stops at the first item past the key; `binary` halves the list as a
 * binary search does. Each search has its own table of functions; item checks run both, so a
 * mistake counts as wrong only when it misses whichever way the list is searched.
 */
export type SortedSearch = 'linear' | 'binary'

/**
 * The index of the last item that `fits` (is not past the key) in a list taken as sorted, or
 * -1; `fits` returns undefined for an item that cannot be compared with the key.
 *
 * @example lastFitting([1, 3, 5], (x) => x <= 4) // 1
 */
export function lastFitting<T>(
  list: readonly T[],
  fits: (item: T) => boolean | undefined,
  search: SortedSearch = 'linear',
): number {
  let at = -1
  if (search === 'binary') {
    let lo = 0
    let hi = list.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (fits(list[mid]!)) {
        at = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return at
  }
  for (let i = 0; i < list.length; i++) {
    const ok = fits(list[i]!)
    if (ok === undefined) continue
    if (!ok) break
    at = i
  }
  return at
}
