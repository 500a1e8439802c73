import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { csvTable } from '../../src/study/records/csv-table.js'
import { decodeColumns, type RawTables } from '../../src/study/records/decode-tables.js'
import { fastPaymentColumns, fastProjectColumns } from '../../src/study/records/fast-columns.js'
import { IdIndex } from '../../src/study/records/id-index.js'
import type { RawTable } from '../../src/study/records/raw-table.js'
import type { RecordColumns } from '../../src/study/records/record-columns.js'
import { ProblemLog } from '../../src/study/records/record-problem.js'
import { TABLE_COLUMNS, type TableName } from '../../src/study/records/table-header.js'
import { VALID_TABLES } from './support/records-dir.js'

const FIXTURE = join(import.meta.dirname, '../fixtures/impact-study/records')
const NAMES = Object.keys(TABLE_COLUMNS) as TableName[]

function rawTables(texts: Record<TableName, string | Buffer>): RawTables {
  const entries = NAMES.map((name) => {
    const bytes = Buffer.isBuffer(texts[name]) ? texts[name] : Buffer.from(texts[name])
    return [name, csvTable(`${name}.csv`, bytes, new ProblemLog())]
  })
  return Object.fromEntries(entries) as RawTables
}

/** The same tables without their bytes: only the row decoders can read them. */
function rowsOnly(raw: RawTables): RawTables {
  const strip = (table: RawTable | null) => {
    if (table === null) return null
    const { plain: _, ...rest } = table
    return { ...rest, forEachRow: table.forEachRow.bind(table) }
  }
  return Object.fromEntries(NAMES.map((n) => [n, strip(raw[n])])) as RawTables
}

/** Every column as plain values, ids as strings. */
function plainColumns(columns: RecordColumns) {
  const strings = (column: { length: number; at(i: number): string | null }) =>
    Array.from({ length: column.length }, (_, i) => column.at(i))
  const { projects: p, payments: y } = columns
  return {
    workers: columns.workers,
    awards: { ...columns.awards, worker: [...columns.awards.worker] },
    projects: {
      projectId: strings(p.projectId),
      employerId: strings(p.employerId),
      worker: [...p.worker],
      startedAt: [...p.startedAt],
      completedAt: [...p.completedAt],
      valueUsd: [...p.valueUsd],
      rating: [...p.rating],
    },
    payments: {
      paymentId: strings(y.paymentId),
      projectId: strings(y.projectId),
      worker: [...y.worker],
      paidAt: [...y.paidAt],
      amountUsd: [...y.amountUsd],
    },
  }
}

function problemsOf(raw: RawTables): string {
  try {
    decodeColumns(raw)
  } catch (error) {
    return (error as Error).message
  }
  return 'accepted'
}

describe('fast column decoders', () => {
  it('give the row decoders’ columns on the fixture market', () => {
    const files = Object.fromEntries(
      NAMES.map((n) => [n, readFileSync(join(FIXTURE, `${n}.csv`), 'utf8')]),
    ) as Record<TableName, string>
    // The fixture quotes its empty completion times (""), which only csv-parse reads; as plain
    // CSV the same rows reach the fast decoders.
    const raw = rawTables({ ...files, projects: files.projects.replaceAll('""', '') })
    const workers = new IdIndex()
    raw.workers!.forEachRow((row, line) => workers.add(row, 0, line - 2))
    const owners = new IdIndex()
    // The fast decoders really read the fixture (they did not give up).
    expect(fastProjectColumns(raw.projects!, workers, owners)).not.toBeNull()
    expect(fastPaymentColumns(raw.payments!, workers, owners, new IdIndex())).not.toBeNull()
    const fast = plainColumns(decodeColumns(raw))
    expect(fast).toEqual(plainColumns(decodeColumns(rowsOnly(raw))))
    expect(fast).toEqual(plainColumns(decodeColumns(rawTables(files))))
  })

  it.each([
    ['a number they do not read', 'projects', 'p2,w1,e2,2016-03-05T00:00:00Z,,8e1,'],
    ['an exponent in an amount', 'payments', 'y2,,w1,2016-03-10T00:00:00Z,1.5e1'],
    ['CRLF line ends', 'payments', 'y2,,w1,2016-03-10T00:00:00Z,15\r'],
  ] as const)('give way to the row decoders on %s, to the same columns', (_, table, line) => {
    const lines = VALID_TABLES[table].split('\n')
    lines[2] = line
    const raw = rawTables({ ...VALID_TABLES, [table]: lines.join('\n') })
    expect(plainColumns(decodeColumns(raw))).toEqual(plainColumns(decodeColumns(rowsOnly(raw))))
  })

  it.each([
    ['an unknown worker', 'payments', 'y2,,w9,2016-03-10T00:00:00Z,15'],
    ['a duplicate project', 'projects', 'p1,w1,e2,2016-03-05T00:00:00Z,,80,'],
    ['a duplicate payment', 'payments', 'y1,,w1,2016-03-10T00:00:00Z,15'],
    ['a project of another worker', 'payments', 'y2,p3,w1,2016-03-10T00:00:00Z,15'],
    ['an unknown project', 'payments', 'y2,p9,w1,2016-03-10T00:00:00Z,15'],
    ['an empty employer', 'projects', 'p2,w1,,2016-03-05T00:00:00Z,,80,'],
    ['a rating of 6', 'projects', 'p2,w1,e2,2016-03-05T00:00:00Z,,80,6'],
    [
      'a completion before the start',
      'projects',
      'p2,w1,e2,2016-03-05T00:00:00Z,2016-03-04T00:00:00Z,80,',
    ],
    ['a missing field', 'projects', 'p2,w1,e2,2016-03-05T00:00:00Z,,80'],
    ['a date that does not exist', 'payments', 'y2,,w1,2016-02-30T00:00:00Z,15'],
  ] as const)('refuse %s with the row decoders’ problems', (_, table, line) => {
    const lines = VALID_TABLES[table].split('\n')
    lines[2] = line
    const raw = rawTables({ ...VALID_TABLES, [table]: lines.join('\n') })
    const problems = problemsOf(raw)
    expect(problems).toMatch(/^records refused/)
    expect(problems).toBe(problemsOf(rowsOnly(raw)))
  })
})
