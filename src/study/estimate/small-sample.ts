/**
 * fixest's default small-sample correction of a clustered variance (`ssc(adj = TRUE,
 * fixef.K = "nested", cluster.adj = TRUE)`): c = G/(G−1) · (n−1)/(n−K). The fixed effect is nested
 * in the cluster, so its levels do not count in K; K is the kept slopes plus one for the absorbed
 * constant. Needs G ≥ 2 and n > K.
 *
 * @example
 * smallSampleConstant({ clusters: 10, observations: 100, slopes: 4 }) // 10/9 · 99/95
 */
export function smallSampleConstant(size: {
  readonly clusters: number
  readonly observations: number
  readonly slopes: number
}): number {
  const { clusters: g, observations: n, slopes } = size
  const k = slopes + 1
  if (g < 2 || n <= k) {
    throw new Error(`clustered variance needs two clusters and more rows than ${k} parameters`)
  }
  return (g / (g - 1)) * ((n - 1) / (n - k))
}
