/**
 * The scores of a sample's events, by test: what `score_z` is computed from. Partitions collect
 * their own and the pipeline merges them, because a test's events span every partition.
 */
export type ScoreSamples = Map<string, number[]>

/**
 * Per test, its distinct scores ascending and the standardized rank of each (spec: `score_z`).
 * A function of the test's multiset of scores alone, so it does not depend on row or partition order.
 */
export type ScoreScale = ReadonlyMap<
  string,
  { readonly scores: Float64Array; readonly z: Float64Array }
>

/**
 * Adds one event's score (a NaN score, an award without one, is left out).
 *
 * @example
 * addScoreSample(samples, 't1', 87)
 */
export function addScoreSample(samples: ScoreSamples, testId: string, score: number): void {
  if (Number.isNaN(score)) return
  const scores = samples.get(testId)
  if (scores) scores.push(score)
  else samples.set(testId, [score])
}

/**
 * Every partition's samples together.
 *
 * @example
 * const scale = scoreScale(parts.map((p) => p.samples).reduce(mergeScoreSamples, new Map()))
 */
export function mergeScoreSamples(a: ScoreSamples, b: ScoreSamples): ScoreSamples {
  const out: ScoreSamples = new Map([...a].map(([test, scores]) => [test, [...scores]]))
  for (const [test, scores] of b) {
    const into = out.get(test)
    if (into) into.push(...scores)
    else out.set(test, [...scores])
  }
  return out
}

/**
 * Within each test: rank the scores (ties get their average rank), then
 * z = (rank − mean rank) / sample standard deviation of the ranks; 0 when the test has one scored
 * event or all its ranks tie.
 *
 * @example
 * scoreZ(scoreScale(new Map([['t', [60, 70, 80]]])), 't', 80) // 1
 */
export function scoreScale(samples: ScoreSamples): ScoreScale {
  const out = new Map<string, { scores: Float64Array; z: Float64Array }>()
  for (const [test, values] of samples) {
    const sorted = Float64Array.from(values).sort()
    const m = sorted.length
    const distinct: number[] = []
    const ranks: number[] = []
    const counts: number[] = []
    for (let i = 0; i < m; ) {
      let j = i
      while (j < m && sorted[j] === sorted[i]) j++
      distinct.push(sorted[i]!)
      // Ranks i + 1 … j, averaged.
      ranks.push((i + 1 + j) / 2)
      counts.push(j - i)
      i = j
    }
    const meanRank = (m + 1) / 2
    let squares = 0
    ranks.forEach((rank, d) => {
      squares += counts[d]! * (rank - meanRank) ** 2
    })
    const sd = m > 1 ? Math.sqrt(squares / (m - 1)) : 0
    const z = Float64Array.from(ranks, (rank) => (sd > 0 ? (rank - meanRank) / sd : 0))
    out.set(test, { scores: Float64Array.from(distinct), z })
  }
  return out
}

/**
 * The standardized rank of a score within its test; NaN when the award has no score or the score
 * is not among the test's sample (an event outside the main sample).
 *
 * @example
 * scoreZ(scale, 't1', 87) // e.g. 0.39
 */
export function scoreZ(scale: ScoreScale, testId: string, score: number): number {
  const test = scale.get(testId)
  if (!test || Number.isNaN(score)) return Number.NaN
  const { scores } = test
  let lo = 0
  let hi = scores.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (scores[mid]! < score) lo = mid + 1
    else hi = mid
  }
  return scores[lo] === score ? test.z[lo]! : Number.NaN
}
