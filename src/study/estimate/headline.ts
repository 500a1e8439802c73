import type { ModelEstimate } from './model-estimate.js'
import type { PanelSummary } from './panel-summary.js'

/** The study in one line per outcome (spec: "Headline figures"), from the event-FE models. */
export interface Headline {
  /** 100·(exp(b) − 1), b of n_creds on log_value. */
  readonly project_value_pct: number
  /** (exp(b) − 1) · mean value_usd of pre-period projects. */
  readonly usd_per_project: number
  /** 100·b / mean n_projects of pre-period rows. */
  readonly n_projects_pct: number
  /** 1/b: credentials per one more project. */
  readonly credentials_per_extra_project: number
  /** 100·b / mean earnings of pre-period rows. */
  readonly earnings_pct: number
  /** b₁ / (b₁ + b₂·x̄) of the experience model on log_value, x̄ the mean experience of its events. */
  readonly new_entrant_ratio_log_value: number
}

/** The design check's headline: the same percentages from the models without controls. */
export interface DesignCheckHeadline {
  readonly project_value_pct: number
  readonly n_projects_pct: number
  readonly earnings_pct: number
}

/** The models the headline reads, by key. */
export type HeadlineModels = Readonly<
  Record<
    | 'main.log_value.event'
    | 'main.n_projects.event'
    | 'main.earnings.event'
    | 'experience.log_value.event',
    ModelEstimate
  >
>

/** The models the design check's headline reads, by key. */
export type DesignCheckModels = Readonly<
  Record<
    | 'design_check.log_value.event'
    | 'design_check.n_projects.event'
    | 'design_check.earnings.event',
    ModelEstimate
  >
>

/**
 * @example
 * headlineFigures(models, summary).project_value_pct // e.g. 9.7 on the paper's platform
 */
export function headlineFigures(models: HeadlineModels, summary: PanelSummary): Headline {
  const value = coefficient(models['main.log_value.event'], 'n_creds')
  const projects = coefficient(models['main.n_projects.event'], 'n_creds')
  const earnings = coefficient(models['main.earnings.event'], 'n_creds')
  const experience = models['experience.log_value.event']
  const b1 = coefficient(experience, 'n_creds')
  const b2 = coefficient(experience, 'n_creds:experience')
  const meanExperience = summary.projectEventExperienceSum / summary.projectEvents
  const meanPreValue = summary.preValueUsdSum / summary.preProjectRows
  const meanPreProjects = summary.preNProjectsSum / summary.prePeriodRows
  const meanPreEarnings = summary.preEarningsSum / summary.prePeriodRows
  return {
    project_value_pct: 100 * Math.expm1(value),
    usd_per_project: Math.expm1(value) * meanPreValue,
    n_projects_pct: (100 * projects) / meanPreProjects,
    credentials_per_extra_project: 1 / projects,
    earnings_pct: (100 * earnings) / meanPreEarnings,
    new_entrant_ratio_log_value: b1 / (b1 + b2 * meanExperience),
  }
}

/**
 * The headline's percentages computed from the design check's models (spec: "Design check").
 *
 * @example
 * designCheckHeadline(models, summary).earnings_pct // e.g. 2.1 on a placebo market
 */
export function designCheckHeadline(
  models: DesignCheckModels,
  summary: PanelSummary,
): DesignCheckHeadline {
  const value = coefficient(models['design_check.log_value.event'], 'n_creds')
  const projects = coefficient(models['design_check.n_projects.event'], 'n_creds')
  const earnings = coefficient(models['design_check.earnings.event'], 'n_creds')
  return {
    project_value_pct: 100 * Math.expm1(value),
    n_projects_pct: (100 * projects) / (summary.preNProjectsSum / summary.prePeriodRows),
    earnings_pct: (100 * earnings) / (summary.preEarningsSum / summary.prePeriodRows),
  }
}

function coefficient(model: ModelEstimate, name: string): number {
  const value = model.coef[name]
  if (value === undefined) throw new Error(`${model.formula}: ${name} was dropped, no headline`)
  return value
}
