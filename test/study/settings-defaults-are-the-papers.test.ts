import { describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW_DAYS, parseIsoSeconds, studySettings } from '../../src/study/index.js'
import {
  DYNAMIC_EVENT_PERIODS,
  MAIN_EVENT_PERIODS,
  SECONDS_PER_DAY,
  studyYears,
} from '../../src/study/settings.js'

const obsStart = parseIsoSeconds('2015-01-01T00:00:00Z')
const obsEnd = parseIsoSeconds('2018-01-01T00:00:00Z')

describe('study settings', () => {
  it('default to 14-day windows, 1/1 main and 4/4 dynamic periods', () => {
    expect(DEFAULT_WINDOW_DAYS).toBe(14)
    expect(SECONDS_PER_DAY).toBe(86_400)
    expect(MAIN_EVENT_PERIODS).toEqual({ pre: 1, post: 1 })
    expect(DYNAMIC_EVENT_PERIODS).toEqual({ pre: 4, post: 4 })
    const settings = studySettings({ obsStart, obsEnd })
    expect(settings.windowSeconds).toBe(14 * 86_400)
    expect(settings.main).toEqual(MAIN_EVENT_PERIODS)
    expect(settings.dynamic).toEqual(DYNAMIC_EVENT_PERIODS)
  })

  it('take every year a state can fall in, excluding obs_end itself', () => {
    expect(studyYears(studySettings({ obsStart, obsEnd }))).toEqual([2015, 2016, 2017])
  })

  it('refuse an empty span and a window that is not whole seconds', () => {
    expect(() => studySettings({ obsStart: obsEnd, obsEnd: obsStart })).toThrow(/after/)
    expect(() => studySettings({ obsStart, obsEnd, windowDays: 0 })).toThrow(/window/)
    expect(() => studySettings({ obsStart, obsEnd, windowDays: 1e-7 })).toThrow(/window/)
  })
})

describe('ISO 8601 instants', () => {
  it('parse exactly YYYY-MM-DDTHH:MM:SSZ, as Date does', () => {
    for (const text of ['2016-02-29T23:59:59Z', '1999-12-31T00:00:00Z', '2017-05-11T19:57:22Z']) {
      expect(parseIsoSeconds(text)).toBe(Date.parse(text) / 1000)
    }
  })

  it('refuse other shapes and impossible dates', () => {
    for (const text of [
      '2017-02-29T00:00:00Z',
      '2017-05-11 19:57:22Z',
      '2017-05-11T19:57:22',
      '2017-05-11T19:57:22+00:00',
      '2017-05-11',
      '2017-13-01T00:00:00Z',
      '2017-05-11T24:00:00Z',
    ]) {
      expect(parseIsoSeconds(text)).toBeNaN()
    }
  })
})
