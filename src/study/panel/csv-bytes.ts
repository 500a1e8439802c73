import type { FileHandle } from 'node:fs/promises'

/** Bytes gathered before each write to the file. */
const CHUNK_BYTES = 1 << 20
/** Room always left at the end of the chunk: more than a row of numbers and instants takes. */
const CELL_ROOM = 1 << 12

const ZERO = 48
const MINUS = 45

/**
 * Builds CSV text as bytes in one preallocated buffer and hands full chunks to a file: a panel
 * has a million rows of a dozen cells, and building that as strings (a string per cell, joined,
 * then encoded) costs several times the formatting itself. Cells are ASCII except ids, which are
 * encoded as UTF-8.
 */
export class CsvBytes {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES)
  private pos = 0

  constructor(private readonly file: FileHandle) {}

  /** Whether the chunk is nearly full and should be flushed (ask between rows). */
  get full(): boolean {
    return this.pos > this.buffer.length - CELL_ROOM
  }

  async flush(): Promise<void> {
    let done = 0
    while (done < this.pos) {
      const { bytesWritten } = await this.file.write(this.buffer, done, this.pos - done)
      done += bytesWritten
    }
    this.pos = 0
  }

  byte(b: number): void {
    this.buffer[this.pos++] = b
  }

  /** ASCII text (numbers, instants, the header). */
  ascii(text: string): void {
    const { buffer } = this
    let pos = this.pos
    for (let i = 0; i < text.length; i++) buffer[pos++] = text.charCodeAt(i)
    this.pos = pos
  }

  /** Any text, as UTF-8; the buffer grows when a very long id needs it. */
  text(text: string): void {
    const most = text.length * 3
    if (this.pos + most + CELL_ROOM > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(this.pos + most + CHUNK_BYTES)
      this.buffer.copy(bigger, 0, 0, this.pos)
      this.buffer = bigger
    }
    this.pos += this.buffer.write(text, this.pos, 'utf8')
  }

  /** A safe integer's decimal digits, as String(n) writes them. */
  integer(n: number): void {
    const { buffer } = this
    let value = n
    if (value < 0) {
      buffer[this.pos++] = MINUS
      value = -value
    }
    let digits = 1
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++
    let at = this.pos + digits
    this.pos = at
    do {
      const next = Math.floor(value / 10)
      buffer[--at] = ZERO + (value - next * 10)
      value = next
    } while (value > 0)
  }

  /** Two digits, zero padded. */
  twoDigits(n: number): void {
    const tens = Math.floor(n / 10)
    this.buffer[this.pos++] = ZERO + tens
    this.buffer[this.pos++] = ZERO + (n - tens * 10)
  }
}
