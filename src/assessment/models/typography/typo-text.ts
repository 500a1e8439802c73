import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { distinctMistakes, type FamilyMaker, scenarioFamily } from '../scenario/scenario-text.js'

export { fmt, px } from '../scenario/scenario-text.js'

/**
 * A typography scenario. `facts` repeat the drawn inputs a computed key follows from under a
 * `kind` the key test recognises, so it can work the answer out again by its own means. Families
 * whose key is a documented rule carry `kind: 'rule'`, the `rule` the key test looks up in its own
 * table, and the `source` that states it.
 */
export interface TypoScenario extends Scenario {
  readonly facts: Readonly<{ kind: string } & Record<string, unknown>>
}

/** A named family. */
export interface TypoFamily extends ScenarioFamily {
  draw(rng: Rng): TypoScenario
}

export const family: FamilyMaker<TypoScenario, TypoFamily> = (id, draw) =>
  scenarioFamily(`typo-${id}`, draw)

/** Jobs a freelance designer or typesetter takes on, for stems. */
export const JOBS = [
  'a publisher’s novel interior',
  'a museum’s exhibition catalogue',
  'a law firm’s annual report',
  'a food blog’s article template',
  'a charity’s donor newsletter',
  'a SaaS product’s documentation site',
  'a wine merchant’s price list',
  'a university’s course handbook',
  'a magazine’s feature spread',
  'a start-up’s pitch deck',
] as const

export const job = (rng: Rng): string => rng.pick(JOBS)

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
    facts: TypoScenario['facts']
    code?: boolean
  },
): TypoScenario {
  const distinct = distinctMistakes(spec.key, spec.wrong)
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: rng.shuffle(distinct).slice(0, 3),
    facts: spec.facts,
    ...(spec.code === undefined ? {} : { code: spec.code }),
  }
}

/** One case of a documented rule: the stem, the key, the named mistakes and the rule's id. */
export interface RuleCase {
  readonly rule: string
  readonly stem: string
  readonly key: string
  readonly wrong: readonly Wrong[]
}

/**
 * A family of documented-rule cases citing one source: each draw picks a case, so the key's
 * wording and length change between draws and no single option shape marks it.
 */
export const ruleFamily = (
  id: string,
  source: string,
  cases: readonly RuleCase[],
  code?: boolean,
): TypoFamily =>
  family(id, (rng) => {
    const c = rng.pick(cases)
    return choose(rng, {
      stem: c.stem,
      key: c.key,
      wrong: c.wrong,
      facts: { kind: 'rule', rule: c.rule, source },
      ...(code === undefined ? {} : { code }),
    })
  })

/** A number with at most three decimals, as rem values in design tokens are written. */
export const fmt3 = (n: number): string => String(Math.round(n * 1000) / 1000)

/** A length in px with exactly two decimals, so options of one family share a length. */
export const px2 = (n: number): string => `${n.toFixed(2)}px`
