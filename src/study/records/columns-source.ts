import type { WorkerHistory } from '../records.js'
import { awardRecord, paymentRecord, projectRecord, type RecordColumns } from './record-columns.js'
import type { RecordSource } from './record-source.js'

/** Rows of one table grouped by worker: rows of worker w are `order[start[w]] … order[start[w+1]−1]`. */
interface Grouping {
  readonly start: Int32Array
  readonly order: Int32Array
}

/** A counting sort of row positions by worker, keeping file order within a worker. */
function groupByWorker(worker: Int32Array, workers: number): Grouping {
  const start = new Int32Array(workers + 1)
  for (let i = 0; i < worker.length; i++) start[worker[i]! + 1]!++
  for (let w = 0; w < workers; w++) start[w + 1]! += start[w]!
  const next = start.slice(0, workers)
  const order = new Int32Array(worker.length)
  for (let i = 0; i < worker.length; i++) order[next[worker[i]!]!++] = i
  return { start, order }
}

/**
 * A source over validated columns, workers in the order of the workers table. Each history's
 * record objects are made as it is read and dropped once its panel rows are built.
 *
 * @example
 * const source = columnsRecordSource(await loadRecordColumns('records'))
 */
export function columnsRecordSource(
  columns: RecordColumns,
): RecordSource & { readonly workers: number } {
  const n = columns.workers.length
  const awards = groupByWorker(columns.awards.worker, n)
  const projects = groupByWorker(columns.projects.worker, n)
  const payments = groupByWorker(columns.payments.worker, n)
  const rows = <T>(g: Grouping, w: number, make: (c: RecordColumns, i: number) => T): T[] => {
    const out: T[] = new Array(g.start[w + 1]! - g.start[w]!)
    for (let k = g.start[w]!; k < g.start[w + 1]!; k++)
      out[k - g.start[w]!] = make(columns, g.order[k]!)
    return out
  }
  return {
    workers: n,
    async *histories(): AsyncIterable<WorkerHistory> {
      for (let w = 0; w < n; w++) {
        yield {
          worker: columns.workers[w]!,
          awards: rows(awards, w, awardRecord),
          projects: rows(projects, w, projectRecord),
          payments: rows(payments, w, paymentRecord),
        }
      }
    },
  }
}
