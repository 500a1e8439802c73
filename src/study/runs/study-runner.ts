import type { Kysely } from 'kysely'
import { newId } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import { runStudy } from '../pipeline/run-study.js'
import { formatIsoSeconds } from '../records/iso-time.js'
import type { RecordSource } from '../records/record-source.js'
import { SECONDS_PER_DAY, type StudySettings } from '../settings.js'
import type { StudyDatabase } from '../tables.js'
import type { StoredStudyRun, StudyRunSource } from './study-run.js'
import {
  failInterruptedRuns,
  findRun,
  finishRun,
  insertRun,
  listRunsBy,
  markRunning,
  recordProgress,
  type StudyRunSummary,
} from './study-run-repo.js'

/** How many of an analyst's runs their list shows, newest first. */
export const STUDY_RUN_LIST_LIMIT = 50

/** Worker threads a run's partitions use: the server's event loop stays free while it runs. */
export const STUDY_RUN_PARTITIONS = 2
/** At most one progress write per this many milliseconds. */
export const PROGRESS_INTERVAL_MS = 500
/**
 * How much the runner holds: runs queued or running per analyst and in all, and each partition
 * thread's heap. A queue beyond these answers 429; a thread beyond its heap ends its run alone.
 */
export const STUDY_RUN_LIMITS = {
  perRequester: 2,
  total: 6,
  threadHeapMb: 1536,
  runSeconds: 30 * 60,
} as const

export interface StudyRunner {
  /**
   * Records the run as queued and starts it after those before it; resolves at once. Refuses
   * (429 `study_queue_full`) when the requester or everyone has as many runs waiting as allowed.
   */
  submit(request: {
    readonly requestedBy: string
    readonly source: StudyRunSource
    readonly settings: StudySettings
    readonly records: () => Promise<RecordSource>
  }): Promise<StoredStudyRun>
  find(id: string): Promise<StoredStudyRun | null>
  /** The requester's latest STUDY_RUN_LIST_LIMIT runs, newest first, without their estimates. */
  listBy(requestedBy: string): Promise<StudyRunSummary[]>
  /** Cancels a queued or running run; null when it is not waiting or running here. */
  cancel(id: string): Promise<StoredStudyRun | null>
  /** Resolves when every submitted run has finished (tests, shutdown). */
  idle(): Promise<void>
  /** Stops every run (they fail, saying the server stopped) and takes no more. */
  stop(): Promise<void>
}

interface Pending {
  readonly id: string
  readonly requestedBy: string
  readonly controller: AbortController
  started: boolean
  /** Settles when the run has finished, its record written. */
  done?: Promise<void>
}

/** Why a run was stopped; the message is what its record says. */
class RunStopped extends Error {
  constructor(
    message: string,
    readonly outcome: 'cancelled' | 'failed',
  ) {
    super(message)
  }
}

/**
 * Runs studies one after another in the background of the server process, on worker threads
 * with a bounded heap, writing status and progress to `study_runs`. Runs a previous process left
 * unfinished are marked failed when the runner starts (one runner per database).
 */
