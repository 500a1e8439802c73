import { afterAll, describe, expect, it } from 'vitest'
import {
  catalogTest,
  closeTaskEngines,
  correlation,
  createRng,
  createTaskEngines,
  DEFAULT_CUT_PERCENT,
  type DeliveredItem,
  deliverSlot,
  domainQuotas,
  type FormFamily,
  formBalance,
  formRawCut,
  type GenerateVariant,
  itemModel,
  logistic,
  normalDraw,
  type PlannedSlot,
  planForm,
} from '../../../src/assessment/index.js'

/**
 * accounting-fundamentals as the catalog builds it: four domains, one item model each, and the
 * templates those models name (VAT: gross, VAT in gross, net from gross; depreciation: straight
 * line, declining balance; ratios: quick, current; pricing: three). Each template gets a difficulty
 * of its own (its variants spread 0.3 logit around it), and a candidate 0.6 logit above the
 * ability cut is weak (3 logits) on three templates: what that candidate's chance is on each of
 * 1,000 forms is computed exactly (Poisson-binomial) for forms assembled the old way (the model
 * draws a template at random per slot) and the balanced way (each template a fixed share).
 */
const test = catalogTest('accounting-fundamentals')!
const modelIds = test.blueprint.flatMap((d) => d.itemModelIds)
const strata = new Map(modelIds.map((id) => [id, itemModel(id)!.strata ?? []]))
const templates = [...strata.values()].flat()
const rng = createRng(2026_1203)
const DISPERSION = 0.3
const difficulty = new Map(templates.map((t, i) => [t, -1.4 + (2.7 * i) / (templates.length - 1)]))
const WEAK = new Set([
  'fin-vat/net-from-gross',
  'fin-depreciation/declining-balance',
  'fin-margin-markup/margin-from-prices',
])
const CUT_THETA = 0
const theta = CUT_THETA + 0.6

/** The template each scored model slot of a planned form is drawn from. */
function formTemplates(balanced: boolean): string[] {
  const slots = planForm({
    test,
    items: [],
    models: new Set(modelIds),
    ...(balanced ? { strata } : {}),
    pulled: new Set(),
    seen: new Set(),
    exposures: new Map(),
    rng,
  })
  return slots.flatMap((s) =>
    s.source === 'model' ? [s.stratum ?? rng.pick(strata.get(s.modelId)!)] : [],
  )
}

/** P(raw ≥ needed) for independent items with these probabilities. */
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

function chancesOn(form: readonly string[]) {
  const variants = form.map((t) => difficulty.get(t)! + DISPERSION * normalDraw(() => rng.next()))
  const probabilities = form.map((t, i) => logistic(theta - variants[i]! - (WEAK.has(t) ? 3 : 0)))
  const families: FormFamily[] = form.map((t) => ({
    difficulty: difficulty.get(t)!,
    dispersion: DISPERSION,
  }))
  return {
    weak: form.filter((t) => WEAK.has(t)).length,
    percent: passChance(probabilities, Math.ceil((form.length * DEFAULT_CUT_PERCENT) / 100 - 1e-9)),
    ability: passChance(probabilities, Math.ceil(formRawCut(CUT_THETA, families) - 1e-9)),
  }
}

const spread = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.floor(q * (sorted.length - 1))]!
  return { min: sorted[0]!, p05: at(0.05), p95: at(0.95), max: sorted.at(-1)! }
}

const FORMS = 1000
const before = Array.from({ length: FORMS }, () => chancesOn(formTemplates(false)))
const after = Array.from({ length: FORMS }, () => chancesOn(formTemplates(true)))

describe('template-balanced forms of accounting-fundamentals', () => {
  it('names ten templates across its four models and holds each in a fixed share of every form', () => {
    expect(templates).toHaveLength(10)
    const quotas = domainQuotas(test.blueprint, test.form.scoredItems)
    for (let f = 0; f < 200; f++) {
      const form = formTemplates(true)
      expect(form).toHaveLength(test.form.scoredItems)
      for (const domain of test.blueprint) {
        const own = strata.get(domain.itemModelIds[0]!)!
        const counts = own.map((t) => form.filter((x) => x === t).length)
        expect(counts.reduce((s, n) => s + n, 0)).toBe(quotas.get(domain.id))
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
      }
    }
  })

  it('gives a candidate weak on three templates nearly the same pass chance on every form', () => {
    const ability = {
      before: spread(before.map((c) => c.ability)),
      after: spread(after.map((c) => c.ability)),
    }
    const percent = {
      before: spread(before.map((c) => c.percent)),
      after: spread(after.map((c) => c.percent)),
    }
    const follows = (xs: typeof before) =>
      correlation(
        xs.map((c) => c.weak),
        xs.map((c) => c.ability),
      )
    // Random template draws: how many weak items a form holds decides the candidate's fate.
    expect(ability.before.p95 - ability.before.p05).toBeGreaterThan(0.4)
    expect(follows(before)).toBeLessThan(-0.8)
    // Fixed shares: the same template mix on every form (8 weak items on each), so what is left
    // is the spread of variants around their templates, under either cut.
    expect(new Set(after.map((c) => c.weak))).toEqual(new Set([8]))
    expect(ability.after.p95 - ability.after.p05).toBeLessThan(
      (ability.before.p95 - ability.before.p05) / 3,
    )
    expect(ability.after.max - ability.after.min).toBeLessThan(
      (ability.before.max - ability.before.min) / 2.5,
    )
    expect(percent.after.p95 - percent.after.p05).toBeLessThan(
      (percent.before.p95 - percent.before.p05) / 3,
    )
  })
})

describe('a delivered balanced form', () => {
  const engines = createTaskEngines()
  afterAll(() => closeTaskEngines(engines))
  const generate: GenerateVariant = async (modelId, from, stratum) => {
    const model = itemModel(modelId)!
    return stratum && model.generateIn
      ? model.generateIn(stratum, from, engines)
      : model.generate(from, engines)
  }

  it('draws each slot from the template it names and spreads key positions evenly', async () => {
    for (let f = 0; f < 5; f++) {
      const slots: PlannedSlot[] = planForm({
        test,
        items: [],
        models: new Set(modelIds),
        strata,
        pulled: new Set(),
        seen: new Set(),
        exposures: new Map(),
        rng,
      })
      const balance = formBalance(slots.length)
      const delivered: DeliveredItem[] = []
      for (const slot of slots) delivered.push(await deliverSlot(slot, rng, generate, balance))
      slots.forEach((slot, i) => {
        if (slot.source === 'model') expect(delivered[i]!.family).toBe(slot.stratum)
      })
      const positions = [0, 0, 0, 0]
      for (const item of delivered) {
        expect(item.keyOptionIds).toHaveLength(1)
        positions[item.options.findIndex((o) => o.id === item.keyOptionIds[0])]!++
      }
      expect(Math.max(...positions) - Math.min(...positions)).toBeLessThanOrEqual(1)
    }
  })
})
