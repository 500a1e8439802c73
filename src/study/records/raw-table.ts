/** A cell as a file gives it: CSV yields strings ('' when empty), Parquet typed values or null. */
export type Cell = string | number | bigint | boolean | Date | null

/**
 * One data row, read field by field. `time` and `decimal` are fast paths that may answer NaN for
 * anything unusual; the caller then decodes `cell(j)`, which also explains what is wrong.
 */
export interface RowCells {
  readonly count: number
  cell(j: number): Cell
  isEmpty(j: number): boolean
  /** Epoch seconds of a `YYYY-MM-DDTHH:MM:SSZ` field, or NaN. */
  time(j: number): number
  /** A plain decimal field as Number() reads it, or NaN. */
  decimal(j: number): number
  /** The file's bytes when field j is the range start(j) … end(j) − 1 of them, else null. */
  bytes(): Uint8Array | null
  start(j: number): number
  end(j: number): number
}

/** Visits one data row; `line` is where a person finds it (CSV line, or Parquet row + 1). */
export type RowVisitor = (row: RowCells, line: number) => void

/**
 * One table of a records directory before any validation: its header and its rows. The visitor's
 * row object is reused between rows, so read it before returning.
 */
export interface RawTable {
  readonly file: string
  readonly header: readonly string[]
  /** About how many data rows there are (at least as many), to size tables up front. */
  readonly rowEstimate: number
  /** The file's bytes when it is plain CSV (no quotes), for the fast column decoders. */
  readonly plain?: PlainText
  forEachRow(visit: RowVisitor): void
}

/** A plain CSV file: data lines start at `bodyStart`; fields are split at every comma. */
export interface PlainText {
  readonly bytes: Uint8Array
  readonly bodyStart: number
}

/** A row held as an array of cells (quoted CSV, Parquet). */
export class ArrayRow implements RowCells {
  cells: readonly Cell[] = []
  count = 0

  cell(j: number): Cell {
    return this.cells[j] ?? null
  }

  isEmpty(j: number): boolean {
    const cell = this.cells[j] ?? null
    return cell === null || cell === ''
  }

  time(): number {
    return Number.NaN
  }

  decimal(j: number): number {
    const cell = this.cells[j]
    return typeof cell === 'number' && Number.isFinite(cell) ? cell : Number.NaN
  }

  bytes(): null {
    return null
  }

  start(): number {
    return 0
  }

  end(): number {
    return 0
  }
}
