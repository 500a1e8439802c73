import { numericRank, readText, resemblance } from '../../lint/option-cues.js'
import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { distinctMistakes, type FamilyMaker, scenarioFamily } from '../scenario/scenario-text.js'

export { cap } from '../scenario/scenario-text.js'

/**
 * A Google Analytics 4 scenario. `facts.source` names the Google help or developer article the
 * key rests on, and the other facts repeat the drawn inputs (counts, UTM values, dates, paths),
 * so the key test can work a computed answer out again with its own implementation.
 */
export interface GaScenario extends Scenario {
  readonly facts: Readonly<{ source: string } & Record<string, unknown>>
}

/** A family whose draws carry the facts their key follows from. */
export interface GaFamily extends ScenarioFamily {
  draw(rng: Rng): GaScenario
}

/** A named family. */
export const family: FamilyMaker<GaScenario, GaFamily> = scenarioFamily

/** Businesses a freelance analytics consultant sets GA4 up for. */
const CLIENTS = [
  'an online plant shop',
  'a language-course platform',
  'a boutique hotel',
  'a B2B software start-up',
  'a regional news site',
  'a furniture retailer',
  'a donation-funded charity',
  'a recipe blog',
  'a dental-clinic group',
  'a bicycle-parts web shop',
  'a wedding-venue directory',
  'a tax-advice firm',
] as const

export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** Domains for cross-domain and referral scenarios. */
export const SITES = [
  'plantpost.example',
  'learnly.example',
  'harbourinn.example',
  'shiftdesk.example',
  'northgazette.example',
  'oakandloom.example',
  'cyclebay.example',
] as const

/**
 * The scenario with three of the family's named mistakes (those that differ from the key and
 * from each other). A family's sentences keep their shape across draws, so a random three would
 * leave the key the longest, the most typical or the middle number in most draws; instead the
 * three are chosen to put the key at a place drawn uniformly by length, by likeness to the
 * others and, for numbers, by size, as far as the family's mistakes allow.
 */
export function choose(
  rng: Rng,
  spec: { stem: string; key: string; wrong: readonly Wrong[]; facts: GaScenario['facts'] },
): GaScenario {
  const distinct = distinctMistakes(spec.key, spec.wrong)
  // The scenario model keeps a variant whose key is the longest or most typical option only one
  // time in four, so those places are aimed at more often than the others to come out near
  // chance among the variants kept.
  const place = (aim: number) => (rng.next() < aim ? 3 : rng.int(0, 2))
  const target = { length: place(LONGEST_AIM), likeness: place(TYPICAL_AIM), size: rng.int(0, 3) }
  let best: readonly Wrong[] = []
  let bestCost = Number.POSITIVE_INFINITY
  for (const triple of rng.shuffle(triples(distinct))) {
    const texts = [spec.key, ...triple.map(([t]) => t)].map(readText)
    const like = resemblance(texts)
    const below = (v: readonly number[]) => v.filter((x) => x < v[0]!).length
    const size = numericRank(texts, 0)
    const cost =
      Math.abs(below(texts.map((t) => t.length)) - target.length) +
      Math.abs(below(like) - target.likeness) +
      (size === undefined ? 0 : Math.abs(size - target.size))
    if (cost < bestCost) {
      best = triple
      bestCost = cost
    }
  }
  return { stem: spec.stem, key: spec.key, wrong: rng.shuffle(best), facts: spec.facts }
}

/**
 * How often `choose` aims the key at the longest and at the most typical place, before the
 * model's check: tuned with scripts/family-cue-rates.ts (no family over 0.5) and the single-model
 * guessing test (no model over 0.4 by crossing out the longest and most typical options).
 */
const LONGEST_AIM = 0.45
const TYPICAL_AIM = 0.25

/** Every three of the mistakes, in order. */
function triples<T>(items: readonly T[]): (readonly T[])[] {
  const out: (readonly T[])[] = []
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      for (let k = j + 1; k < items.length; k++) out.push([items[i]!, items[j]!, items[k]!])
  return out
}

/**
 * A family keyed to one documented rule: the stem is drawn around a client, the key and the
 * named mistakes are the rule's, and `source` is the help article the key test's table cites.
 */
export const ruled = (
  id: string,
  source: string,
  draw: (rng: Rng, who: string) => { stem: string; key: string; wrong: readonly Wrong[] },
): GaFamily =>
  family(id, (rng) => {
    const s = draw(rng, client(rng))
    return choose(rng, { ...s, facts: { source } })
  })

/**
 * `num / den` to `dp` decimals. A quotient exactly halfway between two roundings is refused:
 * half up and half even (and binary floating point) disagree there, and a stem cannot show
 * which convention its answer follows without cueing it.
 */
export function quotient(num: number, den: number, dp: number): string {
  const twice = 2 * num * 10 ** dp
  if (twice % den === 0 && (twice / den) % 2 === 1) throw new VariantError('a halfway quotient')
  return (num / den).toFixed(dp)
}

/** `num / den` as a percentage with `dp` decimals, the way GA4 reports rates (`62.4%`). */
export const pct = (num: number, den: number, dp = 1): string => `${quotient(num * 100, den, dp)}%`

/** A whole number with thousands separators (`12,480`). */
export const n = (v: number): string => v.toLocaleString('en-US')

/** Seconds as GA4 shows an average engagement time (`1m 05s`). */
export const mmss = (seconds: number): string =>
  `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`