export async function createStudyRunner(db: Kysely<StudyDatabase>): Promise<StudyRunner> {
  await failInterruptedRuns(db)
  let queue: Promise<void> = Promise.resolve()
  const pending = new Map<string, Pending>()
  let stopped = false

  async function execute(
    run: Pending,
    settings: StudySettings,
    records: () => Promise<RecordSource>,
  ) {
    const { id, controller } = run
    const reason: unknown = controller.signal.reason
    // A run cancelled while it waited has its record written already.
    if (reason instanceof RunStopped && reason.outcome === 'cancelled') return
    try {
      controller.signal.throwIfAborted()
      run.started = true
      await markRunning(db, id)
      let last = 0
      let progressWrite: Promise<void> = Promise.resolve()
      const signal = AbortSignal.any([
        controller.signal,
        AbortSignal.timeout(STUDY_RUN_LIMITS.runSeconds * 1000),
      ])
      const result = await runStudy(await records(), settings, {
        partitions: STUDY_RUN_PARTITIONS,
        workerThreads: true,
        keepPanels: false,
        signal,
        threadLimits: { maxOldGenerationSizeMb: STUDY_RUN_LIMITS.threadHeapMb },
        onProgress: ({ stage, workers }) => {
          const now = Date.now()
          if (now - last < PROGRESS_INTERVAL_MS) return
          last = now
          progressWrite = progressWrite
            .then(() => recordProgress(db, id, stage, workers))
            .catch(() => {})
        },
      })
      await progressWrite
      await finishRun(db, id, { estimates: result.estimates, workers: result.counts.workers })
    } catch (error) {
      await finishRun(db, id, outcomeOf(error, controller.signal)).catch(() => {})
    } finally {
      pending.delete(id)
    }
  }

  return {
    async submit({ requestedBy, source, settings, records }) {
      if (stopped) {
        throw new DomainError('conflict', 'study_runner_stopped', 'the server is shutting down')
      }
      const mine = [...pending.values()].filter((p) => p.requestedBy === requestedBy).length
      if (mine >= STUDY_RUN_LIMITS.perRequester || pending.size >= STUDY_RUN_LIMITS.total) {
        const whose = mine >= STUDY_RUN_LIMITS.perRequester ? 'you have' : 'the server has'
        const limit =
          mine >= STUDY_RUN_LIMITS.perRequester
            ? STUDY_RUN_LIMITS.perRequester
            : STUDY_RUN_LIMITS.total
        throw new DomainError(
          'rate_limited',
          'study_queue_full',
          `${whose} ${limit} study runs waiting or running already; wait for one to finish or cancel one`,
          { limit, retryAfterSeconds: 60 },
        )
      }
      // Taken before anything awaits, so concurrent submissions cannot all pass the check.
      const run: Pending = {
        id: newId(),
        requestedBy,
        controller: new AbortController(),
        started: false,
      }
      pending.set(run.id, run)
      try {
        await insertRun(db, {
          id: run.id,
          requestedBy,
          source,
          settings: {
            obsStart: formatIsoSeconds(settings.obsStart),
            obsEnd: formatIsoSeconds(settings.obsEnd),
            windowDays: settings.windowSeconds / SECONDS_PER_DAY,
          },
        })
      } catch (error) {
        pending.delete(run.id)
        throw error
      }
      run.done = queue.then(() => execute(run, settings, records))
      queue = run.done
      return (await findRun(db, run.id))!
    },
    find: (id) => findRun(db, id),
    listBy: (requestedBy) => listRunsBy(db, requestedBy, STUDY_RUN_LIST_LIMIT),
    async cancel(id) {
      const run = pending.get(id)
      if (!run) return null
      run.controller.abort(new RunStopped('cancelled by request', 'cancelled'))
      if (run.started) {
        await run.done
      } else {
        pending.delete(id)
        await finishRun(db, id, { cancelled: 'cancelled by request before it started' })
      }
      return findRun(db, id)
    },
    idle: () => queue,
    async stop() {
      stopped = true
      for (const run of pending.values()) {
        run.controller.abort(
          new RunStopped('interrupted: the server stopped before the run finished', 'failed'),
        )
      }
      await queue
    },
  }
}

function outcomeOf(
  error: unknown,
  signal: AbortSignal,
): { failure: string } | { cancelled: string } {
  const reason: unknown = signal.aborted ? signal.reason : error
  if (reason instanceof RunStopped) {
    return reason.outcome === 'cancelled'
      ? { cancelled: reason.message }
      : { failure: reason.message }
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return { failure: `stopped: the run took longer than ${STUDY_RUN_LIMITS.runSeconds} s` }
  }
  if (
    error instanceof Error &&
    /ERR_WORKER_OUT_OF_MEMORY|out of memory/i.test(
      `${(error as { code?: string }).code} ${error.message}`,
    )
  ) {
    return {
      failure: `stopped: the run needed more than ${STUDY_RUN_LIMITS.threadHeapMb} MB per thread`,
    }
  }
  return { failure: error instanceof Error ? error.message : String(error) }
}
