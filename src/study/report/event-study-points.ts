import tQuantile from '@stdlib/stats-base-dists-t-quantile'
import type { ModelEstimate } from '../estimate/model-estimate.js'
import type { StudyEstimates } from '../estimate/study-estimates.js'

/** Level of the intervals drawn around the dynamic coefficients. */
export const CONFIDENCE_LEVEL = 0.95

/** One dynamic coefficient with its interval. */
export interface EventStudyPoint {
  readonly outcome: string
  readonly k: number
  readonly coef: number
  readonly lower: number
  readonly upper: number
}

/** The outcomes of the dynamic models, with the heading of their panel in the plot. */
export const EVENT_STUDY_OUTCOMES = [
  ['n_projects', 'Projects started'],
  ['any_project', 'Any project'],
  ['earnings', 'Earnings ($)'],
] as const

/**
 * The dynamic coefficients `k::…` of every dynamic model with CONFIDENCE_LEVEL intervals
 * b ± t₍₁₋α/2, G−1₎ · se, the same Student t with G − 1 degrees of freedom as the p-values.
 *
 * @example
 * eventStudyPoints(estimates).length // 21: seven periods × three outcomes
 */
export function eventStudyPoints(estimates: StudyEstimates): EventStudyPoint[] {
  return EVENT_STUDY_OUTCOMES.flatMap(([outcome, heading]) => {
    const model = estimates[`dynamic.${outcome}.event`] as ModelEstimate | undefined
    if (!model) throw new Error(`no dynamic model for ${outcome} in the estimates`)
    const critical = tQuantile(1 - (1 - CONFIDENCE_LEVEL) / 2, model.n_clusters - 1)
    return Object.keys(model.coef)
      .filter((name) => name.startsWith('k::'))
      .map((name) => {
        const coef = model.coef[name]!
        const half = critical * model.se[name]!
        return {
          outcome: heading,
          k: Number(name.slice(3)),
          coef,
          lower: coef - half,
          upper: coef + half,
        }
      })
  })
}
