import { z } from 'zod'
import {
  parseStudySettings,
  type StoredStudyRun,
  type StudyReport,
  type StudyRunSummary,
  studyReport,
} from '../../study/index.js'

const percent = z.object({ pct: z.number(), pctLow: z.number(), pctHigh: z.number() })
const tableRow = z.object({ label: z.string(), cells: z.array(z.string()) })

/** A finished run's report as the dashboard lays it out; the numbers are the estimates'. */
export const studyReportView = z.object({
  title: z.string(),
  design: z.string(),
  sampleText: z.string(),
  sample: z.object({
    workers: z.number(),
    awards: z.number(),
    projects: z.number(),
    payments: z.number(),
    events_main: z.number(),
    events_dynamic: z.number(),
    period_rows: z.number(),
    project_rows: z.number(),
  }),
  confidenceLevel: z.number(),
  windowDays: z.number(),
  headline: z.object({
    sentences: z.array(z.string()),
    effects: z.array(
      percent.extend({
        outcome: z.enum(['project value', 'projects', 'earnings']),
        p: z.number().nullable(),
      }),
    ),
    usdPerProject: z.number(),
    credentialsPerExtraProject: z.number(),
    newEntrantRatio: z.number().describe('effect on project value for a new entrant ÷ average'),
  }),
  designCheck: z.object({
    intro: z.string(),
    agree: z.boolean(),
    comparisons: z.array(
      z.object({
        outcome: z.enum(['project value', 'projects', 'earnings']),
        paper: percent,
        check: percent,
        disagree: z.boolean(),
      }),
    ),
    sentences: z.array(z.string()),
    preTrend: z.object({
      awayFromZero: z.array(z.object({ outcome: z.string(), k: z.number() })),
      checked: z.number(),
      sentence: z.string(),
    }),
  }),
  eventStudy: z.object({
    caption: z.string(),
    periods: z.array(z.number()),
    outcomes: z.array(
      z.object({
        outcome: z.string(),
        points: z.array(
          z.object({
            k: z.number(),
            coef: z.number(),
            lower: z.number(),
            upper: z.number(),
            reference: z.boolean(),
          }),
        ),
      }),
    ),
  }),
  tables: z.array(
    z.object({
      title: z.string(),
      columns: z.array(z.string()),
      body: z.array(tableRow),
      footer: z.array(tableRow),
    }),
  ),
  tableNote: z.string(),
  caution: z.object({
    small: z.boolean(),
    fewestClusters: z.number(),
    fewestClustersOutcome: z.string(),
    eventsMain: z.number(),
    sentences: z.array(z.string()),
  }),
})

const runFields = {
  id: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
  source: z.record(z.string(), z.unknown()),
  settings: z.object({ obsStart: z.string(), obsEnd: z.string(), windowDays: z.number() }),
  progress: z.object({ stage: z.string(), workers: z.number() }),
  failure: z.object({ message: z.string() }).nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
}

/** A run in a list: where it stands, without its estimates. */
export const studyRunSummaryView = z.object(runFields)

/** A study run as it leaves the server: everything but who else may read it. */
export const studyRunView = z.object({
  ...runFields,
  headline: z.array(z.string()),
  estimates: z.record(z.string(), z.unknown()).nullable(),
  report: studyReportView.nullable(),
})

export function presentStudyRunSummary(run: StudyRunSummary): z.infer<typeof studyRunSummaryView> {
  return {
    id: run.id,
    status: run.status,
    source: { ...run.source },
    settings: run.settings,
    progress: run.progress,
    failure: run.failure,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
  }
}

export function presentStudyRun(run: StoredStudyRun): z.infer<typeof studyRunView> {
  return {
    ...presentStudyRunSummary(run),
    headline: [...run.headline],
    estimates: run.estimates ? { ...run.estimates } : null,
    report: reportOf(run),
  }
}

/** Runs stored before the design check existed have no report in this shape. */
function reportOf(run: StoredStudyRun): StudyReport | null {
  const estimates = run.estimates
  if (!estimates || !('headline_design_check' in estimates)) return null
  return studyReport(estimates, parseStudySettings(run.settings))
}
