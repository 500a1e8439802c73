import { decodeId, decodeNumber, decodeTime, Invalid } from './cell-values.js'
import { ArrayRow, type Cell, type RawTable, type RowCells } from './raw-table.js'
import type { ProblemLog } from './record-problem.js'

/** The four tables of a records directory and their columns, as the spec lists them. */
export const TABLE_COLUMNS = {
  workers: ['worker_id', 'registered_at'],
  credential_awards: ['award_id', 'worker_id', 'test_id', 'awarded_at', 'score'],
  projects: [
    'project_id',
    'worker_id',
    'employer_id',
    'started_at',
    'completed_at',
    'value_usd',
    'rating',
  ],
  payments: ['payment_id', 'project_id', 'worker_id', 'paid_at', 'amount_usd'],
} as const

export type TableName = keyof typeof TABLE_COLUMNS

/**
 * Maps each expected column to its position in the file (any order is fine), logging missing,
 * unknown and repeated columns. Null when the header is unusable.
 */
export function columnPositions<N extends TableName>(
  table: RawTable,
  name: N,
  log: ProblemLog,
): Record<(typeof TABLE_COLUMNS)[N][number], number> | null {
  const expected: readonly string[] = TABLE_COLUMNS[name]
  const positions: Record<string, number> = {}
  let fine = true
  table.header.forEach((column, j) => {
    const where = { file: table.file, line: 1, column: j + 1, columnName: column }
    if (!expected.includes(column)) {
      log.add({ ...where, message: `unknown column; ${name} has ${expected.join(', ')}` })
      fine = false
    } else if (positions[column] !== undefined) {
      log.add({ ...where, message: 'column appears twice' })
      fine = false
    } else {
      positions[column] = j
    }
  })
  for (const column of expected) {
    if (positions[column] === undefined) {
      const message = `missing column ${column}`
      log.add({ file: table.file, line: 1, column: 0, columnName: column, message })
      fine = false
    }
  }
  return fine ? (positions as Record<(typeof TABLE_COLUMNS)[N][number], number>) : null
}

/** Reads the fields of one row, logging each undecodable one; `failed` tells whether any was. */
export class RowReader {
  failed = false
  row: RowCells = new ArrayRow()
  line = 0

  constructor(
    private readonly table: RawTable,
    private readonly log: ProblemLog,
  ) {}

  start(row: RowCells, line: number): void {
    this.row = row
    this.line = line
    this.failed = false
  }

  isEmpty(position: number): boolean {
    return this.row.isEmpty(position)
  }

  id(position: number): string {
    return this.read(position, decodeId, '')
  }

  /** Logs an empty id without making the id a string (for ids kept as bytes). */
  requireId(position: number): void {
    if (this.row.isEmpty(position)) this.problem(position, `${this.columnName(position)} is empty`)
  }

  time(position: number): number {
    const fast = this.row.time(position)
    return Number.isNaN(fast) ? this.read(position, decodeTime, Number.NaN) : fast
  }

  number(position: number): number {
    const fast = this.row.decimal(position)
    return Number.isNaN(fast) ? this.read(position, decodeNumber, Number.NaN) : fast
  }

  /** NaN when empty, else as `time`. */
  optionalTime(position: number): number {
    return this.row.isEmpty(position) ? Number.NaN : this.time(position)
  }

  /** NaN when empty, else as `number`. */
  optionalNumber(position: number): number {
    return this.row.isEmpty(position) ? Number.NaN : this.number(position)
  }

  private read<T>(position: number, decode: (cell: Cell) => T | Invalid, fallback: T): T {
    const decoded = decode(this.row.cell(position))
    if (!(decoded instanceof Invalid)) return decoded
    this.problem(position, `${this.table.header[position]} ${decoded.why}`)
    return fallback
  }

  columnName(position: number): string {
    return this.table.header[position] ?? ''
  }

  problem(position: number, message: string): void {
    this.failed = true
    const columnName = this.table.header[position] ?? ''
    this.log.add({
      file: this.table.file,
      line: this.line,
      column: position + 1,
      columnName,
      message,
    })
  }

  rowProblem(message: string): void {
    this.failed = true
    this.log.add({ file: this.table.file, line: this.line, column: 0, columnName: '', message })
  }
}
