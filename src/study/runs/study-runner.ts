import type { Kysely } from 'kysely'
import { type Database, newId } from '../../db/index.js'
import { runStudy } from '../pipeline/run-study.js'
import { formatIsoSeconds } from '../records/iso-time.js'
import type { RecordSource } from '../records/record-source.js'
import { SECONDS_PER_DAY, type StudySettings } from '../settings.js'
import type { StoredStudyRun, StudyRunSource } from './study-run.js'
import {
  failInterruptedRuns,
  findRun,
  finishRun,
  insertRun,
  markRunning,
  recordProgress,
} from './study-run-repo.js'

/** Worker threads a run's partitions use: the server's event loop stays free while it runs. */
export const STUDY_RUN_PARTITIONS = 2
/** At most one progress write per this many milliseconds. */
export const PROGRESS_INTERVAL_MS = 500

export interface StudyRunner {
  /** Records the run as queued and starts it after those before it; resolves at once. */
  submit(request: {
    readonly requestedBy: string
    readonly source: StudyRunSource
    readonly settings: StudySettings
    readonly records: () => Promise<RecordSource>
  }): Promise<StoredStudyRun>
  find(id: string): Promise<StoredStudyRun | null>
  /** Resolves when every submitted run has finished (tests, shutdown). */
  idle(): Promise<void>
}

/**
 * Runs studies one after another in the background of the server process, on worker threads,
 * writing status and progress to `study_runs`. Runs a previous process left unfinished are marked
 * failed when the runner starts (one runner per database).
 */
export async function createStudyRunner(db: Kysely<Database>): Promise<StudyRunner> {
  await failInterruptedRuns(db)
  let queue: Promise<void> = Promise.resolve()

  async function execute(
    id: string,
    settings: StudySettings,
    records: () => Promise<RecordSource>,
  ) {
    try {
      await markRunning(db, id)
      let last = 0
      let progressWrite: Promise<void> = Promise.resolve()
      const run = await runStudy(await records(), settings, {
        partitions: STUDY_RUN_PARTITIONS,
        workerThreads: true,
        keepPanels: false,
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
      await finishRun(db, id, { estimates: run.estimates, workers: run.counts.workers })
    } catch (error) {
      await finishRun(db, id, {
        failure: error instanceof Error ? error.message : String(error),
      }).catch(() => {})
    }
  }

  return {
    async submit({ requestedBy, source, settings, records }) {
      const id = newId()
      await insertRun(db, {
        id,
        requestedBy,
        source,
        settings: {
          obsStart: formatIsoSeconds(settings.obsStart),
          obsEnd: formatIsoSeconds(settings.obsEnd),
          windowDays: settings.windowSeconds / SECONDS_PER_DAY,
        },
      })
      queue = queue.then(() => execute(id, settings, records))
      return (await findRun(db, id))!
    },
    find: (id) => findRun(db, id),
    idle: () => queue,
  }
}
