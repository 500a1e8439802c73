// How the dashboard writes the study's numbers: a true minus sign, signs on changes, and as many
// digits as a reader can use.

const MINUS = '\u2212'

function signed(text: string): string {
  return text.startsWith('-') ? `${MINUS}${text.slice(1)}` : text
}

/** A coefficient or an axis value: four significant digits, no exponent for everyday sizes. */
export function formatEstimate(value: number): string {
  if (value === 0) return '0'
  const abs = Math.abs(value)
  const text =
    abs >= 1e-3 && abs < 1e6
      ? Number(value.toPrecision(4)).toLocaleString('en-US', { maximumFractionDigits: 6 })
      : value.toExponential(2)
  return signed(text)
}

/** A change in percent with its sign: `+9.7 %`, `−36.1 %`. */
export function formatChange(pct: number, digits = 1): string {
  const text = pct.toFixed(digits)
  return `${pct >= 0 ? '+' : ''}${signed(text)} %`
}

export function formatPeriod(k: number): string {
  return signed(String(k))
}

/** A p-value as papers write it. */
export function formatP(p: number | null): string {
  if (p === null) return 'not estimable'
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}

export function formatDollars(amount: number): string {
  return `${amount < 0 ? MINUS : ''}$${Math.abs(amount).toFixed(2)}`
}
