import type {
  CredentialAwardRecord,
  PaymentRecord,
  ProjectRecord,
  WorkerRecord,
} from '../records.js'
import { fastPaymentColumns, fastProjectColumns } from './fast-columns.js'
import { IdIndex } from './id-index.js'
import type { RawTable } from './raw-table.js'
import {
  AwardColumns,
  awardRecord,
  PaymentColumns,
  ProjectColumns,
  paymentRecord,
  projectRecord,
  type RecordColumns,
} from './record-columns.js'
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
 * Decodes and validates the four tables into columns; throws RecordsError listing every problem
 * (file, line, column) when there is any, so nothing is ever half-loaded. `log` may already hold
 * problems found while reading the files.
 */
export function decodeColumns(raw: RawTables, log = new ProblemLog()): RecordColumns {
  const workerIndex = new IdIndex(raw.workers?.rowEstimate)
  const workers = raw.workers ? decodeWorkers(raw.workers, workerIndex, log) : []
  const awards = new AwardColumns()
  if (raw.credential_awards) {
    decodeAwards(
      raw.credential_awards,
      { workers, workerIndex, owners: new IdIndex() },
      awards,
      log,
    )
  }
  const newOwners = () => new IdIndex(raw.projects?.rowEstimate)
  let owners = newOwners()
  let projects = raw.projects && fastProjectColumns(raw.projects, workerIndex, owners)
  if (!projects) {
    // The fast decoder gave up part way: start again from an empty index.
    owners = newOwners()
    const columns = new ProjectColumns()
    if (raw.projects) decodeProjects(raw.projects, { workers, workerIndex, owners }, columns, log)
    projects = columns.finish()
  }
  const known = { workers, workerIndex, owners }
  const paymentIds = () => new IdIndex(raw.payments?.rowEstimate)
  let payments = raw.payments && fastPaymentColumns(raw.payments, workerIndex, owners, paymentIds())
  if (!payments) {
    const columns = new PaymentColumns()
    if (raw.payments) decodePayments(raw.payments, known, paymentIds(), columns, log)
    payments = columns.finish()
  }
  log.throwIfAny()
  return { workers, awards: awards.finish(), projects, payments }
}

/** As decodeColumns, as rows of records. */
export function decodeTables(raw: RawTables, log = new ProblemLog()): IndexedRecordTables {
  return recordTablesOf(decodeColumns(raw, log))
}

/** The records of validated columns, with each row's worker position. */
export function recordTablesOf(columns: RecordColumns): IndexedRecordTables {
  const rows = <T>(count: number, make: (c: RecordColumns, i: number) => T): T[] =>
    Array.from({ length: count }, (_, i) => make(columns, i))
  return {
    workers: columns.workers,
    awards: rows(columns.awards.worker.length, awardRecord),
    projects: rows(columns.projects.worker.length, projectRecord),
    payments: rows(columns.payments.worker.length, paymentRecord),
    workerPositions: {
      awards: columns.awards.worker,
      projects: columns.projects.worker,
      payments: columns.payments.worker,
    },
  }
}

/** What later tables are checked against: the workers, and which worker owns each project. */
interface Known {
  readonly workers: readonly WorkerRecord[]
  readonly workerIndex: IdIndex
  readonly owners: IdIndex
}

function decodeWorkers(table: RawTable, index: IdIndex, log: ProblemLog): WorkerRecord[] {
  const at = columnPositions(table, 'workers', log)
  const out: WorkerRecord[] = []
  if (at === null) return out
  const row = new RowReader(table, log)
  forEachRow(table, row, 2, () => {
    const workerId = row.id(at.worker_id)
    const registeredAt = row.time(at.registered_at)
    unique(row, at.worker_id, index, out.length)
    if (!row.failed) out.push({ workerId, registeredAt })
  })
  return out
}

