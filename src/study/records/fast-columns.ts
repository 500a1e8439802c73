import { decimalAt, isoSecondsAt } from './byte-fields.js'
import type { IdIndex } from './id-index.js'
import { LineFields } from './line-fields.js'
import type { RawTable } from './raw-table.js'
import type { RecordColumns } from './record-columns.js'
import { ProblemLog } from './record-problem.js'
import { byteRangeColumn } from './string-column.js'
import { columnPositions } from './table-header.js'

/**
 * Fast decoders of the two large tables (projects, payments) of a plain CSV file: each reads the
 * fields straight from the file's bytes into typed columns, looks ids up by their bytes, and
 * touches the employer id only to see that it is there. They only ever accept: at the first row
 * that is not plainly valid (a number they do not read, an unknown worker, a duplicate id, …)
 * they give up and answer null, and the table is decoded again by the row decoders, which name
 * every problem. So their answer, when there is one, is the row decoders' answer, sooner.
 */

const NULL_ID = -1

/** The projects table, each project id added to `owners` with its worker; null: decode it slowly. */
export function fastProjectColumns(
  table: RawTable,
  workers: IdIndex,
  owners: IdIndex,
): RecordColumns['projects'] | null {
  const text = table.plain
  const at = text && columnPositions(table, 'projects', new ProblemLog())
  if (!text || !at) return null
  const { bytes } = text
  const capacity = table.rowEstimate
  const projectStart = new Int32Array(capacity)
  const projectEnd = new Int32Array(capacity)
  const employerStart = new Int32Array(capacity)
  const employerEnd = new Int32Array(capacity)
  const worker = new Int32Array(capacity)
  const startedAt = new Float64Array(capacity)
  const completedAt = new Float64Array(capacity)
  const valueUsd = new Float64Array(capacity)
  const rating = new Float64Array(capacity)
  const line = new LineFields(bytes, text.bodyStart, table.header.length)
  const { starts, ends } = line
  let r = 0
  while (line.next()) {
    if (line.count !== table.header.length) return null
    const ps = starts[at.project_id]!
    const pe = ends[at.project_id]!
    const ws = starts[at.worker_id]!
    const we = ends[at.worker_id]!
    if (ps === pe || ws === we || starts[at.employer_id] === ends[at.employer_id]) return null
    const w = workers.getBytes(bytes, ws, we)
    if (w < 0) return null
    const started = isoSecondsAt(bytes, starts[at.started_at]!, ends[at.started_at]!)
    const cs = starts[at.completed_at]!
    const ce = ends[at.completed_at]!
    const completed = cs === ce ? Number.NaN : isoSecondsAt(bytes, cs, ce)
    const value = decimalAt(bytes, starts[at.value_usd]!, ends[at.value_usd]!)
    const rs = starts[at.rating]!
    const re = ends[at.rating]!
    const stars = rs === re ? Number.NaN : decimalAt(bytes, rs, re)
    if (Number.isNaN(started) || !(value > 0)) return null
    if (cs !== ce && !(completed >= started)) return null
    if (rs !== re && !(stars >= 1 && stars <= 5)) return null
    if (owners.addBytes(bytes, ps, pe, w) !== -1) return null
    projectStart[r] = ps
    projectEnd[r] = pe
    employerStart[r] = starts[at.employer_id]!
    employerEnd[r] = ends[at.employer_id]!
    worker[r] = w
    startedAt[r] = started
    completedAt[r] = completed
    valueUsd[r] = value
    rating[r] = stars
    r++
  }
  return {
    projectId: byteRangeColumn(bytes, projectStart.subarray(0, r), projectEnd.subarray(0, r)),
    employerId: byteRangeColumn(bytes, employerStart.subarray(0, r), employerEnd.subarray(0, r)),
    worker: worker.subarray(0, r),
    startedAt: startedAt.subarray(0, r),
    completedAt: completedAt.subarray(0, r),
    valueUsd: valueUsd.subarray(0, r),
    rating: rating.subarray(0, r),
  }
}

/** The payments table, checked against the projects' `owners`; null: decode it slowly. */
export function fastPaymentColumns(
  table: RawTable,
  workers: IdIndex,
  owners: IdIndex,
  paymentIds: IdIndex,
): RecordColumns['payments'] | null {
  const text = table.plain
  const at = text && columnPositions(table, 'payments', new ProblemLog())
  if (!text || !at) return null
  const { bytes } = text
  const capacity = table.rowEstimate
  const paymentStart = new Int32Array(capacity)
  const paymentEnd = new Int32Array(capacity)
  const projectStart = new Int32Array(capacity)
  const projectEnd = new Int32Array(capacity)
  const worker = new Int32Array(capacity)
  const paidAt = new Float64Array(capacity)
  const amountUsd = new Float64Array(capacity)
  const line = new LineFields(bytes, text.bodyStart, table.header.length)
  const { starts, ends } = line
  let r = 0
  while (line.next()) {
    if (line.count !== table.header.length) return null
    const ys = starts[at.payment_id]!
    const ye = ends[at.payment_id]!
    const ws = starts[at.worker_id]!
    const we = ends[at.worker_id]!
    if (ys === ye || ws === we) return null
    const w = workers.getBytes(bytes, ws, we)
    if (w < 0) return null
    const paid = isoSecondsAt(bytes, starts[at.paid_at]!, ends[at.paid_at]!)
    const amount = decimalAt(bytes, starts[at.amount_usd]!, ends[at.amount_usd]!)
    if (Number.isNaN(paid) || Number.isNaN(amount)) return null
    if (paymentIds.addBytes(bytes, ys, ye, 0) !== -1) return null
    const ps = starts[at.project_id]!
    const pe = ends[at.project_id]!
    if (ps === pe) {
      projectStart[r] = NULL_ID
    } else {
      if (owners.getBytes(bytes, ps, pe) !== w) return null
      projectStart[r] = ps
      projectEnd[r] = pe
    }
    paymentStart[r] = ys
    paymentEnd[r] = ye
    worker[r] = w
    paidAt[r] = paid
    amountUsd[r] = amount
    r++
  }
  return {
    paymentId: byteRangeColumn(bytes, paymentStart.subarray(0, r), paymentEnd.subarray(0, r)),
    projectId: byteRangeColumn(bytes, projectStart.subarray(0, r), projectEnd.subarray(0, r)),
    worker: worker.subarray(0, r),
    paidAt: paidAt.subarray(0, r),
    amountUsd: amountUsd.subarray(0, r),
  }
}
