import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { distinctMistakes, type FamilyMaker, scenarioFamily } from '../scenario/scenario-text.js'

export { cap } from '../scenario/scenario-text.js'

/**
 * A data-protection scenario. `facts` repeat the drawn inputs a key follows from (dates, times,
 * turnover, ages) and the article the stem names, so the key test can work the answer out again
 * with its own calendar and its own table of articles.
 */
export interface GdprScenario extends Scenario {
  readonly facts: Readonly<{ article: string } & Record<string, unknown>>
}

/** A family whose draws carry the facts their key follows from. */
export interface GdprFamily extends ScenarioFamily {
  draw(rng: Rng): GdprScenario
}

/** A named family. */
export const family: FamilyMaker<GdprScenario, GdprFamily> = scenarioFamily

/** Small businesses and platforms a freelance privacy consultant advises. */
export const CLIENTS = [
  'an online bicycle shop',
  'a dental clinic',
  'a yoga studio',
  'a recruitment agency',
  'a language school',
  'a handmade-goods marketplace',
  'a chain of three gyms',
  'a small accountancy firm',
  'a wedding photographer',
  'a meal-kit delivery start-up',
  'a coworking space',
  'a pet-grooming salon',
] as const

export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** Data subjects' first names, for requests and complaints. */
export const PEOPLE = [
  'Ana',
  'Jonas',
  'Marta',
  'Pieter',
  'Sofia',
  'Luca',
  'Ines',
  'Tomasz',
  'Elena',
  'Mikkel',
] as const

/** EU member states, for where a client is established. */
export const STATES = [
  'Ireland',
  'the Netherlands',
  'Germany',
  'France',
  'Spain',
  'Italy',
  'Poland',
  'Sweden',
  'Belgium',
  'Portugal',
] as const

/**
 * The scenario with three wrong answers drawn from the family's named mistakes (which differ
 * from the key and from each other), so the option set, and which side of the key its lengths
 * fall, varies from draw to draw.
 */
export function choose(
  rng: Rng,
  spec: {
    stem: string
    key: string
    wrong: readonly Wrong[]
    facts: GdprScenario['facts']
  },
): GdprScenario {
  const distinct = distinctMistakes(spec.key, spec.wrong)
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: rng.shuffle(distinct).slice(0, 3),
    facts: spec.facts,
  }
}

const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const
const DAY = 86_400_000

/** A calendar date in 2025–2027 as a day count since 1970. */
export const drawDay = (rng: Rng): number =>
  Math.floor(Date.UTC(rng.int(2025, 2027), rng.int(0, 11), rng.int(1, 31)) / DAY)

/**
 * Whether a period may end on that day as Regulation 1182/71, Art. 3(4), reads it: not on a
 * Saturday or Sunday, and not on 1 January, 1 May, 25 or 26 December, holidays across the EU.
 * A period that would end on such a day runs to the next working day, which a stem that counts
 * months to the same date does not state, so month deadlines are drawn to avoid them.
 */
export function periodMayEnd(day: number): boolean {
  const { m, d, w } = ymd(day)
  if (w === 0 || w === 6) return false
  return !((m === 0 && d === 1) || (m === 4 && d === 1) || (m === 11 && (d === 25 || d === 26)))
}

/** A drawn date whose deadline (`due` of it) may end on that day, by `periodMayEnd`. */
export function drawDayDue(rng: Rng, due: (day: number) => number): number {
  for (;;) {
    const day = drawDay(rng)
    if (periodMayEnd(due(day))) return day
  }
}

const ymd = (day: number) => {
  const d = new Date(day * DAY)
  return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(), w: d.getUTCDay() }
}

/** A day count as `14 March 2026`. */
export function dated(day: number): string {
  const { y, m, d } = ymd(day)
  return `${d} ${MONTH_NAMES[m]} ${y}`
}

/** A day count as `Monday 14 March 2026`. */
export const weekdayDated = (day: number): string => `${WEEKDAYS[ymd(day).w]} ${dated(day)}`

export const weekday = (day: number): number => ymd(day).w

/**
 * `months` calendar months after a date, the way Regulation 1182/71 counts a period in months
 * and the EDPB reads Article 12(3): the same date in the later month, or that month's last day
 * when it has no such date (31 January + one month = 28 or 29 February).
 */
export function addMonths(day: number, months: number): number {
  const { y, m, d } = ymd(day)
  const last = new Date(Date.UTC(y, m + months + 1, 0)).getUTCDate()
  return Math.floor(Date.UTC(y, m + months, Math.min(d, last)) / DAY)
}

/** Working days (Monday to Friday) after a date. */
export function addWorkingDays(day: number, n: number): number {
  let out = day
  for (let left = n; left > 0; ) {
    out++
    if (![0, 6].includes(ymd(out).w)) left--
  }
  return out
}

/** A moment as whole hours since 1970, in UTC. */
export const drawHour = (rng: Rng): number =>
  Math.floor(Date.UTC(rng.int(2025, 2027), rng.int(0, 11), rng.int(1, 28)) / 3_600_000) +
  rng.int(7, 19)

/** An hour count as `Tuesday 14 March 2026, 15:00 UTC` (UTC has no clock change to count over). */
export function atHour(hour: number): string {
  const day = Math.floor(hour / 24)
  return `${weekdayDated(day)}, ${String(hour % 24).padStart(2, '0')}:00 UTC`
}

/** Whole euros as `EUR 12,500,000`. */
export const euros = (n: number): string => `EUR ${n.toLocaleString('en-GB')}`
