import { int32Column } from '../panel/growable-column.js'
import type { RowCells } from './raw-table.js'

/**
 * A column of ids the study itself never reads (employers, payment ids, the project of a payment),
 * kept as byte ranges of the file they came from and made into strings only when a record is
 * asked for: millions of strings fewer to make and for the garbage collector to walk. Rows from
 * a file without bytes (quoted CSV, Parquet) are kept as strings. null: an empty optional cell.
 */
export interface StringColumn {
  readonly length: number
  at(i: number): string | null
}

const NULL = -1
const TEXT = -2

/** Appends the cells of one column, as byte ranges when the row has its file's bytes. */
export class StringColumnBuilder {
  private readonly starts = int32Column()
  private readonly ends = int32Column()
  private readonly texts: string[] = []
  private bytes: Uint8Array | null = null

  /** Appends field j of the row, or null. */
  push(row: RowCells, j: number | null): void {
    const bytes = row.bytes()
    if (j === null) {
      this.starts.push(NULL)
      this.ends.push(0)
    } else if (bytes !== null && (this.bytes === null || this.bytes === bytes)) {
      this.bytes = bytes
      this.starts.push(row.start(j))
      this.ends.push(row.end(j))
    } else {
      this.starts.push(TEXT)
      this.ends.push(this.texts.length)
      this.texts.push(String(row.cell(j)))
    }
  }

  finish(): StringColumn {
    return stringColumnOf(this.bytes, this.starts.finish(), this.ends.finish(), this.texts)
  }
}

/**
 * A column of ids found as byte ranges of one file: row i is bytes[starts[i] … ends[i] − 1], or
 * null where starts[i] is −1.
 */
export function byteRangeColumn(
  bytes: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
): StringColumn {
  return stringColumnOf(bytes, starts, ends, [])
}

function stringColumnOf(
  bytes: Uint8Array | null,
  starts: Int32Array,
  ends: Int32Array,
  texts: readonly string[],
): StringColumn {
  // UTF-8 reads ASCII files exactly as the scanner's Latin-1 does, and others as it does too.
  const file = bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return {
    length: starts.length,
    at(i: number): string | null {
      const start = starts[i]!
      if (start === NULL) return null
      if (start === TEXT) return texts[ends[i]!]!
      return file!.toString('utf8', start, ends[i])
    },
  }
}
