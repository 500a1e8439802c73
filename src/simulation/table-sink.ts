import type { WorkerHistory } from '../study/index.js'

/** Where one table's rows go, worker by worker; `close` finishes the file, returns the row count. */
export interface TableSink {
  add(history: WorkerHistory): void
  close(): Promise<number>
}
