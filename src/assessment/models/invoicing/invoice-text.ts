import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { amount } from '../bookkeeping/ledger-text.js'
import { currency } from '../finance/money.js'
import { MONTH_NAMES } from '../month-names.js'
import type { Scenario, Wrong } from '../scenario/scenario-model.js'
import {
  cap,
  distinctMistakes,
  type FamilyMaker,
  scenarioFamily,
} from '../scenario/scenario-text.js'

/**
 * An invoicing scenario; `facts` are the drawn inputs a date key follows from, stated again as
 * data so the key test can work the date out with its own calendar code.
 */
export interface BillScenario extends Scenario {
  readonly facts?: Readonly<Record<string, unknown>>
}

/** Small-business clients a freelance bookkeeper or virtual assistant invoices for. */
export const CLIENTS = [
  'a web design studio',
  'a plumbing firm',
  'a yoga teacher',
  'an IT support consultant',
  'a catering company',
  'a marketing agency',
  'a translation bureau',
  'a landscape gardener',
  'a physiotherapy clinic',
  'an architecture practice',
] as const

export const client = (rng: Rng) => rng.pick(CLIENTS)
export const Client = (rng: Rng) => cap(client(rng))

/** A named family. */
export const family: FamilyMaker<BillScenario> = scenarioFamily

/** A drawn amount in whole currency units between `low` and `high`, in cents. */
export const whole = (rng: Rng, low: number, high: number): number => rng.int(low, high) * 100
/** A drawn amount with cents between `low` and `high` units, in cents. */
export const odd = (rng: Rng, low: number, high: number): number => rng.int(low * 100, high * 100)

/** `cents × rate / 100` rounded half up to the cent; `rate` a percentage (dyadic: 8.875, 7.25). */
export const pct = (cents: number, rate: number): number => Math.round((cents * rate) / 100)

/** The stem's money formatter for one draw: one currency symbol for the whole case. */
export function purse(rng: Rng): (cents: number) => string {
  const symbol = currency(rng)
  return (cents) => `${cents < 0 ? '-' : ''}${symbol}${amount(Math.abs(cents))}`
}

/** US dollars, for the sales-tax cases, which are American. */
export const dollars = (cents: number): string =>
  `${cents < 0 ? '-' : ''}$${amount(Math.abs(cents))}`

/**
 * The scenario with exactly three wrong answers, drawn at random from those its named mistakes
 * give that differ from the key and from each other; a draw with fewer is refused.
 */
export function three(rng: Rng, s: BillScenario): BillScenario {
  return { ...s, wrong: rng.shuffle(distinctMistakes(s.key, s.wrong)).slice(0, 3) }
}

/**
 * A scenario whose answers are amounts: the key and each mistake's amount in cents, shown with
 * the draw's currency; `formula` over `cells` (amounts in currency units) works the key out
 * again as a spreadsheet would, for the key test: it evaluates to the number the key shows
 * (currency units for money, days or a percentage for the others). Non-positive mistaken
 * amounts are dropped.
 */
export function sum(
  rng: Rng,
  m: (cents: number) => string,
  spec: {
    stem: string
    key: number
    wrong: readonly (readonly [number, string])[]
    formula: string
    cells: Record<string, number>
  },
): BillScenario {
  if (!Number.isInteger(spec.key) || spec.key <= 0) throw new VariantError('a key out of range')
  const wrong: Wrong[] = spec.wrong
    .filter(([c]) => Number.isInteger(c) && c > 0)
    .map(([c, why]) => [m(c), why])
  return three(rng, {
    stem: spec.stem,
    key: m(spec.key),
    wrong,
    recompute: { cells: spec.cells, formula: spec.formula, shows: m(spec.key) },
  })
}

const DAY = 86_400_000

/** A UTC date as a day count since 1970, drawn in 2025–2027. */
export const drawDay = (rng: Rng): number =>
  Math.floor(Date.UTC(rng.int(2025, 2027), rng.int(0, 11), rng.int(1, 28)) / DAY)
/** A day count as `14 March 2026`. */
export function dated(day: number): string {
  const d = new Date(day * DAY)
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}
/** A day count as `Monday 14 March 2026`. */
export function weekdayDated(day: number): string {
  const d = new Date(day * DAY)
  const w = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
  return `${w[d.getUTCDay()]} ${dated(day)}`
}
export const dayOf = (y: number, m0: number, d: number): number =>
  Math.floor(Date.UTC(y, m0, d) / DAY)
export const parts = (day: number) => {
  const d = new Date(day * DAY)
  return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(), w: d.getUTCDay() }
}
/** Days in the month of a day count. */
export const monthLength = (day: number): number => {
  const { y, m } = parts(day)
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
}

/** Invoice numbers as a client's sequence writes them: a prefix and a zero-padded counter. */
export const invoiceNo = (prefix: string, n: number, width = 4) =>
  `${prefix}${String(n).padStart(width, '0')}`
export const PREFIXES = ['INV-', 'INV-2026-', 'SI-', 'A', 'F2026/', 'INV'] as const

/**
 * A scenario whose answers are dates (day counts), shown as `14 March 2026`; `facts` state the
 * drawn inputs again so the key test can work the key date out with its own calendar code.
 */
export function onDay(
  rng: Rng,
  spec: {
    stem: string
    key: number
    wrong: readonly (readonly [number, string])[]
    facts: Record<string, unknown>
  },
): BillScenario {
  return three(rng, {
    stem: spec.stem,
    key: dated(spec.key),
    wrong: spec.wrong.map(([d, why]) => [dated(d), why]),
    facts: spec.facts,
  })
}
