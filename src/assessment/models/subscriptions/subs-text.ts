import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  cap,
  cash,
  type FamilyMaker,
  figures,
  grouped,
  pct,
  type Slip,
  scenarioFamily,
  symbol,
  type Tagged,
} from '../scenario/scenario-text.js'

/*
 * Subscription-metrics scenarios. Every family's draw keeps its inputs in `calc.in` and tags each
 * answer shown with the slip that gives it (`key` or a named mistake), so the key test can replay
 * the inputs its own way (an event ledger, a month-by-month loop, a day-by-day schedule) and
 * check every option against the slip it claims. Figures are computed in floating point and only
 * rounded when shown: money to the cent, rates to two decimals of a percent unless a stem says
 * otherwise.
 */

/** The drawn inputs of a case: figures, and lists of figures (one per customer or month). */
export type SubsIn = Readonly<Record<string, number | readonly number[]>>
export type SubsScenario = Tagged<SubsIn>
export type { Slip }

/** A family whose draws carry their inputs and slips, for the key test. */
export interface SubsFamily extends ScenarioFamily {
  draw(rng: Rng): SubsScenario
}

export const family: FamilyMaker<SubsScenario, SubsFamily> = scenarioFamily

/** The companies a freelance revenue or growth analyst reports for, as `[what it is, name]`; all invented. */
const COMPANIES = [
  ['bookkeeping app', 'Tallyfox'],
  ['scheduling tool', 'Pinemark'],
  ['newsletter platform', 'Quillwave'],
  ['fleet-tracking service', 'Harbourline'],
  ['survey tool', 'Mosswell'],
  ['design-asset library', 'Brightkiln'],
  ['help-desk product', 'Lanternly'],
  ['project tracker', 'Orbitta'],
  ['payroll add-on', 'Cobaltry'],
  ['meal-kit subscription', 'Fernhollow'],
] as const
/** The client, as a stem names it inside a sentence: `the bookkeeping app Tallyfox`. */
export const company = (rng: Rng): string => {
  const [what, name] = rng.pick(COMPANIES)
  return `the ${what} ${name}`
}
/** The client at the start of a sentence: `The bookkeeping app Tallyfox`. */
export const Company = (rng: Rng): string => cap(company(rng))

/** One draw's money formatter: a currency symbol for the whole case, to the cent. */
export const purse = (rng: Rng): ((v: number) => string) => cash(symbol(rng), 2)
/** A money figure in the stem, in whole units: `$12,400`. */
export const whole = (m: (v: number) => string) => (v: number) => m(v).replace(/\.00$/, '')

/** A rate as a percentage to two decimals: 0.04321 → `4.32%`. */
export const rate = pct(2)
/** A rate to one decimal, for the stems: 0.035 → `3.5%`. */
export const rate1 = pct(1)
/** Months to one decimal: `14.3 months`. */
export const months = (v: number): string => `${grouped(v, 1)} months`
/** A ratio to two decimals: `3.25`. */
export const ratio = (v: number): string => grouped(v, 2)
/** A whole count: `1,204`. */
export const count = (v: number): string => grouped(v, 0)

/** Sums a list. */
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

export { figures }
