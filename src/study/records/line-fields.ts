const COMMA = 44
const NEWLINE = 10
const CARRIAGE_RETURN = 13

/**
 * Walks the data lines of a plain CSV file (no quotes) and leaves each line's fields as byte
 * ranges: field j is bytes[starts[j]] … bytes[ends[j] − 1]. Empty lines are skipped and a CR
 * before the newline is not part of the last field, as the row scanner of csvTable does. Written
 * by hand because no CSV library leaves fields as byte ranges: they all make a string per field,
 * which for millions of rows costs more than the rest of loading together.
 */
export class LineFields {
  /** Fields of the current line (those beyond `starts.length` are counted, not kept). */
  count = 0
  readonly starts: Int32Array
  readonly ends: Int32Array
  private pos: number

  constructor(
    private readonly bytes: Uint8Array,
    bodyStart: number,
    capacity: number,
  ) {
    this.pos = bodyStart
    this.starts = new Int32Array(capacity)
    this.ends = new Int32Array(capacity)
  }

  /** Moves to the next non-empty line; false when there is none. */
  next(): boolean {
    const { bytes, starts, ends } = this
    const end = bytes.length
    const capacity = starts.length
    while (this.pos < end) {
      let start = this.pos
      let count = 0
      let i = start
      for (; i < end; i++) {
        const c = bytes[i]!
        if (c === NEWLINE) break
        if (c === COMMA) {
          if (count < capacity) {
            starts[count] = start
            ends[count] = i
          }
          count++
          start = i + 1
        }
      }
      const lineStart = this.pos
      this.pos = i + 1
      let stop = i
      if (stop > lineStart && bytes[stop - 1] === CARRIAGE_RETURN) stop--
      if (stop === lineStart) continue
      if (count < capacity) {
        starts[count] = start
        ends[count] = stop
      }
      this.count = count + 1
      return true
    }
    return false
  }
}
