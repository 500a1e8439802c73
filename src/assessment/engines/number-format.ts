import type { NumberFormat } from '../task.js'

/**
 * Renders a computed number the way options show it: fixed decimals with thousands separators
 * (`$1,234.50`), a percentage, or plain text.
 *
 * @example formatNumber(1234.5, { kind: 'fixed', decimals: 2, prefix: '$' }) // '$1,234.50'
 */
export function formatNumber(value: number | string | boolean, format: NumberFormat): string {
  switch (format.kind) {
    case 'text':
      if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
      // Spreadsheets display 15 significant digits, which hides binary noise such as 0.1 + 0.2.
      return typeof value === 'number' ? String(Number(value.toPrecision(15))) : value
    case 'fixed':
      return `${sign(value)}${format.prefix ?? ''}${grouped(Math.abs(Number(value)), format.decimals)}${format.suffix ?? ''}`
    case 'percent':
      return `${sign(value)}${grouped(Math.abs(Number(value)) * 100, format.decimals)}%`
  }
}

function sign(value: number | string | boolean): string {
  return Number(value) < 0 && grouped(Math.abs(Number(value)), 6) !== '0.000000' ? '−' : ''
}

const formatters = new Map<number, Intl.NumberFormat>()

/** `1234.5` → `1,234.50`; one ICU formatter per number of decimals, built once. */
export function grouped(value: number, decimals: number): string {
  let formatter = formatters.get(decimals)
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    })
    formatters.set(decimals, formatter)
  }
  return formatter.format(value)
}
