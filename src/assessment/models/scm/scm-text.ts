import type { Rng } from '../../rng.js'
import type { Scenario, Wrong } from '../scenario/scenario-model.js'
import {
  cap,
  distinctMistakes,
  type FamilyMaker,
  scenarioFamily,
} from '../scenario/scenario-text.js'

export {
  cash,
  drawn,
  figures,
  pct,
  plain,
  qty,
  type Slip,
  symbol,
  worked,
} from '../scenario/scenario-text.js'

/**
 * A supply-chain scenario. `calc` carries the drawn inputs and, for every answer shown, the slip
 * (named mistake, or `key`) that produced it, so the key test can work each answer out again with
 * its own arithmetic. `inco` names the Incoterms rule and the point or party each answer states,
 * so the key test can check them against its own table of the ICC Incoterms 2020 rules.
 */
export interface ScmScenario extends Scenario {
  readonly calc?: {
    readonly in: Readonly<Record<string, number>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly inco?: {
    readonly rule: string
    readonly ask: string
    readonly answers: Readonly<Record<string, string>>
  }
}

export const family: FamilyMaker<ScmScenario> = scenarioFamily

/** Businesses a freelance operations analyst or purchasing assistant works for. */
const CLIENTS = [
  'an online homeware shop',
  'a bicycle parts distributor',
  'a specialty coffee wholesaler',
  'a cosmetics brand',
  'a pet food retailer',
  'a spare-parts warehouse',
  'a garden centre chain',
  'a small electronics importer',
  'a craft brewery',
  'a medical supplies distributor',
  'a furniture maker',
  'a stationery wholesaler',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const Client = (rng: Rng): string => cap(client(rng))

const ITEMS = [
  'printer cartridges',
  'bike chains',
  'coffee filters',
  'LED bulbs',
  'cable ties',
  'hand cream tubes',
  'dog harnesses',
  'notebooks',
  'brake pads',
  'glass jars',
  'phone cases',
  'garden hoses',
] as const
export const item = (rng: Rng): string => rng.pick(ITEMS)

/** An item whose answers are statements: every named mistake distinct from the key, for the model to pick three. */
export function statements(
  rng: Rng,
  spec: { stem: string; key: string; wrong: readonly Wrong[] },
  extra: Pick<ScmScenario, 'inco' | 'calc'> = {},
): ScmScenario {
  const distinct = distinctMistakes(spec.key, spec.wrong)
  return { stem: spec.stem, key: spec.key, wrong: rng.shuffle(distinct), ...extra }
}

/**
 * Standard normal quantiles to two places as a z table prints them, for the cycle service levels
 * the stems use (each stem states the z it wants); the key test checks them against a library.
 */
export const Z_TABLE = [
  [0.8, 0.84],
  [0.85, 1.04],
  [0.9, 1.28],
  [0.975, 1.96],
  [0.98, 2.05],
  [0.99, 2.33],
  [0.995, 2.58],
] as const

/** Harris's economic order quantity, sqrt(2DS/H). */
export const eoq = (d: number, s: number, h: number): number => Math.sqrt((2 * d * s) / h)
/** A service level as the stems write it: 0.975 → `97.5%`. */
export const pcText = (p: number): string => `${+(p * 100).toFixed(1)}%`
