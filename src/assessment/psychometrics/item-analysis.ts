import { type FinishedAttempt, rawScore } from './response-records.js'
import { correlation, median } from './statistics.js'

/** How one option fared: who chose it and how their rest scores compare with everyone's. */
export interface OptionStatistics {
  readonly optionId: string
  readonly isKey: boolean
  /** Share of responses that chose this option. */
  readonly chosenShare: number
  /** Mean rest score (share correct on the other scored items) of those who chose it. */
  readonly meanRestScore: number
  /** Correlation of "chose this option" with the rest score. */
  readonly pointBiserial: number
}

/** Classical statistics of one item over the attempts that saw it. */
export interface ItemAnalysis {
  readonly itemId: string
  readonly responses: number
  /** Facility p: share answered correctly. */
  readonly facility: number
  /** Item score against the rest score (total without this item), so the item does not correlate with itself. */
  readonly correctedPointBiserial: number
  readonly omitShare: number
  readonly options: readonly OptionStatistics[]
  /** Median answer time in milliseconds, null when no times were recorded. */
  readonly medianTimeMs: number | null
}

/** Per item: its option ids and keys, so unchosen options still show up in the analysis. */
export interface ItemKeyInfo {
  readonly optionIds: readonly string[]
  readonly keys: readonly string[]
}

interface Observation {
  readonly score: number
  readonly rest: number
  readonly chosen: readonly string[]
  readonly timeMs: number | null
}

/**
 * Facility, corrected point-biserial and distractor analysis for every item seen in `attempts`.
 * The rest score is a share (not a count) so attempts of different lengths compare; a pretest
 * item's rest score is the whole scored share, since it never counted.
 *
 * @example analyseItems(attempts, keyInfo).get('item-1')?.facility
 */
export function analyseItems(
  attempts: readonly FinishedAttempt[],
  keyInfo: ReadonlyMap<string, ItemKeyInfo>,
): Map<string, ItemAnalysis> {
  const byItem = new Map<string, Observation[]>()
  for (const attempt of attempts) {
    const { correct, scored } = rawScore(attempt)
    for (const response of attempt.responses) {
      const score = response.correct ? 1 : 0
      const others = response.scored ? scored - 1 : scored
      if (others <= 0) continue
      const rest = (response.scored ? correct - score : correct) / others
      const list = byItem.get(response.itemId) ?? []
      list.push({ score, rest, chosen: response.chosen, timeMs: response.timeMs })
      byItem.set(response.itemId, list)
    }
  }
  const result = new Map<string, ItemAnalysis>()
  for (const [itemId, observations] of byItem) {
    result.set(itemId, analyseOne(itemId, observations, keyInfo.get(itemId)))
  }
  return result
}

function analyseOne(
  itemId: string,
  observations: readonly Observation[],
  info: ItemKeyInfo | undefined,
): ItemAnalysis {
  const n = observations.length
  const scores = observations.map((o) => o.score)
  const rests = observations.map((o) => o.rest)
  const optionIds = new Set(info?.optionIds ?? [])
  for (const o of observations) for (const id of o.chosen) optionIds.add(id)
  const keys = new Set(info?.keys ?? [])
  const options = [...optionIds].map((optionId): OptionStatistics => {
    const chose = observations.map((o) => (o.chosen.includes(optionId) ? 1 : 0))
    const count = chose.reduce<number>((sum, x) => sum + x, 0)
    const restSum = observations.reduce((sum, o, i) => sum + (chose[i] ? o.rest : 0), 0)
    return {
      optionId,
      isKey: keys.has(optionId),
      chosenShare: count / n,
      meanRestScore: count === 0 ? Number.NaN : restSum / count,
      pointBiserial: correlation(chose, rests),
    }
  })
  const times = observations.flatMap((o) => (o.timeMs === null ? [] : [o.timeMs]))
  return {
    itemId,
    responses: n,
    facility: scores.reduce((sum, x) => sum + x, 0) / n,
    correctedPointBiserial: correlation(scores, rests),
    omitShare: observations.filter((o) => o.chosen.length === 0).length / n,
    options,
    medianTimeMs: times.length === 0 ? null : median(times),
  }
}
