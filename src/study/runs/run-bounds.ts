import type { RecordColumns } from '../records/record-columns.js'
import { type StudySettings, studyYears } from '../settings.js'

/**
 * How big a run the server takes. A panel has a row per worker and window of the observed span,
 * and a year dummy per year of it: the paper's study (46,791 workers, three years of 14-day
 * windows) is 3.7 million rows and 3 years, so these leave a wide margin while refusing the
 * settings that grew the server by gigabytes (years 0001 to 9999 in 1-day windows).
 */
export const STUDY_RUN_BOUNDS = {
  /** Windows in the observed span (2,000 is 76 years of 14-day windows). */
  periods: 2_000,
  /** UTC years the span touches: each is a regressor. */
  years: 60,
  /** Workers × windows: the panel's rows. */
  panelRows: 20_000_000,
} as const

/** Why settings are refused for these records: what is too big, and the bound. */
export class RunBoundsError extends RangeError {
  override readonly name = 'RunBoundsError'
  constructor(
    message: string,
    readonly bound: keyof typeof STUDY_RUN_BOUNDS | 'span',
    readonly limit: number,
  ) {
    super(message)
  }
}

/** Windows the observed span holds (the last may be partial). */
export function spanPeriods(settings: StudySettings): number {
  return Math.ceil((settings.obsEnd - settings.obsStart) / settings.windowSeconds)
}

/** Throws RunBoundsError when a run of `workers` workers under `settings` is beyond the bounds. */
export function checkRunBounds(settings: StudySettings, workers: number): void {
  const periods = spanPeriods(settings)
  if (periods > STUDY_RUN_BOUNDS.periods) {
    throw new RunBoundsError(
      `the observed span holds ${periods} windows; at most ${STUDY_RUN_BOUNDS.periods} (choose a shorter span or a longer window)`,
      'periods',
      STUDY_RUN_BOUNDS.periods,
    )
  }
  const years = studyYears(settings).length
  if (years > STUDY_RUN_BOUNDS.years) {
    throw new RunBoundsError(
      `the observed span touches ${years} years; at most ${STUDY_RUN_BOUNDS.years}`,
      'years',
      STUDY_RUN_BOUNDS.years,
    )
  }
  const rows = workers * periods
  if (rows > STUDY_RUN_BOUNDS.panelRows) {
    throw new RunBoundsError(
      `${workers} workers over ${periods} windows make ${rows} panel rows; at most ${STUDY_RUN_BOUNDS.panelRows}`,
      'panelRows',
      STUDY_RUN_BOUNDS.panelRows,
    )
  }
}

/** As checkRunBounds, and the records must have projects that start inside the observed span. */
export function checkRunAgainstRecords(settings: StudySettings, records: RecordColumns): void {
  checkRunBounds(settings, records.workers.length)
  const starts = records.projects.startedAt
  let inside = 0
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!
    if (at >= settings.obsStart && at < settings.obsEnd) inside++
  }
  if (inside === 0) {
    throw new RunBoundsError(
      `none of the ${starts.length} projects starts inside the observed span`,
      'span',
      0,
    )
  }
}
