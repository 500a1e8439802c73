import { describe, expect, it } from 'vitest'
import { parseStudySettings, StudySettingsError, studySettings } from '../../src/study/index.js'

const span = { obsStart: '2015-01-01T00:00:00Z', obsEnd: '2018-01-01T00:00:00Z' }

function refusal(make: () => unknown): StudySettingsError {
  try {
    make()
  } catch (error) {
    expect(error).toBeInstanceOf(StudySettingsError)
    expect(error).toBeInstanceOf(RangeError)
    return error as StudySettingsError
  }
  throw new Error('the settings were accepted')
}

describe('study settings given as text', () => {
  it('parse to the same settings as given in seconds, the window from days as number or text', () => {
    const seconds = studySettings({ obsStart: 1420070400, obsEnd: 1514764800, windowDays: 7 })
    expect(parseStudySettings({ ...span, windowDays: 7 })).toEqual(seconds)
    expect(parseStudySettings({ ...span, windowDays: '7' })).toEqual(seconds)
    expect(parseStudySettings(span).windowSeconds).toBe(14 * 86_400)
  })

  it('name a missing or malformed instant as a time problem of that field', () => {
    expect(refusal(() => parseStudySettings({ obsEnd: span.obsEnd }))).toMatchObject({
      field: 'obsStart',
      problem: 'time',
      reason: 'is required',
    })
    const malformed = refusal(() => parseStudySettings({ ...span, obsEnd: '2018-01-01' }))
    expect(malformed).toMatchObject({ field: 'obsEnd', problem: 'time' })
    expect(malformed.message).toBe(
      'obsEnd must be like 2015-01-01T00:00:00Z (UTC), got "2018-01-01"',
    )
  })

  it('name the window or the span when values parse but do not fit', () => {
    expect(refusal(() => parseStudySettings({ ...span, windowDays: 'two' }))).toMatchObject({
      field: 'windowDays',
      problem: 'range',
    })
    expect(refusal(() => parseStudySettings({ ...span, windowDays: 0 }))).toMatchObject({
      field: 'windowDays',
      problem: 'range',
    })
    const reversed = refusal(() =>
      parseStudySettings({ obsStart: span.obsEnd, obsEnd: span.obsStart }),
    )
    expect(reversed).toMatchObject({ field: 'obsEnd', problem: 'range' })
  })
})
