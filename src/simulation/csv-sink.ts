import { closeSync, openSync, writeSync } from 'node:fs'
import type { WorkerHistory } from '../study/index.js'
import type { RecordTable } from './record-tables.js'
import type { TableSink } from './table-sink.js'

/** Characters gathered before one write: few system calls, little memory. */
export const CSV_FLUSH_CHARS = 1 << 20

/**
 * Writes a table as CSV (RFC 4180, `\n` line ends, header first). No cell needs quoting: ids are
 * letters and digits, times ISO 8601, dollars plain decimals with at most two decimals.
 */
export function csvSink(path: string, table: RecordTable): TableSink {
  const fd = openSync(path, 'w')
  let buffer = `${table.columns.map((c) => c.name).join(',')}\n`
  let lines = 0
  const flush = () => {
    writeSync(fd, buffer)
    buffer = ''
  }
  return {
    add(history: WorkerHistory) {
      const chunk = table.csv(history)
      buffer += chunk
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) lines++
      if (buffer.length >= CSV_FLUSH_CHARS) flush()
    },
    async close() {
      flush()
      closeSync(fd)
      return lines
    },
  }
}
