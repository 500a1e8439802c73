import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import { type ScmScenario, statements } from './scm-text.js'

/**
 * The eleven Incoterms 2020 rules as the ICC publishes them (Incoterms® 2020, ICC publication
 * 723E; the A2/B2 delivery and risk articles, A4/B4 carriage, A5 insurance, A6/B6 unloading and
 * A7/B7 export and import clearance), reduced to what the items ask: where risk passes, who
 * contracts and pays for the main carriage, the seller's insurance duty, who clears export and
 * import, and who unloads at the named destination.
 */
export type Point = 'premises' | 'carrier' | 'alongside' | 'onBoard' | 'arrived' | 'unloaded'
export type Party = 'seller' | 'buyer'

export interface Rule {
  readonly risk: Point
  readonly carriage: Party
  readonly insurance: 'none' | 'C' | 'A'
  readonly exportBy: Party
  readonly importBy: Party
  /** Who unloads at the named destination (the D rules); the buyer under all others. */
  readonly unloads: Party
  readonly seaOnly: boolean
}

const rule = (
  risk: Point,
  carriage: Party,
  insurance: Rule['insurance'],
  exportBy: Party,
  importBy: Party,
  unloads: Party,
  seaOnly: boolean,
): Rule => ({ risk, carriage, insurance, exportBy, importBy, unloads, seaOnly })

export const RULES = {
  EXW: rule('premises', 'buyer', 'none', 'buyer', 'buyer', 'buyer', false),
  FCA: rule('carrier', 'buyer', 'none', 'seller', 'buyer', 'buyer', false),
  CPT: rule('carrier', 'seller', 'none', 'seller', 'buyer', 'buyer', false),
  CIP: rule('carrier', 'seller', 'A', 'seller', 'buyer', 'buyer', false),
  DAP: rule('arrived', 'seller', 'none', 'seller', 'buyer', 'buyer', false),
  DPU: rule('unloaded', 'seller', 'none', 'seller', 'buyer', 'seller', false),
  DDP: rule('arrived', 'seller', 'none', 'seller', 'seller', 'buyer', false),
  FAS: rule('alongside', 'buyer', 'none', 'seller', 'buyer', 'buyer', true),
  FOB: rule('onBoard', 'buyer', 'none', 'seller', 'buyer', 'buyer', true),
  CFR: rule('onBoard', 'seller', 'none', 'seller', 'buyer', 'buyer', true),
  CIF: rule('onBoard', 'seller', 'C', 'seller', 'buyer', 'buyer', true),
} as const satisfies Record<string, Rule>
export type RuleName = keyof typeof RULES
export const RULE_NAMES = Object.keys(RULES) as RuleName[]

/** Each risk point as an answer states it. */
export const POINT_TEXT: Record<Point, string> = {
  premises:
    'When the goods are placed at the buyer’s disposal at the seller’s premises, not loaded',
  carrier: 'When the goods are handed over to the carrier at the agreed place of delivery',
  alongside: 'When the goods are placed alongside the vessel at the port of shipment',
  onBoard: 'When the goods are placed on board the vessel at the port of shipment',
  arrived: 'When the goods are ready for unloading at the named place of destination',
  unloaded: 'When the goods have been unloaded at the named place of destination',
}

/** The rules that use each point, for naming the mistake of taking that point. */
export const POINT_RULES: Record<Point, string> = {
  premises: 'applies EXW’s delivery at the seller’s premises',
  carrier: 'applies the hand-over to the carrier of FCA, CPT and CIP',
  alongside: 'applies FAS’s delivery alongside the ship',
  onBoard: 'applies the on-board delivery of FOB, CFR and CIF',
  arrived: 'applies the delivery of DAP and DDP, ready for unloading at destination',
  unloaded: 'applies DPU’s delivery after unloading',
}

/** An Incoterms item: the answers are tagged `answers[text] = id` for the key test. */
export function inco(
  rng: Rng,
  rule: RuleName,
  ask: string,
  stem: string,
  key: readonly [text: string, id: string],
  wrong: readonly (readonly [text: string, id: string, mistake: string])[],
): ScmScenario {
  const answers = Object.fromEntries([key, ...wrong.map(([t, id]) => [t, id] as const)])
  const s = statements(rng, {
    stem,
    key: key[0],
    wrong: wrong.map(([t, , m]): Wrong => [t, m]),
  })
  const shown = [s.key, ...s.wrong.map(([t]) => t)]
  return {
    ...s,
    inco: { rule, ask, answers: Object.fromEntries(shown.map((t) => [t, answers[t]!])) },
  }
}
