import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, figures, grouped, rule, type Slip, worked } from '../scenario/scenario-text.js'

export { cap, figures, grouped, rule, type Slip, worked }

/**
 * A UX-research scenario. Computed families carry `calc` (the drawn inputs and, for every answer
 * shown, the slip that gives it: `key` or a named mistake) so the key test can work each answer
 * out again its own way; rule families carry `facts` (the documented answer and its source),
 * which the key test checks against its own cited table.
 */
export interface UxrScenario extends Scenario {
  readonly calc?: {
    readonly in: unknown
    readonly slips: Readonly<Record<string, string>>
  }
  readonly facts?: Readonly<{ kind: string } & Record<string, unknown>>
}

/** Draws a family may take to find figures whose named mistakes give distinct answers. */
const ATTEMPTS = 25

/**
 * A family whose id carries the test's prefix, `uxr-`, so no other test's family shares it. With
 * small counts two mistakes often give the same answer; the draw is taken again (up to a limit)
 * rather than refused, so every family is offered about as often as the others.
 */
export const family = (id: string, draw: (rng: Rng) => UxrScenario): ScenarioFamily => ({
  id: `uxr-${id}`,
  draw: (rng) => {
    for (let i = 1; ; i++) {
      try {
        return draw(rng)
      } catch (error) {
        if (!(error instanceof VariantError) || i >= ATTEMPTS) throw error
      }
    }
  },
})

/** A rule family under the test's prefix. */
export const uxrRule = (id: string, spec: Parameters<typeof rule>[1]): ScenarioFamily =>
  rule(`uxr-${id}`, spec)

/** Products a freelance UX researcher studies for clients; all invented. */
const PRODUCTS = [
  'a meal-planning app',
  'a council parking-permit site',
  'a pension dashboard',
  'a bike-hire app',
  'an online pharmacy checkout',
  'a B2B invoicing tool',
  'a museum ticketing site',
  'a language-learning app',
  'a home-insurance claim form',
  'a rail-booking app',
  'a smart-thermostat app',
  'a charity donation flow',
] as const
export const product = (rng: Rng): string => rng.pick(PRODUCTS)
export const Product = (rng: Rng): string => cap(product(rng))

/** A share as a percentage to `dp` places: 0.4375 → `43.8%`. */
export const percent =
  (dp = 1) =>
  (v: number): string =>
    `${grouped(v * 100, dp)}%`
/** A plain figure to `dp` places with thousands separators. */
export const num =
  (dp = 0) =>
  (v: number): string =>
    grouped(v, dp)
/** A whole count of something: `14 participants`, `1 participant`, `1 study`. */
export const count =
  (unit: string) =>
  (v: number): string =>
    `${grouped(v, 0)} ${v === 1 ? unit.replace(/ies$/, 'y').replace(/s$/, '') : unit}`
/** Seconds to one decimal: `48.3 s`. */
export const seconds = (v: number): string => `${grouped(v, 1)} s`

/** Participant labels P1, P2, … as notes and tables name them. */
export const pid = (i: number): string => `P${i + 1}`
