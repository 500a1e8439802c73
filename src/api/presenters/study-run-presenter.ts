import { z } from 'zod'
import type { StoredStudyRun } from '../../study/index.js'

/** A study run as it leaves the server: everything but who else may read it. */
export const studyRunView = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
  source: z.record(z.string(), z.unknown()),
  settings: z.object({ obsStart: z.string(), obsEnd: z.string(), windowDays: z.number() }),
  progress: z.object({ stage: z.string(), workers: z.number() }),
  failure: z.object({ message: z.string() }).nullable(),
  headline: z.array(z.string()),
  estimates: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
})

export function presentStudyRun(run: StoredStudyRun): z.infer<typeof studyRunView> {
  return {
    id: run.id,
    status: run.status,
    source: { ...run.source },
    settings: run.settings,
    progress: run.progress,
    failure: run.failure,
    headline: [...run.headline],
    estimates: run.estimates ? { ...run.estimates } : null,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
  }
}
