import type {
  CredentialAwardRecord,
  PaymentRecord,
  ProjectRecord,
  WorkerRecord,
} from '../records.js'
import { decodeId, decodeNumber, decodeTime, isEmpty } from './cell-values.js'
import type { RawTable } from './raw-table.js'
import { ProblemLog } from './record-problem.js'
import { columnPositions, RowReader, type TableName } from './table-header.js'

/** The four validated tables, rows in file order. */
export interface RecordTables {
  readonly workers: readonly WorkerRecord[]
  readonly awards: readonly CredentialAwardRecord[]
  readonly projects: readonly ProjectRecord[]
  readonly payments: readonly PaymentRecord[]
}

/** Position in `workers` of each row's worker, found while validating, so grouping needs no lookup. */
export interface WorkerPositions {
  readonly awards: Int32Array
  readonly projects: Int32Array
  readonly payments: Int32Array
}

/** Validated tables with the worker of each row as a position. */
export interface IndexedRecordTables extends RecordTables {
  readonly workerPositions: WorkerPositions
}

export type RawTables = { readonly [N in TableName]: RawTable | null }

/**
 * Decodes and validates the four tables; throws RecordsError listing every problem (file, line,
 * column) when there is any, so nothing is ever half-loaded. `log` may already hold problems
 * found while reading the files.
 */
export function decodeTables(raw: RawTables, log = new ProblemLog()): IndexedRecordTables {
  const workers = raw.workers ? decodeWorkers(raw.workers, log) : []
  const known = new Map(workers.map((w, i) => [w.workerId, i]))
  const awards = new Rows<CredentialAwardRecord>()
  const projects = new Rows<ProjectRecord>()
  const payments = new Rows<PaymentRecord>()
  const owners = new Map<string, string>()
  if (raw.credential_awards) decodeAwards(raw.credential_awards, known, awards, log)
  if (raw.projects) decodeProjects(raw.projects, known, owners, projects, log)
  if (raw.payments) decodePayments(raw.payments, known, owners, payments, log)
  log.throwIfAny()
  return {
    workers,
    awards: awards.records,
    projects: projects.records,
    payments: payments.records,
    workerPositions: {
      awards: Int32Array.from(awards.workers),
      projects: Int32Array.from(projects.workers),
      payments: Int32Array.from(payments.workers),
    },
  }
}

/** Accepted rows and their workers' positions. */
class Rows<T> {
  readonly records: T[] = []
  readonly workers: number[] = []

  push(record: T, worker: number): void {
    this.records.push(record)
    this.workers.push(worker)
  }
}

function decodeWorkers(table: RawTable, log: ProblemLog): WorkerRecord[] {
  const at = columnPositions(table, 'workers', log)
  const out: WorkerRecord[] = []
  if (at === null) return out
  const row = new RowReader(table, log)
  const seen = new Set<string>()
  forEachRow(table, row, 2, () => {
    const workerId = row.read(at.worker_id, decodeId, '')
    const registeredAt = row.read(at.registered_at, decodeTime, 0)
    unique(row, at.worker_id, workerId, seen)
    if (!row.failed) out.push({ workerId, registeredAt })
  })
  return out
}

function decodeAwards(
  table: RawTable,
  known: Map<string, number>,
  out: Rows<CredentialAwardRecord>,
  log: ProblemLog,
): void {
  const at = columnPositions(table, 'credential_awards', log)
  if (at === null) return
  const row = new RowReader(table, log)
  const seen = new Set<string>()
  forEachRow(table, row, 5, () => {
    const awardId = row.read(at.award_id, decodeId, '')
    const workerId = row.read(at.worker_id, decodeId, '')
    const testId = row.read(at.test_id, decodeId, '')
    const awardedAt = row.read(at.awarded_at, decodeTime, 0)
    const score = isEmpty(row.cells[at.score] ?? null) ? null : row.read(at.score, decodeNumber, 0)
    if (score !== null && (score < 0 || score > 100))
      row.problem(at.score, `score must be 0–100, got ${score}`)
    unique(row, at.award_id, awardId, seen)
    const worker = knownWorker(row, at.worker_id, workerId, known)
    if (!row.failed) out.push({ awardId, workerId, testId, awardedAt, score }, worker)
  })
}

