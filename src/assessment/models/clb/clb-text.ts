import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { amount } from '../bookkeeping/ledger-text.js'
import { addDays, showDate, weekday } from '../payables/ap-text.js'

export {
  type ApScenario as ContractScenario,
  addDays,
  family,
  showDate,
} from '../payables/ap-text.js'
export { cap } from '../scenario/scenario-text.js'

/*
 * Shared helpers for the contract law families: money in integer pence, calendar dates as ISO
 * strings and clock times as minutes, so that every drawn input can be recorded in `figures` and
 * worked again independently by the key test.
 */

/** The phrase each stem opens with, so no answer rests on an unstated jurisdiction. */
export const ENGLISH = 'Under English law,'

/** Pounds from pence: `£1,234.50`. */
export const gbp = (pence: number): string => {
  if (pence < 0) throw new VariantError('a sum of money below zero is no answer')
  return `£${amount(pence)}`
}

/** A drawn sum between `low` and `high` whole pounds in steps of `step` pounds, in pence. */
export const pounds = (rng: Rng, low: number, high: number, step = 1): number =>
  rng.int(Math.ceil(low / step), Math.floor(high / step)) * step * 100

/** `a × b ÷ c` rounded half up to the penny, exactly in BigInt (all positive). */
export function share(a: number, b: number, c: number): number {
  const n = BigInt(a) * BigInt(b)
  const d = BigInt(c)
  return Number((2n * n + d) / (2n * d))
}

/** A drawn working day (Monday to Friday) from 2026 to 2027, on days 1 to 28 of its month. */
export function workday(rng: Rng): string {
  for (;;) {
    const iso = addDays('2026-01-05', rng.int(0, 700))
    const day = Number(iso.slice(8))
    if (weekday(iso) > 0 && weekday(iso) < 6 && day <= 28) return iso
  }
}

/** A drawn date on days 1 to 28 of its month, from 2015 to 2022 (for limitation periods). */
export function pastDate(rng: Rng): string {
  const y = rng.int(2015, 2022)
  const m = rng.int(1, 12)
  const d = rng.int(1, 28)
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** The same day `years` later; a 29 February has no such day, and the draw is refused. */
export function addYears(iso: string, years: number): string {
  if (iso.slice(5) === '02-29') throw new VariantError('no anniversary of 29 February')
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`
}

/** The same day `months` later (or earlier); days after the 28th are refused, having no sure match. */
export function addMonths(iso: string, months: number): string {
  if (Number(iso.slice(8)) > 28) throw new VariantError('a month-end date has no sure same day')
  const m = Number(iso.slice(5, 7)) - 1 + months
  const yy = Number(iso.slice(0, 4)) + Math.floor(m / 12)
  const mm = (((m % 12) + 12) % 12) + 1
  return `${yy}-${String(mm).padStart(2, '0')}${iso.slice(7)}`
}

/** Whether `iso` is a Saturday or Sunday. */
export const weekend = (iso: string): boolean => weekday(iso) === 0 || weekday(iso) === 6

/** The `n`th working day (Monday to Friday) after `iso`. */
export function addWorkdays(iso: string, n: number): string {
  let d = iso
  for (let k = 0; k < n; ) {
    d = addDays(d, 1)
    if (!weekend(d)) k++
  }
  return d
}

/** A clock time from minutes after midnight: `14:05`. */
export const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** A moment as options show it: `14:05 on Friday 12 March 2027`. */
export const at = (iso: string, minutes: number): string => `${clock(minutes)} on ${showDate(iso)}`

/** The freelance trades whose contracts the scenarios draw on; invented clients. */
const TRADES = [
  'a freelance web developer',
  'a freelance photographer',
  'a freelance copywriter',
  'a freelance translator',
  'a freelance graphic designer',
  'a freelance video editor',
  'a freelance IT consultant',
] as const
/** The trades that fit a job the stem names (a website, a film), or any of them. */
export const trade = (rng: Rng, fits: readonly string[] = TRADES): string => rng.pick(fits)
export const TECH = ['a freelance web developer', 'a freelance IT consultant'] as const
export const FILM = ['a freelance photographer', 'a freelance video editor'] as const

const CLIENTS = [
  'Harrow Print Ltd',
  'Elmfield Events Ltd',
  'Calder Software Ltd',
  'Brockwell Foods Ltd',
  'Marsh Lane Studios Ltd',
  'Penrose Marketing Ltd',
  'Wexcombe Hotels Ltd',
] as const
export const company = (rng: Rng): string => rng.pick(CLIENTS)

/** A date shown in a stem or option. */
export const day = showDate
