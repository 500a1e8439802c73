/** Decimals of coefficients and standard errors in the tables, as economics journals print them. */
export const TABLE_DECIMALS = 3

/** Significant digits shown for a non-zero number that would print as 0.000. */
export const SMALL_SIGNIFICANT_DIGITS = 2

/** Decimals of R² in the tables. */
export const R2_DECIMALS = 3

const MINUS = '\u2212'

/**
 * What a statistic that a small sample leaves undefined prints as: an adjusted R² with as many
 * parameters as observations is NaN or infinite, and `null` once the estimates went through JSON.
 */
export const UNDEFINED_STATISTIC = '—'

function defined(value: number | null): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/**
 * A coefficient or standard error for a table: three decimals, two significant digits when three
 * decimals would show a non-zero number as zero, a true minus sign.
 *
 * @example
 * formatEstimate(-0.1234) // '−0.123'
 * formatEstimate(0.00042) // '0.00042'
 */
export function formatEstimate(value: number | null): string {
  if (!defined(value)) return UNDEFINED_STATISTIC
  let text = value.toFixed(TABLE_DECIMALS)
  if (value !== 0 && Number(text) === 0) {
    text = Number(value.toPrecision(SMALL_SIGNIFICANT_DIGITS)).toFixed(
      Math.min(20, SMALL_SIGNIFICANT_DIGITS - 1 - Math.floor(Math.log10(Math.abs(value)))),
    )
  }
  return withMinus(text)
}

/**
 * A count with thousands separators: 46791 → '46,791'.
 *
 * @example
 * formatCount(46791) // '46,791'
 */
export function formatCount(value: number | null): string {
  if (!defined(value)) return UNDEFINED_STATISTIC
  return value.toLocaleString('en-US', { maximumFractionDigits: 0 })
}

/**
 * A number with fixed decimals and a true minus sign.
 *
 * @example
 * formatFixed(-0.5, 2) // '−0.50'
 */
export function formatFixed(value: number | null, decimals: number): string {
  if (!defined(value)) return UNDEFINED_STATISTIC
  return withMinus(
    value.toLocaleString('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }),
  )
}

function withMinus(text: string): string {
  return text.startsWith('-') ? `${MINUS}${text.slice(1)}` : text
}
