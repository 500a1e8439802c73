/**
 * Strict ISO 8601 instants as the spec writes them, `YYYY-MM-DDTHH:MM:SSZ`, to and from epoch
 * seconds. Hand-rolled rather than Date.parse because Date.parse accepts many other shapes
 * (local times, dates alone) that the spec refuses, and because a million rows are parsed.
 */
const ISO_LENGTH = 20

/** Epoch seconds of `text`, or NaN when it is not exactly `YYYY-MM-DDTHH:MM:SSZ` and valid. */
export function parseIsoSeconds(text: string): number {
  if (text.length !== ISO_LENGTH) return Number.NaN
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    text.charCodeAt(19) !== 90
  ) {
    return Number.NaN
  }
  const year = digits(text, 0, 4)
  const month = digits(text, 5, 2)
  const day = digits(text, 8, 2)
  const hour = digits(text, 11, 2)
  const minute = digits(text, 14, 2)
  const second = digits(text, 17, 2)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN
  return daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
}

/** `YYYY-MM-DDTHH:MM:SSZ` of whole epoch seconds. */
export function formatIsoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')
}

/** UTC calendar year of an instant in epoch seconds. */
export function utcYear(seconds: number): number {
  // Civil-from-days (proleptic Gregorian, 400-year eras), year part only.
  const z = Math.floor(seconds / 86_400) + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  return yoe + era * 400 + (mp >= 10 ? 1 : 0)
}

function digits(text: string, from: number, count: number): number {
  let value = 0
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48
    if (d < 0 || d > 9) return Number.NaN
    value = value * 10 + d
  }
  return value
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}
