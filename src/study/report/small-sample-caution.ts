import type { StudyEstimates } from '../estimate/study-estimates.js'
import { formatCount } from './format-numbers.js'

/**
 * When a run's estimates are too thin to read as evidence. Standard errors clustered by worker
 * need many workers behind each estimate (fewer than about 50 clusters and the clustered interval
 * is too narrow); and with few credential events an effect of tens of percent arises by chance.
 */
export const SMALL_SAMPLE_RULE = { minClusters: 50, minEventsMain: 1000 } as const

/** The headline's models: the fewest workers behind any of them decides. */
const HEADLINE_MODELS = [
  ['main.log_value.event', 'project value'],
  ['main.n_projects.event', 'projects'],
  ['main.earnings.event', 'earnings'],
] as const

export interface SmallSampleCaution {
  readonly small: boolean
  /** The fewest workers (clusters) behind a headline estimate, and which. */
  readonly fewestClusters: number
  readonly fewestClustersOutcome: string
  readonly eventsMain: number
  /** The rule and what this run has, in words; empty when the sample is large enough. */
  readonly sentences: readonly string[]
}

/**
 * @example
 * smallSampleCaution(estimates).small // true for a market of a few hundred workers
 */
export function smallSampleCaution(estimates: StudyEstimates): SmallSampleCaution {
  const [fewestOutcome, fewest] = HEADLINE_MODELS.map(
    ([key, outcome]) => [outcome, estimates[key].n_clusters] as const,
  ).reduce((a, b) => (b[1] < a[1] ? b : a))
  const events = estimates.sample.events_main
  const { minClusters, minEventsMain } = SMALL_SAMPLE_RULE
  const small = fewest < minClusters || events < minEventsMain
  return {
    small,
    fewestClusters: fewest,
    fewestClustersOutcome: fewestOutcome,
    eventsMain: events,
    sentences: small
      ? [
          `Small sample: the ${fewestOutcome} estimate rests on ${formatCount(fewest)} ` +
            `worker${fewest === 1 ? '' : 's'}, and the main sample holds ` +
            `${formatCount(events)} credential event${events === 1 ? '' : 's'}.`,
          `With fewer than ${formatCount(minClusters)} workers behind an estimate, or fewer than ` +
            `${formatCount(minEventsMain)} events, the intervals below are too narrow to trust and ` +
            'effects of tens of percent appear by chance. Read these figures as a demonstration of ' +
            'the method, not as evidence of what credentials do; run the study on more workers.',
        ]
      : [],
  }
}
