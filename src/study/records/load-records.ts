import { access, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { csvTable } from './csv-table.js'
import {
  decodeColumns,
  type IndexedRecordTables,
  type RawTables,
  recordTablesOf,
} from './decode-tables.js'
import { parquetTable } from './parquet-table.js'
import type { RawTable } from './raw-table.js'
import type { RecordColumns } from './record-columns.js'
import { ProblemLog } from './record-problem.js'
import { TABLE_COLUMNS, type TableName } from './table-header.js'

const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[]

/**
 * Loads and validates the four record tables of a directory, each as `<table>.csv` or
 * `<table>.parquet`. Throws RecordsError naming every problem (file, line, column); returns only
 * when every row of every table is valid.
 *
 * @example
 * const tables = await loadRecordTables('records')
 * tables.projects.length // 9298
 */
export async function loadRecordTables(dir: string): Promise<IndexedRecordTables> {
  return recordTablesOf(await loadRecordColumns(dir))
}

/**
 * As loadRecordTables, as columns (what the pipeline reads fastest).
 *
 * @example
 * const columns = await loadRecordColumns('records')
 * columns.projects.valueUsd.length // 9298
 */
export async function loadRecordColumns(dir: string): Promise<RecordColumns> {
  const log = new ProblemLog()
  const raw: Partial<Record<TableName, RawTable | null>> = {}
  for (const name of TABLE_NAMES) raw[name] = await readTable(dir, name, log)
  return decodeColumns(raw as RawTables, log)
}

async function readTable(dir: string, name: TableName, log: ProblemLog): Promise<RawTable | null> {
  const csv = `${name}.csv`
  const parquet = `${name}.parquet`
  const [hasCsv, hasParquet] = await Promise.all([
    exists(join(dir, csv)),
    exists(join(dir, parquet)),
  ])
  if (hasCsv && hasParquet) {
    const message = `both ${csv} and ${parquet} exist; keep one`
    log.add({ file: csv, line: 0, column: 0, columnName: '', message })
    return null
  }
  if (hasCsv) return csvTable(csv, await readFile(join(dir, csv)), log)
  if (hasParquet) return parquetTable(parquet, join(dir, parquet), log)
  log.add({ file: csv, line: 0, column: 0, columnName: '', message: `missing (nor ${parquet})` })
  return null
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
