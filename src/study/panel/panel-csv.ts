import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { rename } from 'node:fs/promises'
import { formatIsoSeconds } from '../records/iso-time.js'
import {
  DYNAMIC_PERIOD_PANEL_HEADER,
  type Panel,
  PERIOD_PANEL_HEADER,
  PROJECT_PANEL_HEADER,
} from './panel-columns.js'
import { eventOrder } from './panel-order.js'

/**
 * Significant digits of non-integer numbers in the CSV files: 15, as R's write.csv and
 * data.table's fwrite write them, so the files read back to the fixtures' numbers.
 */
export const CSV_SIGNIFICANT_DIGITS = 15

const TIME_COLUMNS = new Set(['period_start', 'started_at'])
const ROWS_PER_CHUNK = 8192

/**
 * One number as the CSV files write it: integers exactly, others to 15 significant digits, NaN (a
 * missing score) as an empty cell.
 */
export function formatCsvNumber(value: number): string {
  if (Number.isNaN(value)) return ''
  if (Number.isInteger(value)) return String(value)
  // The shortest text that reads back to the value is already the answer when it has at most 15
  // significant digits (16 characters with the point, no exponent): rounding the value to 15
  // digits gives that same text, since a double's half-ulp is far below half a 15-digit step.
  const shortest = String(value)
  if (shortest.length <= 16 && !shortest.includes('e')) return shortest
  return String(Number(value.toPrecision(CSV_SIGNIFICANT_DIGITS)))
}

/**
 * Writes a panel as CSV (header and columns of the fixtures, rows by event_id). The file is written
 * beside its path and renamed when complete, so it is never seen half-written.
 *
 * @example
 * await writePanelCsv(panels.periods, 'out/periods.csv')
 */
export async function writePanelCsv(panel: Panel, path: string): Promise<void> {
  const header: readonly string[] =
    panel.kind === 'project'
      ? PROJECT_PANEL_HEADER
      : panel.score_z
        ? PERIOD_PANEL_HEADER
        : DYNAMIC_PERIOD_PANEL_HEADER
  const cells = header.map((name) => cellWriter(panel, name))
  const order = eventOrder(panel)
  const partial = `${path}.partial`
  const out = createWriteStream(partial)
  const failed = once(out, 'error').then(([error]) => {
    throw error
  })
  // Marks the rejection handled while no write is awaiting it; the races below still see it.
  failed.catch(() => undefined)
  let chunk = `${header.join(',')}\n`
  const last = cells.length - 1
  for (let r = 0; r < panel.rows; r++) {
    const i = order[r]!
    for (let c = 0; c < last; c++) chunk += `${cells[c]!(i)},`
    chunk += `${cells[last]!(i)}\n`
    if (r % ROWS_PER_CHUNK === ROWS_PER_CHUNK - 1) {
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed])
      chunk = ''
    }
  }
  out.end(chunk)
  await Promise.race([once(out, 'finish'), failed])
  await rename(partial, path)
}

function cellWriter(panel: Panel, name: string): (i: number) => string {
  const column = (panel as unknown as Record<string, ArrayLike<number> | readonly string[]>)[name]!
  if (TIME_COLUMNS.has(name)) {
    const times = column as ArrayLike<number>
    return (i) => formatIsoSeconds(times[i]!)
  }
  if (Array.isArray(column)) {
    const ids = column as readonly string[]
    return (i) => quote(ids[i]!)
  }
  const numbers = column as ArrayLike<number>
  // The rows of one event repeat most of its state (experience, ratings, earnings so far), so the
  // text of the previous row's value is often this row's too.
  let lastValue = Number.NaN
  let lastText = ''
  return (i) => {
    const value = numbers[i]!
    if (value !== lastValue) {
      lastValue = value
      lastText = formatCsvNumber(value)
    }
    return lastText
  }
}

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
