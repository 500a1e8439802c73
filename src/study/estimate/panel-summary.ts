import type { PeriodPanel, ProjectPanel } from '../panel/panel-columns.js'

/**
 * Sums over the panels that the headline figures and the sample counts need. Additive across
 * partitions of whole workers (an event belongs to one worker), so partitions merge by addition.
 */
export interface PanelSummary {
  /** Σ value_usd and count over pre-period rows of the project panel. */
  readonly preValueUsdSum: number
  readonly preProjectRows: number
  /** Σ n_projects, Σ earnings and count over pre-period rows of the main period panel. */
  readonly preNProjectsSum: number
  readonly preEarningsSum: number
  readonly prePeriodRows: number
  /** Σ experience and count over the events that appear in the project panel. */
  readonly projectEventExperienceSum: number
  readonly projectEvents: number
  readonly eventsMain: number
  readonly eventsDynamic: number
  readonly periodRows: number
  readonly projectRows: number
}

/**
 * The summary of one partition's three panels.
 *
 * @example
 * const summary = partitions.map(summarisePanels).reduce(mergePanelSummaries)
 */
export function summarisePanels(panels: {
  readonly project: ProjectPanel
  readonly period: PeriodPanel
  readonly periodDynamic: PeriodPanel
}): PanelSummary {
  const { project, period, periodDynamic } = panels
  let preValueUsdSum = 0
  let preProjectRows = 0
  const seen = new Set<number>()
  let projectEventExperienceSum = 0
  for (let i = 0; i < project.rows; i++) {
    if (project.post[i] === 0) {
      preValueUsdSum += Math.exp(project.log_value[i]!)
      preProjectRows++
    }
    const event = project.event_index[i]!
    if (!seen.has(event)) {
      seen.add(event)
      projectEventExperienceSum += project.experience[i]!
    }
  }
  let preNProjectsSum = 0
  let preEarningsSum = 0
  let prePeriodRows = 0
  for (let i = 0; i < period.rows; i++) {
    if (period.post[i] !== 0) continue
    preNProjectsSum += period.n_projects[i]!
    preEarningsSum += period.earnings[i]!
    prePeriodRows++
  }
  return {
    preValueUsdSum,
    preProjectRows,
    preNProjectsSum,
    preEarningsSum,
    prePeriodRows,
    projectEventExperienceSum,
    projectEvents: seen.size,
    eventsMain: new Set(period.event_index).size,
    eventsDynamic: new Set(periodDynamic.event_index).size,
    periodRows: period.rows,
    projectRows: project.rows,
  }
}

/**
 * Adds two partitions' summaries; fold in a fixed partition order.
 *
 * @example
 * mergePanelSummaries(a, b).projectEvents // a.projectEvents + b.projectEvents
 */
export function mergePanelSummaries(a: PanelSummary, b: PanelSummary): PanelSummary {
  const out: Record<string, number> = {}
  for (const key of Object.keys(a) as (keyof PanelSummary)[]) out[key] = a[key] + b[key]
  return out as unknown as PanelSummary
}
