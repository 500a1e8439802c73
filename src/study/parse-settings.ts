import { parseIsoSeconds } from './records/iso-time.js'
import {
  type StudySettings,
  StudySettingsError,
  type StudySettingsField,
  studySettings,
} from './settings.js'

/** Settings as text or JSON brings them: instants as ISO 8601 text, the window in days. */
export interface StudySettingsText {
  readonly obsStart?: unknown
  readonly obsEnd?: unknown
  /** Days, as a number or its text; the default window when absent. */
  readonly windowDays?: unknown
}

/**
 * Parses and checks settings given as text (command-line flags, a manifest, a request body);
 * throws StudySettingsError naming the field.
 *
 * @example
 * parseStudySettings({ obsStart: '2015-01-01T00:00:00Z', obsEnd: '2018-01-01T00:00:00Z' })
 */
export function parseStudySettings(text: StudySettingsText): StudySettings {
  const obsStart = instant(text.obsStart, 'obsStart')
  const obsEnd = instant(text.obsEnd, 'obsEnd')
  return studySettings({ obsStart, obsEnd, windowDays: days(text.windowDays) })
}

function instant(value: unknown, field: StudySettingsField): number {
  if (value === undefined || value === null || value === '') {
    throw new StudySettingsError(field, 'time', 'is required')
  }
  const seconds = typeof value === 'string' ? parseIsoSeconds(value) : Number.NaN
  if (Number.isNaN(seconds)) {
    throw new StudySettingsError(
      field,
      'time',
      `must be like 2015-01-01T00:00:00Z (UTC), got ${JSON.stringify(value)}`,
    )
  }
  return seconds
}

function days(value: unknown): number | undefined {
  if (value === undefined) return undefined
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw new StudySettingsError(
      'windowDays',
      'range',
      `must be a number of days, got ${JSON.stringify(value)}`,
    )
  }
  return number
}
