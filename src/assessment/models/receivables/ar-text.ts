import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type ApScenario, family as ledgerFamily } from '../payables/ap-text.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'

export {
  type ApScenario as ArScenario,
  addDays,
  bp,
  cr,
  daysBetween,
  dr,
  drawDate,
  entry,
  money,
  monthEnd,
  share,
  showDate,
  weekday,
} from '../payables/ap-text.js'

/*
 * Accounts-receivable scenarios. Every family's draw returns `figures` (amounts in integer cents,
 * rates in basis points, dates as ISO strings) so the key test can work the key and every named
 * mistake again with its own arithmetic; amounts are rounded half away from zero to the cent.
 */

/** An answer below zero, such as `£-609.74` or `-5.18%`: an amount or share no learner gives. */
const NEGATIVE_ANSWER = /^-\d|[€$£]-\d/

/**
 * A receivables family: the ledger family's draw, with a named mistake whose answer in this draw
 * would be a negative amount or share left out of the options (a balance, expense, total or
 * percentage that comes out below zero is one a learner crosses out, not one they give).
 * `declared` keeps every mistake, so the key test still works each one again.
 */
export const family = (id: string, draw: (rng: Rng) => ApScenario): ScenarioFamily => {
  const inner = ledgerFamily(id, draw)
  return {
    id,
    draw: (rng) => {
      const s = inner.draw(rng) as ApScenario
      const wrong = s.wrong.filter(([text]) => !NEGATIVE_ANSWER.test(text))
      if (wrong.length < 3) throw new VariantError(`${id}: fewer than three mistakes above zero`)
      return { ...s, wrong }
    },
  }
}

/** Customers a freelance AR clerk chases; all invented. */
const CUSTOMERS = [
  'Harbourside Cafe',
  'Gildon Engineering',
  'Peony Events',
  'Redwater Joinery',
  'Larkspur Dental',
  'Foxley Motors',
  'Quillon Publishing',
  'Mistral Fitness',
  'Okapi Toys',
  'Brightmoor Florists',
  'Ternhill Builders',
  'Vellum Stationers',
] as const
export const customer = (rng: Rng): string => rng.pick(CUSTOMERS)
/** A customer's name in the possessive: `Peony Events'`, `Harbourside Cafe's`. */
export const customers = (rng: Rng): string => {
  const name = customer(rng)
  return name.endsWith('s') ? `${name}'` : `${name}'s`
}

/** The businesses whose sales ledger a freelance AR clerk keeps. */
const CLIENTS = [
  'a wholesale bakery',
  'a print shop',
  'an IT support firm',
  'a furniture maker',
  'a cleaning contractor',
  'a design agency',
  'a catering company',
  'a parts distributor',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** An invoice number such as `INV-4172`. */
export const invoiceNo = (n: number): string => `INV-${n}`

/** A whole amount of currency drawn between `low` and `high` units, in cents, with cents added. */
export const cents = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100 + rng.int(0, 99)

/** Days with one decimal: `41.7 days`. */
export const dayCount = (tenths: number): string => `${(tenths / 10).toFixed(1)} days`

/** A ratio with two decimals: `6.43 times`. */
export const times = (hundredths: number): string => `${(hundredths / 100).toFixed(2)} times`
