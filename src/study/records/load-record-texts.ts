import { csvTable } from './csv-table.js'
import { decodeColumns, type RawTables } from './decode-tables.js'
import type { RecordColumns } from './record-columns.js'
import { ProblemLog } from './record-problem.js'
import type { TableName } from './table-header.js'

/** The four tables as CSV text, keyed by table name (what an upload carries). */
export type RecordTexts = Readonly<Record<TableName, string>>

/**
 * Validates records given as CSV text, exactly as files are (problems name `<table>.csv`, line
 * and column); throws RecordsError, or returns every row.
 *
 * @example
 * const columns = loadRecordTexts({ workers: 'worker_id,registered_at\n…', … })
 */
export function loadRecordTexts(texts: RecordTexts): RecordColumns {
  const log = new ProblemLog()
  const table = (name: TableName) => csvTable(`${name}.csv`, Buffer.from(texts[name], 'utf8'), log)
  const raw: RawTables = {
    workers: table('workers'),
    credential_awards: table('credential_awards'),
    projects: table('projects'),
    payments: table('payments'),
  }
  return decodeColumns(raw, log)
}
