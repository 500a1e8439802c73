/**
 * Rounds half away from zero at `digits` decimals, on the decimal digits as written rather than
 * the binary double: ROUND(2.675, 2) is 2.68 in spreadsheets although 2.675 is stored as
 * 2.67499999…; shifting through the exponent notation keeps the written digits.
 *
 * @example excelRound(2.675, 2) // 2.68
 */
export function excelRound(
  value: number,
  digits: number,
  mode: 'half' | 'up' | 'down' = 'half',
): number {
  if (!Number.isFinite(value)) return value
  const sign = value < 0 ? -1 : 1
  const [mantissa, exponent = '0'] = shortest(Math.abs(value)).split('e')
  const shifted = Number(`${mantissa}e${Number(exponent) + digits}`)
  const nearlyInteger = Math.abs(shifted - Math.round(shifted)) < 1e-9
  let whole: number
  switch (mode) {
    case 'half':
      whole = Math.round(shifted)
      break
    case 'up':
      whole = nearlyInteger ? Math.round(shifted) : Math.ceil(shifted)
      break
    case 'down':
      whole = nearlyInteger ? Math.round(shifted) : Math.floor(shifted)
      break
  }
  return sign * Number(`${whole}e${-digits}`)
}

// Spreadsheets show and round at 15 significant digits; this drops binary noise such as
// 0.1 + 0.2 = 0.30000000000000004 before rounding.
function shortest(value: number): string {
  return Number(value.toPrecision(15)).toString()
}
