import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { figures, grouped, type Slip, worked } from '../scenario/scenario-text.js'

export { cap, drawn, grouped } from '../scenario/scenario-text.js'

/**
 * A human-resources scenario. `calc` carries the drawn inputs (money in integer cents, rates in
 * basis points, durations in whole days, hours or minutes) and, for every answer shown, the slip
 * (named mistake, or `key`) that gives it, so the key test can work each answer out again its
 * own way. Rule families (what the stated law or standard requires) carry no `calc`: the key
 * test holds each one's rule and its source.
 */
export interface HrmScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number>>
    readonly slips: Readonly<Record<string, string>>
  }
}

export const family = (id: string, draw: (rng: Rng) => HrmScenario): ScenarioFamily => ({
  id,
  draw,
})

/** A figure answer: every slip's value shown as the key is, tagged with its slip. */
export const figure = (
  rng: Rng,
  show: (v: number) => string,
  spec: { stem: string; in: Record<string, number>; key: number; wrong: readonly Slip[] },
): HrmScenario => figures(rng, show, spec)

/** A text answer (a date, a name): each slip's text tagged with its slip. */
export const texts = (
  rng: Rng,
  spec: {
    stem: string
    in: Record<string, number>
    key: string
    wrong: readonly Slip<string>[]
  },
): HrmScenario => worked(rng, spec)

const n = grouped

/** Integer cents with a currency symbol: 123456 → `$1,234.56`. */
export const money =
  (symbol: string) =>
  (cents: number): string =>
    `${cents < 0 ? '-' : ''}${symbol}${n(Math.abs(Math.round(cents)) / 100, 2)}`
/** A fraction as a percentage: 0.1234 → `12.3%` (dp 1). */
export const pct =
  (dp = 1) =>
  (v: number): string =>
    `${n(v * 100, dp)}%`
/** A number with a unit: `16.8 days`. */
export const unit =
  (word: string, dp = 0) =>
  (v: number): string =>
    `${n(v, dp)} ${v === 1 && dp === 0 && word.endsWith('s') ? word.slice(0, -1) : word}`
/** A plain number. */
export const plain =
  (dp = 2) =>
  (v: number): string =>
    n(v, dp)

/** `a × b ÷ c` rounded half up, for amounts in cents (all non-negative). */
export const mulDiv = (a: number, b: number, c: number): number => Math.round((a * b) / c)

/** A basis-point rate as a percentage as a client writes it: 350 → `3.5%`. */
export const bp = (b: number): string => `${+(b / 100).toFixed(2)}%`

// ---- Dates (UTC, 2026 and 2027), for notice periods, deadlines and retention.

const DAY = 86400000
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS =
  'January February March April May June July August September October November December'.split(' ')
export const day = (y: number, m: number, d: number): number => Date.UTC(y, m, d)
export const addDays = (ms: number, k: number): number => ms + k * DAY
export const weekday = (ms: number): number => new Date(ms).getUTCDay()
/** `Monday, March 2, 2026`. */
export const long = (ms: number): string => {
  const d = new Date(ms)
  return `${DAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
}
/** `2 March 2026`, as UK letters write dates. */
export const ukDate = (ms: number): string => {
  const d = new Date(ms)
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}
/** `Monday 2 March 2026`, as UK letters write dates with the weekday. */
export const ukLong = (ms: number): string => `${DAYS[new Date(ms).getUTCDay()]} ${ukDate(ms)}`
/** The date `k` years later (February 29 falls to March 1). */
export const addYears = (ms: number, k: number): number => {
  const d = new Date(ms)
  return Date.UTC(d.getUTCFullYear() + k, d.getUTCMonth(), d.getUTCDate())
}
/** `k` working days (Monday to Friday) after `ms`. */
export const addWorkdays = (ms: number, k: number): number => {
  let t = ms
  for (let left = k; left > 0; ) {
    t += DAY
    const w = weekday(t)
    if (w !== 0 && w !== 6) left--
  }
  return t
}
/** Whole days from `a` to `b`. */
export const daysBetween = (a: number, b: number): number => Math.round((b - a) / DAY)

/**
 * A rule the HR practitioner applies, in several wordings: stems, the key's true wordings and
 * every named mistake. Stems of law-based rules name the jurisdiction and the statute or section.
 */
export interface Practice {
  readonly id: string
  readonly stems: readonly string[]
  readonly keys: readonly string[]
  readonly wrong: readonly Wrong[]
}

/** The first wording of each mistake. */
const oneWordingEach = (wrong: readonly Wrong[]): Wrong[] => {
  const seen = new Set<string>()
  return wrong.filter(([, mistake]) => !seen.has(mistake) && seen.add(mistake))
}

export const practiceFamily = (p: Practice): ScenarioFamily => ({
  id: p.id,
  draw: (rng) => ({
    stem: `${rng.pick(OPENINGS)} ${rng.pick(p.stems)}`,
    key: rng.pick(p.keys),
    // Wordings of one mistake are alternatives: an item shows at most one of them.
    wrong: rng.shuffle(oneWordingEach(rng.shuffle(p.wrong))),
  }),
})

const OPENINGS = [
  'You are the freelance HR adviser of a small employer.',
  'A twelve-person firm has you as its outsourced HR generalist.',
  'You advise a family-owned business on HR matters.',
  'A start-up retains you as its part-time HR consultant.',
  'You handle HR for a small charity on a freelance basis.',
  'A local clinic uses you as its HR consultant.',
] as const

const EMPLOYERS = [
  'a dental practice',
  'a software studio',
  'a bakery chain',
  'a landscaping firm',
  'a small charity',
  'a veterinary clinic',
  'a print shop',
  'an architecture office',
  'a boutique hotel',
  'a logistics start-up',
] as const
export const employer = (rng: Rng): string => rng.pick(EMPLOYERS)

const PEOPLE = [
  'Ana',
  'Marcus',
  'Priya',
  'Diego',
  'Hannah',
  'Kwame',
  'Lena',
  'Tomás',
  'Yusuf',
  'Grace',
] as const
export const person = (rng: Rng): string => rng.pick(PEOPLE)
/** `k` distinct people. */
export const people = (rng: Rng, k: number): string[] => rng.shuffle(PEOPLE).slice(0, k)

export const symbol = (rng: Rng): string => rng.pick(['$', '€', '£'])

export type { Slip }
