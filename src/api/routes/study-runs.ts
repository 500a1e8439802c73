import multipart from '@fastify/multipart'
import { z } from 'zod'
import { DomainError } from '../../shared/index.js'
import {
  DEFAULT_OBS_END,
  DEFAULT_OBS_START,
  simulateMarket,
  simulationParameters,
} from '../../simulation/index.js'
import {
  checkRunAgainstRecords,
  checkRunBounds,
  columnsRecordSource,
  describeProblem,
  loadRecordColumns,
  loadRecordTexts,
  memoryRecordSource,
  parseStudySettings,
  platformRecordSource,
  platformSpan,
  REPORT_FORMATS,
  RecordsError,
  RunBoundsError,
  reportFile,
  type StudySettings,
  StudySettingsError,
  studySettings,
} from '../../study/index.js'
import { requireRole } from '../auth.js'
import {
  presentStudyRun,
  presentStudyRunSummary,
  studyRunSummaryView,
  studyRunView,
} from '../presenters/study-run-presenter.js'
import { withUploadedFiles } from '../record-upload.js'
import { commonErrors } from '../schemas.js'
import type { Router } from './router.js'

/**
 * Records uploaded as files (multipart) stream to disk, so only their total is capped: a market of
 * a million projects is about 150 MB of CSV.
 */
export const STUDY_UPLOAD_LIMIT_BYTES = 256 * 1024 * 1024
/** Records sent inline as CSV text in JSON are parsed in memory whole, so they stay small. */
export const STUDY_JSON_UPLOAD_LIMIT_BYTES = 32 * 1024 * 1024
const TABLES = ['workers', 'credential_awards', 'projects', 'payments'] as const
/** Largest simulated market a run may ask for (the paper's platform is 46,791 workers). */
export const MAX_SIMULATED_WORKERS = 100_000

const iso = z.string().describe('UTC instant, YYYY-MM-DDTHH:MM:SSZ')
const span = { obsStart: iso, obsEnd: iso, windowDays: z.number().int().min(1).max(365).optional() }
const csv = z.string().max(STUDY_JSON_UPLOAD_LIMIT_BYTES)
const runRequest = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('platform'),
    obsStart: iso.optional().describe('UTC instant; else the day of the first registration'),
    obsEnd: iso.optional().describe('UTC instant; else now'),
    windowDays: span.windowDays,
  }),
  z.object({
    source: z.literal('upload'),
    ...span,
    records: z.object({ workers: csv, credential_awards: csv, projects: csv, payments: csv }),
  }),
  z.object({
    source: z.literal('simulation'),
    workers: z.number().int().min(10).max(MAX_SIMULATED_WORKERS),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
    windowDays: z.number().int().min(1).max(365).optional(),
  }),
])

