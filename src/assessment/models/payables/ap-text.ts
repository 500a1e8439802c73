import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { amount, purse } from '../bookkeeping/ledger-text.js'
import { MONTH_NAMES } from '../month-names.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

export { amount, cr, dr, entry, pair, purse, share, units } from '../bookkeeping/ledger-text.js'

/**
 * An accounts-payable scenario. `figures` holds what the draw chose (amounts in integer cents,
 * rates in basis points, dates as ISO strings) so the key test can work every option again with
 * its own arithmetic and calendar; families whose key is a rule from a table leave it out.
 */
export interface ApScenario extends Scenario {
  readonly figures?: Readonly<Record<string, number | string>>
  /** Every named mistake the family declared for this draw, in its order, duplicates included. */
  readonly declared?: readonly Wrong[]
}

export type { Wrong }

/**
 * A family whose draw declares its named mistakes (usually four to six); the case keeps those
 * that differ from the key and from each other, and the item shows the three that give the key
 * away least (the assembler's choice), so no length or likeness cue follows the key.
 */
export const family = (id: string, draw: (rng: Rng) => ApScenario): ScenarioFamily => ({
  id,
  draw: (rng) => {
    const s = draw(rng)
    const seen = new Set([s.key])
    const distinct = s.wrong.filter(([text]) => !seen.has(text) && seen.add(text))
    if (distinct.length < 3) throw new VariantError(`${id}: fewer than three distinct mistakes`)
    return { ...s, wrong: distinct, declared: s.wrong }
  },
})

/** Supplier names an AP clerk meets; all invented. */
const VENDORS = [
  'Northwind Supplies',
  'Blue Harbor Logistics',
  'Kestrel Office Ltd',
  'Alder Print Co',
  'Meridian Packaging',
  'Corvid Cleaning Services',
  'Tamarind Foods',
  'Ironbridge Hardware',
  'Lumen Electrical',
  'Pinecrest IT Services',
  'Saltmarsh Timber',
  'Oriel Lab Supplies',
] as const
export const vendor = (rng: Rng): string => rng.pick(VENDORS)

/** The businesses a freelance AP clerk keeps the payables of. */
const CLIENTS = [
  'a dental practice',
  'a craft brewery',
  'a small hotel',
  'an architecture studio',
  'a garden centre',
  'a software consultancy',
  'a bakery',
  'a physiotherapy clinic',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** A money formatter for one draw, `€1,234.50`: one currency symbol for the whole case. */
export const money = purse

/** A percentage from basis points to two places: 250 → `2.50%`. */
export const bp = (basisPoints: number): string => `${amount(basisPoints)}%`

const DAY = 86_400_000
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** The ISO date `days` after `iso` (negative: before), on the proleptic Gregorian calendar. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

/** Days from `from` to `to`, positive when `to` is later. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)

/** 0 for Sunday … 6 for Saturday. */
export const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay()

/** The last day of the month `iso` falls in. */
export function monthEnd(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10)
}

/** A date as an option or stem shows it: `Friday 12 March 2027`. */
export function showDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${WEEKDAYS[weekday(iso)]} ${d} ${MONTH_NAMES[m! - 1]} ${y}`
}

/** A drawn date in 2026 or 2027; `weekdayOnly` keeps it Monday to Friday. */
export function drawDate(rng: Rng, weekdayOnly = false): string {
  for (;;) {
    const iso = addDays('2026-01-01', rng.int(0, 720))
    if (!weekdayOnly || (weekday(iso) > 0 && weekday(iso) < 6)) return iso
  }
}
