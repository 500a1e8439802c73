import { describe, expect, it } from 'vitest'
import {
  CATALOG,
  calibrateFamilies,
  correlation,
  createRng,
  cutScoreRecord,
  DEFAULT_CUT_PERCENT,
  DEFAULT_FORM,
  type FamilyObservation,
  type FamilyParameters,
  formRawCut,
  logistic,
  normalDraw,
  PLATFORM_ROUND,
  type TestDefinition,
} from '../../../src/assessment/index.js'

/**
 * A world like accounting-fundamentals (its blueprint, written out so the proof does not move when
 * the catalog does): each blueprint domain's item model draws from a few
 * templates (item families) of quite different difficulty, each template's variants spread
 * around it. Forms fill each domain's quota with templates drawn at random, as the model does.
 */
const test: TestDefinition = {
  ...CATALOG[0]!,
  id: 'accounting-fundamentals',
  blueprint: ['vat', 'depreciation', 'ratios', 'pricing'].map((id) => ({
    id,
    title: id,
    weight: 0.25,
    itemModelIds: [],
  })),
  form: DEFAULT_FORM,
}
const TEMPLATE_OFFSETS = [-1.4, -0.5, 0.4, 1.3]
const DISPERSION = 0.3
const VARIANTS = 20
const rng = createRng(2026_12)
const draw = () => normalDraw(() => rng.next())

interface Template {
  readonly domain: string
  readonly difficulty: number
  readonly variants: readonly number[]
}
const templates: Template[] = test.blueprint.flatMap((d, i) =>
  TEMPLATE_OFFSETS.map((offset) => {
    const difficulty = -1.2 + 0.25 * i + offset
    return {
      domain: d.id,
      difficulty,
      variants: Array.from({ length: VARIANTS }, () => difficulty + DISPERSION * draw()),
    }
  }),
)
const quotas = cutScoreRecord(test, [PLATFORM_ROUND]).domains

interface Slot {
  readonly template: number
  readonly variant: number
}
function drawForm(): Slot[] {
  return quotas.flatMap((q) => {
    const pool = templates.flatMap((t, i) => (t.domain === q.domain ? [i] : []))
    return Array.from({ length: q.items }, () => ({
      template: rng.pick(pool),
      variant: rng.int(0, VARIANTS - 1),
    }))
  })
}

/** P(raw ≥ needed) for independent items with these probabilities (Poisson-binomial). */
function passChance(probabilities: readonly number[], needed: number): number {
  let dist = [1]
  for (const p of probabilities) {
    const next = new Array<number>(dist.length + 1).fill(0)
    dist.forEach((mass, k) => {
      next[k]! += mass * (1 - p)
      next[k + 1]! += mass * p
    })
    dist = next
  }
  return dist.slice(Math.max(0, needed)).reduce((s, x) => s + x, 0)
}

// Calibration data: 3,000 candidates of the target population, one random form each.
const variantIndex = templates.flatMap((t, f) => t.variants.map((_, v) => ({ f, v })))
const variantId = (slot: Slot) => slot.template * VARIANTS + slot.variant
const observations: FamilyObservation[] = []
for (let person = 0; person < 3000; person++) {
  const theta = draw()
  for (const slot of drawForm()) {
    const b = templates[slot.template]!.variants[slot.variant]!
    observations.push({
      person,
      variant: variantId(slot),
      correct: rng.next() < logistic(theta - b),
    })
  }
}
const fit = calibrateFamilies(
  3000,
  variantIndex.map((x) => x.f),
  observations,
)
const calibrated: FamilyParameters[] = templates.map((_, f) => ({
  difficulty: fit.difficulties[f]!,
  dispersion: fit.dispersions[f]!,
}))
const record = cutScoreRecord(test, [PLATFORM_ROUND], {
  attempts: 3000,
  byDomain: new Map(
    test.blueprint.map((d) => [
      d.id,
      templates.flatMap((t, f) => (t.domain === d.id ? [calibrated[f]!] : [])),
    ]),
  ),
})
const forms = Array.from({ length: 1000 }, drawForm)

