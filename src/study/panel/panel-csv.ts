import { open, rename } from 'node:fs/promises'
import { formatIsoSeconds, LAST_PLAIN_SECOND } from '../records/iso-time.js'
import { CsvBytes } from './csv-bytes.js'
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

/**
 * One number as the CSV files write it: integers exactly, others to 15 significant digits, NaN (a
 * missing score) as an empty cell.
 */
export function formatCsvNumber(value: number): string {
  if (Number.isNaN(value)) return ''
  if (Number.isInteger(value)) return String(value)
  const size = Math.abs(value)
  if (size >= 1e-6 && size < 1e15) {
    // In this range toPrecision writes plain digits, and two different 15-digit decimals are
    // always different doubles (their step is more than twice a double's), so the shortest text
    // of the rounded double is toPrecision's text without its trailing zeros: one conversion
    // instead of three (to 15 digits, back to a double, to its shortest text).
    const text = value.toPrecision(CSV_SIGNIFICANT_DIGITS)
    if (!text.includes('e')) return text.includes('.') ? withoutTrailingZeros(text) : text
  }
  return String(Number(value.toPrecision(CSV_SIGNIFICANT_DIGITS)))
}

/** `12.3400` → `12.34`, `5.000` → `5`. */
function withoutTrailingZeros(text: string): string {
  let end = text.length
  while (text.charCodeAt(end - 1) === 48) end--
  if (text.charCodeAt(end - 1) === 46) end--
  return text.slice(0, end)
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
  const file = await open(partial, 'w')
  try {
    const out = new CsvBytes(file)
    out.text(`${header.join(',')}\n`)
    const last = cells.length - 1
    for (let r = 0; r < panel.rows; r++) {
      const i = order[r]!
      for (let c = 0; c < last; c++) {
        cells[c]!(out, i)
        out.byte(COMMA)
      }
      cells[last]!(out, i)
      out.byte(NEWLINE)
      if (out.full) await out.flush()
    }
    await out.flush()
  } finally {
    await file.close()
  }
  await rename(partial, path)
}

const COMMA = 44
const NEWLINE = 10
const T = 84
const COLON = 58
const Z = 90

/** Writes the cell of row i into `out`. */
type CellWriter = (out: CsvBytes, i: number) => void

function cellWriter(panel: Panel, name: string): CellWriter {
  const column = (panel as unknown as Record<string, ArrayLike<number> | readonly string[]>)[name]!
  if (TIME_COLUMNS.has(name)) {
    const times = column as ArrayLike<number>
    return (out, i) => writeIsoSeconds(out, times[i]!)
  }
  if (Array.isArray(column)) {
    const ids = column as readonly string[]
    return (out, i) => out.text(quote(ids[i]!))
  }
  const numbers = column as ArrayLike<number>
  // The rows of one event repeat most of its state (experience, ratings, earnings so far), so the
  // text of the previous row's value is often this row's too.
  let lastValue = Number.NaN
  let lastText = ''
  return (out, i) => {
    const value = numbers[i]!
    if (Number.isSafeInteger(value)) {
      out.integer(value)
      return
    }
    if (value !== lastValue) {
      lastValue = value
      lastText = formatCsvNumber(value)
    }
    out.ascii(lastText)
  }
}

/** As formatIsoSeconds, straight into the bytes. */
function writeIsoSeconds(out: CsvBytes, seconds: number): void {
  if (!(Number.isInteger(seconds) && seconds >= 0 && seconds <= LAST_PLAIN_SECOND)) {
    out.ascii(formatIsoSeconds(seconds))
    return
  }
  const days = Math.floor(seconds / 86_400)
  const rest = seconds - days * 86_400
  const hour = Math.floor(rest / 3600)
  const minute = Math.floor((rest - hour * 3600) / 60)
  const second = rest - hour * 3600 - minute * 60
  // Civil from days (proleptic Gregorian, 400-year eras), as civilDate in iso-time.
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  out.twoDigits(Math.floor(year / 100))
  out.twoDigits(year % 100)
  out.byte(MINUS)
  out.twoDigits(month)
  out.byte(MINUS)
  out.twoDigits(day)
  out.byte(T)
  out.twoDigits(hour)
  out.byte(COLON)
  out.twoDigits(minute)
  out.byte(COLON)
  out.twoDigits(second)
  out.byte(Z)
}

const MINUS = 45

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
