import type { Rng } from '../../rng.js'
import type { Scenario, Wrong } from '../scenario/scenario-model.js'
import {
  cap,
  distinctMistakes,
  type FamilyMaker,
  grouped,
  scenarioFamily,
} from '../scenario/scenario-text.js'

export { cash, drawn, figures, pct, type Slip, symbol } from '../scenario/scenario-text.js'

/**
 * A statement-analysis scenario. `calc` carries the drawn figures and, for every answer shown,
 * the slip (named mistake, or `key`) that produced it, so the key test can derive each answer
 * again from its own ledger; `rule` names the documented rule a conceptual item rests on, so the
 * key test can check its key, and no distractor, against a table citing that rule's source.
 */
export interface FsaScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly rule?: string
}

export const family: FamilyMaker<FsaScenario> = scenarioFamily

/** Companies whose statements a freelance analyst is hired to read. */
const COMPANIES = [
  'a regional bakery chain',
  'a software reseller',
  'a family-owned machine shop',
  'a listed furniture retailer',
  'a logistics start-up',
  'a dental clinic group',
  'a wholesale wine importer',
  'a contract cleaning firm',
  'a mid-sized printing company',
  'an outdoor gear brand',
  'a private hospital operator',
  'a building materials distributor',
] as const
export const company = (rng: Rng): string => rng.pick(COMPANIES)
export const Company = (rng: Rng): string => cap(company(rng))

/** Money in thousands as the statements print it: `$12,400k`. */
export const thousands =
  (symbol: string) =>
  (v: number): string =>
    `${v < 0 ? '-' : ''}${symbol}${grouped(Math.abs(v), 0)}k`
/** A ratio to `dp` places with a unit: `1.45x`, `38.2 days`. */
export const times =
  (dp = 2) =>
  (v: number): string =>
    `${grouped(v, dp)}x`
export const days =
  (dp = 1) =>
  (v: number): string =>
    `${grouped(v, dp)} days`

/**
 * An item whose answers are statements resting on a documented rule: every named mistake
 * distinct from the key, for the model to pick three; `rule` names the cited rule.
 */
export function statements(
  rng: Rng,
  rule: string,
  spec: { stem: string; key: string; wrong: readonly Wrong[] },
): FsaScenario {
  const distinct = distinctMistakes(spec.key, spec.wrong)
  return { stem: spec.stem, key: spec.key, wrong: rng.shuffle(distinct), rule }
}