/** Pass chance per form under a fixed percent cut and under the ability cut. */
function passChances(chance: (slot: Slot) => number, cutPercent: number) {
  return forms.map((form) => {
    const probabilities = form.map(chance)
    const percentNeeded = Math.ceil((form.length * cutPercent) / 100 - 1e-9)
    const rawCut = formRawCut(
      record.cutTheta,
      form.map((s) => calibrated[s.template]!),
    )
    return {
      percent: passChance(probabilities, percentNeeded),
      ability: passChance(probabilities, Math.ceil(rawCut - 1e-9)),
    }
  })
}

const spread = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return {
    min: sorted[0]!,
    max: sorted.at(-1)!,
    p05: sorted[Math.floor(0.05 * sorted.length)]!,
    p95: sorted[Math.floor(0.95 * sorted.length)]!,
  }
}

describe('pass decisions across 1,000 forms of accounting-fundamentals', () => {
  it('calibrates the templates and sets the Angoff cut on the calibrated scale', () => {
    expect(fit.converged).toBe(true)
    expect(record.scale).toBe('calibrated')
    const errors = templates.map((t, f) => Math.abs(fit.difficulties[f]! - t.difficulty))
    expect(Math.max(...errors)).toBeLessThan(0.35)
  })

  // The percent rule compared is the same Angoff standard (its cut percent) applied to every form
  // alike, so the difference is only in how the form is taken into account.
  for (const [label, shift] of [
    ['at', 0],
    ['0.5 logit below', -0.5],
    ['0.5 logit above', 0.5],
  ] as const) {
    it(`passes a candidate ${label} the cut with a chance that no longer follows the form's difficulty`, () => {
      const theta = record.cutTheta + shift
      const chance = (s: Slot) => logistic(theta - templates[s.template]!.variants[s.variant]!)
      const chances = passChances(chance, record.cutPercent)
      const percent = spread(chances.map((c) => c.percent))
      const ability = spread(chances.map((c) => c.ability))
      const difficulty = forms.map(
        (f) => f.reduce((sum, s) => sum + templates[s.template]!.difficulty, 0) / f.length,
      )
      const percentFollows = correlation(
        difficulty,
        chances.map((c) => c.percent),
      )
      const abilityFollows = correlation(
        difficulty,
        chances.map((c) => c.ability),
      )
      // A fixed percent cut: harder forms fail the same candidate more often, strongly so.
      expect(percentFollows).toBeLessThan(-0.8)
      // The ability cut: what is left is the one-point granularity of raw scores, not difficulty.
      expect(Math.abs(abilityFollows)).toBeLessThan(0.3)
      expect(ability.p95 - ability.p05).toBeLessThan((percent.p95 - percent.p05) / 2)
      expect(ability.max - ability.min).toBeLessThan((percent.max - percent.min) / 1.5)
    })
  }

  it('does not even out a candidate weak on three templates: that needs balanced template mixes', () => {
    const weak = new Set([0, 5, 10])
    const theta = record.cutTheta + 0.6
    const chances = passChances((s) => {
      const b = templates[s.template]!.variants[s.variant]!
      return logistic(theta - b - (weak.has(s.template) ? 3 : 0))
    }, DEFAULT_CUT_PERCENT)
    const percent = spread(chances.map((c) => c.percent))
    const ability = spread(chances.map((c) => c.ability))
    // Which templates a form draws, not its difficulty, decides this candidate's fate: the spread
    // stays wide under either rule. Scores cannot fix uneven skill; form assembly that fixes each
    // template's share can.
    expect(percent.p95 - percent.p05).toBeGreaterThan(0.4)
    expect(ability.p95 - ability.p05).toBeGreaterThan(0.4)
  })
})
