/**
 * A formula as a spreadsheet rewrites it when it is copied `rows` down and `cols` across: each
 * reference part without a `$` moves, each with one stays. Written for stems that ask what a
 * copied formula becomes; string literals are left alone.
 *
 * @example copyFormula('=$A5*B$1', 3, 2) // '=$A8*D$1'
 */
export function copyFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(
    /("(?:[^"]|"")*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Z0-9_(])/g,
    (whole, text: string | undefined, colAbs: string, col: string, rowAbs: string, row: string) => {
      if (text !== undefined) return whole
      const c = colAbs ? col : columnName(columnNumber(col) + cols)
      const r = rowAbs ? row : String(Number(row) + rows)
      return `${colAbs}${c}${rowAbs}${r}`
    },
  )
}

function columnNumber(name: string): number {
  return [...name].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
}

function columnName(n: number): string {
  let out = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) {
    out = String.fromCharCode(65 + ((k - 1) % 26)) + out
  }
  return out
}
