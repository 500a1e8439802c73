import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * A Figma scenario. `facts` repeat the drawn inputs a computed key follows from (frame size,
 * padding, gap, children, constraints, grid settings, variables) under a `kind` the key test
 * recognises, so it can work the answer out again with its own layout engine and in Chromium.
 * Families whose key is a documented rule carry `kind: 'rule'` and the help.figma.com article.
 */
export interface FigmaScenario extends Scenario {
  readonly facts: Readonly<{ kind: string } & Record<string, unknown>>
}

/** A named family. */
export interface FigmaFamily extends ScenarioFamily {
  draw(rng: Rng): FigmaScenario
}

export const family = (id: string, draw: (rng: Rng) => FigmaScenario): FigmaFamily => ({
  id,
  draw,
})

/** Clients a freelance product designer hands Figma files to, for stems. */
const CLIENTS = [
  'a fintech start-up',
  'a yoga studio’s booking app',
  'a food delivery app',
  'a charity’s donation site',
  'a SaaS dashboard',
  'a travel agency’s mobile app',
  'a bike shop’s web store',
  'a podcast app',
  'a dental clinic’s site',
  'a language-learning app',
  'a coworking space’s site',
  'a recipe app',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** Layers a designer names on the canvas. */
export const CARDS = ['Card', 'Tile', 'Row', 'Chip bar', 'Toolbar', 'List item', 'Banner'] as const

/**
 * The scenario with every named mistake that is distinct from the key and the others: the item
 * model (aiming the key's place) picks the three an item shows, so which mistakes appear, and
 * their lengths and values, vary between draws.
 */
export function choose(
  rng: Rng,
  spec: {
    stem: string
    key: string
    wrong: readonly Wrong[]
    facts?: FigmaScenario['facts']
    code?: boolean
  },
): FigmaScenario {
  const seen = new Set([spec.key])
  const distinct = spec.wrong.filter(([text]) => !seen.has(text) && seen.add(text))
  if (distinct.length < 3) throw new VariantError('fewer than three distinct mistakes')
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: rng.shuffle(distinct),
    facts: spec.facts ?? { kind: 'rule' },
    ...(spec.code === undefined ? {} : { code: spec.code }),
  }
}

/** A size in Figma's px as `412 px`, with at most two decimals and no trailing zeros. */
export const px = (n: number): string => `${fmt(n)} px`

/** A number with at most two decimals and no trailing zeros. */
export const fmt = (n: number): string => String(Math.round(n * 100) / 100)

/**
 * A practice a designer reaches for: several names it goes by in the panel and in the trade (so
 * no wording marks the key), situations that call for it, and a gloss for the mistake of
 * choosing it when another was called for.
 */
export interface Setting {
  readonly names: readonly string[]
  readonly asks: readonly string[]
  readonly gloss: string
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * One family per setting of a table: the stem states a situation that calls for it, the key shows
 * one of its names, and the wrong answers are other settings of the table, each named as the
 * confusion with what that setting does instead.
 */
export function settingFamilies(
  prefix: string,
  table: Readonly<Record<string, Setting>>,
  stem: (rng: Rng, ask: string) => string,
  source: string,
): FigmaFamily[] {
  const ids = Object.keys(table)
  return ids.map((id) =>
    family(`${prefix}-${slug(id)}`, (rng) => {
      const s = table[id]!
      const others = rng.shuffle(ids.filter((o) => o !== id))
      return choose(rng, {
        stem: stem(rng, rng.pick(s.asks)),
        key: rng.pick(s.names),
        wrong: others.map(
          (o) =>
            [rng.pick(table[o]!.names), `confuses it with ${o}, which ${table[o]!.gloss}`] as const,
        ),
        facts: { kind: 'rule', setting: id, source },
      })
    }),
  )
}
