/**
 * The two panels of the impact study as columns (one typed array per numeric column, one string
 * array per id column), because the estimator walks them column by column and a market of a
 * million projects would be a million objects otherwise.
 *
 * Column names are the spec's own (snake_case), so that a coefficient name (`n_creds`,
 * `avg_rating`) or a CSV header is also the key of its column.
 *
 * Row order inside one panel: grouped by worker (in the order the source yields workers; after a
 * run on several partitions, partition after partition), within a worker by event_id, then by k
 * (period panel) or by started_at then project_id (project panel). So the rows of one worker are
 * contiguous and the rows of one event are contiguous. The CSV writer orders rows by event_id
 * alone, as the fixtures do.
 *
 * Times are epoch seconds (UTC). Integer-valued columns are Int32Array, the rest Float64Array.
 */
export interface PanelColumnsBase {
  /** Number of rows; every column has this length. */
  readonly rows: number
  readonly event_id: readonly string[]
  readonly worker_id: readonly string[]
  readonly test_id: readonly string[]
  /** Dense code of event_id, 0 … events − 1 in row order (the event fixed effect's levels). */
  readonly event_index: Int32Array
  /** Dense code of worker_id, 0 … workers − 1 in row order (worker fixed effect and cluster). */
  readonly worker_index: Int32Array
  /** 1 in the periods (or for the projects) at or after the event, else 0. */
  readonly post: Int32Array
  /** UTC calendar year of the instant the state is taken at. */
  readonly year: Int32Array
  readonly n_creds: Int32Array
  readonly avg_rating: Float64Array
  readonly no_rating: Int32Array
  readonly cum_earnings_asinh: Float64Array
  readonly cum_completed: Int32Array
  /** Per event (state at the award): 1 when the worker had completed no project. */
  readonly new_entrant: Int32Array
  /** Per event (state at the award): ln(1 + cum_completed). */
  readonly experience: Float64Array
}

/** One row per event and period k (main panel: k = −1, 0; dynamic: k = −4 … 3). */
export interface PeriodPanel extends PanelColumnsBase {
  readonly kind: 'period'
  readonly k: Int32Array
  /** Epoch seconds: T + k·W. */
  readonly period_start: Float64Array
  readonly n_projects: Int32Array
  readonly any_project: Int32Array
  /** US dollars paid in the period. */
  readonly earnings: Float64Array
  /** The main panel's standardized score rank of the event's award (NaN: no score); none in the dynamic panel. */
  readonly score_z?: Float64Array
}

/** One row per main-sample event and project started in [T − W, T + W). */
export interface ProjectPanel extends PanelColumnsBase {
  readonly kind: 'project'
  readonly project_id: readonly string[]
  /** Epoch seconds. */
  readonly started_at: Float64Array
  /** ln(value_usd). */
  readonly log_value: Float64Array
  /** Standardized score rank of the event's award within its test, NaN when it has no score. */
  readonly score_z: Float64Array
}

export type Panel = PeriodPanel | ProjectPanel

/** The names of a panel's numeric columns, e.g. `NumericColumn<PeriodPanel>` includes `'earnings'`. */
export type NumericColumn<P extends Panel> = {
  [K in keyof P]: P[K] extends Int32Array | Float64Array ? K : never
}[keyof P] &
  string

/** CSV header of the dynamic period panel, in the fixtures' order. */
export const DYNAMIC_PERIOD_PANEL_HEADER = [
  'event_id',
  'worker_id',
  'test_id',
  'k',
  'post',
  'period_start',
  'year',
  'n_creds',
  'avg_rating',
  'no_rating',
  'cum_earnings_asinh',
  'cum_completed',
  'new_entrant',
  'experience',
  'n_projects',
  'any_project',
  'earnings',
] as const satisfies readonly (keyof PeriodPanel)[]

/** CSV header of the main period panel: the dynamic panel's, then `score_z`. */
export const PERIOD_PANEL_HEADER = [
  ...DYNAMIC_PERIOD_PANEL_HEADER,
  'score_z',
] as const satisfies readonly (keyof PeriodPanel)[]

/** CSV header of the project panel, in the fixtures' order. */
export const PROJECT_PANEL_HEADER = [
  'event_id',
  'worker_id',
  'test_id',
  'project_id',
  'post',
  'started_at',
  'year',
  'n_creds',
  'avg_rating',
  'no_rating',
  'cum_earnings_asinh',
  'cum_completed',
  'new_entrant',
  'experience',
  'log_value',
  'score_z',
] as const satisfies readonly (keyof ProjectPanel)[]
