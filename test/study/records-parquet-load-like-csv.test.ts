import { join } from 'node:path'
import { parquetWriteFile } from 'hyparquet-writer'
import { describe, expect, it } from 'vitest'
import { RecordsError } from '../../src/study/index.js'
import { loadRecordTables } from '../../src/study/records/load-records.js'
import { RECORDS_DIR } from './support/fixture-files.js'
import { writeRecordsDir } from './support/records-dir.js'

type Row = Record<string, string | number | null>

/** Writes rows as Parquet, times as TIMESTAMP when `timestamps` is set, else as ISO strings. */
function writeParquet(path: string, rows: Row[], timestamps = false): void {
  const names = Object.keys(rows[0]!)
  parquetWriteFile({
    filename: path,
    columnData: names.map((name) => {
      const values = rows.map((row) => row[name] ?? null)
      if (timestamps && name.endsWith('_at')) {
        return { name, data: values.map((v) => new Date(v as string)), type: 'TIMESTAMP' as const }
      }
      const numeric = values.some((v) => typeof v === 'number')
      return { name, data: values, type: numeric ? ('DOUBLE' as const) : ('STRING' as const) }
    }),
  })
}

describe('Parquet records', () => {
  it('load to the same records as the CSV fixtures', async () => {
    const csv = await loadRecordTables(RECORDS_DIR)
    const iso = (s: number | null) => (s === null ? null : new Date(s * 1000).toISOString())
    const dir = writeRecordsDir({})
    writeParquet(
      join(dir, 'workers.parquet'),
      csv.workers.map((w) => ({ worker_id: w.workerId, registered_at: iso(w.registeredAt) })),
      true,
    )
    writeParquet(
      join(dir, 'credential_awards.parquet'),
      csv.awards.map((a) => ({
        award_id: a.awardId,
        worker_id: a.workerId,
        test_id: a.testId,
        awarded_at: iso(a.awardedAt)!.replace('.000Z', 'Z'),
        score: a.score,
      })),
    )
    writeParquet(
      join(dir, 'projects.parquet'),
      csv.projects.map((p) => ({
        project_id: p.projectId,
        worker_id: p.workerId,
        employer_id: p.employerId,
        started_at: iso(p.startedAt)!.replace('.000Z', 'Z'),
        completed_at: iso(p.completedAt)?.replace('.000Z', 'Z') ?? null,
        value_usd: p.valueUsd,
        rating: p.rating,
      })),
    )
    writeParquet(
      join(dir, 'payments.parquet'),
      csv.payments.map((p) => ({
        payment_id: p.paymentId,
        project_id: p.projectId,
        worker_id: p.workerId,
        paid_at: iso(p.paidAt)!.replace('.000Z', 'Z'),
        amount_usd: p.amountUsd,
      })),
    )
    expect(await loadRecordTables(dir)).toEqual(csv)
  })

  it('refuses a bad value at its row, counted like CSV lines', async () => {
    const dir = writeRecordsDir({})
    writeParquet(join(dir, 'workers.parquet'), [
      { worker_id: 'w1', registered_at: '2015-01-01T00:00:00Z' },
      { worker_id: 'w2', registered_at: 'soon' },
    ])
    const error = await loadRecordTables(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RecordsError)
    expect((error as RecordsError).message).toContain('workers.parquet:3:2 (registered_at)')
  })
})
