import { utcYear } from './records/iso-time.js'

/** One day in seconds; the spec counts windows in whole days of 86,400 s. */
export const SECONDS_PER_DAY = 86_400

/** Window W of the study in days: each period of an event is 14 days, as in Kässi & Lehdonvirta. */
export const DEFAULT_WINDOW_DAYS = 14

/** Main sample: one 14-day period before the award and one after (k = −1, 0). */
export const MAIN_EVENT_PERIODS: EventPeriods = { pre: 1, post: 1 }

/** Dynamic sample: four periods before and four after (k = −4 … 3), for the event-study plot. */
export const DYNAMIC_EVENT_PERIODS: EventPeriods = { pre: 4, post: 4 }

/** How many windows before and after an award an event's sample spans. */
export interface EventPeriods {
  readonly pre: number
  readonly post: number
}

/** Everything that decides the study's numbers besides the records. Times are epoch seconds. */
export interface StudySettings {
  /** First observed instant (inclusive). */
  readonly obsStart: number
  /** End of the observed span (exclusive for activity; an event window may end exactly here). */
  readonly obsEnd: number
  /** Window W in seconds (DEFAULT_WINDOW_DAYS days unless chosen otherwise). */
  readonly windowSeconds: number
  readonly main: EventPeriods
  readonly dynamic: EventPeriods
}

/** The settings a person gives, by the names the API uses (the CLI maps its flags onto them). */
export type StudySettingsField = 'obsStart' | 'obsEnd' | 'windowDays'

/**
 * Settings that cannot be used, naming the field when one is to blame. `time`: an instant that is
 * missing or not like 2015-01-01T00:00:00Z; `range`: values that parse but do not fit together.
 * A RangeError, so code that catches those keeps working.
 */
export class StudySettingsError extends RangeError {
  constructor(
    readonly field: StudySettingsField | null,
    readonly problem: 'time' | 'range',
    /** What is wrong, without the field's name (each caller names it its own way). */
    readonly reason: string,
  ) {
    super(field ? `${field} ${reason}` : reason)
    this.name = 'StudySettingsError'
  }
}

export interface StudySettingsInput {
  readonly obsStart: number
  readonly obsEnd: number
  readonly windowDays?: number
  readonly main?: EventPeriods
  readonly dynamic?: EventPeriods
}

/**
 * Completes and checks study settings; throws StudySettingsError (a RangeError) on an empty span
 * or a window that is not a positive whole number of seconds.
 *
 * @example
 * studySettings({ obsStart: 1420070400, obsEnd: 1514764800 }).windowSeconds // 1209600
 */
export function studySettings(input: StudySettingsInput): StudySettings {
  const windowDays = input.windowDays ?? DEFAULT_WINDOW_DAYS
  const windowSeconds = windowDays * SECONDS_PER_DAY
  if (!Number.isInteger(windowSeconds) || windowSeconds <= 0) {
    throw new StudySettingsError(
      'windowDays',
      'range',
      `must be a positive whole number of seconds, got ${windowDays} days`,
    )
  }
  if (!Number.isInteger(input.obsStart)) {
    throw new StudySettingsError('obsStart', 'range', 'must be whole epoch seconds')
  }
  if (!Number.isInteger(input.obsEnd)) {
    throw new StudySettingsError('obsEnd', 'range', 'must be whole epoch seconds')
  }
  if (input.obsEnd <= input.obsStart) {
    throw new StudySettingsError('obsEnd', 'range', 'must be after obs_start')
  }
  const main = checkPeriods(input.main ?? MAIN_EVENT_PERIODS, 'main')
  const dynamic = checkPeriods(input.dynamic ?? DYNAMIC_EVENT_PERIODS, 'dynamic')
  return { obsStart: input.obsStart, obsEnd: input.obsEnd, windowSeconds, main, dynamic }
}

function checkPeriods(periods: EventPeriods, name: string): EventPeriods {
  const ok = (n: number) => Number.isInteger(n) && n >= 1
  if (!ok(periods.pre) || !ok(periods.post)) {
    throw new StudySettingsError(
      null,
      'range',
      `${name} pre and post periods must be whole numbers ≥ 1`,
    )
  }
  return { pre: periods.pre, post: periods.post }
}

/**
 * Every UTC year a state can be taken in: from obs_start's year to the year of the last observed
 * second. The year dummies of every partition use this same list so their statistics line up.
 */
export function studyYears(settings: StudySettings): number[] {
  const years: number[] = []
  for (let y = utcYear(settings.obsStart); y <= utcYear(settings.obsEnd - 1); y++) years.push(y)
  return years
}
