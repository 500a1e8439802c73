import { columnsRecordSource } from './columns-source.js'
import { loadRecordColumns } from './load-records.js'
import type { RecordSource } from './record-source.js'

/**
 * Loads and validates a records directory (throws RecordsError on any bad row), then serves it as
 * a source. Files are not ordered by worker, so the whole directory is held in memory.
 *
 * @example
 * const source = await openFileRecordSource('records')
 */
export async function openFileRecordSource(dir: string): Promise<RecordSource> {
  return columnsRecordSource(await loadRecordColumns(dir))
}
