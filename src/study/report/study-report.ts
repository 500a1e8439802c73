import type { StudyEstimates } from '../estimate/study-estimates.js'
import type { StudySettings } from '../settings.js'
import { SECONDS_PER_DAY } from '../settings.js'
import { CONFIDENCE_LEVEL, EVENT_STUDY_OUTCOMES, eventStudyPoints } from './event-study-points.js'
import { type PreTrendReading, preTrend } from './pre-trend.js'
import { reportContent } from './report-content.js'
import { smallSampleCaution } from './small-sample-caution.js'

/** A headline percentage with its interval. */
export interface PercentWithInterval {
  readonly pct: number
  readonly pctLow: number
  readonly pctHigh: number
}

/**
 * Everything a reader of a finished run sees, computed where the estimates are: the headline with
 * intervals, the design check and pre-trend verdicts, the event study's points, the tables, and
 * a caution when the sample is small. The browser only lays it out.
 *
 * @example
 * studyReport(estimates, settings).headline.effects[0].outcome // 'project value'
 */
export function studyReport(estimates: StudyEstimates, settings: StudySettings) {
  const windowDays = settings.windowSeconds / SECONDS_PER_DAY
  const content = reportContent(estimates, settings)
  const points = eventStudyPoints(estimates)
  const h = estimates.headline
  const p = (key: 'main.log_value.event' | 'main.n_projects.event' | 'main.earnings.event') =>
    estimates[key].p.n_creds ?? null
  const pValues = {
    'project value': p('main.log_value.event'),
    projects: p('main.n_projects.event'),
    earnings: p('main.earnings.event'),
  }
  const comparisons = content.designCheck.comparisons
  const caution = smallSampleCaution(estimates)
  return {
    title: content.title,
    design: content.design,
    sampleText: content.sample,
    sample: { ...estimates.sample },
    confidenceLevel: CONFIDENCE_LEVEL,
    windowDays,
    headline: {
      sentences: [...content.headline],
      effects: comparisons.map((c) => ({
        outcome: c.outcome,
        pct: c.paper.pct,
        pctLow: c.paper.pctLow,
        pctHigh: c.paper.pctHigh,
        p: pValues[c.outcome],
      })),
      usdPerProject: h.usd_per_project,
      credentialsPerExtraProject: h.credentials_per_extra_project,
      newEntrantRatio: h.new_entrant_ratio_log_value,
    },
    designCheck: {
      intro: content.designCheck.intro,
      agree: comparisons.every((c) => !c.disagree),
      comparisons: comparisons.map((c) => ({
        outcome: c.outcome,
        paper: interval(c.paper),
        check: interval(c.check),
        disagree: c.disagree,
      })),
      sentences: [...content.designCheck.sentences],
      preTrend: mutablePreTrend(preTrend(points)),
    },
    eventStudy: {
      caption: content.figureCaption,
      periods: [...new Set(points.map((pt) => pt.k))].sort((a, b) => a - b),
      outcomes: EVENT_STUDY_OUTCOMES.map(([, heading]) => ({
        outcome: heading,
        points: points
          .filter((pt) => pt.outcome === heading)
          .map(({ k, coef, lower, upper, reference }) => ({ k, coef, lower, upper, reference })),
      })),
    },
    tables: content.tables.map((t) => ({
      title: t.title,
      columns: [...t.columns],
      body: t.body.map((r) => ({ label: r.label, cells: [...r.cells] })),
      footer: t.footer.map((r) => ({ label: r.label, cells: [...r.cells] })),
    })),
    tableNote: content.tableNote,
    caution: { ...caution, sentences: [...caution.sentences] },
  }
}

export type StudyReport = ReturnType<typeof studyReport>

function interval(f: PercentWithInterval): PercentWithInterval {
  return { pct: f.pct, pctLow: f.pctLow, pctHigh: f.pctHigh }
}

function mutablePreTrend(reading: PreTrendReading) {
  return { ...reading, awayFromZero: reading.awayFromZero.map((a) => ({ ...a })) }
}
