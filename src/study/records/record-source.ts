import type { WorkerHistory } from '../records.js'
import type { RecordTables } from './decode-tables.js'
import { loadRecordTables } from './load-records.js'

/**
 * Where the study reads its records from. A source yields each worker's whole history once, the
 * histories ordered by worker (a stable order the source chooses, e.g. by worker_id), so that the
 * pipeline can build panels worker by worker and hold only one worker's records at a time.
 *
 * Three implementations are meant to exist: files (CSV/Parquet, `openFileRecordSource`), memory
 * (`memoryRecordSource`, used by the simulator and tests), and the platform's own tables, read
 * through SQL views over the marketplace (`study_workers`, `study_credential_awards`,
 * `study_projects`, `study_payments`, each ordered by worker_id and merged per worker) once the
 * marketplace exists. Every implementation yields the same rows for the same data, so the study
 * gives the same numbers whichever it reads.
 */
export interface RecordSource {
  histories(): AsyncIterable<WorkerHistory>
}

/**
 * A source over histories already in memory, in the given order.
 *
 * @example
 * const source = memoryRecordSource([{ worker, awards: [], projects: [], payments: [] }])
 */
export function memoryRecordSource(histories: Iterable<WorkerHistory>): RecordSource {
  return {
    async *histories() {
      yield* histories
    },
  }
}

/** Groups validated tables into histories, workers in the order of the workers table. */
export function groupHistories(tables: RecordTables): WorkerHistory[] {
  const byWorker = new Map<string, WorkerHistory>()
  const histories = tables.workers.map((worker) => {
    const history = { worker, awards: [], projects: [], payments: [] }
    byWorker.set(worker.workerId, history)
    return history
  })
  const push = <T extends { workerId: string }>(
    rows: readonly T[],
    pick: (h: WorkerHistory) => readonly T[],
  ) => {
    for (const row of rows) (pick(byWorker.get(row.workerId)!) as T[]).push(row)
  }
  push(tables.awards, (h) => h.awards)
  push(tables.projects, (h) => h.projects)
  push(tables.payments, (h) => h.payments)
  return histories
}

/** A source over validated tables. */
export function tablesRecordSource(tables: RecordTables): RecordSource {
  return memoryRecordSource(groupHistories(tables))
}

/**
 * Loads and validates a records directory (throws RecordsError on any bad row), then serves it as
 * a source. Files are not ordered by worker, so the whole directory is held in memory.
 *
 * @example
 * const source = await openFileRecordSource('records')
 */
export async function openFileRecordSource(dir: string): Promise<RecordSource> {
  return tablesRecordSource(await loadRecordTables(dir))
}
