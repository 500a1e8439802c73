import type { WorkerHistory } from '../study/index.js'
import { isoSeconds } from './time.js'

/** How a cell is written: ids as text, instants as ISO 8601 `…Z`, dollars, small integers. */
export type ColumnKind = 'id' | 'time' | 'usd' | 'int'

export interface RecordColumn {
  readonly name: string
  readonly kind: ColumnKind
  /** Empty cells allowed (score, completed_at, rating, a payment's project_id). */
  readonly nullable: boolean
}

export type Cell = string | number | null

/** One of the study's four tables: its file stem, columns in the spec's order, and its rows. */
export interface RecordTable {
  readonly name: 'workers' | 'credential_awards' | 'projects' | 'payments'
  readonly columns: readonly RecordColumn[]
  rows(history: WorkerHistory): Iterable<readonly Cell[]>
  /** The same rows as CSV lines, each ending in `\n` (a fast path: no cell arrays). */
  csv(history: WorkerHistory): string
}

const text = (cell: string | number | null): string | number => cell ?? ''
const time = (cell: number | null): string => (cell === null ? '' : isoSeconds(cell))

const column = (name: string, kind: ColumnKind, nullable = false): RecordColumn => ({
  name,
  kind,
  nullable,
})

/** The four tables exactly as the impact-study spec lists their columns. */
export const RECORD_TABLES: readonly RecordTable[] = [
  {
    name: 'workers',
    columns: [column('worker_id', 'id'), column('registered_at', 'time')],
    rows: (h) => [[h.worker.workerId, h.worker.registeredAt]],
    csv: (h) => `${h.worker.workerId},${time(h.worker.registeredAt)}\n`,
  },
  {
    name: 'credential_awards',
    columns: [
      column('award_id', 'id'),
      column('worker_id', 'id'),
      column('test_id', 'id'),
      column('awarded_at', 'time'),
      column('score', 'int', true),
    ],
    rows: (h) => h.awards.map((a) => [a.awardId, a.workerId, a.testId, a.awardedAt, a.score]),
    csv: (h) => {
      let out = ''
      for (const a of h.awards) {
        out += `${a.awardId},${a.workerId},${a.testId},${time(a.awardedAt)},${text(a.score)}\n`
      }
      return out
    },
  },
  {
    name: 'projects',
    columns: [
      column('project_id', 'id'),
      column('worker_id', 'id'),
      column('employer_id', 'id'),
      column('started_at', 'time'),
      column('completed_at', 'time', true),
      column('value_usd', 'usd'),
      column('rating', 'int', true),
    ],
    rows: (h) =>
      h.projects.map((p) => [
        p.projectId,
        p.workerId,
        p.employerId,
        p.startedAt,
        p.completedAt,
        p.valueUsd,
        p.rating,
      ]),
    csv: (h) => {
      let out = ''
      for (const p of h.projects) {
        out += `${p.projectId},${p.workerId},${p.employerId},${time(p.startedAt)},`
        out += `${time(p.completedAt)},${p.valueUsd},${text(p.rating)}\n`
      }
      return out
    },
  },
  {
    name: 'payments',
    columns: [
      column('payment_id', 'id'),
      column('project_id', 'id', true),
      column('worker_id', 'id'),
      column('paid_at', 'time'),
      column('amount_usd', 'usd'),
    ],
    rows: (h) =>
      h.payments.map((p) => [p.paymentId, p.projectId, p.workerId, p.paidAt, p.amountUsd]),
    csv: (h) => {
      let out = ''
      for (const p of h.payments) {
        out += `${p.paymentId},${text(p.projectId)},${p.workerId},${time(p.paidAt)},${p.amountUsd}\n`
      }
      return out
    },
  },
]
