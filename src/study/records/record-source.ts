import type {
  CredentialAwardRecord,
  PaymentRecord,
  ProjectRecord,
  WorkerHistory,
  WorkerRecord,
} from '../records.js'
import type { HistoryBatch } from '../timeline/history-batch.js'
import type { IndexedRecordTables, RecordTables, WorkerPositions } from './decode-tables.js'

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
  /**
   * Optional fast path: the same histories, `workersPerBatch` workers at a time, as columns. A
   * source that holds columns already (files) spares the pipeline making and unmaking objects.
   */
  batches?(workersPerBatch: number): AsyncIterable<HistoryBatch>
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

interface MutableHistory {
  readonly worker: WorkerRecord
  readonly awards: CredentialAwardRecord[]
  readonly projects: ProjectRecord[]
  readonly payments: PaymentRecord[]
}

/** Groups validated tables into histories, workers in the order of the workers table. */
export function groupHistories(tables: RecordTables | IndexedRecordTables): WorkerHistory[] {
  const histories: MutableHistory[] = tables.workers.map((worker) => ({
    worker,
    awards: [],
    projects: [],
    payments: [],
  }))
  const positions = 'workerPositions' in tables ? tables.workerPositions : lookUpWorkers(tables)
  tables.awards.forEach((row, i) => {
    histories[positions.awards[i]!]!.awards.push(row)
  })
  tables.projects.forEach((row, i) => {
    histories[positions.projects[i]!]!.projects.push(row)
  })
  tables.payments.forEach((row, i) => {
    histories[positions.payments[i]!]!.payments.push(row)
  })
  return histories
}

function lookUpWorkers(tables: RecordTables): WorkerPositions {
  const at = new Map(tables.workers.map((w, i) => [w.workerId, i]))
  const find = (rows: readonly { workerId: string }[]) =>
    Int32Array.from(rows, (row) => {
      const position = at.get(row.workerId)
      if (position === undefined) throw new RangeError(`unknown worker ${row.workerId}`)
      return position
    })
  return {
    awards: find(tables.awards),
    projects: find(tables.projects),
    payments: find(tables.payments),
  }
}

/** A source over validated tables. */
export function tablesRecordSource(tables: RecordTables | IndexedRecordTables): RecordSource {
  return memoryRecordSource(groupHistories(tables))
}
