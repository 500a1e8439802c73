import type { PeriodPanel, ProjectPanel } from '../panel/panel-columns.js'
import { estimateGroup } from './estimate-model.js'
import { type Headline, type HeadlineModels, headlineFigures } from './headline.js'
import type { ModelEstimate } from './model-estimate.js'
import { groupModels } from './model-groups.js'
import type { PanelKind } from './model-spec.js'
import { type PanelSummary, summarisePanels } from './panel-summary.js'
import { STUDY_MODELS } from './study-models.js'

/** Counts of the input records (the pipeline knows them; the panels do not). */
export interface RecordCounts {
  readonly workers: number
  readonly awards: number
  readonly projects: number
  readonly payments: number
}

export interface StudySample extends RecordCounts {
  readonly events_main: number
  readonly events_dynamic: number
  readonly period_rows: number
  readonly project_rows: number
}

/**
 * `estimates.json` without `timing_s` (the pipeline adds its own timings): every model by key, in
 * the reference order, then `headline` and `sample`.
 */
export type StudyEstimates = Readonly<Record<string, ModelEstimate>> & {
  readonly headline: Headline
  readonly sample: StudySample
}

export interface StudyPanels {
  readonly project: ProjectPanel
  readonly period: PeriodPanel
  readonly periodDynamic: PeriodPanel
}

/**
 * Puts fitted models, panel summary and record counts together in the shape of `estimates.json`.
 * The pipeline calls it after merging partitions; `estimateStudy` after a single-threaded run.
 *
 * @example
 * assembleEstimates(models, summary, counts).headline.project_value_pct
 */
export function assembleEstimates(
  models: Readonly<Record<string, ModelEstimate>>,
  summary: PanelSummary,
  records: RecordCounts,
): StudyEstimates {
  const ordered: Record<string, ModelEstimate> = {}
  for (const model of STUDY_MODELS) {
    const fitted = models[model.key]
    if (!fitted) throw new Error(`model ${model.key} was not estimated`)
    ordered[model.key] = fitted
  }
  const sample: StudySample = {
    workers: records.workers,
    awards: records.awards,
    projects: records.projects,
    payments: records.payments,
    events_main: summary.eventsMain,
    events_dynamic: summary.eventsDynamic,
    period_rows: summary.periodRows,
    project_rows: summary.projectRows,
  }
  const headline = headlineFigures(ordered as unknown as HeadlineModels, summary)
  return { ...ordered, headline, sample } as StudyEstimates
}

/**
 * Every model of the study, the headline and the sample, single-threaded.
 *
 * @example
 * estimateStudy(panels, counts)['main.log_value.event'].coef.n_creds
 */
export function estimateStudy(panels: StudyPanels, records: RecordCounts): StudyEstimates {
  const byKind: Record<PanelKind, ProjectPanel | PeriodPanel> = {
    project: panels.project,
    period: panels.period,
    period_dynamic: panels.periodDynamic,
  }
  const models: Record<string, ModelEstimate> = {}
  for (const group of groupModels(STUDY_MODELS)) {
    const fitted = estimateGroup(group, byKind[group.panel])
    group.models.forEach((model, i) => {
      models[model.key] = fitted[i]!
    })
  }
  return assembleEstimates(models, summarisePanels(panels), records)
}
