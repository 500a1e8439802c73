import type { WorkerHistory } from '../records.js'
import type { HistoryBatch } from '../timeline/history-batch.js'
import { awardRecord, paymentRecord, projectRecord, type RecordColumns } from './record-columns.js'
import type { RecordSource } from './record-source.js'
import type { StringColumn } from './string-column.js'

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
    async *batches(size: number): AsyncIterable<HistoryBatch> {
      for (let first = 0; first < n; first += size) {
        yield batchOf(columns, { awards, projects, payments }, first, Math.min(n, first + size))
      }
    },
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

/** Workers first … end − 1 of the columns as a batch. */
function batchOf(
  columns: RecordColumns,
  groups: { readonly awards: Grouping; readonly projects: Grouping; readonly payments: Grouping },
  first: number,
  end: number,
): HistoryBatch {
  const a = columns.awards
  const p = columns.projects
  const y = columns.payments
  const awards = pick(groups.awards, first, end)
  const projects = pick(groups.projects, first, end)
  const payments = pick(groups.payments, first, end)
  // Plain loops: typed-array and Array.from with a mapping function are several times slower.
  const take = (rows: Int32Array, from: Float64Array) => {
    const out = new Float64Array(rows.length)
    for (let k = 0; k < rows.length; k++) out[k] = from[rows[k]!]!
    return out
  }
  const strings = (rows: Int32Array, from: readonly string[]) => {
    const out: string[] = new Array(rows.length)
    for (let k = 0; k < rows.length; k++) out[k] = from[rows[k]!]!
    return out
  }
  // Project ids are made strings here, a batch at a time, and die young with the batch.
  const ids = (rows: Int32Array, from: StringColumn) => {
    const out: string[] = new Array(rows.length)
    for (let k = 0; k < rows.length; k++) out[k] = from.at(rows[k]!)!
    return out
  }
  return {
    workerIds: columns.workers.slice(first, end).map((w) => w.workerId),
    awardStart: awards.start,
    awardId: strings(awards.rows, a.awardId),
    testId: strings(awards.rows, a.testId),
    awardedAt: take(awards.rows, a.awardedAt),
    score: take(awards.rows, a.score),
    projectStart: projects.start,
    projectId: ids(projects.rows, p.projectId),
    startedAt: take(projects.rows, p.startedAt),
    completedAt: take(projects.rows, p.completedAt),
    valueUsd: take(projects.rows, p.valueUsd),
    rating: take(projects.rows, p.rating),
    paymentStart: payments.start,
    paidAt: take(payments.rows, y.paidAt),
    amountUsd: take(payments.rows, y.amountUsd),
  }
}

/** The rows of workers first … end − 1 and where each worker's rows start among them. */
function pick(g: Grouping, first: number, end: number): { start: Int32Array; rows: Int32Array } {
  const base = g.start[first]!
  const start = new Int32Array(end - first + 1)
  for (let w = first; w <= end; w++) start[w - first] = g.start[w]! - base
  return { start, rows: g.order.subarray(base, g.start[end]!) }
}
