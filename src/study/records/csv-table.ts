import { isAscii } from 'node:buffer'
import { CsvError, parse } from 'csv-parse/sync'
import { decimalAt, isoSecondsAt } from './byte-fields.js'
import type { RawTable, RowCells, RowVisitor } from './raw-table.js'
import { ArrayRow } from './raw-table.js'
import type { ProblemLog } from './record-problem.js'

const COMMA = 44
const NEWLINE = 10
const CARRIAGE_RETURN = 13
const QUOTE = 34

/**
 * Reads CSV text into a RawTable, or logs why it cannot (a NUL byte, no header) and returns null.
 * Files without a quote character are split by a plain scanner that leaves fields as byte ranges
 * (times and amounts are decoded from the bytes, never made into strings); files with quotes go
 * through csv-parse. The scanner exists for speed: csv-parse takes about 2.7 s for the 80 MB of a
 * 1.1-million-project table, several times the scanner; both give the same fields for unquoted
 * text (a test checks it).
 */
export function csvTable(file: string, bytes: Buffer, log: ProblemLog): RawTable | null {
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes
  const nul = body.indexOf(0)
  if (nul >= 0) {
    const { line, column } = locate(body, nul)
    log.add({ file, line, column, columnName: '', message: 'contains a NUL byte' })
    return null
  }
  let table: RawTable | null
  try {
    table = body.includes(QUOTE) ? quotedTable(file, body) : plainTable(file, body)
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    log.add({ file, ...malformedQuoting(body, error), columnName: '' })
    return null
  }
  if (table === null) {
    log.add({ file, line: 1, column: 0, columnName: '', message: 'is empty (no header line)' })
  }
  return table
}

/** A row of the plain scanner: field j is bytes[starts[j]] … bytes[ends[j] − 1]. */
class PlainRow implements RowCells {
  count = 0
  readonly starts: Int32Array
  readonly ends: Int32Array

  constructor(
    private readonly file: Buffer,
    private readonly encoding: BufferEncoding,
    capacity: number,
  ) {
    this.starts = new Int32Array(capacity)
    this.ends = new Int32Array(capacity)
  }

  cell(j: number): string {
    return this.file.toString(this.encoding, this.starts[j], this.ends[j])
  }

  isEmpty(j: number): boolean {
    return this.starts[j] === this.ends[j]
  }

  time(j: number): number {
    return isoSecondsAt(this.file, this.starts[j]!, this.ends[j]!)
  }

  decimal(j: number): number {
    return decimalAt(this.file, this.starts[j]!, this.ends[j]!)
  }

  bytes(): Buffer {
    return this.file
  }

  start(j: number): number {
    return this.starts[j]!
  }

  end(j: number): number {
    return this.ends[j]!
  }
}

function plainTable(file: string, bytes: Buffer): RawTable | null {
  const encoding: BufferEncoding = isAscii(bytes) ? 'latin1' : 'utf8'
  const end = bytes.length
  const headerEnd = lineEnd(bytes, 0)
  const headerStop =
    headerEnd > 0 && bytes[headerEnd - 1] === CARRIAGE_RETURN ? headerEnd - 1 : headerEnd
  const header = bytes.toString(encoding, 0, headerStop).split(',')
  if (header.length === 1 && header[0] === '') return null
  let lines = 0
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) lines++
  return {
    file,
    header,
    rowEstimate: lines + 1,
    plain: { bytes, bodyStart: nextLine(bytes, headerEnd) },
    forEachRow(visit: RowVisitor): void {
      // Fields beyond the header's count are counted but not kept: such a row is refused anyway.
      const row = new PlainRow(bytes, encoding, header.length)
      const { starts, ends } = row
      const capacity = header.length
      let pos = nextLine(bytes, headerEnd)
      let line = 2
      while (pos < end) {
        let stop = lineEnd(bytes, pos)
        const next = nextLine(bytes, stop)
        if (stop > pos && bytes[stop - 1] === CARRIAGE_RETURN) stop--
        if (stop > pos) {
          let count = 0
          let start = pos
          for (let i = pos; i < stop; i++) {
            if (bytes[i] === COMMA) {
              if (count < capacity) {
                starts[count] = start
                ends[count] = i
              }
              count++
              start = i + 1
            }
          }
          if (count < capacity) {
            starts[count] = start
            ends[count] = stop
          }
          row.count = count + 1
          visit(row, line)
        }
        pos = next
        line++
      }
    },
  }
}

function quotedTable(file: string, bytes: Buffer): RawTable | null {
  const records = parse(bytes, {
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; info: { lines: number } }[]
  const first = records[0]
  if (first === undefined) return null
  return {
    file,
    header: first.record,
    rowEstimate: records.length - 1,
    forEachRow(visit: RowVisitor): void {
      const row = new ArrayRow()
      for (let r = 1; r < records.length; r++) {
        const { record, info } = records[r]!
        row.cells = record
        row.count = record.length
        visit(row, info.lines)
      }
    },
  }
}

/**
 * Where and why csv-parse gave up. For a quote never closed it reports the end of the file, so
 * the line named is found again here: the one where the last quote that opened a field stands.
 */
function malformedQuoting(
  bytes: Buffer,
  error: CsvError,
): { line: number; column: number; message: string } {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const { line, column } = locate(bytes, unclosedQuoteAt(bytes))
    return { line, column, message: 'has a quoted field that is never closed' }
  }
  const line = typeof error.lines === 'number' ? error.lines : 0
  return { line, column: 0, message: `is not well-formed CSV (${error.message})` }
}

/** The offset of the quote that is still open at the end, or the end when none is. */
function unclosedQuoteAt(bytes: Buffer): number {
  let open = -1
  for (let i = bytes.indexOf(QUOTE); i >= 0; i = bytes.indexOf(QUOTE, i + 1)) {
    open = open < 0 ? i : -1
  }
  return open < 0 ? bytes.length : open
}

function lineEnd(bytes: Buffer, from: number): number {
  const i = bytes.indexOf(NEWLINE, from)
  return i < 0 ? bytes.length : i
}

function nextLine(bytes: Buffer, stop: number): number {
  return stop < bytes.length ? stop + 1 : bytes.length
}

function hasBom(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
}

/** 1-based line and column (field number) of a byte offset. */
function locate(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1
  let column = 1
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === NEWLINE) {
      line++
      column = 1
    } else if (bytes[i] === COMMA) {
      column++
    }
  }
  return { line, column }
}
