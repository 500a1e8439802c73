/**
 * fixest's default small-sample correction of a clustered variance (`ssc(adj = TRUE,
 * fixef.K = "nested", cluster.adj = TRUE)`): c = G/(G−1) · (n−1)/(n−K). A fixed effect nested in
 * the cluster (event, worker) does not count in K: K is the kept slopes plus one for the absorbed
 * constant. One that is not (a test) counts every level: K is the kept slopes plus its levels.
 * Needs G ≥ 2 and n > K.
 *
 * @example
 * smallSampleConstant({ clusters: 10, observations: 100, slopes: 4 }) // 10/9 · 99/95
 * smallSampleConstant({ clusters: 10, observations: 100, slopes: 4, unnestedLevels: 6 }) // 10/9 · 99/90
 */
export function smallSampleConstant(size: {
  readonly clusters: number
  readonly observations: number
  readonly slopes: number
  /** Levels of a fixed effect not nested in the cluster; 0 when it is nested. */
  readonly unnestedLevels?: number
}): number {
  const { clusters: g, observations: n, slopes, unnestedLevels = 0 } = size
  const k = slopes + (unnestedLevels > 0 ? unnestedLevels : 1)
  if (g < 2 || n <= k) {
    throw new Error(`clustered variance needs two clusters and more rows than ${k} parameters`)
  }
  return (g / (g - 1)) * ((n - 1) / (n - k))
}
