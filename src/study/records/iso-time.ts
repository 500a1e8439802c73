import { isoSecondsAt } from './byte-fields.js'

/**
 * Epoch seconds of `text`, or NaN when it is not exactly `YYYY-MM-DDTHH:MM:SSZ` and a valid date
 * and time: the spec's instants. Hand-rolled rather than Date.parse, which accepts many other
 * shapes (local times, dates alone) that the spec refuses.
 *
 * @example
 * parseIsoSeconds('2015-01-01T00:00:00Z') // 1420070400
 */
export function parseIsoSeconds(text: string): number {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return Number.NaN
  return isoSecondsAt(Buffer.from(text, 'latin1'), 0, text.length)
}

/** Instants from 1970 up to the end of year 9999 have the plain four-digit-year form. */
export const LAST_PLAIN_SECOND = 253_402_300_799

/** `YYYY-MM-DDTHH:MM:SSZ` of whole epoch seconds. */
export function formatIsoSeconds(seconds: number): string {
  if (!(Number.isInteger(seconds) && seconds >= 0 && seconds <= LAST_PLAIN_SECOND)) {
    return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')
  }
  // Written from the digits rather than through Date: a panel has a million instants.
  const day = Math.floor(seconds / 86_400)
  const rest = seconds - day * 86_400
  const hour = Math.floor(rest / 3600)
  const minute = Math.floor((rest - hour * 3600) / 60)
  const second = rest - hour * 3600 - minute * 60
  return `${civilDate(day)}T${two(hour)}:${two(minute)}:${two(second)}Z`
}

/** `YYYY-MM-DD` of a day number since 1970-01-01 (proleptic Gregorian, 400-year eras). */
function civilDate(days: number): string {
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
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n)
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