function decodeAwards(table: RawTable, known: Known, out: AwardColumns, log: ProblemLog): void {
  const at = columnPositions(table, 'credential_awards', log)
  if (at === null) return
  const row = new RowReader(table, log)
  const ids = new IdIndex(table.rowEstimate)
  forEachRow(table, row, 5, () => {
    const awardId = row.id(at.award_id)
    const testId = row.id(at.test_id)
    const awardedAt = row.time(at.awarded_at)
    const score = row.optionalNumber(at.score)
    if (score < 0 || score > 100) row.problem(at.score, `score must be 0–100, got ${score}`)
    unique(row, at.award_id, ids, 0)
    const worker = knownWorker(row, at.worker_id, known)
    if (!row.failed) out.push(awardId, worker, testId, awardedAt, score)
  })
}

function decodeProjects(table: RawTable, known: Known, out: ProjectColumns, log: ProblemLog): void {
  const at = columnPositions(table, 'projects', log)
  if (at === null) return
  const row = new RowReader(table, log)
  forEachRow(table, row, 7, () => {
    row.requireId(at.project_id)
    row.requireId(at.employer_id)
    const startedAt = row.time(at.started_at)
    const completedAt = row.optionalTime(at.completed_at)
    const valueUsd = row.number(at.value_usd)
    const rating = row.optionalNumber(at.rating)
    if (valueUsd <= 0) row.problem(at.value_usd, `value_usd must be > 0, got ${valueUsd}`)
    if (rating < 1 || rating > 5) row.problem(at.rating, `rating must be 1–5, got ${rating}`)
    if (completedAt < startedAt) row.problem(at.completed_at, 'completed_at is before started_at')
    const worker = knownWorker(row, at.worker_id, known)
    // The owners index doubles as the duplicate check.
    unique(row, at.project_id, known.owners, worker)
    if (!row.failed) {
      out.push(
        [row.row, at.project_id, at.employer_id],
        worker,
        [startedAt, completedAt],
        valueUsd,
        rating,
      )
    }
  })
}

function decodePayments(
  table: RawTable,
  known: Known,
  ids: IdIndex,
  out: PaymentColumns,
  log: ProblemLog,
) {
  const at = columnPositions(table, 'payments', log)
  if (at === null) return
  const row = new RowReader(table, log)
  forEachRow(table, row, 5, () => {
    row.requireId(at.payment_id)
    const project = row.isEmpty(at.project_id) ? null : at.project_id
    const paidAt = row.time(at.paid_at)
    const amountUsd = row.number(at.amount_usd)
    unique(row, at.payment_id, ids, 0)
    const worker = knownWorker(row, at.worker_id, known)
    if (project !== null) {
      const owner = known.owners.get(row.row, project)
      if (owner === -1) row.problem(project, `unknown project ${String(row.row.cell(project))}`)
      else if (owner !== worker && owner >= 0 && worker >= 0) {
        const [ownerId, workerId] = [owner, worker].map((w) => known.workers[w]!.workerId)
        row.problem(
          at.project_id,
          `project ${String(row.row.cell(project))} belongs to worker ${ownerId}, not ${workerId}`,
        )
      }
    }
    if (!row.failed) out.push(row.row, [at.payment_id, project], worker, paidAt, amountUsd)
  })
}

function forEachRow(table: RawTable, row: RowReader, columns: number, decode: () => void): void {
  table.forEachRow((cells, line) => {
    row.start(cells, line)
    if (cells.count !== columns) row.rowProblem(`has ${cells.count} fields, the header ${columns}`)
    else decode()
  })
}

/** Adds the row's id to `index`, logging a duplicate (an empty id is logged where it is read). */
function unique(row: RowReader, position: number, index: IdIndex, value: number): void {
  if (row.isEmpty(position)) return
  if (index.add(row.row, position, value) !== -1) {
    row.problem(position, `duplicate id ${String(row.row.cell(position))}`)
  }
}

/** The position of the row's worker in the workers table, or −1 (logged) when there is none. */
function knownWorker(row: RowReader, position: number, known: Known): number {
  if (row.isEmpty(position)) {
    row.problem(position, `${row.columnName(position)} is empty`)
    return -1
  }
  const worker = known.workerIndex.get(row.row, position)
  if (worker === -1) row.problem(position, `unknown worker ${String(row.row.cell(position))}`)
  return worker
}