function decodeProjects(
  table: RawTable,
  known: Map<string, number>,
  owners: Map<string, string>,
  out: Rows<ProjectRecord>,
  log: ProblemLog,
): void {
  const at = columnPositions(table, 'projects', log)
  if (at === null) return
  const row = new RowReader(table, log)
  forEachRow(table, row, 7, () => {
    const projectId = row.read(at.project_id, decodeId, '')
    const workerId = row.read(at.worker_id, decodeId, '')
    const employerId = row.read(at.employer_id, decodeId, '')
    const startedAt = row.read(at.started_at, decodeTime, 0)
    const completedCell = row.cells[at.completed_at] ?? null
    const completedAt = isEmpty(completedCell) ? null : row.read(at.completed_at, decodeTime, 0)
    const valueUsd = row.read(at.value_usd, decodeNumber, 1)
    const rating = isEmpty(row.cells[at.rating] ?? null)
      ? null
      : row.read(at.rating, decodeNumber, 1)
    if (valueUsd <= 0) row.problem(at.value_usd, `value_usd must be > 0, got ${valueUsd}`)
    if (rating !== null && (rating < 1 || rating > 5))
      row.problem(at.rating, `rating must be 1–5, got ${rating}`)
    if (completedAt !== null && completedAt < startedAt) {
      row.problem(at.completed_at, 'completed_at is before started_at')
    }
    // The owners map doubles as the duplicate check, sparing a second set of a million ids.
    if (projectId !== '') {
      if (owners.has(projectId)) row.problem(at.project_id, `duplicate id ${projectId}`)
      else owners.set(projectId, workerId)
    }
    const worker = knownWorker(row, at.worker_id, workerId, known)
    if (!row.failed) {
      out.push(
        { projectId, workerId, employerId, startedAt, completedAt, valueUsd, rating },
        worker,
      )
    }
  })
}

function decodePayments(
  table: RawTable,
  known: Map<string, number>,
  owners: Map<string, string>,
  out: Rows<PaymentRecord>,
  log: ProblemLog,
): void {
  const at = columnPositions(table, 'payments', log)
  if (at === null) return
  const row = new RowReader(table, log)
  const seen = new Set<string>()
  forEachRow(table, row, 5, () => {
    const paymentId = row.read(at.payment_id, decodeId, '')
    const projectCell = row.cells[at.project_id] ?? null
    const projectId = isEmpty(projectCell) ? null : row.read(at.project_id, decodeId, '')
    const workerId = row.read(at.worker_id, decodeId, '')
    const paidAt = row.read(at.paid_at, decodeTime, 0)
    const amountUsd = row.read(at.amount_usd, decodeNumber, 0)
    unique(row, at.payment_id, paymentId, seen)
    const worker = knownWorker(row, at.worker_id, workerId, known)
    if (projectId !== null) {
      const owner = owners.get(projectId)
      if (owner === undefined) row.problem(at.project_id, `unknown project ${projectId}`)
      else if (owner !== workerId) {
        row.problem(
          at.project_id,
          `project ${projectId} belongs to worker ${owner}, not ${workerId}`,
        )
      }
    }
    if (!row.failed) out.push({ paymentId, projectId, workerId, paidAt, amountUsd }, worker)
  })
}

function forEachRow(table: RawTable, row: RowReader, columns: number, decode: () => void): void {
  table.forEachRow((cells, count, line) => {
    row.start(cells, line)
    if (count !== columns) row.rowProblem(`has ${count} fields, the header ${columns}`)
    else decode()
  })
}

function unique(row: RowReader, position: number, id: string, seen: Set<string>): void {
  if (id === '') return
  // One hash operation instead of has + add: the set grows unless the id was there.
  const before = seen.size
  seen.add(id)
  if (seen.size === before) row.problem(position, `duplicate id ${id}`)
}

/** The worker's position in the workers table, or −1 (logged) when there is no such worker. */
function knownWorker(
  row: RowReader,
  position: number,
  id: string,
  known: Map<string, number>,
): number {
  const worker = known.get(id)
  if (worker !== undefined) return worker
  if (id !== '') row.problem(position, `unknown worker ${id}`)
  return -1
}
