import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { grouped } from '../scenario/scenario-text.js'

/** How a computed answer is shown, as the ad platforms' reports show it. */
export type Shown = 'usd' | 'pct1' | 'pct2' | 'pct0' | 'int' | 'days'

/** A computed answer: its value worked in code and the spreadsheet formula over the figures. */
export type Worked = readonly [value: number, formula: string]

/**
 * What the tests check a draw against, independently of the family's own code.
 *
 * - `sheet`: the key and every named mistake as spreadsheet formulas over the drawn figures, which
 *   the tests evaluate with a formula engine and format again.
 * - `negative`: a negative keyword, its match type and the searches shown; the tests match them
 *   with a matcher written from Google Ads' documented negative-keyword rules.
 * - `fit`: an ad text and the asset fields offered; the tests count its characters against the
 *   documented limits.
 * - `rule`: a fixed rule; the tests hold the documented answer for the family.
 */
export type Check =
  | {
      readonly kind: 'sheet'
      readonly cells: Readonly<Record<string, number>>
      readonly shown: Shown
      readonly key: string
      readonly wrong: readonly string[]
    }
  | {
      readonly kind: 'negative'
      readonly negative: string
      readonly type: 'broad' | 'phrase' | 'exact'
      readonly want: 'blocked' | 'shown'
    }
  | {
      readonly kind: 'choose-negative'
      readonly block: string
      readonly keep: string
    }
  | { readonly kind: 'fit'; readonly text: string; readonly want: 'fits' | 'too-long' }
  | { readonly kind: 'rule' }
  | { readonly kind: 'facts'; readonly facts: Readonly<Record<string, number | string>> }

export interface PpcScenario extends Scenario {
  readonly check: Check
}

/**
 * One task of a freelance PPC specialist: `source` names the platform documentation the key is
 * read from, or says it is computed from the stem's figures and definitions.
 */
export interface PpcFamily extends ScenarioFamily {
  readonly source: string
  draw(rng: Rng): PpcScenario
}

/** `$1,234.56`. */
export const usd = (n: number): string => `$${grouped(n, 2)}`
/** `12.3 %`. */
export const pct = (ratio: number, digits = 1): string => `${(ratio * 100).toFixed(digits)} %`
/** `12,400`. */
export const int = (n: number): string => Math.round(n).toLocaleString('en-US')

export function show(shown: Shown, value: number): string {
  if (shown === 'usd') return usd(value)
  if (shown === 'pct1') return pct(value, 1)
  if (shown === 'pct2') return pct(value, 2)
  if (shown === 'pct0') return pct(value, 0)
  if (shown === 'days') return `${Math.round(value)} days`
  return int(value)
}

export const COMPUTED = 'Computed from the figures and the definitions the stem states'

/**
 * A family whose key and mistakes are amounts: each is worked in code and written as a formula
 * over the drawn figures, so the tests can evaluate it again.
 */
export function computed(
  id: string,
  draw: (rng: Rng) => {
    readonly stem: string
    readonly cells: Readonly<Record<string, number>>
    readonly shown: Shown
    readonly key: Worked
    readonly wrong: readonly (readonly [Worked, string])[]
  },
  source = COMPUTED,
): PpcFamily {
  return withThreeMistakes({
    id,
    source,
    draw: (rng) => {
      const d = draw(rng)
      const key = show(d.shown, d.key[0])
      const seen = new Set([key])
      const chosen = rng
        .shuffle(d.wrong)
        .filter(([[v]]) => !seen.has(show(d.shown, v)) && seen.add(show(d.shown, v)))
        .slice(0, 3)
      return {
        stem: d.stem,
        key,
        wrong: chosen.map(([[v], m]): Wrong => [show(d.shown, v), m]),
        check: {
          kind: 'sheet',
          cells: d.cells,
          shown: d.shown,
          key: d.key[1],
          wrong: chosen.map(([[, f]]) => f),
        },
      }
    },
  })
}

/**
 * A family whose answers are fixed text; the stem's wording and names are drawn, and so are the
 * key's phrasing and three of the named mistakes, so that no one option's length or wording
 * marks the key in every draw.
 */
export function ruled(
  id: string,
  source: string,
  stem: (rng: Rng) => string,
  key: string | readonly string[],
  wrong: readonly Wrong[],
): PpcFamily {
  const keys = typeof key === 'string' ? [key] : key
  return {
    id,
    source,
    draw: (rng) => ({
      stem: stem(rng),
      key: rng.pick(keys),
      wrong: rng.shuffle(wrong).slice(0, 3),
      check: { kind: 'rule' },
    }),
  }
}

/** Three of a draw's named mistakes, chosen at random among those that differ from the key. */
export function threeOf(rng: Rng, key: string, wrong: readonly Wrong[]): readonly Wrong[] {
  const seen = new Set([key])
  const distinct = wrong.filter(([t]) => !seen.has(t) && seen.add(t))
  return rng.shuffle(distinct).slice(0, 3)
}

/**
 * The family with draws kept only when the named mistakes give at least three answers other than
 * the key (with some figures two mistakes coincide); a draw is retried, never padded.
 */
export function withThreeMistakes(family: PpcFamily): PpcFamily {
  return {
    ...family,
    draw: (rng) => {
      for (let tries = 0; tries < 500; tries++) {
        const s = family.draw(rng)
        if (new Set(s.wrong.map(([t]) => t).filter((t) => t !== s.key)).size >= 3) return s
      }
      throw new VariantError(`${family.id}: no draw with three distinct mistakes`)
    },
  }
}

/** Clients a freelancer takes on, for stems. */
export const CLIENTS = [
  'a garden-furniture shop',
  'a dental clinic',
  'a plumbing firm',
  'a language school',
  'an outdoor-gear store',
  'a tax adviser',
  'a bicycle retailer',
  'a pet-food brand',
  'a wedding photographer',
  'a coffee roaster',
] as const
