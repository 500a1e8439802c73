import { expect, it } from 'vitest'
import {
  createRng,
  executeTasks,
  generateVariants,
  type ItemModel,
  type TaskEngines,
} from '../../src/assessment/index.js'
import type { Scenario, Wrong } from '../../src/assessment/models/scenario/scenario-model.js'
import { type Drawn, familiesNeverDrawn, optionSetProblems } from './draw-families.js'

/** A scenario that reports the figures it drew and every mistake it declared, in order. */
export interface FiguredScenario extends Scenario {
  readonly figures?: Readonly<Record<string, number | string>>
  readonly declared?: readonly Wrong[]
}

/**
 * A family's key and named mistakes worked a second time from its figures, as text to compare
 * with the option after `digest`. An empty key is a working that asserts the draw's facts itself
 * (with `expect`) and has no answer text to compare; `wrong` left out checks the key only (a rule family whose
 * other options are fixed text).
 */
export interface SecondWorking {
  readonly key: string
  readonly wrong?: readonly string[]
}

export type SecondRoute = (figures: Readonly<Record<string, number | string>>) => SecondWorking

export interface ScenarioKeySpec<S extends FiguredScenario> {
  readonly families: readonly { readonly id: string }[]
  readonly drawn: readonly Drawn<S>[]
  /** Draws asked of each family; a family must keep `keptShare` of them (default one half). */
  readonly draws: number
  readonly keptShare?: number
  /** The fewest families the test must hold (three times its form items, or what review kept). */
  readonly atLeast?: number
  /** Each family's second working, by family id: every family must have one. */
  readonly second: Readonly<Record<string, SecondRoute>>
  /** How the second working is done, for the test's name ("BigInt cents and Julian day numbers"). */
  readonly route: string
  /**
   * A second working may list only a draw's first declared mistakes (families whose later options
   * are fixed text); otherwise it must list every one.
   */
  readonly firstMistakesOnly?: boolean
  /** Strips what the second working does not write (currency signs, units). */
  readonly digest: (text: string) => string
  /** An answer text no option may show (a negative amount where none can arise), and its name. */
  readonly never?: { readonly what: string; readonly pattern: RegExp }
  /** Reads a numeric answer, for families whose key must sit between named mistakes. */
  readonly readNumber?: (text: string) => number | undefined
  readonly models: readonly ItemModel[]
  readonly engines: TaskEngines
}

/**
 * The checks every scenario key test makes, registered inside its `describe`: families distinct
 * and drawn, three named distractors shown, every key and declared mistake equal to a second
 * working, and every model's variants re-executing to their keys. A test adds its own checks
 * (balanced entries, a published table) beside these.
 */
