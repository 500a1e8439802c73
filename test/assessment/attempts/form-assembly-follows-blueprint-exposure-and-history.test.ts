import { describe, expect, it } from 'vitest'
import {
  createRng,
  DEFAULT_SCORED_ITEMS,
  domainQuotas,
  EXPOSURE_CAP,
  type Item,
  MAX_PRETEST_ITEMS,
  type PlannedSlot,
  planForm,
} from '../../../src/assessment/index.js'
import { FIXTURE_TEST, fixtureBank } from './fixture-bank.js'

const db = null as never
const items = await fixtureBank.items(db, FIXTURE_TEST.id)
const models = new Set(['sum-model'])

function refOf(slot: PlannedSlot): string {
  return slot.source === 'item' ? slot.item.id : slot.modelId
}

describe('form assembly', () => {
  it('apportions the blueprint by largest remainder so quotas always sum to the form length', () => {
    expect(Object.fromEntries(domainQuotas(FIXTURE_TEST.blueprint, 30))).toEqual({
      syntax: 12,
      runtime: 9,
      tooling: 9,
    })
    const quarters = ['a', 'b', 'c', 'd'].map((id) => ({ id, weight: 0.25 }))
    expect([...domainQuotas(quarters, 30).values()]).toEqual([8, 8, 7, 7])
    const thirds = ['a', 'b', 'c'].map((id) => ({ id, weight: 1 }))
    expect([...domainQuotas(thirds, 10).values()].reduce((s, n) => s + n, 0)).toBe(10)
  })

  it('fills each domain’s quota with operational items and fresh model variants, plus at most 5 unscored pretest items', () => {
    const slots = planForm({
      test: FIXTURE_TEST,
      items,
      models,
      pulled: new Set(),
      seen: new Set(),
      exposures: new Map(),
      rng: createRng(1),
    })
    const scored = slots.filter((s) => s.source === 'model' || s.scored)
    expect(scored).toHaveLength(DEFAULT_SCORED_ITEMS)
    const pretest = slots.filter(
      (s): s is Extract<PlannedSlot, { source: 'item' }> => s.source === 'item' && !s.scored,
    )
    expect(pretest.length).toBe(MAX_PRETEST_ITEMS)
    expect(pretest.every((s) => s.item.lifecycle === 'pretest')).toBe(true)
    const byDomain = new Map<string, number>()
    for (const slot of scored) {
      const domain = slot.source === 'item' ? slot.item.domain : slot.domain
      byDomain.set(domain, (byDomain.get(domain) ?? 0) + 1)
      if (slot.source === 'item') expect(slot.item.lifecycle).toBe('operational')
    }
    expect(Object.fromEntries(byDomain)).toEqual({ syntax: 12, runtime: 9, tooling: 9 })
    expect(scored.filter((s) => s.source === 'model')).toHaveLength(1)
    expect(new Set(slots.map(refOf)).size).toBe(slots.length)
  })

  it('gives a returning candidate none of the items they saw, and never a pulled one', () => {
    const rng = createRng(2)
    const first = planForm({
      test: FIXTURE_TEST,
      items,
      models,
      pulled: new Set(),
      seen: new Set(),
      exposures: new Map(),
      rng,
    })
    const seen = new Set(first.filter((s) => s.source === 'item').map(refOf))
    const pulled = new Set(
      items
        .filter((i) => i.domain === 'syntax')
        .slice(0, 20)
        .map((i) => i.id),
    )
    const second = planForm({
      test: FIXTURE_TEST,
      items,
      models,
      pulled,
      seen,
      exposures: new Map(),
      rng,
    })
    for (const slot of second.filter((s) => s.source === 'item')) {
      expect(seen.has(refOf(slot))).toBe(false)
      expect(pulled.has(refOf(slot))).toBe(false)
    }
  })

  it('keeps every authored item within the exposure cap over 1,000 forms', () => {
    const rng = createRng(3)
    const exposures = new Map<string, number>()
    for (let form = 0; form < 1000; form++) {
      const slots = planForm({
        test: FIXTURE_TEST,
        items,
        models,
        pulled: new Set(),
        seen: new Set(),
        exposures,
        rng,
      })
      for (const slot of slots) {
        if (slot.source === 'item' && slot.scored)
          exposures.set(slot.item.id, (exposures.get(slot.item.id) ?? 0) + 1)
      }
    }
    expect(Math.max(...exposures.values()) / 1000).toBeLessThanOrEqual(EXPOSURE_CAP)
  })

  it('refuses a form it cannot fill instead of delivering a short one', () => {
    const few: Item[] = items.filter(
      (i) => i.domain !== 'syntax' || Number(i.id.split('-').at(-1)) < 5,
    )
    expect(() =>
      planForm({
        test: FIXTURE_TEST,
        items: few,
        models,
        pulled: new Set(),
        seen: new Set(),
        exposures: new Map(),
        rng: createRng(4),
      }),
    ).toThrow(/cannot fill domain syntax/)
  })
})