export const studyRunRoutes: Router = async (app) => {
  const { db, studyRuns } = app.platform
  const tags = ['study']
  await app.register(multipart)
  // Runs end with the server (SIGTERM, SIGINT): their threads stop and their records say why.
  app.addHook('onClose', () => studyRuns.stop())

  app.post(
    '/study/runs',
    {
      config: { access: 'analyst' },
      bodyLimit: STUDY_JSON_UPLOAD_LIMIT_BYTES,
      schema: {
        summary:
          "Start an impact study on the platform's records, uploaded records or a simulated market",
        description: 'Administrators and analysts. Answers 202 at once; poll GET /study/runs/{id}.',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        body: runRequest,
        response: { 202: z.object({ run: studyRunView }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = requireRole(request, 'analyst', 'administrator')
      const body = request.body
      const submit = (
        source: Parameters<typeof studyRuns.submit>[0]['source'],
        settings: StudySettings,
        records: Parameters<typeof studyRuns.submit>[0]['records'],
      ) => studyRuns.submit({ requestedBy: account.id, source, settings, records })
      let run: Awaited<ReturnType<typeof studyRuns.submit>>
      switch (body.source) {
        case 'platform': {
          const source = await platformRecordSource(db)
          const known = await platformSpan(source, Date.now() / 1000)
          const settings = settingsOf({
            obsStart: body.obsStart ?? known.obsStart ?? '',
            obsEnd: body.obsEnd ?? known.obsEnd,
            windowDays: body.windowDays,
          })
          const workers = await source.countWorkers()
          bounded(() => checkRunBounds(settings, workers))
          run = await submit({ kind: 'platform' }, settings, async () => source)
          break
        }
        case 'upload': {
          const settings = settingsOf(body)
          const columns = await validRecords(async () => loadRecordTexts(body.records))
          bounded(() => checkRunAgainstRecords(settings, columns))
          run = await submit(
            {
              kind: 'upload',
              workers: columns.workers.length,
              projects: columns.projects.valueUsd.length,
            },
            settings,
            async () => columnsRecordSource(columns),
          )
          break
        }
        case 'simulation': {
          const params = simulationParameters({ workers: body.workers, seed: body.seed })
          const settings = checked(() =>
            studySettings({
              obsStart: DEFAULT_OBS_START,
              obsEnd: DEFAULT_OBS_END,
              windowDays: body.windowDays,
            }),
          )
          bounded(() => checkRunBounds(settings, body.workers))
          run = await submit(
            { kind: 'simulation', workers: body.workers, seed: body.seed },
            settings,
            async () => memoryRecordSource(simulateMarket(params)),
          )
          break
        }
      }
      return reply.status(202).send({ run: presentStudyRun(run) })
    },
  )

  app.post(
    '/study/uploads',
    {
      config: { access: 'analyst' },
      schema: {
        summary: 'Start an impact study on record files uploaded as multipart/form-data',
        description: `Administrators and analysts. Fields obsStart, obsEnd (UTC instants) and optionally windowDays; one file part per table (${TABLES.join(', ')}), each CSV or Parquet (by its file name). The files stream to disk; together at most ${STUDY_UPLOAD_LIMIT_BYTES} bytes (413 beyond). Answers 202 at once; poll GET /study/runs/{id}.`,
        tags,
        security: [{ bearer: [] }, { session: [] }],
        response: { 202: z.object({ run: studyRunView }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = requireRole(request, 'analyst', 'administrator')
      const run = await withUploadedFiles(
        request,
        {
          totalBytes: STUDY_UPLOAD_LIMIT_BYTES,
          fileNames: TABLES,
          fieldNames: ['obsStart', 'obsEnd', 'windowDays'],
        },
        async ({ dir, fields }) => {
          const settings = settingsOf({
            obsStart: fields.obsStart ?? '',
            obsEnd: fields.obsEnd ?? '',
            windowDays: windowDaysOf(fields.windowDays),
          })
          const columns = await validRecords(() => loadRecordColumns(dir))
          bounded(() => checkRunAgainstRecords(settings, columns))
          return studyRuns.submit({
            requestedBy: account.id,
            source: {
              kind: 'upload',
              workers: columns.workers.length,
              projects: columns.projects.valueUsd.length,
            },
            settings,
            records: async () => columnsRecordSource(columns),
          })
        },
      )
      return reply.status(202).send({ run: presentStudyRun(run) })
    },
  )

  app.post(
    '/study/runs/:id/cancellation',
    {
      config: { access: 'analyst' },
      schema: {
        summary: 'Cancel a queued or running study run (its requester or an administrator)',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        params: z.object({ id: z.string().max(64) }),
        response: { 200: z.object({ run: studyRunView }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireRole(request, 'analyst', 'administrator')
      const run = await studyRuns.find(request.params.id)
      if (!run) {
        throw new DomainError(
          'not_found',
          'study_run_not_found',
          `there is no study run ${request.params.id}`,
        )
      }
      if (run.requestedBy !== account.id && account.role !== 'administrator') {
        throw new DomainError(
          'forbidden',
          'not_your_run',
          'only its requester or an administrator may cancel a run',
        )
      }
      const cancelled = await studyRuns.cancel(run.id)
      if (!cancelled) {
        throw new DomainError('conflict', 'study_run_finished', `the run is ${run.status} already`)
      }
      return { run: presentStudyRun(cancelled) }
    },
  )

  app.get(
    '/study/runs',
    {
      config: { access: 'analyst' },
      schema: {
        summary: "The caller's study runs, newest first (at most 50), without their estimates",
        tags,
        security: [{ bearer: [] }, { session: [] }],
        response: { 200: z.object({ runs: z.array(studyRunSummaryView) }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireRole(request, 'analyst', 'administrator')
      const runs = await studyRuns.listBy(account.id)
      return { runs: runs.map(presentStudyRunSummary) }
    },
  )

  app.get(
    '/study/runs/:id/report',
    {
      config: { access: 'analyst' },
      schema: {
        summary: "A finished run's whole report as one file to download",
        description:
          'html and markdown carry the event-study plot inside; json is every estimate; svg is the plot alone. 409 until the run has succeeded.',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        params: z.object({ id: z.string().max(64) }),
        querystring: z.object({ format: z.enum(REPORT_FORMATS).default('html') }),
        response: { 200: z.string(), ...commonErrors },
      },
    },
    async (request, reply) => {
      requireRole(request, 'analyst', 'administrator')
      const run = await studyRuns.find(request.params.id)
      if (!run)
        throw new DomainError(
          'not_found',
          'study_run_not_found',
          `there is no study run ${request.params.id}`,
        )
      if (!run.estimates) {
        throw new DomainError(
          'conflict',
          'study_run_has_no_report',
          `the run is ${run.status}: only a run that succeeded has a report`,
        )
      }
      const file = await reportFile(
        run.estimates,
        parseStudySettings(run.settings),
        request.query.format,
      )
      const stem = `study-${run.id}-${file.fileName}`
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${stem}"`)
        .send(file.body)
    },
  )

  app.get(
    '/study/runs/:id',
    {
      config: { access: 'analyst' },
      schema: {
        summary: 'A study run: status, progress and, once done, every estimate and the headline',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        params: z.object({ id: z.string().max(64) }),
        response: { 200: z.object({ run: studyRunView }), ...commonErrors },
      },
    },
    async (request) => {
      requireRole(request, 'analyst', 'administrator')
      const run = await studyRuns.find(request.params.id)
      if (!run)
        throw new DomainError(
          'not_found',
          'study_run_not_found',
          `there is no study run ${request.params.id}`,
        )
      return { run: presentStudyRun(run) }
    },
  )
}

function settingsOf(body: {
  obsStart: string
  obsEnd: string
  windowDays?: number | undefined
}): StudySettings {
  return checked(() => parseStudySettings(body))
}

/** Settings the study refuses, as a 400 naming the field. */
function checked(make: () => StudySettings): StudySettings {
  try {
    return make()
  } catch (error) {
    if (!(error instanceof StudySettingsError)) throw error
    const code = error.problem === 'time' ? 'invalid_time' : 'invalid_study_settings'
    throw new DomainError('invalid', code, error.message, error.field ? { field: error.field } : {})
  }
}

function bounded(check: () => void): void {
  try {
    check()
  } catch (error) {
    if (error instanceof RunBoundsError) {
      throw new DomainError('invalid', 'study_run_too_large', error.message, {
        bound: error.bound,
        limit: error.limit,
      })
    }
    throw error
  }
}

function windowDaysOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  if (!/^[0-9]{1,3}$/.test(text)) {
    throw new DomainError('invalid', 'invalid_study_settings', 'windowDays must be 1 to 365 days', {
      field: 'windowDays',
    })
  }
  return Number(text)
}

async function validRecords<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (error instanceof RecordsError) {
      throw new DomainError('invalid', 'invalid_records', error.message, {
        problems: error.problems.map((problem) => ({ ...problem, text: describeProblem(problem) })),
        truncated: error.truncated,
      })
    }
    throw error
  }
}
