/**
 * What each formula family's stem asks, computed a second way: straight from the drawn cells in
 * plain JavaScript, without a formula, a spreadsheet engine or the family's own code. Each takes
 * the cells, the cell whose value is asked for and the stem (for a word or number it states).
 */
type Cells = Readonly<Record<string, number | string | boolean>>
type Second = (cells: Cells, cell: string, stem: string) => number | string | boolean

const rowOf = (cell: string) => Number(/\d+/.exec(cell)![0])
const column = (cells: Cells, col: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => cells[`${col}${from + i}`])
const day = 86_400_000
const toDate = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * day)
const toSerial = (d: Date) => Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / day)

export const SECOND: Readonly<Record<string, Second>> = {
  // The text after the last " - ".
  'split-by-each-default': (c, cell) =>
    String(c[`A${rowOf(cell)}`])
      .split(' - ')
      .at(-1)!,
  // The digits that follow INV-, read character by character.
  'regexextract-capture-group': (c, cell) => {
    const text = String(c[`A${rowOf(cell)}`])
    const from = text.indexOf('INV-') + 4
    let out = ''
    for (const ch of text.slice(from)) {
      if (ch < '0' || ch > '9') break
      out += ch
    }
    return out
  },
  'regexmatch-text-only': (c, cell, stem) =>
    String(c[`A${rowOf(cell)}`]).startsWith(/starts with (\d+)\?/.exec(stem)![1]!),
  'regexreplace-non-digits': (c, cell) =>
    [...String(c[`A${rowOf(cell)}`])].filter((ch) => ch >= '0' && ch <= '9').join(''),
  'countunique-distinct-clients': (c) => new Set(column(c, 'A', 2, 9)).size,
  'sort-descending-top-row': (c) => {
    let best = 2
    for (let r = 3; r <= 7; r++) if (Number(c[`B${r}`]) > Number(c[`B${best}`])) best = r
    return c[`A${best}`]!
  },
  'unique-whole-rows': (c) =>
    new Set(Array.from({ length: 6 }, (_, i) => `${c[`A${i + 2}`]}\u0000${c[`B${i + 2}`]}`)).size,
  'vlookup-is-sorted-false': (c) => {
    for (let r = 2; r <= 9; r++) if (c[`A${r}`] === c.E1) return c[`C${r}`]!
    return 'not found'
  },
  'xlookup-missing-value': (c, cell) => {
    const id = c[`E${rowOf(cell)}`]
    for (let r = 2; r <= 9; r++) if (c[`A${r}`] === id) return c[`B${r}`]!
    return 'Unknown'
  },
  'xlookup-search-last-first': (c) => {
    for (let r = 8; r >= 2; r--) if (c[`A${r}`] === c.E1) return c[`B${r}`]!
    return 'not found'
  },
  'sumifs-two-cell-criteria': (c) => {
    let total = 0
    for (let r = 2; r <= 9; r++)
      if (c[`A${r}`] === c.E1 && c[`B${r}`] === c.E2) total += Number(c[`C${r}`])
    return total
  },
  'countifs-date-window': (c) =>
    column(c, 'B', 2, 9).filter((d) => Number(d) >= Number(c.E1) && Number(d) <= Number(c.E2))
      .length,
  'countif-ticked-checkboxes': (c) => column(c, 'B', 2, 9).filter((t) => t === true).length,
  'countifs-not-empty': (c) => {
    let n = 0
    for (let r = 2; r <= 9; r++) if (c[`B${r}`] === 'North' && c[`C${r}`] !== undefined) n++
    return n
  },
  'trim-then-proper': (c, cell) =>
    String(c[`A${rowOf(cell)}`])
      .split(' ')
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
      .join(' '),
  // The day before the first of the month after next.
  'eomonth-next-month-end': (c) => {
    const d = toDate(Number(c.A2))
    return toSerial(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 2, 1))) - 1
  },
  'networkdays-weekdays': (c) => {
    let n = 0
    for (let s = Number(c.A2); s <= Number(c.B2); s++) if (toDate(s).getUTCDay() % 6 !== 0) n++
    return n
  },
  // Whole months: the month difference, less one when the end day falls before the start day.
  'datedif-complete-months': (c) => {
    const [a, b] = [toDate(Number(c.A2)), toDate(Number(c.B2))]
    const months =
      (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth()
    return b.getUTCDate() < a.getUTCDate() ? months - 1 : months
  },
  'custom-formula-whole-row': (c, cell, stem) =>
    c[`D${rowOf(cell)}`] === /status is (\w+)\./.exec(stem)![1],
  'custom-formula-duplicates': (c, cell) =>
    column(c, 'A', 2, 9).filter((e) => e === c[`A${rowOf(cell)}`]).length > 1,
  'custom-formula-against-target-cell': (c, cell) => Number(c[cell]) > Number(c.F1),
}