export function scenarioKeyChecks<S extends FiguredScenario>(spec: ScenarioKeySpec<S>): void {
  const { families, drawn, draws } = spec
  const fewest = spec.atLeast === undefined ? '' : ` at least ${spec.atLeast}`

  it(`are${fewest} distinct families, each drawn, none refusing most of its draws`, () => {
    expect(new Set(families.map((f) => f.id)).size).toBe(families.length)
    expect(families.length).toBeGreaterThanOrEqual(spec.atLeast ?? 1)
    expect(familiesNeverDrawn(families, drawn)).toEqual([])
    const kept = new Map<string, number>()
    for (const d of drawn) kept.set(d.family, (kept.get(d.family) ?? 0) + 1)
    const share = spec.keptShare ?? 0.5
    expect(families.filter((f) => (kept.get(f.id) ?? 0) < draws * share).map((f) => f.id)).toEqual(
      [],
    )
  })

  it('show three distinct named distractors, none the key, each one the family declared', () => {
    // The item shows three of a draw's distinct mistakes (the assembler picks which); the option
    // set is checked on the first three, once every draw is shown to keep at least three.
    expect(drawn.filter(({ s }) => s.wrong.length < 3).map((d) => d.family)).toEqual([])
    const shown = drawn.map((d) => ({ ...d, s: { ...d.s, wrong: d.s.wrong.slice(0, 3) } }))
    expect(optionSetProblems(shown, { capitalStem: true })).toEqual([])
    const stray = drawn.filter(({ s }) => s.wrong.some((w) => !s.declared?.includes(w)))
    expect(stray.map((d) => d.family).slice(0, 5)).toEqual([])
  })

  const never = spec.never
  if (never)
    it(`show no ${never.what}`, () => {
      const bad = drawn.filter(({ s }) =>
        [s.key, ...s.wrong.map(([t]) => t)].some((t) => never.pattern.test(t)),
      )
      expect(bad.map((d) => d.family).slice(0, 5)).toEqual([])
    })

  it(`keys and every declared mistake equal a second working in ${spec.route}`, () => {
    const bad = secondWorkingMismatches(spec)
    expect(bad.slice(0, 8)).toEqual([])
    expect(families.map((f) => f.id).filter((id) => !spec.second[id])).toEqual([])
  })

  const readNumber = spec.readNumber
  if (readNumber)
    it('numeric keys have named mistakes on both sides in most draws of every family', () => {
      expect(lopsidedFamilies(drawn, readNumber)).toEqual([])
    })

  it.each(spec.models.map((m) => [m.id, m] as const))(
    '%s: every variant re-executes to its key and names every family',
    async (_id, model) => {
      const variants = await generateVariants(model, createRng(12), 200, spec.engines)
      const answers = await executeTasks(
        variants.map((v) => v.task),
        spec.engines,
      )
      const bad = variants.flatMap((v, i) => {
        const key = v.options.find((o) => v.keys.includes(o.id))
        return v.keys.length === 1 && key?.value === answers[i] ? [] : [`#${i} ${v.family}`]
      })
      expect(bad).toEqual([])
      expect(new Set(variants.map((v) => v.family)).size).toBe(model.families?.length)
    },
  )
}

/** Every way a draw's key or declared mistakes differ from the second working of its figures. */
function secondWorkingMismatches<S extends FiguredScenario>(spec: ScenarioKeySpec<S>): string[] {
  const bad: string[] = []
  const same = (shown: string, want: string) => shown === want || spec.digest(shown) === want
  for (const { family, s } of spec.drawn) {
    const second = spec.second[family]
    if (!second) continue
    if (!s.figures) {
      bad.push(`${family}: draws no figures`)
      continue
    }
    let want: SecondWorking
    try {
      want = second(s.figures)
    } catch (error) {
      bad.push(`${family}: ${String(error)}`)
      continue
    }
    // An empty key: the working asserted the draw's facts itself and has no text to compare.
    if (!want.key) continue
    if (!same(s.key, want.key)) bad.push(`${family}: key ${s.key}, second ${want.key}`)
    if (want.wrong) {
      const counted = spec.firstMistakesOnly
        ? (s.declared?.length ?? 0) < want.wrong.length
        : s.declared?.length !== want.wrong.length
      if (counted)
        bad.push(`${family}: ${s.declared?.length} declared, second ${want.wrong.length}`)
      want.wrong.forEach((w, i) => {
        const got = s.declared?.[i]
        if (got && !same(got[0], w)) bad.push(`${family}: "${got[1]}" shows ${got[0]}, second ${w}`)
      })
    }
    for (const [text, mistake] of s.wrong)
      if (same(text, want.key)) bad.push(`${family}: "${mistake}" shows the key`)
  }
  return bad
}

/**
 * Families whose numeric key has shown mistakes both above and below it in fewer than 60 % of
 * draws: there, the key's rank among the options is a cue a guesser can learn.
 */
function lopsidedFamilies<S extends FiguredScenario>(
  drawn: readonly Drawn<S>[],
  readNumber: (text: string) => number | undefined,
): string[] {
  const byFamily = new Map<string, { both: number; all: number }>()
  for (const { family, s } of drawn) {
    const k = readNumber(s.key)
    if (k === undefined) continue
    const others = s.wrong.map(([t]) => readNumber(t)).filter((x): x is number => x !== undefined)
    const e = byFamily.get(family) ?? { both: 0, all: 0 }
    e.all++
    if (others.some((x) => x > k) && others.some((x) => x < k)) e.both++
    byFamily.set(family, e)
  }
  return [...byFamily]
    .filter(([, { both, all }]) => both < all * 0.6)
    .map(([family, { both, all }]) => `${family} ${both}/${all}`)
}
