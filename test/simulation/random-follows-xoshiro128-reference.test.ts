import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Random } from '../../src/simulation/index.js'

describe('the simulator random source', () => {
  it('produces the published xoshiro128** outputs from the state (1, 2, 3, 4)', () => {
    const random = Random.fromState(1, 2, 3, 4)
    const outputs = Array.from({ length: 6 }, () => random.nextUint32())
    expect(outputs).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492])
  })

  it('gives the same stream for the same keys and different streams for neighbouring keys', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (seed, index) => {
        const a = new Random(seed, index)
        const b = new Random(seed, index)
        const c = new Random(seed, index + 1)
        const first = [a.nextUint32(), a.nextUint32(), a.nextUint32()]
        expect([b.nextUint32(), b.nextUint32(), b.nextUint32()]).toEqual(first)
        expect([c.nextUint32(), c.nextUint32(), c.nextUint32()]).not.toEqual(first)
      }),
    )
  })

  it('draws uniforms, normals and exponentials with the right first two moments', () => {
    const random = new Random(42)
    const n = 200_000
    let u = 0
    let z = 0
    let z2 = 0
    let e = 0
    for (let i = 0; i < n; i++) {
      u += random.uniform()
      const normal = random.normal()
      z += normal
      z2 += normal * normal
      e += random.exponential(2)
    }
    expect(u / n).toBeCloseTo(0.5, 2)
    expect(z / n).toBeCloseTo(0, 2)
    expect(z2 / n).toBeCloseTo(1, 1)
    expect(e / n).toBeCloseTo(0.5, 2)
    expect(random.exponential(0)).toBe(Number.POSITIVE_INFINITY)
  })
})
