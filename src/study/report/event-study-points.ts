import tQuantile from '@stdlib/stats-base-dists-t-quantile'
import { REFERENCE_PERIOD } from '../estimate/model-spec.js'
import type { StudyEstimates } from '../estimate/study-estimates.js'

/** Level of the intervals drawn around the dynamic coefficients. */
export const CONFIDENCE_LEVEL = 0.95

/** One dynamic coefficient with its interval, or the reference period (0 by definition). */
export interface EventStudyPoint {
  readonly outcome: string
  readonly k: number
  readonly coef: number
  readonly lower: number
  readonly upper: number
  /** The omitted period k = −1 every coefficient is measured against, drawn at zero. */
  readonly reference: boolean
}

/** The outcomes of the dynamic models, with the heading of their panel in the plot. */
export const EVENT_STUDY_OUTCOMES = [
  ['n_projects', 'Projects started'],
  ['any_project', 'Any project'],
  ['earnings', 'Earnings ($)'],
] as const

/**
 * The dynamic coefficients `k::…` of every dynamic model with CONFIDENCE_LEVEL intervals
 * b ± t₍₁₋α/2, G−1₎ · se, the same Student t with G − 1 degrees of freedom as the p-values, and
 * the reference period at zero; by outcome, then by k.
 *
 * @example
 * eventStudyPoints(estimates).length // 24: eight periods (one the reference) × three outcomes
 */
export function eventStudyPoints(estimates: StudyEstimates): EventStudyPoint[] {
  return EVENT_STUDY_OUTCOMES.flatMap(([outcome, heading]) => {
    const model = estimates[`dynamic.${outcome}.event`]
    if (!model) throw new Error(`no dynamic model for ${outcome} in the estimates`)
    const critical = tQuantile(1 - (1 - CONFIDENCE_LEVEL) / 2, model.n_clusters - 1)
    const estimated = Object.keys(model.coef)
      .filter((name) => name.startsWith('k::'))
      .map((name): EventStudyPoint => {
        const coef = model.coef[name]!
        const half = critical * model.se[name]!
        return {
          outcome: heading,
          k: Number(name.slice(3)),
          coef,
          lower: coef - half,
          upper: coef + half,
          reference: false,
        }
      })
    const reference: EventStudyPoint = {
      outcome: heading,
      k: REFERENCE_PERIOD,
      coef: 0,
      lower: 0,
      upper: 0,
      reference: true,
    }
    return [...estimated, reference].sort((a, b) => a.k - b.k)
  })
}
