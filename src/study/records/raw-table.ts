/** A cell as a file gives it: CSV yields strings ('' when empty), Parquet typed values or null. */
export type Cell = string | number | bigint | boolean | Date | null

/** Visits one data row; `line` is where a person finds it (CSV line, or Parquet row + 1). */
export type RowVisitor = (cells: readonly Cell[], count: number, line: number) => void

/**
 * One table of a records directory before any validation: its header and its rows. The visitor's
 * `cells` array may be reused between rows, so read it before returning.
 */
export interface RawTable {
  readonly file: string
  readonly header: readonly string[]
  forEachRow(visit: RowVisitor): void
}
