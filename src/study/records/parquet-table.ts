import {
  asyncBufferFromFile,
  parquetMetadataAsync,
  parquetReadObjects,
  parquetSchema,
} from 'hyparquet'
import { ArrayRow, type Cell, type RawTable, type RowVisitor } from './raw-table.js'
import type { ProblemLog } from './record-problem.js'

/**
 * Reads a Parquet file into a RawTable, or logs why it cannot and returns null. Row r (0-based)
 * is reported as line r + 2, so that line numbers mean the same as in the CSV of the same table.
 */
export async function parquetTable(
  file: string,
  path: string,
  log: ProblemLog,
): Promise<RawTable | null> {
  let header: string[]
  let rows: Record<string, unknown>[]
  try {
    const buffer = await asyncBufferFromFile(path)
    const metadata = await parquetMetadataAsync(buffer)
    header = parquetSchema(metadata).children.map((child) => child.element.name)
    rows = await parquetReadObjects({ file: buffer, metadata })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    log.add({
      file,
      line: 0,
      column: 0,
      columnName: '',
      message: `is not readable Parquet: ${reason}`,
    })
    return null
  }
  return {
    file,
    header,
    rowEstimate: rows.length,
    forEachRow(visit: RowVisitor): void {
      const cells: Cell[] = []
      const cellsRow = new ArrayRow()
      cellsRow.cells = cells
      cellsRow.count = header.length
      rows.forEach((row, r) => {
        header.forEach((name, j) => {
          cells[j] = toCell(row[name])
        })
        visit(cellsRow, r + 2)
      })
    },
  }
}

function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return null
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value
  }
  return String(value)
}
