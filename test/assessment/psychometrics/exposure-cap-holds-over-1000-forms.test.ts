import { describe, expect, it } from 'vitest'
import {
  createRng,
  EXPOSURE_CAP,
  pickLeastExposed,
  poolNeededForCap,
} from '../../../src/assessment/index.js'

/** A 30-item blueprint over three domains, each pool exactly 5× what a form draws from it. */
const blueprint = [
  { domain: 'syntax', count: 12 },
  { domain: 'runtime', count: 10 },
  { domain: 'tooling', count: 8 },
]

describe('exposure control', () => {
  it('pins the cap at 20 % of forms, needing a pool of 5 × the items drawn', () => {
    expect(EXPOSURE_CAP).toBe(0.2)
    expect(poolNeededForCap(12)).toBe(60)
  })

  it('keeps every item within the cap over 1,000 forms, with forms that differ', () => {
    const rng = createRng(2026)
    const pools = blueprint.map(({ domain, count }) => ({
      count,
      ids: Array.from({ length: poolNeededForCap(count) }, (_, i) => `${domain}-${i}`),
    }))
    const exposures = new Map<string, number>()
    const forms = new Set<string>()
    for (let form = 0; form < 1000; form++) {
      const items = pools.flatMap(({ count, ids }) =>
        pickLeastExposed(
          ids.map((id) => ({ id, exposures: exposures.get(id) ?? 0 })),
          count,
          rng,
        ),
      )
      expect(new Set(items).size).toBe(30)
      for (const id of items) exposures.set(id, (exposures.get(id) ?? 0) + 1)
      forms.add([...items].sort().join(','))
    }
    const highest = Math.max(...exposures.values())
    expect(highest / 1000).toBeLessThanOrEqual(EXPOSURE_CAP)
    expect(forms.size).toBe(1000)
  })

  it('gives a candidate unseen items first and seen ones only when the pool runs out', () => {
    const rng = createRng(1)
    const pool = Array.from({ length: 10 }, (_, i) => ({
      id: `i${i}`,
      exposures: i === 9 ? 0 : 50,
    }))
    const seen = new Set(['i9', 'i0', 'i1'])
    const picked = pickLeastExposed(pool, 7, rng, seen)
    expect(picked.filter((id) => seen.has(id))).toEqual([])
    const all = pickLeastExposed(pool, 9, rng, seen)
    expect(all.slice(0, 7).every((id) => !seen.has(id))).toBe(true)
    expect(all[7]).toBe('i9')
  })
})
