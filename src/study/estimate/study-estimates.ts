import type { PeriodPanel, ProjectPanel } from '../panel/panel-columns.js'
import { estimateGroup } from './estimate-model.js'
import {
  type DesignCheckHeadline,
  designCheckHeadline,
  type Headline,
  headlineFigures,
} from './headline.js'
import type { ModelEstimate } from './model-estimate.js'
import { groupModels } from './model-groups.js'
import type { ModelKey, PanelKind } from './model-spec.js'
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

/** Every model of the study by its key. */
export type StudyModels = { readonly [K in ModelKey]: ModelEstimate }

/**
 * `estimates.json` without `timing_s` (the pipeline adds its own timings): every model by key, in
 * the reference order, then `headline`, `headline_design_check` and `sample`.
 */
export type StudyEstimates = StudyModels & {
  readonly headline: Headline
  readonly headline_design_check: DesignCheckHeadline
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
  models: Partial<Record<ModelKey, ModelEstimate>>,
  summary: PanelSummary,
  records: RecordCounts,
): StudyEstimates {
  const ordered: Partial<Record<ModelKey, ModelEstimate>> = {}
  for (const model of STUDY_MODELS) {
    const fitted = models[model.key]
    if (!fitted) throw new Error(`model ${model.key} was not estimated`)
    ordered[model.key] = fitted
  }
  // Every key of STUDY_MODELS is now present, and STUDY_MODELS lists every ModelKey.
  const all = ordered as StudyModels
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
  return {
    ...all,
    headline: headlineFigures(all, summary),
    headline_design_check: designCheckHeadline(all, summary),
    sample,
  }
}

/**
 * Every model of the study, the headlines and the sample, single-threaded.
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
  const models: Partial<Record<ModelKey, ModelEstimate>> = {}
  for (const group of groupModels(STUDY_MODELS)) {
    const fitted = estimateGroup(group, byKind[group.panel])
    group.models.forEach((model, i) => {
      models[model.key] = fitted[i]!
    })
  }
  return assembleEstimates(models, summarisePanels(panels), records)
}
