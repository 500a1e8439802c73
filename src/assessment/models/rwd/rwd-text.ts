import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { distinctMistakes, type FamilyMaker, scenarioFamily } from '../scenario/scenario-text.js'

export { fmt, px } from '../scenario/scenario-text.js'

/**
 * A responsive-design scenario. `facts` repeat the drawn inputs a computed key follows from
 * (viewport width, device pixel ratio, breakpoints, candidates) under a `kind` the key test
 * recognises, so it can work the answer out again with its own evaluator and in Chromium.
 * Families whose key is a documented rule carry only `kind: 'rule'` and the source they cite.
 */
export interface RwdScenario extends Scenario {
  readonly facts: Readonly<{ kind: string } & Record<string, unknown>>
}

/** A named family. */
export interface RwdFamily extends ScenarioFamily {
  draw(rng: Rng): RwdScenario
}

export const family: FamilyMaker<RwdScenario, RwdFamily> = scenarioFamily

/** Sites a freelance front-end designer builds, for stems. */
export const SITES = [
  'a bakery’s menu page',
  'a photographer’s portfolio',
  'a yoga studio’s timetable',
  'a law firm’s team page',
  'a travel blog',
  'a SaaS pricing page',
  'a charity’s donation page',
  'a restaurant’s booking page',
  'an architect’s project gallery',
  'a podcast’s episode list',
  'a bike shop’s product grid',
  'a conference schedule',
] as const

export const site = (rng: Rng): string => rng.pick(SITES)

/** Class names for the component a stem styles. */
export const COMPONENTS = ['.card', '.tile', '.teaser', '.promo', '.product', '.entry'] as const

/** File stems for image candidates. */
export const IMAGES = ['hero', 'team', 'dish', 'studio', 'cover', 'venue', 'bike', 'map'] as const

/**
 * The scenario with three wrong answers drawn from the family's named mistakes (distinct from the
 * key and each other), so which mistakes an item shows, and their lengths, vary between draws.
 */
export function choose(
  rng: Rng,
  spec: {
    stem: string
    key: string
    wrong: readonly Wrong[]
    facts?: RwdScenario['facts']
    code?: boolean
  },
): RwdScenario {
  const distinct = distinctMistakes(spec.key, spec.wrong)
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: rng.shuffle(distinct).slice(0, 3),
    facts: spec.facts ?? { kind: 'rule' },
    ...(spec.code === undefined ? {} : { code: spec.code }),
  }
}

/** Distinct values drawn from a list, in ascending order. */
export function ascending(rng: Rng, values: readonly number[], n: number): number[] {
  return rng
    .shuffle(values)
    .slice(0, n)
    .sort((a, b) => a - b)
}
